import type { Page } from "@playwright/test";
import { expect, openPopup, screenshot, testIn } from "./extension";

const NO_COMMENTS = {
  en: { status: "No comments on this post yet.", alarm: /layout|recognised/ },
  de: { status: "Noch keine Kommentare zu diesem Beitrag.", alarm: /Layout|erkannt/ },
};
const LAYOUT = {
  en: "Facebook shows comments on this page, but Gelassen recognises none of them: the page layout may have changed.",
  de: "Facebook zeigt auf dieser Seite Kommentare, Gelassen erkennt aber keinen davon: Das Seitenlayout hat sich vielleicht geändert.",
};

/**
 * A Facebook post whose comments lost every hook Gelassen knows (no article role, no list): only their
 * comment_id permalinks are left, which is what a redesign that breaks recognition looks like to the user.
 */
const UNRECOGNISED = `<!doctype html><html><body><main><div>The post</div>
  <div><a href="https://www.facebook.com/acme/posts/pfbid02demo?comment_id=1">2 h</a><span>Where is my order?</span></div>
  <div><a href="https://www.facebook.com/acme/posts/pfbid02demo?comment_id=2">1 h</a><span>Same here.</span></div>
</main></body></html>`;

async function statusOf(page: Page, url: string, html?: string) {
  if (html) await page.route(url, (route) => route.fulfill({ contentType: "text/html", body: html }));
  await page.goto(url);
  await expect(page.locator("html")).toHaveAttribute("data-gelassen-active", "facebook");
  return page;
}

for (const lang of ["en", "de"] as const) {
  const test = testIn(lang);
  const host = lang === "en" ? "https://www.facebook.com" : "https://de-de.facebook.com";

  test.describe(`the page health in ${lang}`, () => {
    test("an empty post says it has no comments yet, and nothing about the layout", async ({ gelassen }) => {
      // A Facebook address with no fixture: a page of that site without any comment.
      const page = await statusOf(await gelassen.context.newPage(), `${host}/acme/about`);
      const popup = await openPopup(gelassen, page);
      // This line appears only once the page has settled (before, it says it is still looking), so the
      // absence of any alarm below is checked after the verdict, not before it could appear.
      await expect(popup.getByRole("status")).toHaveText(NO_COMMENTS[lang].status, { timeout: 15_000 });
      await expect(popup.locator("body")).not.toContainText(NO_COMMENTS[lang].alarm);
      await screenshot(popup, `health-empty-post-${lang}`);
    });

    test("comments shown but none recognised: the popup says the layout may have changed", async ({ gelassen }) => {
      const url = `${host}/acme/posts/pfbid02unrecognised`;
      const page = await statusOf(await gelassen.context.newPage(), url, UNRECOGNISED);
      const popup = await openPopup(gelassen, page);
      await expect(popup.getByRole("status")).toHaveText(LAYOUT[lang], { timeout: 15_000 });
      await screenshot(popup, `health-layout-changed-${lang}`);
    });
  });
}
