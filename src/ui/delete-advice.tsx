import { natureOf, reviewWords } from "../monitor/guard";
import { t } from "../platform/i18n";
import type { Assessment } from "../shared/assessment";
import { quoted, verdictLabel, violationLabel } from "./labels";

const NEEDS_WARNING = new Set(["critical", "angry"]);
const WARN_ROLES = new Set(["disappointed-customer", "know-it-all", "troll"]);

/**
 * Rule 1 beside every comment: criticism gets "don't delete in anger", a real violation is named and its
 * removal called justified, and what only looks abusive (no rule names it) is to be checked against the
 * netiquette, with the words that make it look so. Friendly and neutral comments need none of these.
 */
export function DeleteAdvice({ assessment }: { assessment: Assessment }) {
  if (assessment.verdict === "review") {
    return (
      <div class="advice advice-review" role="note">
        <strong>{verdictLabel("review")}</strong>
        <p>{t("reviewNoticeBody", quoted(reviewWords(assessment)))}</p>
      </div>
    );
  }
  if (assessment.verdict === "may-delete") {
    const kinds = [...new Set(assessment.violations.map((violation) => violation.kind))].filter(
      (kind) => kind !== "profanity",
    );
    return (
      <div class="advice advice-violation" role="note">
        <strong>{t("violationNoticeTitle", kinds.map(violationLabel).join(", "))}</strong>
        <p>{t("violationNoticeBody")}</p>
      </div>
    );
  }
  if (!NEEDS_WARNING.has(assessment.tone) && !WARN_ROLES.has(assessment.role)) return null;
  return (
    <div class="advice advice-keep" role="note">
      <strong>{t("keepWarningTitle")}</strong>
      <p>{t("keepWarningBody", t(`nature_${natureOf(assessment)}`))}</p>
    </div>
  );
}
