import { describe, expect, it } from "vitest";
import { assessComment } from "./index";
import { snapshotOf } from "./snapshot";

/**
 * Insults with words no list holds, named by where they stand and confirmed by the shipped model; the same slots
 * with kind words, negated, or in a customer's complaint are kept.
 */
const assess = (text: string) => assessComment(snapshotOf(text), { companyName: "Nordlicht" });

describe("insults in their slots", () => {
  it.each([
    ["Seehofer ist eine bayrische Oberpfeife.", "Seehofer ist eine bayrische Oberpfeife"],
    ["Sie sind ein Hohlbrot, Herr Weber.", "Sie sind ein Hohlbrot"],
    ["Ärgert dich das, du Kernseifenloser?", "du Kernseifenloser"],
    ["Biermann ist ein Lump, der nur Geld will.", "Biermann ist ein Lump"],
    ["you're a spineless weasel", "you're a spineless weasel"],
    ["Dave is a total gobshite", "Dave is a total gobshite"],
  ])("names %s", (text, words) => {
    const assessment = assess(text);
    expect(assessment.verdict).toBe("may-delete");
    expect(assessment.violations[0]).toEqual({ kind: "insult", evidence: [words] });
  });

  it.each([
    "Du bist ein Schatz.",
    "Sie sind ein Engel, Frau Berger.",
    "Lena ist eine Wucht",
    "Dieser Monteur war ein echter Profi.",
    "Was für ein Glückspilz du bist.",
    "he is a wizard with the espresso machine",
    "Dave is a complete pro.",
    "Maybe Dave is a total gobshite, maybe not",
    "Ich sage nicht, dass Seehofer eine Oberpfeife ist.",
    "So ein Sauwetter heute",
    // Said to the company in a complaint: criticism to answer, however it is put.
    "Euer Service ist eine Katastrophe, ihr Abzocker",
    "Sie sind ein Betrüger, ich warte seit 3 Wochen auf mein Geld",
  ])("keeps %s", (text) => {
    expect(assess(text).verdict).not.toBe("may-delete");
  });
});
