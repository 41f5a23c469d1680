// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { commentId, HOSTS, POST_PATHS, renderPage } from "../../../tests/fixtures/facebook/render.mjs";
import { loadPage } from "../../../tests/fixtures/load.mjs";
import { person as personOf } from "../../../tests/fixtures/shared/people.mjs";
import { flatten, POSTS } from "../../../tests/fixtures/shared/threads.mjs";
import { facebook } from "./adapter";

const BADGES = { en: { topFan: "Top fan", author: "Author" }, de: { topFan: "Top-Fan", author: "Autor" } };

describe.each(["en", "de"] as const)("the Facebook adapter on a %s page", (lang) => {
  const url = `${HOSTS[lang]}/acme/posts/${POST_PATHS.launch}`;
  const load = () => loadPage(renderPage({ lang, post: "launch" }), url);
  const expected = flatten(POSTS.launch);

  it("finds every comment and reply, in page order", () => {
    const doc = load();
    const ids = facebook.findComments(doc).map((article) => facebook.read(article)?.id);
    expect(ids).toEqual(expected.map((comment) => commentId(comment)));
  });

  it.each(expected.map((comment) => [comment.key, comment] as const))("reads %s correctly", (_, comment) => {
    const doc = load();
    const article = facebook.findComments(doc).find((a) => facebook.read(a)?.id === commentId(comment));
    const snapshot = article && facebook.read(article);
    const person = personOf(comment.author);
    const parent = expected.find((c) => c.key === comment.parent);
    const badges = [
      ...(comment.badges?.includes("topFan") ? [BADGES[lang].topFan] : []),
      ...(person.organisation ? [BADGES[lang].author] : []),
    ];
    expect(snapshot).toMatchObject({
      site: "facebook",
      threadId: POST_PATHS.launch,
      text: comment.text,
      author: {
        name: person.name,
        verified: Boolean(person.verified),
        badges,
        isOrganisation: comment.author === "acme",
      },
      isReply: Boolean(parent),
      parentId: parent ? commentId(parent) : undefined,
      byPageOwner: comment.author === "acme",
      likes: comment.likes,
    });
    expect(snapshot?.author.profileUrl).toContain(person.fb.split("?")[0]);
    expect(snapshot?.timeText).toMatch(/^\d+ ?(h|m|Std\.|Min\.)$/);
  });

  it("counts the replies of a thread, shown and hidden", () => {
    const doc = load();
    const first = expected[0];
    const article = facebook.findComments(doc)[0] as Element;
    const all = (first.replies?.length ?? 0) + (first.moreReplies?.length ?? 0);
    expect(facebook.read(article)?.replies).toBe(all);
  });

  it("finds each comment's reply button and menu button by their words", () => {
    const doc = load();
    for (const article of facebook.findComments(doc)) {
      expect(facebook.replyButton(article)?.textContent).toBe(lang === "de" ? "Antworten" : "Reply");
      expect(facebook.menuButton(article)?.getAttribute("aria-haspopup")).toBe("menu");
    }
  });

  it("puts the marker beside the author's name", () => {
    const doc = load();
    const article = facebook.findComments(doc)[0] as Element;
    expect(facebook.markerSlot(article)?.parent.textContent).toContain(personOf("jana").name);
  });
});

describe("the Facebook adapter without its words", () => {
  it("still finds the reply button by structure when the interface speaks another language", () => {
    const html = renderPage({ lang: "en", post: "launch" }).replaceAll(">Reply<", ">Odpowiedz<");
    const doc = loadPage(html, `${HOSTS.en}/acme/posts/${POST_PATHS.launch}`);
    const article = facebook.findComments(doc)[0] as Element;
    expect(facebook.replyButton(article)?.textContent).toBe("Odpowiedz");
  });

  it("returns undefined, not a throw, for an article without ids", () => {
    const doc = loadPage(
      '<body><ul><li><div role="article" aria-label="Comment by X">hi</div></li></ul></body>',
      "https://www.facebook.com/",
    );
    const article = facebook.findComments(doc)[0] as Element;
    expect(facebook.inspect(article)).toEqual({
      comment: undefined,
      missing: ["permalink", "author", "text", "thread"],
    });
  });
});

describe("the Facebook adapter and links inside a comment's text", () => {
  it("keeps the comment's own permalink when its text links to another comment", () => {
    const url = `${HOSTS.en}/acme/posts/${POST_PATHS.launch}`;
    const doc = loadPage(renderPage({ lang: "en", post: "launch" }), url);
    const [first, second] = facebook.findComments(doc) as [Element, Element];
    const own = facebook.read(first);
    const other = facebook.read(second);
    // Anyone may paste a link to another comment (a reply's, with reply_comment_id too) into their text.
    const block = first.querySelector('div[dir="auto"]') as Element;
    block.insertAdjacentHTML(
      "afterbegin",
      `<a href="${url}?comment_id=${other?.id}&amp;reply_comment_id=${other?.id}" role="link">see this</a> `,
    );
    const read = facebook.read(first);
    expect(read?.id).toBe(own?.id);
    expect(read?.url).toBe(own?.url);
    expect(read?.isReply).toBe(own?.isReply);
  });
});
