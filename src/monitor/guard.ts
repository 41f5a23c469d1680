import type { Assessment, Reason, ViolationKind } from "../shared/assessment";
import type { Guidelines } from "../shared/guidelines";
import type { DeletionAction } from "../shared/monitor";

/** What the comment is, in the words the guard dialog and the popup's warning use. */
export type CommentNature = "complaint" | "correction" | "criticism" | "question" | "praise" | "comment";

export type GuardDecision =
  | { kind: "hold"; nature: CommentNature; cooldownSeconds: number; reasons: Reason[] }
  | { kind: "allow"; violations: ViolationKind[]; reasons: Reason[] };

export function natureOf(assessment: Pick<Assessment, "role" | "tone">): CommentNature {
  if (assessment.role === "disappointed-customer") return "complaint";
  if (assessment.role === "know-it-all") return "correction";
  if (assessment.tone === "critical" || assessment.tone === "angry") return "criticism";
  if (assessment.tone === "question") return "question";
  if (assessment.tone === "positive") return "praise";
  return "comment";
}

/**
 * Rule 1 at the moment of deletion: hold a delete, hide or remove of anything that is not a real violation.
 * A comment not yet assessed is held too — the guard errs on the side of calm.
 */
export function guardDecision(
  assessment: Pick<Assessment, "verdict" | "violations" | "reasons" | "role" | "tone"> | undefined,
  action: DeletionAction,
  guard: Guidelines["guard"],
): GuardDecision {
  if (!guard.enabled)
    return { kind: "allow", violations: assessment ? kinds(assessment) : [], reasons: [{ code: "guard-off" }] };
  if (!assessment) {
    return {
      kind: "hold",
      nature: "comment",
      cooldownSeconds: guard.cooldownSeconds,
      reasons: [{ code: "guard-not-assessed" }],
    };
  }
  if (assessment.verdict === "may-delete") {
    return { kind: "allow", violations: kinds(assessment), reasons: assessment.reasons };
  }
  const nature = natureOf(assessment);
  return {
    kind: "hold",
    nature,
    cooldownSeconds: guard.cooldownSeconds,
    reasons: [{ code: action === "hide" ? "guard-hide-criticism" : "guard-delete-criticism" }, ...assessment.reasons],
  };
}

function kinds(assessment: Pick<Assessment, "violations">): ViolationKind[] {
  return [...new Set(assessment.violations.map((violation) => violation.kind))];
}

/** Seconds left before "Delete anyway" unlocks. */
export function cooldownLeft(heldAt: number, now: number, cooldownSeconds: number): number {
  return Math.max(0, Math.ceil((heldAt + cooldownSeconds * 1000 - now) / 1000));
}

/** After the cool-down the user may repeat the action normally for this long; then the guard holds again. */
export const RELEASE_SECONDS = 120;
