import { describe, expect, it } from "vitest";
import { bakery } from "./fixtures";
import { savedFact } from "./saved-fact";

describe("the company's own fact on what a correction disputes", () => {
  it.each([
    [
      "Im Beitrag steht, Siegburg hat samstags nur bis 14 Uhr offen – stimmt das?",
      "de",
      "Unsere Filialen in Bonn-Beuel und Siegburg haben montags bis samstags von 6 bis 18 Uhr geöffnet.",
    ],
    [
      "Ihr schreibt, das glutenfreie Brot gibt es dienstags. War das nicht donnerstags?",
      "de",
      "Glutenfreie Brote backen wir donnerstags in einer eigenen Backstube.",
    ],
    [
      "Your post says the Beuel shop opens at 8 on Sundays, isn't it 7?",
      "en",
      "On Sundays our Beuel shop is open from 7 to 11 am.",
    ],
  ] as const)("settles %j with the saved sentence, greeting and {name} left out", (comment, language, fact) => {
    expect(savedFact(bakery, comment, language)).toBe(fact);
  });

  it.each([
    // Only the bakery's name and a word it says everywhere: which fact is meant is not known.
    ["Im Beitrag steht Backstube Lindner mit ck, schreibt man das nicht anders?", "de"],
    // The saved answers say nothing of prices.
    ["Im Post steht, das Roggenbrot kostet 3,20 €. Auf dem Schild im Laden steht 3,60 €.", "de"],
    // A German fact is not stated in an English reply.
    ["Your post says glutenfreie Brote on Thursday?", "en"],
    // A link alone is no fact.
    ["Im Beitrag fehlt bei lindner.example/glutenfrei das Infos davor.", "de"],
  ] as const)("states no fact for %j", (comment, language) => {
    expect(savedFact(bakery, comment, language)).toBeUndefined();
  });
});

/** A heat pump maker's one saved reply: two models and their lowest outside temperature. */
const pumps = {
  ...bakery,
  savedReplies: [
    {
      id: "wp",
      title: "Wärmepumpen",
      language: "de" as const,
      text: "Hallo {name}, unsere Wärmepumpen WP 9 und WP 12 heizen bis −20 °C. Der Einbau dauert zwei Tage.",
    },
  ],
};

describe("a model code is a word of its own", () => {
  it("settles 'die WP 12 schafft −25 °C' with the sentence on the WP 12", () => {
    expect(savedFact(pumps, "Im Beitrag steht, die WP 12 schafft −25 °C. Was stimmt?", "de")).toBe(
      "Unsere Wärmepumpen WP 9 und WP 12 heizen bis −20 °C.",
    );
  });
});

describe("what a saved fact does not settle", () => {
  it("leaves 'das Foto zeigt die WP 12, nicht die WP 9' to be checked: the models alone are no fact about a photo", () => {
    expect(savedFact(pumps, "Das Foto zeigt gar nicht die WP 9, sondern die WP 12. Sieht man am Display.", "de")).toBe(
      undefined,
    );
  });
});
