import { t } from "../platform/i18n";
import { send } from "../platform/messaging";
import type { Assessment } from "../shared/assessment";
import type { CommentSnapshot } from "../shared/comment";
import type { Result } from "../shared/messages";
import { draftContext } from "../ui/draft-context";
import type { SuggestionActions } from "../ui/suggestion-item";

/** Insert and check for one comment, from the popup: insertion goes to the tab's content script. */
export function popupActions(
  tabId: number,
  comment: CommentSnapshot,
  assessment: Assessment | undefined,
): SuggestionActions {
  return {
    insert: async (text, suggestion): Promise<Result<unknown>> => {
      const request = { commentKey: `${comment.site}:${comment.id}`, text, followUpBy: suggestion.followUpBy };
      const sent = await send("draft/insert", request, { tabId });
      if (!sent.ok) return { ok: false, error: t("insertFailure_unreachable") };
      if (sent.value.ok) return { ok: true, value: sent.value };
      return { ok: false, error: t(`insertFailure_${sent.value.reason.replaceAll("-", "_")}`) };
    },
    check: async (text) => {
      const result = await send("draft/check", { text, context: draftContext(comment, assessment, comment.site) });
      return result.ok ? result.value.check : undefined;
    },
  };
}
