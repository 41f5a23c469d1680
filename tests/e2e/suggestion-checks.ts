// Issue 5 in the browser: suggestions inserted from the popup and from the in-page panel into each site's real
// editor, the live check of the user's own draft, and suggestions that follow the guidelines.
import type { Page } from "@playwright/test";
import { expected, expectMarked, FRONTS, type Front, urlOf } from "./comments";
import { expect, openPopup, screenshot, type testIn } from "./extension";
import { editorOf, isEnabled } from "./insert-checks";

type Test = ReturnType<typeof testIn>;

/** Jana Berger's angry complaint about her refund, the first comment on every fixture page. */
const JANA = "Seit drei Wochen warte ich";

export async function openMarked(page: Page, front: Front, language: "en" | "de") {
  await page.goto(urlOf(front, language));
  const comments = expected(front, "initial");
  const jana = comments.find((comment) => comment.text.startsWith(JANA));
  if (!jana) throw new Error("the fixture has no comment by Jana");
  await expectMarked(page, [jana.key]);
  // Assessed: the marker no longer says "not assessed yet".
  await expect(page.locator(`[data-gelassen-id="${jana.key}"]`).first()).toHaveAttribute("data-gelassen-tone", /.+/);
  return jana.key;
}

/** The text the site's editor holds, lines joined. */
const editorText = async (page: Page, front: Front) =>
  ((await editorOf(page, front).editor.textContent()) ?? "").replace(/\s+/g, " ");

export function defineSuggestionTests(test: Test, language: "en" | "de"): void {
  for (const front of FRONTS) {
    test(`${front} in ${language}: the popup's Insert puts a suggestion into the site's reply box`, async ({
      gelassen,
    }) => {
      const page = await gelassen.context.newPage();
      const key = await openMarked(page, front, language);
      const popup = await openPopup(gelassen, page);
      await popup.setViewportSize({ width: 400, height: 900 });
      const card = popup.locator(`[data-comment-key="${key}"]`);
      const first = card.locator(".suggestion").first();
      await expect(first.locator(".suggestion-text")).not.toBeEmpty();
      const text = ((await first.locator(".suggestion-text").textContent()) ?? "").trim();
      if (front === "facebook") await screenshot(popup, `popup-comments-${language}`, { fullPage: false });
      await first.getByRole("button", { name: language === "de" ? "Einfügen" : "Insert", exact: true }).click();
      await expect(first.getByRole("status")).toContainText(language === "de" ? "eingefügt" : "Inserted");

      const { submit } = editorOf(page, front);
      expect(await isEnabled(front)(submit)).toBe(true);
      const firstLine = text.split("\n")[0]?.replace(/\s+/g, " ") ?? "";
      expect(await editorText(page, front)).toContain(firstLine.slice(0, 40));
    });
  }

  for (const front of ["facebook", "x", "linkedin-feed"] as const) {
    test(`${front} in ${language}: a marker opens the panel, which inserts and closes with Escape`, async ({
      gelassen,
    }) => {
      const page = await gelassen.context.newPage();
      const key = await openMarked(page, front, language);
      const marker = page.locator(`[data-gelassen-id="${key}"] [data-gelassen-marker]`).first().getByRole("button");
      await marker.click();
      const panel = page.locator('[data-gelassen-ui="panel"]').getByRole("dialog");
      await expect(panel).toBeVisible();
      await expect(panel).toBeFocused();
      // Escape closes it and gives the focus back to the marker.
      await panel.press("Escape");
      await expect(page.locator('[data-gelassen-ui="panel"]')).toHaveCount(0);
      await expect(marker).toBeFocused();

      await marker.click();
      await expect(panel).toContainText(language === "de" ? "Nicht im Ärger löschen" : "Don't delete in anger");
      const first = panel.locator(".suggestion").first();
      await expect(first.locator(".suggestion-text")).not.toBeEmpty();
      if (front === "facebook") await screenshot(page, `panel-${language}`, { fullPage: false });
      const text = ((await first.locator(".suggestion-text").textContent()) ?? "").split("\n")[0] ?? "";
      await first.getByRole("button", { name: language === "de" ? "Einfügen" : "Insert", exact: true }).click();
      // Done: the panel closes and leaves the user in the site's reply box with the draft.
      await expect(page.locator('[data-gelassen-ui="panel"]')).toHaveCount(0);
      await expect.poll(() => editorText(page, front)).toContain(text.replace(/\s+/g, " ").slice(0, 40));
      expect(await isEnabled(front)(editorOf(page, front).submit)).toBe(true);
    });
  }

  for (const front of ["facebook", "linkedin"] as const) {
    test(`${front} in ${language}: a heated draft typed into the reply box gets a warning`, async ({ gelassen }) => {
      const page = await gelassen.context.newPage();
      const key = await openMarked(page, front, language);
      await page
        .locator(`[data-gelassen-id="${key}"]`)
        .first()
        .getByRole("button", { name: /^(Reply|Antworten)\b|antworten$/ })
        .first()
        .click();
      const { editor } = editorOf(page, front);
      // Facebook puts its @mention of the commenter into a new reply box a moment after it opens, replacing
      // whatever is there: a user types after it appears, and so does this test.
      if (front === "facebook") await expect(editor.locator(".x1mention")).toBeVisible();
      await editor.click();
      await page.keyboard.type(
        language === "de"
          ? "DAS IST DOCH IHRE EIGENE SCHULD!!! Lesen Sie halt die AGB"
          : "THIS IS YOUR OWN FAULT!!! Read the terms",
      );
      const indicator = page.locator('[data-gelassen-ui="draft-check"]');
      const toggle = indicator.getByRole("button");
      await expect(toggle).toHaveText(language === "de" ? "Noch nicht gelassen" : "Not calm yet");
      // A screen reader hears the verdict with the reply box: the box is described by it.
      await expect(editor).toHaveAttribute("aria-describedby", /\bgelassen-draft-verdict\b/);
      await expect(page.locator("#gelassen-draft-verdict")).toHaveText(
        language === "de" ? "Noch nicht gelassen" : "Not calm yet",
      );
      await toggle.click();
      await expect(indicator.locator(".check-findings li").first()).toBeVisible();
      expect(await indicator.locator(".check-findings li").count()).toBeGreaterThanOrEqual(2);
      await screenshot(page, `draft-check-${front}-${language}`, { fullPage: false });

      await editor.press("ControlOrMeta+A");
      await editor.press("Backspace");
      await page.keyboard.type(
        language === "de"
          ? "Hallo Frau Berger, vielen Dank für Ihre Nachricht. Wir kümmern uns darum. Viele Grüße"
          : "Hello Jana, thank you for your message. We are looking into it. Best regards",
      );
      await expect(toggle).toHaveText(
        /Calm and within the guidelines|Ruhig und im Rahmen der Richtlinien|to fix|verbessern/,
      );
      await expect(toggle).not.toHaveText(/Not calm|Noch nicht gelassen/);
    });
  }
}
