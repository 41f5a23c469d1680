// The comment tests, run once per interface language (comments-en.spec.ts, comments-de.spec.ts): on every site,
// every comment and reply recognised and read, markers for later-loaded comments and after navigation,
// assessments applied, and nothing left behind when the site is switched off.
import type { Page } from "@playwright/test";
import type { ExtensionBrowser } from "./browser";
import {
  expectEveryCommentRead,
  expected,
  expectMarked,
  FRONTS,
  type Front,
  moreButtons,
  SITE_OF,
  urlOf,
} from "./comments";
import { expect, screenshot, setSiteEnabled, type testIn } from "./extension";

/** Scrolls X to its end (drawing the last rows) and counts the "Show more replies" buttons left. */
async function toBottomThenCount(page: Page): Promise<number> {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  return page.locator('[data-fixture="show-more"]').count();
}

async function open(gelassen: ExtensionBrowser, front: Front, language: "en" | "de"): Promise<Page> {
  const page = await gelassen.context.newPage();
  await page.goto(urlOf(front, language));
  await expect(page.locator("html")).toHaveAttribute("data-gelassen-active", SITE_OF[front]);
  return page;
}

export function defineCommentTests(test: ReturnType<typeof testIn>, language: "en" | "de"): void {
  for (const front of FRONTS) {
    test.describe(`${front} in ${language}`, () => {
      test("recognises and reads every comment and reply", async ({ gelassen }) => {
        const page = await open(gelassen, front, language);
        const { want, got } = await expectEveryCommentRead(gelassen, page, front);
        expect(got.map((comment) => comment.key).sort()).toEqual(want.map((comment) => comment.key).sort());
      });

      test("marks and assesses them, with a label in the browser's language", async ({ gelassen }) => {
        const page = await open(gelassen, front, language);
        const keys = expected(front, "initial").map((comment) => comment.key);
        const drawn = front === "x" ? keys.slice(0, 3) : keys;
        await expectMarked(page, drawn);
        await expect(page.locator("[data-gelassen-tone]").first()).toBeAttached({ timeout: 15_000 });
        const tones = page.locator("[data-gelassen-id]:not([data-gelassen-tone])");
        await expect(tones).toHaveCount(0, { timeout: 15_000 });
        const marker = page.locator("[data-gelassen-marker]").first().getByRole("button");
        await expect(marker).toHaveAttribute(
          "aria-label",
          language === "de" ? /^Gelassen: .*(Stehen lassen|Verstoß)/ : /^Gelassen: .*(Keep and reply|Violation)/,
        );
        await marker.focus();
        await expect(page.locator("[data-gelassen-marker]").first().getByRole("tooltip")).toBeVisible();
        await screenshot(page, `marked-${front}-${language}`, { fullPage: front !== "x" });
      });

      test("marks comments loaded later and after moving to another post", async ({ gelassen }) => {
        const page = await open(gelassen, front, language);
        await expectMarked(
          page,
          expected(front, "initial")
            .slice(0, 2)
            .map((comment) => comment.key),
        );
        const toBottom = () => page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        if (front === "x") await toBottom();
        for (const button of moreButtons(page, front)) await button.click();
        if (front === "x") await expect.poll(async () => await toBottomThenCount(page)).toBe(0);
        await expectMarked(
          page,
          expected(front, "more")
            .map((comment) => comment.key)
            .slice(front === "x" ? -2 : 0),
          front === "x" ? toBottom : undefined,
        );
        await page.locator('[data-fixture="navigate"]').click();
        await expect(page).toHaveURL(/second|99/);
        await expectMarked(
          page,
          expected(front, "second").map((comment) => comment.key),
        );
      });

      test("removes every marker and attribute when the site is switched off", async ({ gelassen }) => {
        const page = await open(gelassen, front, language);
        await expectMarked(
          page,
          expected(front, "initial")
            .slice(0, 2)
            .map((comment) => comment.key),
        );
        await setSiteEnabled(gelassen, SITE_OF[front], false);
        await expect(page.locator("html[data-gelassen-active]")).toHaveCount(0);
        await expect(page.locator("[data-gelassen-marker]")).toHaveCount(0);
        await expect(page.locator("[data-gelassen-id], [data-gelassen-tone], [data-gelassen-verdict]")).toHaveCount(0);
        // And back on without a reload.
        await setSiteEnabled(gelassen, SITE_OF[front], true);
        await expectMarked(
          page,
          expected(front, "initial")
            .slice(0, 2)
            .map((comment) => comment.key),
        );
      });
    });
  }
}

/** Site-specific behaviour: X's recycled rows and Facebook's post dialog. */
export function defineSiteTests(test: ReturnType<typeof testIn>, language: "en" | "de"): void {
  test(`x in ${language}: a recycled row counts as the new comment it shows`, async ({ gelassen }) => {
    const page = await open(gelassen, "x", language);
    await expectMarked(
      page,
      expected("x", "initial")
        .slice(0, 3)
        .map((comment) => comment.key),
    );
    // Remember the rows themselves (in the page's world) with what each showed, then scroll to the end of a longer
    // conversation ("Show more replies"): X reuses rows that left the screen for the replies that enter it.
    await page.evaluate(() => {
      const rows = [...document.querySelectorAll("article[data-gelassen-id]")];
      (window as unknown as { rows: [Element, string | null][] }).rows = rows.map((row) => [
        row,
        row.getAttribute("data-gelassen-id"),
      ]);
    });
    const toBottom = () => page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await toBottom();
    await page.locator('[data-fixture="show-more"]').click();
    await expect.poll(async () => await toBottomThenCount(page)).toBe(0);
    await toBottom();
    const recycled = () =>
      page.evaluate(() =>
        (window as unknown as { rows: [Element, string | null][] }).rows
          .filter(([row]) => row.isConnected)
          .map(([row, before]) => {
            const href = row.querySelector('a[href*="/status/"] time')?.closest("a")?.getAttribute("href") ?? "";
            return { before, now: row.getAttribute("data-gelassen-id"), shows: `x:${href.split("/").pop()}` };
          })
          .filter((row) => row.shows !== row.before),
      );
    await expect.poll(async () => (await recycled()).length).toBeGreaterThan(0);
    await expect.poll(async () => (await recycled()).every((row) => row.now === row.shows)).toBe(true);
  });

  test(`facebook in ${language}: marks the comments of a post opened in a dialog`, async ({ gelassen }) => {
    const page = await open(gelassen, "facebook", language);
    await page.locator('[data-fixture="open-dialog"]').click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    const keys = expected("facebook", "second").map((comment) => comment.key);
    await expectMarked(page, keys);
    await expect(dialog.locator("[data-gelassen-marker]")).toHaveCount(keys.length);
    await screenshot(page, `marked-facebook-dialog-${language}`, { fullPage: false });
  });
}
