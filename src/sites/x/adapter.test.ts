// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { loadPage } from "../../../tests/fixtures/load.mjs";
import { person as personOf } from "../../../tests/fixtures/shared/people.mjs";
import { HOSTS, POST_IDS, postPath, renderPage, statusId, timelineItems } from "../../../tests/fixtures/x/render.mjs";
import { x } from "./adapter";
import { isChained } from "./read";

describe.each(["en", "de"] as const)("the X adapter on a %s page", (lang) => {
  const url = `${HOSTS[lang]}${postPath("launch")}`;
  const load = (rows = 100) => loadPage(renderPage({ lang, post: "launch", rows }), url);
  const tweets = timelineItems("launch").flatMap((item) => (item.comment ? [{ ...item, comment: item.comment }] : []));

  it("finds every reply but not the post itself", () => {
    const doc = load();
    const ids = x.findComments(doc).map((article) => x.read(article)?.id);
    expect(ids).toEqual(tweets.map((item) => statusId(item.comment)));
    expect(ids).not.toContain(POST_IDS.launch);
  });

  it("offers every reply among its candidates, and commentOf keeps only the replies", () => {
    const doc = load();
    const candidates = x.candidates?.(doc) ?? [];
    expect(candidates.length).toBeGreaterThan(x.findComments(doc).length);
    expect(candidates.filter((article) => x.commentOf(article) === article)).toEqual(x.findComments(doc));
  });

  it("finds only the rows a virtualised list has drawn", () => {
    const doc = load(6);
    expect(x.findComments(doc)).toHaveLength(4);
  });

  it.each(tweets.map((item) => [item.key, item] as const))("reads %s correctly", (_, item) => {
    const doc = load();
    const article = x.findComments(doc).find((a) => x.read(a)?.id === statusId(item.comment));
    const person = personOf(item.comment.author);
    expect(article && x.read(article)).toMatchObject({
      site: "x",
      threadId: POST_IDS.launch,
      text: item.comment.text,
      author: { name: person.name, handle: person.x, verified: Boolean(person.verified), badges: [] },
      isReply: Boolean(item.parent),
      parentId: item.parent ? statusId(item.parent) : undefined,
      byPageOwner: item.comment.author === "acme",
      threadOwner: personOf("acme").x,
      likes: item.comment.likes ?? 0,
      replies: item.comment.replies?.length ?? 0,
      time: expect.stringMatching(/^2026-11-20T/),
    });
  });

  it("finds the reply button and the menu button of every reply", () => {
    const doc = load();
    for (const article of x.findComments(doc)) {
      expect(x.replyButton(article)?.dataset.testid).toBe("reply");
      expect(x.menuButton(article)?.getAttribute("aria-haspopup")).toBe("menu");
      expect(x.markerSlot(article)?.parent.getAttribute("data-testid")).toBe("User-Name");
    }
  });
});

describe("isChained", () => {
  it("is false for a tweet whose first row holds the name (no chain row at all)", () => {
    document.body.innerHTML =
      '<article><div><div><div><div data-testid="User-Name">A</div></div></div></div></article>';
    expect(isChained(document.querySelector("article") as Element)).toBe(false);
  });
});
