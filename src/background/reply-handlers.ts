import type { Handlers } from "../platform/dispatch";
import { uiLanguage } from "../platform/i18n";
import { loadGuidelines } from "../platform/storage";
import { checkDraft, composeReplies } from "../replies";

/** Suggestions and draft checks, always against the guidelines as stored right now. */
export const REPLY_HANDLERS: Handlers = {
  "replies/compose": async ({ comment, assessment }) => ({
    suggestions: composeReplies(comment, assessment, await loadGuidelines(), { uiLanguage: uiLanguage() }),
  }),
  "draft/check": async ({ text, context }) => ({ check: checkDraft(text, context, await loadGuidelines()) }),
};
