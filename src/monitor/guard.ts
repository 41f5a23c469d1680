import type { Assessment, Reason, ViolationKind } from "../shared/assessment";
import type { Guidelines } from "../shared/guidelines";
import type { DeletionAction } from "../shared/monitor";

/** What the comment is, in the words the guard dialog and the popup's warning use. */
export type CommentNature = "complaint" | "correction" | "criticism" | "question" | "praise" | "comment";

/**
 * `hold`: criticism (or a comment not assessed yet), held with a cool-down. `ask`: it looks abusive but no rule
 * names it (`review`), so the user is asked once, with the words the model found, whether it breaks the
 * netiquette; no cool-down, since removing it may well be right. `allow`: a named violation, or the guard is off.
 */
export type GuardDecision =
  | { kind: "hold"; nature: CommentNature; cooldownSeconds: number; reasons: Reason[] }
  | { kind: "ask"; words: string[]; reasons: Reason[] }
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
 * Rule 1 at the moment of deletion: hold a delete, hide or remove of anything that is not a real violation, and
 * ask about what only looks like one. A comment not yet assessed is held too — the guard errs on the side of calm.
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
  if (assessment.verdict === "review")
    return { kind: "ask", words: reviewWords(assessment), reasons: assessment.reasons };
  const nature = natureOf(assessment);
  return {
    kind: "hold",
    nature,
    cooldownSeconds: guard.cooldownSeconds,
    reasons: [{ code: action === "hide" ? "guard-hide-criticism" : "guard-delete-criticism" }, ...assessment.reasons],
  };
}

/** The words that make a `review` look abusive: a sweeping claim about a group, or what the model weighed most. */
export const reviewWords = (assessment: Pick<Assessment, "reasons">): string[] =>
  assessment.reasons.find((reason) => reason.code === "review-stereotype" || reason.code === "review-model")?.words ??
  [];

/**
 * The verdict's reasons as Gelassen shows them. A review's question is the user's to answer, so the analysis'
 * "criticism, not a violation: answer rather than delete" (given beside it to a critical or angry one) is left
 * out: it would answer the question for them, and contradict the notice that removing it may be right.
 */
export const verdictReasons = (assessment: Pick<Assessment, "verdict" | "reasons">): Reason[] =>
  assessment.verdict === "review"
    ? assessment.reasons.filter((reason) => reason.code !== "criticism-not-violation")
    : assessment.reasons;

/**
 * Whether a removal went against Gelassen's advice: only a comment it said to keep (or could not assess yet).
 * Removing what looked abusive, after the user checked it against the netiquette, is no override.
 */
export const overridesAdvice = (assessment: Pick<Assessment, "verdict"> | undefined): boolean =>
  assessment === undefined || assessment.verdict === "keep";

function kinds(assessment: Pick<Assessment, "violations">): ViolationKind[] {
  return [...new Set(assessment.violations.map((violation) => violation.kind))];
}

/** Seconds left before "Delete anyway" unlocks. */
export function cooldownLeft(heldAt: number, now: number, cooldownSeconds: number): number {
  return Math.max(0, Math.ceil((heldAt + cooldownSeconds * 1000 - now) / 1000));
}

/** After the cool-down the user may repeat the action normally for this long; then the guard holds again. */
export const RELEASE_SECONDS = 120;
