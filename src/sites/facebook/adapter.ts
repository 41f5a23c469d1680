import { elementMatches, findByLabel } from "../labels";
import { classifyMenuItems } from "../menu";
import { recogniser } from "../recognise";
import { all, first, own } from "../selector";
import { isEnabledControl, type SiteAdapter, safeInspect } from "../site-adapter";
import { inspectFacebook } from "./read";
import { LABELS, SELECTORS } from "./selectors";

/** Any comment article, by today's selectors or by structure: a part inside another one belongs to that one. */
const C = [...SELECTORS.comment, ...SELECTORS.commentByStructure];
const inspect = safeInspect(inspectFacebook);
const recognise = recogniser({
  selectors: SELECTORS.comment,
  structure: SELECTORS.commentByStructure,
  // A post may be an article too; a comment owns the permalink that names it (comment_id=). Its own links come
  // before anything nested, so the first one decides, and a post with 2,000 comments costs one lookup.
  accept: (article) =>
    article.querySelector(SELECTORS.permalink.map((s) => s.css).join(","))?.closest('[role="article"]') === article,
});

/** The thread a comment belongs to: the top-level comment's li, where Facebook opens the reply editor. */
function threadOf(article: Element): Element | undefined {
  let thread = article.closest("li") ?? undefined;
  for (let outer = thread?.parentElement?.closest("li"); outer; outer = outer.parentElement?.closest("li")) {
    if (!outer.querySelector('[role="article"]')) break;
    thread = outer;
  }
  return thread;
}

export const facebook: SiteAdapter = {
  site: "facebook",
  selectors: SELECTORS,
  required: ["permalink", "author", "text"],
  insertsMention: true,

  findComments: recognise.find,
  commentOf: recognise.commentOf,
  showsComments: (doc) => first(doc, SELECTORS.traces) !== undefined,
  recognisedBy: recognise.pathOf,
  inspect,
  read: (element) => inspect(element).comment,

  markerSlot(article) {
    const name = own(article, SELECTORS.author, C).find((link) => link.textContent?.trim());
    const parent = name?.parentElement;
    return parent && parent !== article ? { parent, before: null } : { parent: article, before: article.firstChild };
  },

  replyButton(article) {
    const buttons = own(article, SELECTORS.buttons, C) as HTMLElement[];
    const byLabel = findByLabel(buttons, LABELS.reply);
    if (byLabel) return byLabel;
    // Without a known word: the last plain button of the action row that holds the time link.
    const row = own(article, SELECTORS.permalink, C).at(-1)?.closest("ul");
    return row ? ([...row.querySelectorAll('[role="button"]')].at(-1) as HTMLElement | undefined) : undefined;
  },

  editorFor(article) {
    const thread = threadOf(article);
    if (!thread) return undefined;
    const editors = all(thread, SELECTORS.editor) as HTMLElement[];
    const focused = editors.find((editor) => editor.contains(editor.ownerDocument.activeElement));
    return focused ?? editors.at(-1);
  },
  editorKind: (editor) => (editor.hasAttribute("data-lexical-editor") ? "lexical" : "plain"),
  submitFor(editor) {
    const form = editor.closest("form") ?? editor.parentElement?.parentElement;
    if (!form) return undefined;
    const buttons = [...form.querySelectorAll('[role="button"], button')] as HTMLElement[];
    return findByLabel(buttons, LABELS.submit) ?? buttons.filter((button) => !editor.contains(button)).at(-1);
  },
  isSubmitEnabled: isEnabledControl,

  menuButton(article) {
    const buttons = own(article, SELECTORS.menuButton, C) as HTMLElement[];
    return buttons.find((button) => elementMatches(button, LABELS.menu)) ?? buttons[0];
  },
  menuItems: (doc) => classifyMenuItems(all(doc, SELECTORS.menuItem), LABELS),
  confirmButton(doc) {
    const dialog = all(doc, SELECTORS.dialog).at(-1);
    if (!dialog) return undefined;
    const buttons = [...dialog.querySelectorAll('[role="button"], button')] as HTMLElement[];
    return findByLabel(buttons, LABELS.confirm) ?? buttons.at(-1);
  },
};
