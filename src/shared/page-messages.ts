import * as z from "zod/mini";
import { Assessment } from "./assessment";
import { CommentSnapshot } from "./comment";
import { message } from "./message-spec";

/** The longest draft Gelassen will put into a site's reply box (LinkedIn allows the most, 1,250 characters). */
export const MAX_DRAFT_LENGTH = 5000;

/** Why a draft could not be inserted; the popup and the in-page panel name the reason in the user's language. */
export const INSERT_FAILURES = [
  "inactive", // Gelassen is switched off on this site
  "not-found", // no comment with that key on the page (any more)
  "no-reply-button", // the comment has no reply button Gelassen recognises
  "no-editor", // the reply editor did not open in time
  "not-inserted", // the editor did not take the text
  "submit-disabled", // the text is there but the site's Post/Reply button stayed disabled
  "busy", // another insertion is still running
] as const;
export const InsertFailure = z.enum(INSERT_FAILURES);
export type InsertFailure = z.infer<typeof InsertFailure>;

export const InsertResult = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({
    ok: z.literal(false),
    reason: InsertFailure,
    /** A sentence for logs and developers (English); the UI speaks from `reason`. */
    detail: z.string().check(z.maxLength(500)),
  }),
]);
export type InsertResult = z.infer<typeof InsertResult>;

/**
 * The keyboard shortcuts of the manifest's `commands` (the browser shows them in its shortcut settings, where the
 * user can change them). The worker passes each to the content script of the tab it was pressed in.
 */
export const KEYBOARD_COMMANDS = ["open-suggestions", "check-draft"] as const;
export const KeyboardCommand = z.enum(KEYBOARD_COMMANDS);
export type KeyboardCommand = z.infer<typeof KeyboardCommand>;

/** One comment the page shows, with its assessment once the worker has given one. */
export const PageComment = z.object({
  comment: CommentSnapshot,
  assessment: z.optional(Assessment),
});
export type PageComment = z.infer<typeof PageComment>;

/**
 * Messages between extension pages and the content script about the page itself. "page/comments" also carries
 * the page health (the same PageStatus "page/status" answers); its schema is added where PageStatus lives.
 */
export const PAGE_MESSAGES = {
  /** Popup or panel → content script: open that comment's reply box and put the draft in. Never posts. */
  "draft/insert": message(
    ["extension"],
    z.object({
      commentKey: z.string().check(z.minLength(3), z.maxLength(320)),
      text: z.string().check(z.minLength(1), z.maxLength(MAX_DRAFT_LENGTH)),
      /** A holding reply's promised time (ISO 8601): posting it schedules the reminder. */
      followUpBy: z.optional(z.string().check(z.maxLength(40))),
    }),
    InsertResult,
  ),
  /** Worker → content script: a Gelassen shortcut was pressed in this tab. `handled`: something answered it. */
  "page/command": message(["extension"], z.object({ command: KeyboardCommand }), z.object({ handled: z.boolean() })),
  /** Content script → worker: put the in-page UI (content-ui.js) into the sender's frame, on its first use. */
  "in-page-ui/load": message(["content"], z.object({}), z.object({})),
};
