import { describe, expect, it } from "vitest";
import { normalise } from "../normalise";
import type { PhraseList } from "../phrase-list";
import { LEXICON } from ".";

/**
 * Phrases whose alternatives were once written as two words ("funktioniert nicht|geht nicht", "go under|shut down").
 * The phrase syntax splits slots at spaces, so each read as other slots and never matched what it was written for.
 */
const hits = (list: PhraseList, text: string) => list.count(normalise(text).tokens) > 0;

describe("phrases match what they were written for", () => {
  it.each([
    ["failure", "The engineer didn't have the right parts, again."],
    ["failure", "Nobody showed up between 8 and 12."],
    ["failure", "No one came, no one called."],
    ["failure", "Die Störungshotline ist dauerbesetzt."],
    ["failure", "Die App lässt mich seit dem Update nicht rein."],
    ["request", "Please get back to me about order 4471."],
    ["request", "Please help, the app won't open."],
    ["correction", "Der Link im Beitrag funktioniert nicht."],
    ["correction", "Der Link führt ins Leere."],
    ["correction", "The link in your post is broken."],
    ["exclusion", "Die sollte man alle zurückjagen."],
    ["complaints", "I hope you go bust."],
    ["complaints", "Hope you lot shut down soon."],
    ["complaints", "You'll be out of business by spring."],
    ["complaints", "No one talks about the fees."],
  ] as const)("%s: %s", (list, text) => {
    expect(hits(LEXICON[list], text)).toBe(true);
  });

  it.each([
    ["failure", "Somebody showed up early and fixed it."],
    ["correction", "Der Link im Beitrag funktioniert."],
    ["complaints", "I hope you go on like this, great work."],
  ] as const)("%s does not match: %s", (list, text) => {
    expect(hits(LEXICON[list], text)).toBe(false);
  });
});
