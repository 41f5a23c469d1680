import { t } from "../platform/i18n";
import { send } from "../platform/messaging";
import type { Result } from "../shared/messages";
import { draftContext } from "../ui/draft-context";
import type { SuggestionActions } from "../ui/suggestion-item";
import type { TrackedComment } from "./comment-registry";
import type { PageContext } from "./feature";
import { insertDraft } from "./insert-draft";
import { recordDraft } from "./recent-drafts";

/** Insert and check for one comment, from UI on the page itself (the panel, the guard dialog). */
export function contentActions(page: PageContext, tracked: TrackedComment): SuggestionActions {
  return {
    insert: async (text, suggestion): Promise<Result<unknown>> => {
      const result = await insertDraft(page, tracked.key, text);
      if (result.ok) {
        recordDraft(tracked.key, text, suggestion.followUpBy, page.adapter.editorFor(tracked.element));
        return { ok: true, value: result };
      }
      return { ok: false, error: t(`insertFailure_${result.reason.replaceAll("-", "_")}`) };
    },
    check: async (text) => {
      const context = draftContext(tracked.snapshot, tracked.assessment, page.site);
      const result = await send("draft/check", { text, context });
      return result.ok ? result.value.check : undefined;
    },
  };
}

/** Suggestions for a comment from the worker; none while it is not assessed. */
export async function suggestionsFor(tracked: TrackedComment) {
  if (!tracked.assessment) return [];
  const result = await send("replies/compose", { comment: tracked.snapshot, assessment: tracked.assessment });
  return result.ok ? result.value.suggestions : [];
}
