import { verdictReasons } from "../monitor/guard";
import type { Assessment, Reason, Role, Tone, Verdict, ViolationKind } from "../shared/assessment";

/** The words a marker needs, in the browser's language (the content script passes the real `_locales` ones). */
export type MarkerWords = {
  tone: (tone: Tone) => string;
  role: (role: Role) => string;
  verdict: (verdict: Verdict) => string;
  violation: (kind: ViolationKind) => string;
  reason: (reason: Reason) => string;
  /** A message (`marker_…`, `verdict_review_short`) with its substitutions. */
  message: (key: string, substitutions?: string[]) => string;
};

/**
 * What one marker shows: a look, a short visible text, its accessible label and the tooltip saying why. `review`
 * (it looks abusive, no rule names it) has a look of its own: neither the violation's nor the calm comment's.
 */
export type MarkerView = {
  look: Tone | "violation" | "review" | "pending";
  text: string;
  label: string;
  tooltip: string;
  /** What a screen reader hears after the label: only what the label does not already say (issue 13). */
  description: string;
};

const MAX_REASONS = 3;

/** The marker of a comment, from its assessment, or "not assessed yet" (with the worker's reason if it failed). */
export function markerView(
  assessment: Assessment | undefined,
  error: string | undefined,
  words: MarkerWords,
): MarkerView {
  if (!assessment) {
    const text = words.message("marker_pending");
    return {
      look: "pending",
      text,
      label: words.message("marker_label", [text]),
      tooltip: error ? words.message("marker_pending_reason", [error]) : words.message("marker_assessing"),
      description: error ? words.message("marker_pending_reason", [error]) : words.message("marker_assessing"),
    };
  }
  const { verdict } = assessment;
  const deletable = verdict === "may-delete";
  const violation = assessment.violations.find((found) => found.kind !== "profanity") ?? assessment.violations[0];
  const role = assessment.role !== "general" ? words.role(assessment.role) : undefined;
  const named = deletable && violation ? words.violation(violation.kind) : words.tone(assessment.tone);
  const summary = [named, role, words.verdict(verdict)].filter(Boolean).join(", ");
  const reasons = [...verdictReasons(assessment), ...assessment.roleReasons].slice(0, MAX_REASONS).map(words.reason);
  const why = reasons.length ? words.message("marker_why", [reasons.join(" ")]) : "";
  const tooltip = [summary, why].filter(Boolean).join("\n");
  // A review says on its face what to do with it; the tone is in the label and the tooltip.
  const text = [verdict === "review" ? words.message("verdict_review_short") : named, role].filter(Boolean).join(" · ");
  return {
    look: deletable ? "violation" : verdict === "review" ? "review" : assessment.tone,
    text: text.charAt(0).toUpperCase() + text.slice(1),
    label: words.message("marker_label", [summary]),
    tooltip,
    // The tooltip opens with the summary for the eye; the label already says it to the ear.
    description: why,
  };
}
