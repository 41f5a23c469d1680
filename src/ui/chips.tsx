import { t } from "../platform/i18n";
import type { Assessment } from "../shared/assessment";
import { roleLabel, toneLabel, verdictLabel } from "./labels";

/**
 * Tone, role and verdict as small labelled chips; the role only where it matters (not "general"), the verdict only
 * where it is not "keep" (a review's chip is short: its notice below says the rest).
 */
export function AssessmentChips({ assessment }: { assessment: Assessment | undefined }) {
  if (!assessment) return <span class="chip chip-pending">{t("commentNotAssessed")}</span>;
  return (
    <span class="chips">
      <span class="chip" data-tone={assessment.tone}>
        {toneLabel(assessment.tone)}
      </span>
      {assessment.role !== "general" && <span class="chip chip-role">{roleLabel(assessment.role)}</span>}
      {assessment.verdict !== "keep" && (
        <span class="chip" data-verdict={assessment.verdict}>
          {assessment.verdict === "review" ? t("verdict_review_short") : verdictLabel(assessment.verdict)}
        </span>
      )}
      {assessment.replyNeeded && <span class="chip chip-owed">{t("commentReplyNeeded")}</span>}
    </span>
  );
}
