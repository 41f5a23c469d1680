// Issue 13, item 5: the main tasks with the keyboard alone (Tab, Shift+Tab, Enter, Space, Escape), asserting
// after each step where the focus is (focus-reading.ts reads it, inside shadow roots too).
import type { Page } from "@playwright/test";
import { askPage, expect, screenshot, type testIn } from "./extension";
import { type Focus, readFocus } from "./focus-reading";
import { editorOf } from "./insert-checks";
import { deletionLog, setGuidelines } from "./monitor-helpers";
import { openMarked } from "./suggestion-checks";

export function focusNow(page: Page): Promise<Focus> {
  return page.evaluate(readFocus);
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

const WORDS = {
  en: { insert: "Insert", release: "Delete anyway", heated: "THIS IS YOUR OWN FAULT!!! Read the terms" },
  de: {
    insert: "Einfügen",
    release: "Trotzdem löschen",
    heated: "DAS IST DOCH IHRE EIGENE SCHULD!!! Lesen Sie halt die AGB",
  },
} as const;

const GUARD = "[data-gelassen-guard]";
const PANEL = '[data-gelassen-ui="panel"]';

/** The text the site's editor holds, lines joined. */
const editorText = async (page: Page) =>
  ((await editorOf(page, "facebook").editor.textContent()) ?? "").replace(/\s+/g, " ");

export function defineKeyboardTests(test: ReturnType<typeof testIn>, language: "en" | "de"): void {
  const words = WORDS[language];
  const onMarker = (key: string) => (focus: Focus) => focus.ui === "marker" && focus.comment === key;

  test(`facebook in ${language}: a marker's suggestions, opened and inserted with the keyboard alone`, async ({
    gelassen,
  }) => {
    const page = await gelassen.context.newPage();
    const jana = await openMarked(page, "facebook", language);
    await pressUntil(page, "Tab", onMarker(jana));
    // The tooltip shows with the focus and Escape hides it, the focus staying on the marker (WCAG 1.4.13).
    const tip = page.locator(`[data-gelassen-id="${jana}"] [data-gelassen-marker]`).first().locator(".tip");
    await expect(tip).toBeVisible();
    await screenshot(page, `keyboard-marker-tip-${language}`, { fullPage: false });
    await press(page, "Escape", { ui: "marker", comment: jana });
    await expect(tip).toBeHidden();

    // Enter opens the panel with the focus on it; it sits right after the marker in the Tab order.
    await press(page, "Enter", { ui: "panel", dialog: true });
    const panel = page.locator(PANEL);
    await expect(panel.locator(".suggestion-text").first()).not.toBeEmpty();
    await press(page, "Shift+Tab", { ui: "marker", comment: jana });
    await press(page, "Tab", { ui: "panel", tag: "button" });
    // Escape from inside the panel closes it and gives the focus back to the marker.
    await press(page, "Tab", { ui: "panel" });
    await press(page, "Escape", { ui: "marker", comment: jana });
    await expect(page.locator(PANEL)).toHaveCount(0);

    // Space opens it too; Tab to the first Insert, Enter: the draft is in the site's reply box, and so is the focus.
    await press(page, " ", { ui: "panel", dialog: true });
    await expect(panel.locator(".suggestion-text").first()).not.toBeEmpty();
    const text = ((await panel.locator(".suggestion-text").first().textContent()) ?? "").replace(/\s+/g, " ");
    await pressUntil(page, "Tab", (focus) => focus.ui === "panel" && focus.text === words.insert);
    await press(page, "Enter", { ui: undefined, editor: true });
    await expect(page.locator(PANEL)).toHaveCount(0);
    await expect(editorOf(page, "facebook").editor).toBeFocused();
    await expect.poll(() => editorText(page)).toContain(text.slice(0, 40));
  });

  test(`facebook in ${language}: a hovered marker's tooltip stays while the pointer moves onto it, and Escape hides it`, async ({
    gelassen,
  }) => {
    const page = await gelassen.context.newPage();
    const jana = await openMarked(page, "facebook", language);
    const marker = page.locator(`[data-gelassen-id="${jana}"] [data-gelassen-marker]`).first();
    const tip = marker.locator(".tip");
    await marker.getByRole("button").hover();
    await expect(tip).toBeVisible();
    // From the marker down onto the tooltip (across the gap between them): it stays (WCAG 1.4.13, hoverable).
    const button = await marker.getByRole("button").boundingBox();
    const box = await tip.boundingBox();
    if (!button || !box) throw new Error("the marker or its tooltip has no box");
    await page.mouse.move(button.x + 10, button.y + button.height + 2);
    await page.mouse.move(box.x + 10, box.y + 10);
    await expect(tip).toBeVisible();
    // Escape hides it where the focus is elsewhere (nothing moves), until the pointer leaves and comes back.
    expect((await focusNow(page)).ui).toBeUndefined();
    await page.keyboard.press("Escape");
    await expect(tip).toBeHidden();
    await page.mouse.move(5, 5);
    await marker.getByRole("button").hover();
    await expect(tip).toBeVisible();
  });

  test(`facebook in ${language}: Tab past the panel's end goes on to what follows the marker`, async ({ gelassen }) => {
    const page = await gelassen.context.newPage();
    const jana = await openMarked(page, "facebook", language);
    await pressUntil(page, "Tab", onMarker(jana));
    await press(page, "Enter", { ui: "panel", dialog: true });
    await expect(page.locator(PANEL).locator(".suggestion-text").first()).not.toBeEmpty();
    // Through every stop of the panel, and out: the panel closes, the focus is on the comment's next control.
    const after = await pressUntil(page, "Tab", (focus) => focus.ui !== "panel");
    expect(after).toMatchObject({ ui: undefined, comment: jana });
    await expect(page.locator(PANEL)).toHaveCount(0);
    await press(page, "Shift+Tab", { ui: "marker", comment: jana });
  });

  test(`facebook in ${language}: the held delete is a modal; Escape and answering instead give the focus back`, async ({
    gelassen,
  }) => {
    // A cool-down far longer than the test: "Delete anyway" stays locked throughout.
    await setGuidelines(gelassen, { guard: { enabled: true, cooldownSeconds: 120 } });
    const page = await gelassen.context.newPage();
    const jana = await openMarked(page, "facebook", language);
    await pressUntil(page, "Tab", (focus) => focus.fixture === "menu" && focus.comment === jana);
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focusNow(page)).action).toBeTruthy();
    await pressUntil(page, "Tab", (focus) => focus.action === "delete");
    await press(page, "Enter", { ui: "guard", dialog: true });
    const dialog = page.locator(GUARD).getByRole("alertdialog");
    await expect(dialog).toHaveAttribute("aria-modal", "true");
    await expect(dialog.locator(".suggestion").first()).toBeVisible();
    await page.keyboard.press("Shift+Tab");
    await screenshot(page, `keyboard-guard-${language}`, { fullPage: false });

    // Trapped: Tab and Shift+Tab cycle inside, never reaching the site's menu behind it.
    for (const key of ["Tab", "Shift+Tab"]) {
      for (let step = 0; step < 24; step += 1) {
        await page.keyboard.press(key);
        expect((await focusNow(page)).ui).toBe("guard");
      }
    }
    // Escape: the dialog closes, the focus is back on the menu item that opened it.
    await press(page, "Escape", { ui: undefined, action: "delete" });
    await expect(page.locator(GUARD)).toHaveCount(0);

    // Again, and this time answer instead: the reply goes into the site's box and the focus with it.
    await press(page, "Enter", { ui: "guard", dialog: true });
    await expect(dialog.locator(".suggestion").first()).toBeVisible();
    await pressUntil(page, "Tab", (focus) => focus.ui === "guard" && focus.text === words.insert);
    await press(page, " ", { ui: undefined, editor: true });
    await expect(page.locator(GUARD)).toHaveCount(0);
    await expect(editorOf(page, "facebook").editor).toBeFocused();
    await expect(page.locator(`[data-gelassen-id="${jana}"]`).first()).toBeVisible();
  });

  test(`facebook in ${language}: after the cool-down, "Delete anyway" with the keyboard, and the delete goes through`, async ({
    gelassen,
  }) => {
    await setGuidelines(gelassen, { guard: { enabled: true, cooldownSeconds: 2 } });
    const page = await gelassen.context.newPage();
    const jana = await openMarked(page, "facebook", language);
    await pressUntil(page, "Tab", (focus) => focus.fixture === "menu" && focus.comment === jana);
    await page.keyboard.press("Enter");
    await pressUntil(page, "Tab", (focus) => focus.action === "delete");
    await press(page, "Enter", { ui: "guard", dialog: true });
    const release = page.locator(GUARD).getByRole("button", { name: words.release, exact: true });
    await expect(release).toBeEnabled({ timeout: 5000 });
    await pressUntil(page, "Tab", (focus) => focus.ui === "guard" && focus.text === words.release);
    // The focus goes back to the Delete item, and choosing it again goes through to the site's confirmation.
    await press(page, "Enter", { ui: undefined, action: "delete" });
    await expect(page.locator(GUARD)).toHaveCount(0);
    await press(page, "Enter", { fixture: "confirm" });
    await page.keyboard.press("Enter");
    await expect(page.locator(`[data-gelassen-id="${jana}"]:visible`)).toHaveCount(0);
    await expect
      .poll(async () => (await deletionLog(gelassen)).filter((entry) => entry.commentKey === jana).at(-1))
      .toMatchObject({ verdict: "keep", overrode: true, action: "delete" });
  });

  test(`facebook in ${language}: the draft check is one Tab from the reply box, and the shortcut goes back and forth`, async ({
    gelassen,
  }) => {
    const page = await gelassen.context.newPage();
    const jana = await openMarked(page, "facebook", language);
    await pressUntil(page, "Tab", (focus) => focus.fixture === "reply" && focus.comment === jana);
    await page.keyboard.press("Enter");
    await expect(editorOf(page, "facebook").editor).toBeFocused();
    // Facebook puts its @mention of the commenter in first; typing before it would lose the first letters.
    await expect(editorOf(page, "facebook").editor.locator(".x1mention")).toBeVisible();
    await page.keyboard.type(words.heated);
    const indicator = page.locator('[data-gelassen-ui="draft-check"]');
    const toggle = indicator.getByRole("button");
    await expect(toggle).toHaveText(language === "de" ? "Noch nicht gelassen" : "Not calm yet");

    // One Tab from the draft to its verdict; Enter lists what to fix; Shift+Tab back to the draft.
    await press(page, "Tab", { ui: "draft-check", tag: "button" });
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await screenshot(page, `keyboard-draft-check-${language}`, { fullPage: false });
    await expect(indicator.locator(".check-findings li").first()).toBeVisible();
    await press(page, "Shift+Tab", { ui: undefined, editor: true });

    // The shortcut, as the browser hands it to the page (the worker passes it on as "page/command"; keys sent
    // through Playwright reach the page, never the browser's own shortcut handling): to the verdict and back.
    expect(await askPage(gelassen, page, "page/command", { command: "check-draft" })).toEqual({
      ok: true,
      value: { handled: true },
    });
    await expect.poll(() => focusNow(page)).toMatchObject({ ui: "draft-check" });
    await askPage(gelassen, page, "page/command", { command: "check-draft" });
    await expect.poll(() => focusNow(page)).toMatchObject({ ui: undefined, editor: true });

    // Tab past the verdict goes on to what follows the reply box on the page.
    await press(page, "Tab", { ui: "draft-check" });
    const after = await press(page, "Tab", { ui: undefined });
    expect(after.editor).toBe(false);
    await expect(indicator).toHaveCount(1);
  });

  test(`facebook in ${language}: the suggestions shortcut opens the panel of the comment in focus`, async ({
    gelassen,
  }) => {
    const page = await gelassen.context.newPage();
    const jana = await openMarked(page, "facebook", language);
    // Both shortcuts are registered with the browser, with their keys, for its shortcut settings.
    const commands = await gelassen.worker.evaluate(() => chrome.commands.getAll());
    expect(commands).toEqual(
      expect.arrayContaining([
        // A German Chrome names Shift "Umschalttaste".
        expect.objectContaining({ name: "open-suggestions", shortcut: expect.stringMatching(/^Alt\+\w+\+G$/) }),
        expect.objectContaining({ name: "check-draft", shortcut: expect.stringMatching(/^Alt\+\w+\+D$/) }),
      ]),
    );
    await pressUntil(page, "Tab", (focus) => focus.fixture === "reply" && focus.comment === jana);
    expect(await askPage(gelassen, page, "page/command", { command: "open-suggestions" })).toEqual({
      ok: true,
      value: { handled: true },
    });
    await expect.poll(() => focusNow(page)).toMatchObject({ ui: "panel", dialog: true });
    await expect(page.locator(PANEL).getByRole("dialog")).toContainText(
      language === "de" ? "Vorschläge für diesen Kommentar" : "suggestions for this comment",
    );
    await expect(page.locator(PANEL).locator(".comment-card, .card").first()).toBeVisible();
    // Escape: closed, and the focus on that comment's marker.
    await press(page, "Escape", { ui: "marker", comment: jana });
  });
}
