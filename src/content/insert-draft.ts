import type { InsertFailure, InsertResult } from "../shared/page-messages";
import { visibleText } from "../sites/dom-text";
import { pause, typeIntoEditor } from "./editor-input";
import type { PageContext } from "./feature";

const EDITOR_TIMEOUT_MS = 4000;
const CHECK_TIMEOUT_MS = 1500;
/** Facebook puts its @mention in a moment after the editor opens, replacing what is there: wait for it. */
const MENTION_TIMEOUT_MS = 1500;

const fail = (reason: InsertFailure, detail: string): InsertResult => ({ ok: false, reason, detail });

/** Polls `probe` until it returns something or the time is up. */
async function waitFor<T>(probe: () => T | undefined, timeout: number): Promise<T | undefined> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = probe();
    if (value !== undefined || performance.now() > end) return value;
    await pause(40);
  }
}

/** The comment's container: the one Gelassen read it from (never an element the page marked with its key). */
function commentElement(page: PageContext, key: string): Element | undefined {
  return page.comments.elementOf(key);
}

/** Whether every line of the draft stands in the editor, in order, each on its own line. */
export function draftLanded(editorText: string, draft: string): boolean {
  const have = editorText.split("\n").map((line) => line.replace(/\s+/g, " ").trim());
  let at = 0;
  for (const line of draft
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean)) {
    while (at < have.length && !have[at]?.includes(line)) at += 1;
    if (at === have.length) return false;
    at += 1;
  }
  return true;
}

let running = false;

/**
 * Opens the reply editor of the comment with `key`, waits for it, puts `text` in so that the site's editor
 * framework registers it, and checks that the text landed and the site's submit control is enabled. Never
 * submits. Answers success or a clear reason; never throws.
 */
export async function insertDraft(page: PageContext | undefined, key: string, text: string): Promise<InsertResult> {
  if (!page) return fail("inactive", "Gelassen is switched off on this site.");
  if (running) return fail("busy", "Another draft is being inserted.");
  running = true;
  try {
    return await insert(page, key, text);
  } catch (error) {
    return fail("not-inserted", `Insertion failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    running = false;
  }
}

async function insert(page: PageContext, key: string, text: string): Promise<InsertResult> {
  const { adapter } = page;
  const element = commentElement(page, key);
  if (!element) return fail("not-found", `No comment ${key} on this page.`);
  let editor = adapter.editorFor(element);
  if (!editor) {
    const button = adapter.replyButton(element);
    if (!button) return fail("no-reply-button", `The comment ${key} has no reply button Gelassen recognises.`);
    button.click();
    editor = await waitFor(() => adapter.editorFor(element), EDITOR_TIMEOUT_MS);
    if (!editor) return fail("no-editor", `The reply editor did not open within ${EDITOR_TIMEOUT_MS / 1000} s.`);
  }
  if (adapter.insertsMention) {
    await waitFor(
      () => editor.querySelector("[data-lexical-text]")?.textContent?.trim() || undefined,
      MENTION_TIMEOUT_MS,
    );
  }
  const how = await typeIntoEditor(editor, adapter.editorKind(editor), text);
  if (!how) return fail("not-inserted", "The editor ignored the pasted text.");
  const landed = await waitFor(() => (draftLanded(visibleText(editor), text) ? true : undefined), CHECK_TIMEOUT_MS);
  if (!landed) return fail("not-inserted", `The text did not arrive in the editor (tried ${how}).`);
  const submit = await waitFor(() => {
    const control = adapter.submitFor(editor);
    return control && adapter.isSubmitEnabled(control) ? control : undefined;
  }, CHECK_TIMEOUT_MS);
  if (!submit)
    return fail("submit-disabled", "The text is in the editor, but the site's submit button stayed disabled.");
  return { ok: true };
}
