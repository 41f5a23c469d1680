// What the Firefox checks read from a site page and the popup. Each function runs in the page (page.evaluate), so
// the content script's work is seen as the user's page holds it: attributes, markers in their shadow roots, the
// site's own editor.
import type { ElementHandle, Page } from "puppeteer-core";
import type { Front } from "../e2e/expected-comments";

/** Of `keys`, those whose comment has no drawn marker yet. */
export const unmarked = (page: Page, keys: readonly string[]) =>
  page.evaluate(
    (keys) =>
      keys.filter((key) => {
        const element = document.querySelector(`[data-gelassen-id="${CSS.escape(key)}"]`);
        return !element?.querySelector("[data-gelassen-marker]")?.shadowRoot?.querySelector("button");
      }),
    [...keys],
  );

/** How many recognised comments still wait for their assessment, and the first marker's label. */
export const assessment = (page: Page) =>
  page.evaluate(() => ({
    waiting: document.querySelectorAll("[data-gelassen-id]:not([data-gelassen-tone])").length,
    tones: [...document.querySelectorAll("[data-gelassen-tone]")].map((element) =>
      element.getAttribute("data-gelassen-tone"),
    ),
    label: document
      .querySelector("[data-gelassen-marker]")
      ?.shadowRoot?.querySelector("button")
      ?.getAttribute("aria-label"),
  }));

/**
 * The reply editor each front opens and its submit control (the same elements as tests/e2e/insert-checks.ts):
 * the text it holds and whether the site would now let the user post.
 */
export const editorState = (page: Page, front: Front) =>
  page.evaluate((front) => {
    const parts: Record<string, [string, string, string]> = {
      facebook: ['form:has([data-lexical-editor="true"])', '[contenteditable="true"]', '[role="button"]'],
      x: ['[role="dialog"]', '[data-testid="tweetTextarea_0"]', '[data-testid="tweetButton"]'],
      linkedin: ["form.comments-comment-box__form", ".ql-editor", "button[type=submit]"],
      "linkedin-feed": [
        '[data-view-name="comment-box"]',
        ".ProseMirror",
        'button[data-view-name="comment-reply-post"]',
      ],
    };
    const [box, editor, submit] = parts[front] ?? [];
    const container = box ? document.querySelector(box) : null;
    const button = submit ? [...(container?.querySelectorAll(submit) ?? [])].at(-1) : undefined;
    const enabled =
      front === "facebook" || front === "x"
        ? button?.getAttribute("aria-disabled") === "false"
        : button instanceof HTMLButtonElement && !button.disabled;
    const text = (editor && container?.querySelector(editor)?.textContent) || "";
    return { text: text.replace(/\s+/g, " ").trim(), enabled };
  }, front);

/** The editor's lines as the user sees them, blank lines kept (the blocks tests/e2e/insert-checks.ts reads). */
export const editorLines = (page: Page, front: Front) =>
  page.evaluate((front) => {
    const editors: Record<string, string> = {
      facebook: 'form:has([data-lexical-editor="true"]) [contenteditable="true"]',
      x: '[role="dialog"] [data-testid="tweetTextarea_0"]',
      linkedin: "form.comments-comment-box__form .ql-editor",
      "linkedin-feed": '[data-view-name="comment-box"] .ProseMirror',
    };
    const editor = document.querySelector(editors[front] ?? "");
    const blocks = editor?.querySelectorAll(":scope > p, :scope > div > div[data-block], :scope [data-contents] > div");
    return [...(blocks ?? [])].map((block) => (block.textContent ?? "").trim());
  }, front);

/** The delete guard's dialog, if open: its text, whether "Delete anyway" may be pressed, how many replies it offers. */
export const guardDialog = (page: Page, deleteAnyway: string) =>
  page.evaluate((deleteAnyway) => {
    const dialog = document.querySelector("[data-gelassen-guard]")?.shadowRoot?.querySelector('[role="alertdialog"]');
    if (!dialog?.checkVisibility()) return undefined;
    // "Delete anyway (2 s)" during the cool-down.
    const release = [...dialog.querySelectorAll("button")].find((button) =>
      button.textContent?.trim().startsWith(deleteAnyway),
    );
    return {
      text: dialog.textContent ?? "",
      canRelease: release ? !release.disabled : undefined,
      suggestions: dialog.querySelectorAll(".suggestion").length,
    };
  }, deleteAnyway);

/** The button labelled `label` inside the first element matching `scope` (in a shadow root if it has one). */
export async function buttonIn(page: Page, scope: string, label: string) {
  const handle = await page.evaluateHandle(
    (scope, label) => {
      const host = document.querySelector(scope);
      const root = host?.shadowRoot ?? host;
      return [...(root?.querySelectorAll("button") ?? [])].find((button) => button.textContent?.trim() === label);
    },
    scope,
    label,
  );
  const button = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
  if (!button) throw new Error(`no "${label}" button in ${scope}`);
  return button;
}

/** Whether any element of the comment `key` is still shown. */
export const commentShown = (page: Page, key: string) =>
  page.evaluate(
    (key) => [...document.querySelectorAll(`[data-gelassen-id="${CSS.escape(key)}"]`)].some((e) => e.checkVisibility()),
    key,
  );

/** The text of the note shown when a removal passes (a violation), or "". */
export const guardNote = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-gelassen-ui="guard-note"]')?.shadowRoot?.textContent ?? "");

/** The marker's button of the comment `key`, to click as the user would. */
export async function markerButton(page: Page, key: string) {
  const handle = await page.evaluateHandle(
    (key) =>
      document
        .querySelector(`[data-gelassen-id="${CSS.escape(key)}"] [data-gelassen-marker]`)
        ?.shadowRoot?.querySelector("button"),
    key,
  );
  const button = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
  if (!button) throw new Error(`no marker for ${key}`);
  return button;
}

/** The first suggestion the in-page panel offers, or "" while it is closed or still empty. */
export const panelSuggestion = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelector('[data-gelassen-ui="panel"]')
        ?.shadowRoot?.querySelector('[role="dialog"] .suggestion .suggestion-text')?.textContent ?? "",
  );
