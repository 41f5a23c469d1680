import type { Assessment, Reason, Role, Tone, Verdict, ViolationKind } from "../shared/assessment";

/** The words a marker needs, in the browser's language (the content script passes the real `_locales` ones). */
export type MarkerWords = {
  tone: (tone: Tone) => string;
  role: (role: Role) => string;
  verdict: (verdict: Verdict) => string;
  violation: (kind: ViolationKind) => string;
  reason: (reason: Reason) => string;
  /** A `marker_…` message with its substitutions. */
  message: (key: string, substitutions?: string[]) => string;
};

/** What one marker shows: a look, a short visible text, its accessible label and the tooltip saying why. */
export type MarkerView = {
  look: Tone | "violation" | "pending";
  text: string;
  label: string;
  tooltip: string;
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
    };
  }
  const deletable = assessment.verdict === "may-delete";
  const violation = assessment.violations.find((found) => found.kind !== "profanity") ?? assessment.violations[0];
  const parts = [
    deletable && violation ? words.violation(violation.kind) : words.tone(assessment.tone),
    assessment.role !== "general" ? words.role(assessment.role) : undefined,
  ].filter((part): part is string => Boolean(part));
  const summary = [...parts, words.verdict(assessment.verdict)].join(", ");
  const reasons = [...assessment.reasons, ...assessment.roleReasons].slice(0, MAX_REASONS).map(words.reason);
  const tooltip = [summary, reasons.length ? words.message("marker_why", [reasons.join(" ")]) : undefined]
    .filter(Boolean)
    .join("\n");
  const text = parts.join(" · ");
  return {
    look: deletable ? "violation" : assessment.tone,
    text: text.charAt(0).toUpperCase() + text.slice(1),
    label: words.message("marker_label", [summary]),
    tooltip,
  };
}
