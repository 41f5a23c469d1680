import { elementMatches, findByLabel } from "../labels";
import { classifyMenuItems } from "../menu";
import { all, allFrom, closest, closestTo, first, matches, own } from "../selector";
import { type EditorKind, isEnabledControl, type SiteAdapter, safeInspect } from "../site-adapter";
import { inspectLinkedInV1 } from "./read-v1";
import { inspectLinkedInV2 } from "./read-v2";
import { LABELS, SELECTORS } from "./selectors";

const V1 = SELECTORS.comment;
const V2 = SELECTORS.commentV2;
const BOTH = [...V1, ...V2];

const isV2 = (element: Element) => matches(element, V2);
const outer = (element: Element, comments: typeof V1 | typeof V2) =>
  element.parentElement ? closest(element.parentElement, comments) : undefined;
const inspect = safeInspect((element) => (isV2(element) ? inspectLinkedInV2(element) : inspectLinkedInV1(element)));
const ownButtons = (element: Element) =>
  own(element, [{ css: "button", seen: "2026-01-24" }], isV2(element) ? V2 : V1) as HTMLElement[];

/**
 * LinkedIn, both front ends: a page may be either (or, during a switch-over, both), so every method looks at the
 * element it is given rather than guessing the front end once.
 */
export const linkedin: SiteAdapter = {
  site: "linkedin",
  selectors: SELECTORS,
  required: ["comment", "name", "text"],
  insertsMention: false,

  findComments: (root) => allFrom(root, BOTH),
  commentOf: (node) => closestTo(node, BOTH),
  inspect,
  read: (element) => inspect(element).comment,

  markerSlot(element) {
    if (isV2(element)) {
      const actor = own(element, SELECTORS.actorV2, V2)[0];
      return actor?.parentElement ? { parent: actor.parentElement, before: actor.nextSibling } : undefined;
    }
    const info = own(element, [{ css: ".comments-comment-meta__info", seen: "2021-06-01" }], V1)[0];
    return info ? { parent: info, before: info.firstChild } : undefined;
  },

  replyButton(element) {
    if (!isV2(element)) {
      const byClass = own(element, SELECTORS.replyButton, V1)[0] as HTMLElement | undefined;
      if (byClass) return byClass;
    }
    const buttons = ownButtons(element);
    return findByLabel(buttons, LABELS.reply) ?? buttons.find((button) => elementMatches(button, LABELS.replyTo));
  },
  editorFor(element) {
    const comments = isV2(element) ? V2 : V1;
    const group = isV2(element) ? SELECTORS.editorV2 : SELECTORS.editor;
    // Replying to a reply opens the box under the thread's top-level comment.
    let top = element;
    for (let up = outer(top, comments); up; up = outer(up, comments)) top = up;
    return (own(element, group, comments)[0] ?? all(top, group)[0]) as HTMLElement | undefined;
  },
  editorKind(editor): EditorKind {
    if (editor.classList.contains("ProseMirror")) return "prosemirror";
    if (editor.classList.contains("ql-editor")) return "quill";
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
    if (!isV2(element)) {
      const trigger = own(element, SELECTORS.menuButton, V1)[0] as HTMLElement | undefined;
      if (trigger) return trigger;
    }
    const buttons = ownButtons(element);
    return (
      buttons.find((button) => button.getAttribute("aria-haspopup") === "menu") ??
      buttons.find((button) => elementMatches(button, LABELS.options))
    );
  },
  menuItems: (doc) => classifyMenuItems(all(doc, SELECTORS.menuItem), LABELS),
  confirmButton(doc) {
    const byClass = first(doc, SELECTORS.confirm) as HTMLElement | undefined;
    if (byClass) return byClass;
    const dialog = all(doc, SELECTORS.dialog).at(-1);
    return dialog ? findByLabel(dialog.querySelectorAll("button"), LABELS.confirm) : undefined;
  },
};
