// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { visibleText } from "./dom-text";

function text(html: string, skip?: (element: Element) => boolean): string {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return visibleText(document.getElementById("root") as Element, skip);
}

describe("visibleText", () => {
  it.each([
    ["emoji drawn as images keep their character", 'Great <img alt="🔥" src="x.svg"> news', "Great 🔥 news"],
    ["paragraphs become lines", "<p>Hallo Jana,</p><p>danke.</p>", "Hallo Jana,\ndanke."],
    ["an empty paragraph is a blank line", "<p>a</p><p><br></p><p>b</p>", "a\n\nb"],
    ["<br> breaks the line", "one<br>two", "one\ntwo"],
    ["zero-width and bidi characters go", "Fre\u200bche\u202eit\u2060", "Frecheit"],
    ["layout whitespace collapses", "  <span>a</span>\n   <span>b</span>  ", "a b"],
    ["hidden nodes are not text", 'a<span hidden>decoy</span><span style="display: none">x</span>b', "ab"],
    ["our own marker is not text", "a<span data-gelassen-marker></span>b", "ab"],
  ])("%s", (_, html, expected) => {
    expect(text(html)).toBe(expected);
  });

  it("leaves out what `skip` names", () => {
    expect(text('Long text<button class="more">… more</button>', (el) => el.classList.contains("more"))).toBe(
      "Long text",
    );
  });
});
