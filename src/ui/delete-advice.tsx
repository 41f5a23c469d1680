import { natureOf, reviewWords } from "../monitor/guard";
import { t } from "../platform/i18n";
import type { Assessment } from "../shared/assessment";
import { quoted, verdictLabel, violationLabel } from "./labels";

const NEEDS_WARNING = new Set(["critical", "angry"]);
const WARN_ROLES = new Set(["disappointed-customer", "know-it-all", "troll"]);

/** Which advice a comment gets, as its kind (the box's look), title and text; none for friendly or neutral ones. */
function adviceOf(assessment: Assessment): [kind: string, title: string, body: string] | undefined {
  if (assessment.verdict === "review") {
    const words = quoted(reviewWords(assessment));
    const body = t("reviewNoticeBody");
    return ["review", verdictLabel("review"), words ? `${t("reviewNoticeWords", words)} ${body}` : body];
  }
  if (assessment.verdict === "may-delete") {
    const kinds = [...new Set(assessment.violations.map((violation) => violation.kind))].filter(
      (kind) => kind !== "profanity",
    );
    return ["violation", t("violationNoticeTitle", kinds.map(violationLabel).join(", ")), t("violationNoticeBody")];
  }
  if (!NEEDS_WARNING.has(assessment.tone) && !WARN_ROLES.has(assessment.role)) return undefined;
  return ["keep", t("keepWarningTitle"), t("keepWarningBody", t(`nature_${natureOf(assessment)}`))];
}

/**
 * Rule 1 beside every comment: criticism gets "don't delete in anger", a real violation is named and its
 * removal called justified, and what only looks abusive (no rule names it) is to be checked against the
 * netiquette, with the words that make it look so. Friendly and neutral comments need none of these.
 */
export function DeleteAdvice({ assessment }: { assessment: Assessment }) {
  const advice = adviceOf(assessment);
  if (!advice) return null;
  const [kind, title, body] = advice;
  return (
    <div class={`advice advice-${kind}`} role="note">
      <strong>{title}</strong>
      <p>{body}</p>
    </div>
  );
}
