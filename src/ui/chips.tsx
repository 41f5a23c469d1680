import { t } from "../platform/i18n";
import type { Assessment } from "../shared/assessment";
import { roleLabel, toneLabel, verdictLabel } from "./labels";

/** Tone, role and verdict as small labelled chips; the role only where it matters (not "general"). */
export function AssessmentChips({ assessment }: { assessment: Assessment | undefined }) {
  if (!assessment) return <span class="chip chip-pending">{t("commentNotAssessed")}</span>;
  return (
    <span class="chips">
      <span class="chip" data-tone={assessment.tone}>
        {toneLabel(assessment.tone)}
      </span>
      {assessment.role !== "general" && <span class="chip chip-role">{roleLabel(assessment.role)}</span>}
      {assessment.verdict === "may-delete" && (
        <span class="chip" data-verdict="may-delete">
          {verdictLabel("may-delete")}
        </span>
      )}
      {assessment.replyNeeded && <span class="chip chip-owed">{t("commentReplyNeeded")}</span>}
    </span>
  );
}
