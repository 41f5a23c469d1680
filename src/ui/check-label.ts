import { t } from "../platform/i18n";
import type { DraftCheck } from "../shared/replies";

/**
 * The verdict in words: the summary's visible line, and what the reply box is described by. Kept apart from the
 * summary component so the content script can say it without loading the in-page UI.
 */
export function checkLabel(check: DraftCheck): string {
  const problems = check.findings.filter((finding) => finding.severity === "problem").length;
  return check.ok ? t("checkOk") : check.calm ? t("checkProblems", String(problems)) : t("checkNotCalm");
}
