import type { EditorKind } from "../sites/site-adapter";

/** The editors need a moment between focus and input to settle their selection (measured: ~60 ms suffices). */
const SETTLE_MS = 60;

export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Puts the caret at the very end of the editor, after anything already there (Facebook's @mention). */
export function caretToEnd(editor: HTMLElement): void {
  editor.focus();
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Types `text` into a site's editor so that its framework registers it, as measured in DOM-NOTES §5: a synthetic
 * paste (a ClipboardEvent carrying text/plain) reaches Lexical, Draft.js, Quill 2 and ProseMirror from the content
 * script's world and keeps paragraphs. An editor that ignores it (Quill 1) gets execCommand("insertText") instead,
 * except Draft.js, which execCommand breaks. ProseMirror (TipTap) drops blank lines from a paste but keeps them from
 * execCommand, so it gets that first. Returns how the text went in, or undefined if it could not.
 */
export async function typeIntoEditor(editor: HTMLElement, kind: EditorKind, text: string): Promise<string | undefined> {
  caretToEnd(editor);
  await pause(SETTLE_MS);
  caretToEnd(editor);
  if (kind === "prosemirror" && insertLines(editor.ownerDocument, text)) return "insertText";
  const paste = pasteEvent(text);
  editor.dispatchEvent(paste);
  if (paste.defaultPrevented) return "paste";
  if (kind === "draft") return undefined;
  caretToEnd(editor);
  return insertLines(editor.ownerDocument, text) ? "insertText" : undefined;
}

/**
 * execCommand("insertText") with each line break made a paragraph break. Chrome does that itself for the "\n" in one
 * insertText; Firefox drops them and the lines ran together ("Hello Jana,thank you…"), so each line goes in on
 * its own with an insertParagraph before it, in both browsers.
 */
function insertLines(document: Document, text: string): boolean {
  return text
    .split("\n")
    .every(
      (line, index) =>
        (index === 0 || document.execCommand("insertParagraph")) &&
        (line === "" || document.execCommand("insertText", false, line)),
    );
}

/**
 * A paste event carrying `text` that the page's editor can read. Chrome keeps the DataTransfer given to the
 * constructor. Firefox gives the event an empty one of its own, and what a content script writes into it is stamped
 * with the extension's principal, so the page reads "" and the editors took an empty paste: there the text is
 * written through the page's own view of the event (`wrappedJSObject`, which only Firefox has), that is as the page.
 */
function pasteEvent(text: string): ClipboardEvent {
  const data = new DataTransfer();
  data.setData("text/plain", text);
  const paste = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
  const pageView = (paste as ClipboardEvent & { wrappedJSObject?: ClipboardEvent }).wrappedJSObject;
  const clipboard = pageView?.clipboardData ?? paste.clipboardData;
  if (clipboard && clipboard.getData("text/plain") !== text) clipboard.setData("text/plain", text);
  return paste;
}
