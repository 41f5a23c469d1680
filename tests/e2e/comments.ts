// What the browser tests expect on each fixture page, computed from the same threads the pages are rendered
// from, and the steps they share (wait for markers, ask the content script, scroll X's virtualised list).
import type { Page } from "@playwright/test";
import { commentId as facebookId } from "../fixtures/facebook/render.mjs";
import { commentUrn } from "../fixtures/linkedin/common.mjs";
import { DEMO } from "../fixtures/serve.mjs";
import { person } from "../fixtures/shared/people.mjs";
import { flatten, POSTS } from "../fixtures/shared/threads.mjs";
import { statusId, timelineItems } from "../fixtures/x/render.mjs";
import type { ExtensionBrowser } from "./browser";
import { askPage, expect } from "./extension";

export type Front = "facebook" | "x" | "linkedin" | "linkedin-feed";
export const FRONTS: readonly Front[] = ["facebook", "x", "linkedin", "linkedin-feed"];
export const SITE_OF: Record<Front, "facebook" | "x" | "linkedin"> = {
  facebook: "facebook",
  x: "x",
  linkedin: "linkedin",
  "linkedin-feed": "linkedin",
};

type Expected = { key: string; text: string; name: string; isReply: boolean; byPageOwner: boolean };
type Fixture = import("../fixtures/shared/threads.mjs").Comment & { parent?: string };

function keyOf(front: Front, comment: Fixture, post: "launch" | "second"): string {
  if (front === "facebook") return `facebook:${facebookId(comment)}`;
  if (front === "x") return `x:${statusId(comment)}`;
  return `linkedin:${commentUrn(comment, post)}`;
}

/** The comments a page shows: at load, after its "more" buttons, or on the post navigation leads to. */
export function expected(front: Front, which: "initial" | "more" | "second"): Expected[] {
  const post = which === "second" ? "second" : "launch";
  let comments: Fixture[];
  let replies: Set<string>;
  if (front === "x") {
    const items = timelineItems(post, { withMore: which === "more" });
    const tweets = items.flatMap((item) => (item.comment ? [{ ...item.comment, parent: item.parent?.key }] : []));
    if (which === "more") tweets.splice(0, timelineItems(post).filter((item) => item.comment).length);
    comments = tweets;
    replies = new Set(tweets.filter((tweet) => tweet.parent).map((tweet) => tweet.key));
  } else {
    const all = flatten(POSTS[post], { withHidden: which === "more" });
    const shown = new Set(flatten(POSTS[post]).map((comment) => comment.key));
    comments = which === "more" ? all.filter((comment) => !shown.has(comment.key)) : all;
    replies = new Set(all.filter((comment) => comment.parent).map((comment) => comment.key));
  }
  return comments.map((comment) => ({
    key: keyOf(front, comment, post),
    text: comment.text,
    name: person(comment.author).name,
    isReply: replies.has(comment.key),
    byPageOwner: comment.author === "acme",
  }));
}

export const urlOf = (front: Front, language: "en" | "de") => DEMO[front][language];

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
