// Issue 13, item 5: the main tasks with the keyboard alone (Tab, Shift+Tab, Enter, Space, Escape), asserting
// after each step where the focus is. Focus inside Gelassen's UI is inside a Shadow DOM: what counts is the
// shadow root's activeElement, which `focusNow` reads.
import type { Page } from "@playwright/test";
import { expect } from "./extension";

/** Where the focus is, looking into shadow roots: which Gelassen UI (if any), and what the element is. */
export type Focus = {
  /** "marker", or the floating UI's kind ("panel", "guard", "draft-check"); undefined on the page itself. */
  ui: string | undefined;
  /** The comment (data-gelassen-id) the focused element or its marker sits in. */
  comment: string | undefined;
  tag: string;
  text: string;
  /** The site's own markers on the element: data-fixture, data-fixture-action. */
  fixture: string | undefined;
  action: string | undefined;
  /** The focused element is the root of a dialog (role dialog or alertdialog). */
  dialog: boolean;
  editor: boolean;
};

export function focusNow(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    let element = document.activeElement;
    let host: Element | undefined;
    while (element?.shadowRoot?.activeElement) {
      host = element;
      element = element.shadowRoot.activeElement;
    }
    const ui = host?.hasAttribute("data-gelassen-marker") ? "marker" : host?.getAttribute("data-gelassen-ui");
    const inPage = host ?? element;
    return {
      ui: ui ?? undefined,
      comment: inPage?.closest("[data-gelassen-id]")?.getAttribute("data-gelassen-id") ?? undefined,
      tag: element?.tagName.toLowerCase() ?? "",
      text: (element?.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 80),
      fixture: element?.getAttribute("data-fixture") ?? undefined,
      action: element?.getAttribute("data-fixture-action") ?? undefined,
      dialog: /dialog/.test(element?.getAttribute("role") ?? ""),
      editor: (element as HTMLElement | null)?.isContentEditable ?? false,
    };
  });
}

/** Presses `key` until the focus is where `wanted` says, at most `max` times; fails saying where it went. */
export async function pressUntil(page: Page, key: string, wanted: (focus: Focus) => boolean, max = 80) {
  const seen: string[] = [];
  for (let step = 0; step < max; step += 1) {
    await page.keyboard.press(key);
    const focus = await focusNow(page);
    if (wanted(focus)) return focus;
    seen.push(`${focus.ui ?? ""}:${focus.tag}:${focus.fixture ?? focus.action ?? focus.text.slice(0, 20)}`);
  }
  throw new Error(`${key} ×${max} never reached the wanted element; went through ${seen.join(" | ")}`);
}

/** Presses `key` and expects the focus to match afterwards. */
export async function press(page: Page, key: string, expected: Partial<Focus>) {
  await page.keyboard.press(key);
  await expect.poll(() => focusNow(page)).toMatchObject(expected);
  return focusNow(page);
}
