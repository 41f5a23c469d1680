// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { DESCRIPTION_ID, DraftDescription } from "./draft-description";

const box = (describedBy?: string) => {
  const editor = document.createElement("div");
  editor.contentEditable = "true";
  if (describedBy) editor.setAttribute("aria-describedby", describedBy);
  document.body.append(editor);
  return editor;
};

/** What a screen reader would read as the box's description: the text of every element it names. */
const heard = (editor: HTMLElement) =>
  (editor.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent)
    .join(" | ");

describe("DraftDescription", () => {
  beforeEach(() => {
    document.body.innerHTML = "";
    document.getElementById(DESCRIPTION_ID)?.remove();
  });

  it("describes the reply box by the verdict, beside the site's own description", () => {
    const hint = document.createElement("p");
    hint.id = "site-hint";
    hint.textContent = "Press Enter to post";
    document.body.append(hint);
    const editor = box("site-hint");
    const description = new DraftDescription();
    description.describe(editor, "Calm and within your guidelines");
    expect(heard(editor)).toBe("Press Enter to post | Calm and within your guidelines");
    description.describe(editor, "Not calm yet");
    expect(heard(editor)).toBe("Press Enter to post | Not calm yet");
    expect(editor.getAttribute("aria-describedby")).toBe(`site-hint ${DESCRIPTION_ID}`);
  });

  it("moves to another reply box and gives the first one back as it was", () => {
    const first = box("site-hint");
    const second = box();
    const description = new DraftDescription();
    description.describe(first, "2 things to fix");
    description.describe(second, "Calm and within your guidelines");
    expect(first.getAttribute("aria-describedby")).toBe("site-hint");
    expect(second.getAttribute("aria-describedby")).toBe(DESCRIPTION_ID);
    description.clear();
    expect(second.hasAttribute("aria-describedby")).toBe(false);
    expect(document.getElementById(DESCRIPTION_ID)).toBeNull();
  });
});
