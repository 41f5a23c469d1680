import { describe, expect, it } from "vitest";
import { type Label, labelMatches } from "./labels";

const reply: Label = { en: ["Reply"], de: ["Antworten"], match: "exact" };
const replyTo: Label = { en: ["Reply to "], de: ["Auf Kommentar von "], match: "prefix" };

describe("labelMatches", () => {
  it.each([
    ["Reply", reply, true],
    ["  antworten ", reply, true],
    ["Replies", reply, false],
    ["Reply to Jane Doe’s comment", replyTo, true],
    ["Auf Kommentar von Jana Berger antworten", replyTo, true],
    ["Odpowiedz", reply, false],
    ["", reply, false],
    [null, reply, false],
  ])("%j against %j is %j", (text, label, expected) => {
    expect(labelMatches(text, label)).toBe(expected);
  });
});
