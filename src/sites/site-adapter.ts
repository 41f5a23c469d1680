import type { CommentSnapshot } from "../shared/comment";
import type { RecognitionPath, SiteId } from "../shared/sites";
import type { SelectorTable } from "./selector";

/** What one reading of a comment container gives: the snapshot, or which selector groups found nothing. */
export type ReadResult = {
  comment: CommentSnapshot | undefined;
  /** Groups that found nothing in this container (a required one missing means no snapshot). */
  missing: readonly string[];
};

/** What an item of a comment's menu does, as far as Gelassen cares (the delete guard of a later issue). */
export type MenuAction = "delete" | "hide" | "remove" | "report" | "edit";

export type MenuItem = { element: Element; action: MenuAction | undefined };

/** The reply editor frameworks the sites use; insertion differs slightly between them. */
export type EditorKind = "lexical" | "draft" | "quill" | "prosemirror" | "plain";

/** Where the visible marker goes: inserted into `parent` before `before` (or appended when null). */
export type MarkerSlot = { parent: Element; before: Node | null };

/**
 * Everything Gelassen knows about one site's page: how to find and read comments, and where the controls are
 * that it needs for drafts (reply button, editor, submit) and, in a later issue, for the delete guard (menu,
 * its items, the confirm button). Every method is total: it returns undefined instead of throwing.
 */
export interface SiteAdapter {
  readonly site: SiteId;
  /** The selector groups, for the health report and for logging a group that found nothing. */
  readonly selectors: SelectorTable;
  /** Selector groups every comment must have; the health report lists them when they find nothing. */
  readonly required: readonly string[];
  /** Comment containers inside `root` (and `root` itself if it is one), in document order. */
  findComments(root: ParentNode): Element[];
  /**
   * Elements in `root` that may be comment containers, cheaper to find than `findComments`'s: the watcher confirms
   * each with `commentOf` when it reads it, so a check `findComments` makes as well need not run twice (X's "not
   * the post itself" over a whole page of 500 replies was one long task when Gelassen started: issue 11). Absent:
   * `findComments`.
   */
  candidates?(root: ParentNode): Element[];
  /** The comment container a node belongs to, if any. */
  commentOf(node: Node): Element | undefined;
  /**
   * Whether the page shows comments at all, judged by what every comment leaves whatever its container looks
   * like (its id in a link or an attribute). None recognised but some shown: the layout changed. None shown:
   * the post has no comments yet, and saying the layout may have changed would alarm for nothing.
   */
  showsComments(doc: ParentNode): boolean;
  /** Whether today's selectors found this container, or the structure that survives a redesign. */
  recognisedBy(element: Element): RecognitionPath;
  /** Reads a container; never throws. */
  inspect(element: Element): ReadResult;
  /** `inspect(element).comment`: the pure, total reading the design names. */
  read(element: Element): CommentSnapshot | undefined;
  /** Where the marker of this comment goes. */
  markerSlot(element: Element): MarkerSlot | undefined;
  /** The button that opens the reply editor for this comment. */
  replyButton(element: Element): HTMLElement | undefined;
  /** The reply editor for this comment, once it is open. */
  editorFor(element: Element): HTMLElement | undefined;
  /** Which framework runs an editor. */
  editorKind(editor: Element): EditorKind;
  /** The control that would post what is in `editor` (Gelassen never presses it). */
  submitFor(editor: Element): HTMLElement | undefined;
  /** Whether the site lets the user post now (the editor holds text it has registered). */
  isSubmitEnabled(submit: Element): boolean;
  /** Facebook puts an @mention of the commenter into a reply editor; insertion waits for it and keeps it. */
  readonly insertsMention: boolean;
  /** The "⋯" button that opens this comment's menu. */
  menuButton(element: Element): HTMLElement | undefined;
  /** The items of an open comment menu in `doc`, each with what it does. */
  menuItems(doc: ParentNode): MenuItem[];
  /** The confirm button of an open delete/hide/remove confirmation in `doc`. */
  confirmButton(doc: ParentNode): HTMLElement | undefined;
}

/** Builds `read` from `inspect` and catches anything a broken page might make an adapter throw. */
export function safeInspect(inspect: (element: Element) => ReadResult): (element: Element) => ReadResult {
  return (element) => {
    try {
      return inspect(element);
    } catch {
      return { comment: undefined, missing: ["read"] };
    }
  };
}

/** True for a button that is neither `disabled` nor `aria-disabled="true"`. */
export function isEnabledControl(control: Element): boolean {
  if ((control as HTMLButtonElement).disabled || control.hasAttribute("disabled")) return false;
  return control.getAttribute("aria-disabled") !== "true";
}
