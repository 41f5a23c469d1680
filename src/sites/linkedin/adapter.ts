import { elementMatches, findByLabel } from "../labels";
import { classifyMenuItems } from "../menu";
import { recogniser } from "../recognise";
import { all, closest, first, matches, own } from "../selector";
import { type EditorKind, isEnabledControl, type SiteAdapter, safeInspect } from "../site-adapter";
import { ANY_COMMENT, inspectLinkedInV1 } from "./read-v1";
import { inspectLinkedInV2 } from "./read-v2";
import { LABELS, SELECTORS } from "./selectors";

const V2 = SELECTORS.commentV2;
const C = ANY_COMMENT;

/** The newer front end marks its comments with data-view-name or keeps the URN in componentkey. */
const isV2 = (element: Element) => matches(element, V2) || element.hasAttribute("componentkey");
const outer = (element: Element) => (element.parentElement ? closest(element.parentElement, C) : undefined);
const inspect = safeInspect((element) => (isV2(element) ? inspectLinkedInV2(element) : inspectLinkedInV1(element)));
const ownButtons = (element: Element) => own(element, [{ css: "button", seen: "2026-01-24" }], C) as HTMLElement[];
const recognise = recogniser({
  selectors: [...SELECTORS.comment, ...V2],
  structure: SELECTORS.commentByStructure,
  // A URN alone could sit on a wrapper; a comment also links its author.
  accept: (element) => element.querySelector(SELECTORS.profileByStructure[0]?.css ?? "a[href]") !== null,
});

/** A button or anything in it labelled as the comment's options (v1 puts the label on an li-icon inside). */
const isOptions = (button: Element) =>
  elementMatches(button, LABELS.options) ||
  [...button.querySelectorAll("[aria-label]")].some((icon) => elementMatches(icon, LABELS.options));

/**
 * LinkedIn, both front ends: a page may be either (or, during a switch-over, both), so every method looks at the
 * element it is given rather than guessing the front end once.
 */
export const linkedin: SiteAdapter = {
  site: "linkedin",
  selectors: SELECTORS,
  required: ["comment", "name", "text"],
  insertsMention: false,

  findComments: recognise.find,
  commentOf: recognise.commentOf,
  showsComments: (doc) => first(doc, SELECTORS.traces) !== undefined,
  recognisedBy: recognise.pathOf,
  inspect,
  read: (element) => inspect(element).comment,

  markerSlot(element) {
    if (isV2(element)) {
      const actor = own(element, SELECTORS.actorV2, C)[0];
      return actor?.parentElement ? { parent: actor.parentElement, before: actor.nextSibling } : undefined;
    }
    const info = own(element, [{ css: ".comments-comment-meta__info", seen: "2021-06-01" }], C)[0];
    if (info) return { parent: info, before: info.firstChild };
    // Without classes: beside the time, which sits in the meta row with the options button.
    const time = own(element, SELECTORS.time, C)[0];
    return time?.parentElement ? { parent: time.parentElement, before: time } : undefined;
  },

  replyButton(element) {
    const byClass = own(element, SELECTORS.replyButton, C)[0] as HTMLElement | undefined;
    if (byClass) return byClass;
    const buttons = ownButtons(element);
    return findByLabel(buttons, LABELS.reply) ?? buttons.find((button) => elementMatches(button, LABELS.replyTo));
  },
  editorFor(element) {
    const groups = isV2(element)
      ? [SELECTORS.editorV2, SELECTORS.editorByStructure]
      : [SELECTORS.editor, SELECTORS.editorByStructure];
    // Replying to a reply opens the box under the thread's top-level comment.
    let top = element;
    for (let up = outer(top); up; up = outer(up)) top = up;
    for (const group of groups) {
      const found = own(element, group, C)[0] ?? all(top, group)[0];
      if (found) return found as HTMLElement;
    }
    return undefined;
  },
  editorKind(editor): EditorKind {
    // ProseMirror marks its root translate="no" (so page translators keep out of its document).
    if (editor.classList.contains("ProseMirror") || editor.getAttribute("translate") === "no") return "prosemirror";
    // Quill puts its placeholder on its root; TipTap puts one on its empty paragraph instead.
    if (editor.classList.contains("ql-editor") || editor.hasAttribute("data-placeholder")) return "quill";
    return "plain";
  },
  submitFor(editor) {
    const box = editor.closest('form, [data-view-name="comment-box"]');
    return box
      ? ((first(box, [...SELECTORS.submitV2, ...SELECTORS.submit]) ?? box.querySelector("button[type=submit]")) as
          | HTMLElement
          | undefined)
      : undefined;
  },
  isSubmitEnabled: isEnabledControl,

  menuButton(element) {
    const trigger = own(element, SELECTORS.menuButton, C)[0] as HTMLElement | undefined;
    if (trigger) return trigger;
    const buttons = ownButtons(element);
    return buttons.find((button) => button.getAttribute("aria-haspopup") === "menu") ?? buttons.find(isOptions);
  },
  menuItems(doc) {
    const known = all(doc, SELECTORS.menuItem);
    if (known.length) return classifyMenuItems(known, LABELS);
    // Redesigned: any list item button; only those whose words say what they do count.
    return classifyMenuItems(all(doc, SELECTORS.menuItemByStructure), LABELS).filter((item) => item.action);
  },
  confirmButton(doc) {
    const byClass = first(doc, SELECTORS.confirm) as HTMLElement | undefined;
    if (byClass) return byClass;
    const dialog = all(doc, SELECTORS.dialog).at(-1);
    return dialog ? findByLabel(dialog.querySelectorAll("button"), LABELS.confirm) : undefined;
  },
};
