// The steps the Chromium browser tests share (wait for markers, ask the content script, scroll X's virtualised
// list), and what they expect on each fixture page (from expected-comments.ts, shared with the Firefox suite).
import type { Page } from "@playwright/test";
import type { ExtensionBrowser } from "./browser";
import { expected, type Front } from "./expected-comments";
import { askPage, expect } from "./extension";

export { expected, FRONTS, type Front, SITE_OF, urlOf } from "./expected-comments";

type PageComments = {
  ok: boolean;
  value?: {
    comments: {
      comment: {
        site: string;
        id: string;
        text: string;
        isReply: boolean;
        byPageOwner: boolean;
        author: { name: string };
      };
    }[];
  };
};

/** The content script's comments on this page, through the "page/comments" message. */
export async function pageComments(browser: ExtensionBrowser, page: Page) {
  const answer = (await askPage(browser, page, "page/comments", {})) as PageComments;
  if (!answer.ok || !answer.value) throw new Error(`page/comments failed: ${JSON.stringify(answer)}`);
  return answer.value.comments.map(({ comment }) => ({
    key: `${comment.site}:${comment.id}`,
    text: comment.text,
    name: comment.author.name,
    isReply: comment.isReply,
    byPageOwner: comment.byPageOwner,
  }));
}

/**
 * Waits until each comment has its id attribute and a visible marker inside its container. `before` runs ahead
 * of each look (X draws only the rows near the viewport: scrolling to the bottom again keeps the last ones drawn
 * after more rows loaded below them).
 */
export async function expectMarked(page: Page, keys: readonly string[], before?: () => Promise<void>): Promise<void> {
  const unmarked = async () => {
    await before?.();
    return page.evaluate(
      (keys) =>
        keys.filter((key) => {
          const element = document.querySelector(`[data-gelassen-id="${CSS.escape(key)}"]`);
          return !element?.querySelector("[data-gelassen-marker]")?.shadowRoot?.querySelector("button");
        }),
      [...keys],
    );
  };
  await expect.poll(unmarked, { timeout: 10_000 }).toEqual([]);
}

/** Scrolls X's virtualised conversation from top to bottom so that every row is drawn once. */
export async function scrollThrough(page: Page): Promise<void> {
  for (let y = 0; y < 6000; y += 300) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(60);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The "more" control of each fixture page. */
export function moreButtons(page: Page, front: Front) {
  if (front === "x") return [page.locator('[data-fixture="show-more"]')];
  return [page.locator('[data-fixture="more-comments"]'), page.locator('[data-fixture="more-replies"]')];
}

/**
 * Every comment a fixture page starts with is marked (X: drawn by scrolling its list) and read exactly as
 * expected; answers what was read.
 */
export async function expectEveryCommentRead(browser: ExtensionBrowser, page: Page, front: Front) {
  const want = expected(front, "initial");
  if (front === "x") await scrollThrough(page);
  else
    await expectMarked(
      page,
      want.map((comment) => comment.key),
    );
  await expect.poll(async () => (await pageComments(browser, page)).length).toBe(want.length);
  const got = await pageComments(browser, page);
  for (const comment of want) expect(got.find((found) => found.key === comment.key)).toEqual(comment);
  return { want, got };
}
