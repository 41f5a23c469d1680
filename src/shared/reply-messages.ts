import * as z from "zod/mini";
import { Assessment } from "./assessment";
import { CommentSnapshot, MAX_TEXT_LENGTH } from "./comment";
import { Guidelines } from "./guidelines";
import { message } from "./message-spec";
import { DraftCheck, DraftContext, Suggestion } from "./replies";

/** The worker composes suggestions and checks drafts, so popup and in-page panel follow one set of guidelines. */
export const REPLY_MESSAGES = {
  "replies/compose": message(
    ["content", "extension"],
    z.object({ comment: CommentSnapshot, assessment: Assessment }),
    z.object({ suggestions: z.array(Suggestion) }),
  ),
  /** First-run page → worker: suggestions for a sample comment under guidelines the user is still typing. */
  "replies/preview": message(
    ["extension"],
    z.object({ comment: CommentSnapshot, guidelines: Guidelines }),
    z.object({ suggestions: z.array(Suggestion) }),
  ),
  "draft/check": message(
    ["content", "extension"],
    z.object({ text: z.string().check(z.maxLength(MAX_TEXT_LENGTH)), context: DraftContext }),
    z.object({ check: DraftCheck }),
  ),
};
