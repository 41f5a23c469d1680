// @vitest-environment happy-dom
// The structural layer where a site's own hooks change too (issue 11): Facebook's comment articles without their
// localised label and outside a list, X's tweets with other testids (tweet, User-Name, tweetText), LinkedIn's comments under a class
// nobody knows. Each is still found, by structure, and read with the same id, author and text.
import { describe, expect, it } from "vitest";
import { ADAPTERS } from "../../src/sites/registry";
import { loadPage } from "../fixtures/load.mjs";
import { DEMO, RENDERED_PAGES } from "../fixtures/serve.mjs";

const html = (url: string) => (RENDERED_PAGES[url] as { render: () => string }).render();

const CHANGES = [
  [
    "facebook",
    DEMO.facebook.en,
    (page: string) =>
      page
        .replace(/(role="article") aria-label="[^"]*"/g, "$1")
        .replace(/<li\b/g, "<div")
        .replace(/<\/li>/g, "</div>"),
  ],
  [
    "x",
    DEMO.x.en,
    (page: string) =>
      page
        .replaceAll('data-testid="tweet"', 'data-testid="post"')
        .replaceAll('data-testid="User-Name"', 'data-testid="Post-Author"')
        .replaceAll('data-testid="tweetText"', 'data-testid="postText"'),
  ],
  [
    "linkedin",
    DEMO.linkedin.de,
    (page: string) => page.replaceAll('class="comments-comment-entity', 'class="comment-2027'),
  ],
] as const;

describe.each(CHANGES)("%s, its comment hook changed", (site, url, change) => {
  const adapter = ADAPTERS[site];
  const read = (page: string) => {
    const found = adapter.findComments(loadPage(page, url));
    return {
      comments: found.map((element) => {
        const comment = adapter.read(element);
        const { id, author, text, isReply, parentId } = comment ?? {};
        return { id, name: author?.name, handle: author?.handle, text, isReply, parentId };
      }),
      paths: new Set(found.map((element) => adapter.recognisedBy(element))),
    };
  };

  it("finds every comment by structure and reads it as before", () => {
    const before = read(html(url));
    const after = read(change(html(url)));
    expect(before.paths).toEqual(new Set(["selectors"]));
    expect(after.paths).toEqual(new Set(["structure"]));
    expect(after.comments).toEqual(before.comments);
  });

  it("finds the comment around a node inside it, and a place for its marker", () => {
    const doc = loadPage(change(html(url)), url);
    for (const element of adapter.findComments(doc)) {
      const inner = element.querySelector("a[href]") ?? element;
      expect(adapter.commentOf(inner)).toBe(element);
      expect(adapter.markerSlot(element)).toBeDefined();
    }
  });
});
