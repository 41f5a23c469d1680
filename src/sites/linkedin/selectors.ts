import type { Label } from "../labels";
import type { SelectorTable } from "../selector";

// LinkedIn runs two front ends at once (DOM-NOTES §3): the older Ember post pages (BEM classes, Quill) and the
// newer SDUI feed (hashed classes, data-view-name hooks, TipTap). Groups ending in V2 are the feed's.
// Class selectors are the fast path; `*ByStructure` groups hold what survives a redesign (the comment's URN in
// data-id or componentkey, profile links, dir, aria-labels), read in read-v1-structure.ts.
export const SELECTORS = {
  comment: [
    { css: 'article.comments-comment-entity[data-id^="urn:li:comment"]', seen: "2026-04-28" },
    // The generation before (about 2021; tests/fixtures/linkedin/generations.mjs).
    { css: 'article.comments-comment-item[data-id^="urn:li:comment"]', seen: "2021-06-01" },
  ],
  commentV2: [{ css: '[data-view-name="comment-container"]', seen: "2026-01-24" }],
  /** Any element carrying a comment's URN: both front ends, whatever their classes are called. */
  commentByStructure: [
    { css: '[data-id^="urn:li:comment"]', seen: "2026-04-28" },
    { css: '[componentkey*="urn:li:comment"]', seen: "2026-01-24" },
  ],
  /** What every comment leaves whatever its container looks like: its URN, somewhere in an attribute. */
  traces: [
    { css: '[data-id*="urn:li:comment"]', seen: "2026-04-28" },
    { css: '[componentkey*="urn:li:comment"]', seen: "2026-01-24" },
    { css: 'a[href*="commentUrn="]', seen: "2026-01-24" },
  ],
  /** The author's description link (the avatar link is aria-hidden). */
  profileByStructure: [
    {
      css: 'a[href*="/in/"]:not([aria-hidden="true"]), a[href*="/company/"]:not([aria-hidden="true"])',
      seen: "2026-04-28",
    },
  ],
  /** The comment text carries its direction; nothing else of a v1 comment outside a link does. */
  textByStructure: [{ css: "[dir]", seen: "2026-04-28" }],
  editorByStructure: [
    { css: '[contenteditable="true"][role="textbox"], [contenteditable="true"]', seen: "2026-04-10" },
  ],
  /** An open dropdown's items: artdeco lists them as buttons in list items; newer menus use menuitem. */
  menuItemByStructure: [{ css: '[role="menuitem"], li [role="button"], li button', seen: "2026-04-28" }],
  name: [
    { css: ".comments-comment-meta__description-title", seen: "2026-04-28" },
    { css: ".comments-post-meta__name-text", seen: "2021-06-01" },
  ],
  /** Today's author block: where it is, the author's parts are read by their classes alone (the fast path). */
  actorBlock: [{ css: "a.comments-comment-meta__description-container[href]", seen: "2026-04-28" }],
  avatar: [{ css: 'img[alt^="View "], img[alt^="Profil von "]', seen: "2026-01-24" }],
  profile: [
    { css: "a.comments-comment-meta__description-container[href]", seen: "2026-04-28" },
    { css: "a.comments-post-meta__actor-link[href]", seen: "2021-06-01" },
    { css: 'a[href*="/in/"], a[href*="/company/"]', seen: "2025-06-01" },
  ],
  headline: [
    { css: ".comments-comment-meta__description-subtitle", seen: "2026-04-28" },
    { css: ".comments-post-meta__headline", seen: "2021-06-01" },
  ],
  degree: [{ css: "span.comments-comment-meta__data", seen: "2026-04-28" }],
  badge: [{ css: ".comments-comment-meta__badge", seen: "2026-04-28" }],
  premium: [{ css: ".text-view-model__linkedin-bug-premium-v2", seen: "2026-04-28" }],
  verified: [{ css: ".text-view-model__verified-icon", seen: "2026-04-28" }],
  text: [
    { css: ".comments-comment-item__main-content .update-components-text", seen: "2026-04-28" },
    { css: ".comments-comment-item__main-content", seen: "2025-06-01" },
  ],
  time: [{ css: "time[datetime]", seen: "2026-04-28" }],
  reactions: [{ css: ".comments-comment-social-bar__reactions-count--cr", seen: "2026-04-28" }],
  replyCount: [{ css: ".comments-comment-social-bar__replies-count--cr", seen: "2026-04-28" }],
  replyButton: [{ css: "button.comments-comment-social-bar__reply-action-button--cr", seen: "2026-04-28" }],
  menuButton: [{ css: "button.comment-options-trigger", seen: "2021-06-01" }],
  editor: [{ css: '.ql-editor[contenteditable="true"]', seen: "2026-04-10" }],
  submit: [{ css: "button.comments-comment-box__submit-button--cr", seen: "2026-02-26" }],
  menuItem: [
    { css: ".artdeco-dropdown__content--is-open .artdeco-dropdown__item", seen: "2021-06-01" },
    { css: '[role="menu"] [role="menuitem"]', seen: "2026-01-24" },
  ],
  confirm: [
    {
      css: '.artdeco-modal button.artdeco-button--primary, [role="alertdialog"] button.artdeco-button--primary',
      seen: "2024-01-01",
    },
  ],
  dialog: [{ css: '[role="alertdialog"], [role="dialog"]', seen: "2026-01-24" }],
  post: [
    { css: '[data-testid="mainFeed"] [role="listitem"]', seen: "2026-05-05" },
    { css: ".feed-shared-update-v2", seen: "2026-04-28" },
    { css: '[data-urn^="urn:li:activity"]', seen: "2026-04-28" },
  ],
  postActor: [
    { css: "a.update-components-actor__meta-link[href]", seen: "2026-04-28" },
    { css: 'a[href*="/company/"], a[href*="/in/"]', seen: "2026-05-05" },
  ],
  actorV2: [
    {
      css: 'a[data-view-name="comment-actor-description"], a[data-view-name="reply-actor-description"]',
      seen: "2026-01-24",
    },
  ],
  textV2: [{ css: '[data-testid="expandable-text-box"]', seen: "2026-05-05" }],
  moreTextV2: [{ css: '[data-testid="expandable-text-button"]', seen: "2026-05-05" }],
  editorV2: [{ css: '[data-view-name="comment-box"] .ProseMirror[contenteditable="true"]', seen: "2026-01-24" }],
  submitV2: [
    { css: 'button[data-view-name="comment-reply-post"]', seen: "2026-01-24" },
    { css: 'button[data-view-name="comment-post"]', seen: "2026-01-24" },
  ],
  reactionV2: [{ css: 'button[data-view-name="comment-reaction-button"]', seen: "2026-01-24" }],
} satisfies SelectorTable;

export const LABELS = {
  reply: { en: ["Reply"], de: ["Antworten"], match: "exact" },
  replyTo: { en: ["Reply to "], de: ["Auf Kommentar von ", "Antworten auf "], match: "prefix" },
  author: { en: ["Author"], de: ["Autor", "Autorin", "Verfasser", "Verfasser:in"], match: "exact" },
  knownBadge: { en: ["Top Voice", "Premium", "Creator"], de: ["Top Voice", "Premium", "Creator"], match: "exact" },
  options: { en: ["Open options", "More actions"], de: ["Optionen", "Weitere Aktionen"], match: "contains" },
  reactions: { en: ["reaction"], de: ["reaktion"], match: "contains" },
  verified: { en: ["verified"], de: ["verifiziert"], match: "contains" },
  premium: { en: ["Premium"], de: ["Premium"], match: "exact" },
  delete: { en: ["Delete"], de: ["Löschen"], match: "exact" },
  hide: { en: ["Hide"], de: ["Ausblenden", "Verbergen"], match: "prefix" },
  remove: { en: ["Remove"], de: ["Entfernen", "Kommentar entfernen"], match: "prefix" },
  report: { en: ["Report"], de: ["Melden"], match: "prefix" },
  edit: { en: ["Edit"], de: ["Bearbeiten"], match: "exact" },
  confirm: { en: ["Delete", "Remove"], de: ["Löschen", "Entfernen"], match: "exact" },
} satisfies Record<string, Label>;
