import { assessComment } from "../analysis";
import type { Handlers } from "../platform/dispatch";
import { uiLanguage } from "../platform/i18n";
import { composeReplies } from "../replies";

/**
 * The first-run page's live preview: one comment assessed and answered with guidelines that are not saved yet
 * (what the user is typing), by the same code that answers real comments.
 */
export const PREVIEW_HANDLERS: Handlers = {
  "replies/preview": async ({ comment, guidelines }) => ({
    suggestions: composeReplies(comment, assessComment(comment, guidelines), guidelines, { uiLanguage: uiLanguage() }),
  }),
};
