import { describe, expect, it } from "vitest";
import { draftLanded } from "./insert-draft";

describe("draftLanded", () => {
  const draft = "Hallo Jana,\n\nvielen Dank für Ihre Geduld.\nWir melden uns heute.";
  it.each([
    [
      "every line, in order, after Facebook's mention",
      "Jana Berger Hallo Jana,\n\nvielen Dank für Ihre Geduld.\nWir melden uns heute.",
      true,
    ],
    ["blank lines dropped by the editor", "Hallo Jana,\nvielen Dank für Ihre Geduld.\nWir melden uns heute.", true],
    ["lines glued together", "Hallo Jana,vielen Dank für Ihre Geduld.Wir melden uns heute.", false],
    ["lines in reverse order", "Wir melden uns heute.\nvielen Dank für Ihre Geduld.\nHallo Jana,", false],
    ["a line missing", "Hallo Jana,\nWir melden uns heute.", false],
    ["nothing", "", false],
  ])("%s: %j", (_, editorText, landed) => {
    expect(draftLanded(editorText, draft)).toBe(landed);
  });
});
