// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { commentUrn, FEED_PATH, HOSTS, POST_PATHS } from "../../../tests/fixtures/linkedin/common.mjs";
import { renderPage as renderFeed } from "../../../tests/fixtures/linkedin/render-feed.mjs";
import { renderPage as renderPost } from "../../../tests/fixtures/linkedin/render-post.mjs";
import { loadPage } from "../../../tests/fixtures/load.mjs";
import { person as personOf } from "../../../tests/fixtures/shared/people.mjs";
import { flatten, POSTS } from "../../../tests/fixtures/shared/threads.mjs";
import { linkedin } from "./adapter";

const FRONTS = [
  ["post page (v1)", (lang: "en" | "de") => loadPage(renderPost({ lang }), `${HOSTS[lang]}${POST_PATHS.launch}`)],
  ["feed (v2)", (lang: "en" | "de") => loadPage(renderFeed({ lang }), `${HOSTS[lang]}${FEED_PATH}`)],
] as const;
const AUTHOR = { en: "Author", de: "Autor" };

describe.each(["en", "de"] as const)("the LinkedIn adapter in %s", (lang) => {
  const expected = flatten(POSTS.launch);

  describe.each(FRONTS)("on the %s", (_, load) => {
    it("finds every comment and reply in page order", () => {
      const ids = linkedin.findComments(load(lang)).map((element) => linkedin.read(element)?.id);
      expect(ids).toEqual(expected.map((comment) => commentUrn(comment, "launch")));
    });

    it.each(expected.map((comment) => [comment.key, comment] as const))("reads %s correctly", (_, comment) => {
      const doc = load(lang);
      const element = linkedin.findComments(doc).find((e) => linkedin.read(e)?.id === commentUrn(comment, "launch"));
      const person = personOf(comment.author);
      const parent = expected.find((c) => c.key === comment.parent);
      const badges = [
        ...(comment.badges?.includes("topVoice") ? ["Top Voice"] : []),
        ...(person.organisation ? [AUTHOR[lang]] : []),
      ];
      const snapshot = element && linkedin.read(element);
      expect(snapshot).toMatchObject({
        site: "linkedin",
        threadId: "7350000000000000000",
        text: comment.text,
        author: {
          name: person.name,
          profileUrl: `https://www.linkedin.com/${person.li}/`,
          verified: Boolean(person.verified),
          degree: person.degree,
          followers: person.followers,
          isOrganisation: Boolean(person.organisation),
        },
        isReply: Boolean(parent),
        parentId: parent ? commentUrn(parent, "launch") : undefined,
        byPageOwner: comment.author === "acme",
        likes: comment.likes,
      });
      expect(snapshot?.author.badges.filter((badge) => badge !== "Premium")).toEqual(badges);
      expect(snapshot?.timeText).toMatch(/^\d+ ?(h|m|Std\.|Min\.)$/);
    });

    it("finds every comment's reply button and menu button", () => {
      for (const element of linkedin.findComments(load(lang))) {
        expect(linkedin.replyButton(element)?.textContent?.trim()).toBe(lang === "de" ? "Antworten" : "Reply");
        expect(linkedin.menuButton(element)).toBeDefined();
        expect(linkedin.markerSlot(element)).toBeDefined();
      }
    });
  });
});

describe("the LinkedIn feed adapter", () => {
  it("reads the URN from the tracking scope when componentkey is gone", () => {
    const bytes = [...new TextEncoder().encode('{"urn":"urn:li:comment:(urn:li:activity:1,2)"}')];
    const scope = JSON.stringify([{ topicName: "CommentServedEvent", breadcrumb: { content: { data: bytes } } }]);
    document.body.innerHTML = `<div data-view-tracking-scope='${scope}'><div data-view-name="comment-container">
      <a data-view-name="comment-actor-description" href="/in/x/"><p>Kim Lee</p></a>
      <span data-testid="expandable-text-box">Hello</span></div></div>`;
    const element = linkedin.findComments(document)[0] as Element;
    expect(linkedin.read(element)).toMatchObject({ id: "urn:li:comment:(activity:1,2)", threadId: "1", text: "Hello" });
  });
});
