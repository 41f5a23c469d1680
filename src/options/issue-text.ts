import { t } from "../platform/i18n";
import type { ImportIssue } from "../shared/guidelines-import";

/** An import problem in the browser's language, with its field path; the English text if no message exists. */
export function issueText(issue: ImportIssue): string {
  const key = `guidelines_error_${issue.code.replaceAll("-", "_")}`;
  const text = t(key, [issue.path || "(file)", issue.detail]);
  return text === key ? `${issue.path}: ${issue.message}` : text;
}
