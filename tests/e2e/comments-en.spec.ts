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

test("a marker keeps its height whatever it says: an assessment moves no reply below it", async ({ gelassen }) => {
  const page = await gelassen.context.newPage();
  await page.goto("https://x.com/acme/status/1981400000000000000");
  const host = page.locator("[data-gelassen-marker]").first();
  await expect(host).toHaveCount(1, { timeout: 15_000 });
  // Every look in turn, the pending one (its dot only an edge) among them; the marker sits in a line of the page.
  const heights = await host.evaluate((marker) => {
    const button = marker.shadowRoot?.querySelector("button");
    const looks = ["pending", "neutral", "positive", "critical", "angry", "question", "violation", "review"];
    return looks.map((look) => {
      button?.setAttribute("data-look", look);
      return marker.getBoundingClientRect().height;
    });
  });
  expect(new Set(heights).size, `heights by look: ${heights.join(", ")}`).toBe(1);
});
