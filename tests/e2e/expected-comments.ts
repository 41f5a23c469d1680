// What each fixture page shows, computed from the same threads the pages are rendered from. Free of any browser
// driver, so the Chromium specs (Playwright) and the Firefox suite (Puppeteer, vitest) expect the same comments.
import { commentId as facebookId } from "../fixtures/facebook/render.mjs";
import { commentUrn } from "../fixtures/linkedin/common.mjs";
import { DEMO } from "../fixtures/serve.mjs";
import { person } from "../fixtures/shared/people.mjs";
import { flatten, POSTS } from "../fixtures/shared/threads.mjs";
import { statusId, timelineItems } from "../fixtures/x/render.mjs";

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

/** What "delete" is on each front's menu for someone else's comment, and whether the site asks to confirm. */
export const REMOVAL: Record<Front, { action: "delete" | "hide" | "remove"; confirms: boolean }> = {
  facebook: { action: "delete", confirms: true },
  x: { action: "hide", confirms: false },
  linkedin: { action: "remove", confirms: true },
  "linkedin-feed": { action: "remove", confirms: true },
};

/** The key of the comment on `front` whose text starts with `start`. */
export const commentByText = (front: Front, start: string) => {
  const comment = expected(front, "initial").find((candidate) => candidate.text.startsWith(start));
  if (!comment) throw new Error(`no comment starting "${start}" on ${front}`);
  return comment.key;
};
