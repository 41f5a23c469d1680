import { defineCommentTests, defineSiteTests } from "./comment-checks";
import { expect, testIn } from "./extension";

const test = testIn("en");
defineCommentTests(test, "en");
defineSiteTests(test, "en");

test("on a page of 2,000 comments, recognises all and draws markers as comments come near", async ({ gelassen }) => {
  const page = await gelassen.context.newPage();
  await page.goto("https://www.facebook.com/acme/posts/pfbid02bench");
  await expect(page.locator("[data-gelassen-id]")).toHaveCount(2000, { timeout: 30_000 });
  const last = page.locator("[data-gelassen-id]").last();
  // Far below the screen, the marker waits: drawing 2,000 at once would cost the page seconds of layout.
  await expect(last.locator("[data-gelassen-marker]")).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(last.locator("[data-gelassen-marker]")).toHaveCount(1);
  await expect(page.locator("[data-gelassen-id]:not([data-gelassen-tone])")).toHaveCount(0, { timeout: 30_000 });
});
