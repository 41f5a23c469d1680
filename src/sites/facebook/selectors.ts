import type { Label } from "../labels";
import type { SelectorTable } from "../selector";

// Facebook's comment markup (DOM-NOTES §2). Class names are generated and useless; these hooks are roles,
// localised aria-labels and URL patterns. Newest first; `seen` is the date of the newest public code using it.
export const SELECTORS = {
  /** A comment or reply: an article with a label; posts lost role=article in mid-2026. */
  comment: [
    { css: 'div[role="article"][aria-label]', seen: "2026-09-02" },
    { css: 'li div[role="article"]', seen: "2026-06-21" },
  ],
  /** Without the label or the list around it: an article that owns a comment permalink (see the adapter). */
  commentByStructure: [{ css: '[role="article"]', seen: "2026-09-02" }],
  /** The comment's permalink (its time link) and profile links carry comment_id / reply_comment_id. */
  permalink: [
    { css: 'a[href*="reply_comment_id="]', seen: "2026-02-01" },
    { css: 'a[href*="comment_id="]', seen: "2026-02-01" },
  ],
  /** What every comment leaves on the page whatever its container looks like: its comment_id permalink. */
  traces: [{ css: 'a[href*="comment_id="]', seen: "2026-02-01" }],
  /** Profile links: the avatar one is aria-hidden, the visible one holds the name. */
  author: [{ css: 'a[role="link"][href]:not([aria-hidden="true"])', seen: "2026-02-01" }],
  /** Comment text paragraphs (div), as opposed to badge lines (span). */
  text: [{ css: 'div[dir="auto"]', seen: "2026-07-30" }],
  /** Lines such as "Top fan" or "Author" shown with the name. */
  badge: [{ css: 'span[dir="auto"]', seen: "2025-05-01" }],
  verified: [{ css: "svg[aria-label], img[alt]", seen: "2026-06-21" }],
  buttons: [{ css: '[role="button"]', seen: "2026-02-01" }],
  menuButton: [{ css: '[role="button"][aria-haspopup="menu"]', seen: "2026-06-21" }],
  editor: [
    { css: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]', seen: "2026-02-01" },
    { css: '[contenteditable="true"][role="textbox"]', seen: "2026-02-01" },
  ],
  menuItem: [{ css: '[role="menu"] [role="menuitem"]', seen: "2026-08-12" }],
  dialog: [{ css: '[role="dialog"]', seen: "2026-08-12" }],
} satisfies SelectorTable;

/** Interface words, English and German, newest wording first. */
export const LABELS = {
  reply: { en: ["Reply"], de: ["Antworten"], match: "exact" },
  replyArticle: { en: ["Reply by "], de: ["Antwort von "], match: "prefix" },
  menu: {
    en: ["Edit or delete this", "Hide or report this", "Actions for this comment"],
    de: ["Bearbeiten oder löschen", "Verbergen oder melden", "Aktionen für diesen Kommentar"],
    match: "prefix",
  },
  verified: { en: ["verified"], de: ["verifiziert"], match: "contains" },
  reactions: { en: ["reaction"], de: ["reaktion"], match: "contains" },
  allReplies: { en: ["View all"], de: ["Alle"], match: "prefix" },
  moreReplies: { en: ["more repl", "replies", "reply"], de: ["weitere Antwort", "Antworten"], match: "contains" },
  author: { en: ["Author"], de: ["Autor", "Autorin"], match: "exact" },
  submit: {
    en: ["Post comment", "Comment", "Post", "Reply"],
    de: ["Kommentar posten", "Kommentieren", "Posten", "Antworten", "Senden"],
    match: "exact",
  },
  delete: { en: ["Delete", "Delete comment"], de: ["Löschen", "Kommentar löschen"], match: "exact" },
  hide: { en: ["Hide comment", "Hide"], de: ["Kommentar verbergen", "Verbergen", "Ausblenden"], match: "exact" },
  remove: { en: ["Remove"], de: ["Entfernen"], match: "exact" },
  report: { en: ["Report comment", "Report"], de: ["Kommentar melden", "Melden"], match: "prefix" },
  edit: { en: ["Edit"], de: ["Bearbeiten"], match: "exact" },
  confirm: {
    en: ["Delete", "Hide", "Remove", "Confirm"],
    de: ["Löschen", "Verbergen", "Entfernen", "Bestätigen"],
    match: "exact",
  },
} satisfies Record<string, Label>;
