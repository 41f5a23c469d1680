import { t } from "../platform/i18n";
import type { DraftCheck } from "../shared/replies";

/**
 * The verdict in words: the summary's visible line, and what the reply box is described by. Kept apart from the
 * summary component so the content script can say it without loading the in-page UI.
 */
export function checkLabel(check: DraftCheck): string {
  const problems = check.findings.filter((finding) => finding.severity === "problem").length;
  if (check.ok) return t("checkOk");
  if (!check.calm) return t("checkNotCalm");
  return problems === 1 ? t("checkOneProblem") : t("checkProblems", String(problems));
}
