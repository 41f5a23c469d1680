import type { Label } from "../labels";
import type { SelectorTable } from "../selector";

// X's tweet markup (DOM-NOTES §1): data-testid hooks, newest first, dated by the newest public code using them.
export const SELECTORS = {
  comment: [{ css: 'article[data-testid="tweet"]', seen: "2026-08-17" }],
  /** Should the testid go: an article (element or role) that owns a status link around its time. */
  commentByStructure: [{ css: 'article, [role="article"]', seen: "2026-08-17" }],
  /** The focused tweet of a status page is the post itself, not a comment. */
  focused: [{ css: 'article[data-testid="tweet"][tabindex="-1"]', seen: "2026-08-17" }],
  cell: [{ css: '[data-testid="cellInnerDiv"]', seen: "2026-08-17" }],
  userName: [{ css: '[data-testid="User-Name"]', seen: "2026-08-17" }],
  permalink: [{ css: 'a[href*="/status/"] time[datetime]', seen: "2026-08-08" }],
  text: [
    { css: '[data-testid="tweetText"]', seen: "2026-08-17" },
    // Should the testid go: the tweet text is the block that carries its language and dir="auto".
    { css: 'div[lang][dir="auto"]', seen: "2026-08-17" },
  ],
  verified: [{ css: 'svg[data-testid="icon-verified"]', seen: "2026-08-17" }],
  counts: [{ css: '[role="group"][aria-label]', seen: "2025-10-23" }],
  likeButton: [{ css: 'button[data-testid="like"], button[data-testid="unlike"]', seen: "2025-10-23" }],
  replyButton: [{ css: 'button[data-testid="reply"]', seen: "2026-08-08" }],
  /** Popups (the reply modal, menus, confirmations) render here. */
  layers: [{ css: "#layers", seen: "2026-08-17" }],
  dialog: [{ css: '[role="dialog"]', seen: "2026-08-17" }],
  editor: [
    { css: '[data-testid="tweetTextarea_0"][contenteditable="true"]', seen: "2026-08-08" },
    { css: '[data-testid^="tweetTextarea"] textarea', seen: "2026-08-17" },
  ],
  submit: [
    { css: '[data-testid="tweetButton"]', seen: "2026-08-08" },
    { css: '[data-testid="tweetButtonInline"]', seen: "2026-08-08" },
  ],
  menuButton: [{ css: 'button[data-testid="caret"]', seen: "2026-08-17" }],
  menuItem: [
    { css: '[role="menu"] [data-testid="Dropdown"] [role="menuitem"]', seen: "2026-08-17" },
    { css: '[role="menu"] [role="menuitem"]', seen: "2026-05-08" },
  ],
  hideReply: [{ css: '[data-testid="hideReply"]', seen: "2026-05-08" }],
  confirm: [{ css: '[data-testid="confirmationSheetConfirm"]', seen: "2026-07-04" }],
} satisfies SelectorTable;

export const LABELS = {
  replyingTo: { en: ["Replying to"], de: ["Antwort an"], match: "prefix" },
  delete: { en: ["Delete"], de: ["Löschen"], match: "exact" },
  hide: { en: ["Hide reply"], de: ["Antwort ausblenden", "Antwort verbergen"], match: "exact" },
  remove: { en: ["Remove"], de: ["Entfernen"], match: "exact" },
  report: { en: ["Report post", "Report"], de: ["Post melden", "Melden"], match: "prefix" },
  edit: { en: ["Edit"], de: ["Bearbeiten"], match: "exact" },
} satisfies Record<string, Label>;

/** Words in the counts summary ("3 replies, 12 likes" / "3 Antworten, 12 „Gefällt mir“-Angaben"). */
export const COUNT_WORDS = {
  likes: /likes?\b|„gefällt mir“|"gefällt mir"|gefällt mir/i,
  replies: /repl(?:y|ies)\b|antworten\b|antwort\b/i,
};
