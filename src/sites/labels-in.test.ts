// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { findByLabel, findByLabelIn, type Label } from "./labels";

const replyingTo: Label = { en: ["Replying to"], de: ["Antwort an"], match: "prefix" };

function article(html: string): Element {
  const root = document.createElement("article");
  root.innerHTML = html;
  return root;
}

describe("findByLabelIn", () => {
  it.each([
    ["a label in the text", '<div><div class="a"><span>Replying</span>\n  <span>to</span> <a>@acme</a></div></div>'],
    ["a German label", "<div><div><div>Antwort an <a>@acme</a></div></div><div>Text</div></div>"],
    ["a label only in aria-label", '<div><div aria-label="Replying to @acme"><a>@acme</a></div></div>'],
    ["an invisible character inside the words", "<div><div>Repl\u200bying to @acme</div></div>"],
    ["no label at all", '<div><div>Great service</div><div aria-label="Like"></div></div>'],
    ["the words later in a text", "<div><div>I was replying to nobody</div></div>"],
    ["the words split over letters", "<div><div><span>R</span><span>eplying t</span>o <a>@acme</a></div></div>"],
    ["an empty first span", "<div><div><span> </span><span>\u200b</span>Replying to <a>@acme</a></div></div>"],
    ["the words after a name", "<div><div><span>Jane</span> Replying to <a>@acme</a></div></div>"],
    ["a label elsewhere and the words in the text", '<div><div aria-label="Like">Replying to <a>@acme</a></div></div>'],
    [
      "the first words of a text elsewhere",
      "<div><div><span>Replying</span> later</div><div>Replying to <a>@a</a></div></div>",
    ],
    [
      "the words mid-text, the label in an aria-label",
      '<div><div>I was replying to</div><div aria-label="Replying to @a">x</div></div>',
    ],
    [
      "a deep start among siblings",
      "<div><div><div><b>Jane</b></div><div><span><i>Replying to</i></span> <a>@a</a></div></div></div>",
    ],
  ])("finds what the full scan finds: %s", (_, html) => {
    const root = article(html);
    expect(findByLabelIn(root, "div", replyingTo)).toBe(findByLabel(root.querySelectorAll("div"), replyingTo));
  });

  it("finds the first matching element, in document order", () => {
    const root = article('<div id="outer"><div id="inner">Replying to <a>@acme</a></div></div>');
    expect(findByLabelIn(root, "div", replyingTo)?.id).toBe("outer");
  });

  it("finds a contained label as the full scan does", () => {
    const contains: Label = { ...replyingTo, match: "contains" };
    const root = article("<div><div>Hi</div><div>I am replying to you</div></div>");
    expect(findByLabelIn(root, "div", contains)).toBe(findByLabel(root.querySelectorAll("div"), contains));
  });

  it("finds nothing where nothing matches", () => {
    expect(findByLabelIn(article("<div>Hello</div>"), "div", replyingTo)).toBeUndefined();
  });
});
