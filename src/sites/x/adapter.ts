import { classifyMenuItems } from "../menu";
import { recogniser } from "../recognise";
import { all, closest, first, matches } from "../selector";
import { type EditorKind, isEnabledControl, type SiteAdapter, safeInspect } from "../site-adapter";
import { inspectX, nameLinkOf, statusAt, tweetId } from "./read";
import { LABELS, SELECTORS } from "./selectors";

const inspect = safeInspect(inspectX);
const recognise = recogniser({
  selectors: SELECTORS.comment,
  structure: SELECTORS.commentByStructure,
  accept: (article) => {
    const time = first(article, SELECTORS.permalink);
    return time !== undefined && closest(time, SELECTORS.commentByStructure) === article;
  },
});

/** Replies only: not the focused post itself, and nothing inside X's popup layers (the reply modal quotes). */
function isReplyTweet(article: Element): boolean {
  if (matches(article, SELECTORS.focused) || closest(article, SELECTORS.layers)) return false;
  const page = statusAt(article.ownerDocument.URL, "about:blank");
  return !page || tweetId(article) !== page.id;
}

/** A status link (around a time) to another status than the page's own. */
function isOtherStatus(time: Element): boolean {
  const link = time.closest("a");
  const own = statusAt(time.ownerDocument.URL, "about:blank");
  const linked = link ? statusAt(link.getAttribute("href"), time.ownerDocument.URL) : undefined;
  return linked !== undefined && linked.id !== own?.id;
}

/** The reply modal (X renders it in #layers) that answers this tweet; any open one when none names it. */
function replyDialog(article: Element): Element | undefined {
  const dialogs = all(article.ownerDocument, SELECTORS.dialog).filter((dialog) => first(dialog, SELECTORS.editor));
  const id = tweetId(article);
  return dialogs.find((dialog) => id && dialog.querySelector(`a[href*="/status/${id}"]`)) ?? dialogs.at(-1);
}

export const x: SiteAdapter = {
  site: "x",
  selectors: SELECTORS,
  required: ["permalink", "author", "text"],
  insertsMention: false,

  findComments: (root) => recognise.find(root).filter(isReplyTweet),
  // commentOf checks isReplyTweet when each candidate is read.
  candidates: recognise.find,
  commentOf(node) {
    const article = recognise.commentOf(node);
    return article && isReplyTweet(article) ? article : undefined;
  },
  // Every tweet links its own status around its time; on a status page, any other status's link is a reply.
  showsComments: (doc) => all(doc, SELECTORS.permalink).some(isOtherStatus),
  recognisedBy: recognise.pathOf,
  inspect,
  read: (element) => inspect(element).comment,

  markerSlot(article) {
    const names = first(article, SELECTORS.userName) ?? nameLinkOf(article, article.ownerDocument.URL)?.parentElement;
    return names ? { parent: names, before: null } : undefined;
  },

  replyButton: (article) => first(article, SELECTORS.replyButton) as HTMLElement | undefined,
  editorFor(article) {
    const dialog = replyDialog(article);
    return dialog ? (first(dialog, SELECTORS.editor) as HTMLElement | undefined) : undefined;
  },
  editorKind(editor): EditorKind {
    if (editor.tagName === "TEXTAREA") return "plain";
    // Draft.js's own classes, or, should they change, the data-contents block it always renders.
    return editor.closest(".DraftEditor-root") ||
      editor.classList.contains("public-DraftEditor-content") ||
      editor.querySelector(":scope > [data-contents]")
      ? "draft"
      : "plain";
  },
  submitFor(editor) {
    // Two composers can be open at once (inline and modal): stay inside the editor's own.
    const scope = closest(editor, SELECTORS.dialog) ?? closest(editor, SELECTORS.cell) ?? editor.ownerDocument;
    return first(scope, SELECTORS.submit) as HTMLElement | undefined;
  },
  isSubmitEnabled: isEnabledControl,

  menuButton: (article) => first(article, SELECTORS.menuButton) as HTMLElement | undefined,
  menuItems(doc) {
    const items = classifyMenuItems(all(doc, SELECTORS.menuItem), LABELS);
    for (const item of items) if (!item.action && matches(item.element, SELECTORS.hideReply)) item.action = "hide";
    return items;
  },
  confirmButton: (doc) => first(doc, SELECTORS.confirm) as HTMLElement | undefined,
};
