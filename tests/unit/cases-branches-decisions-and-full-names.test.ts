import { describe, expect, it } from "vitest";
import { caseTerms } from "../../src/replies/case/terms";
import { truecased } from "../../src/replies/case/truecase";
import { goldenAnswer } from "./company-answers";

/**
 * From the stop of 2026-12-05 (ninth session), read across all 2,600 comments of batches 134–198 for what the first
 * reply fails to name although its plan is right: the branch two criticised things happened at, a full name the
 * commenter gave for the one they thank, and the nouns of a comment written in small letters that ends with the
 * company's handle. A decision of the company's criticised ("schafft … ab") is no fault of the writer's to put right.
 */

describe("the branch is named after the two things criticised there", () => {
  it.each([
    [
      "kaffeekollektiv",
      "super idee, samstags morgens in ottensen nur eine person hinter der theke. 25 min für nen flat white, da hat man wenigstens zeit zum nachdenken 🙃",
      "Ottensen",
    ],
    [
      "kaffeekollektiv",
      "Love the coffee but the Kreuzberg café has gotten sooo loud since you took out the rugs and put in that huge speaker. Can't have a conversation or get any work done there anymore.",
      "Kreuzberg",
    ],
  ])("%s: %s", (company, text, place) => {
    const { first } = goldenAnswer(company as "kaffeekollektiv", text);
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).toContain(place);
  });

  it("a town that is none of the company's branches is not set after the things criticised", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Eure Plakate hier in Düren zum Thema Heizen sind echt daneben, die Heizung in meinem Altbau läuft mit Gas und das bleibt so.",
    );
    expect(first?.text).not.toMatch(/Heizen in Düren|Plakate in Düren/u);
  });
});

describe("a full name given for the one thanked is said in full", () => {
  it.each([
    [
      "Shout-out to the Rheinwerk installation crew led by Petra Hoffknecht: two WP 12 units fitted at our Bonn office over a long weekend, zero disruption.",
      "Petra Hoffknecht",
    ],
    [
      "Credit where it's due: Rheinwerk fitted solar panels on our warehouse in Troisdorf and their site lead, Katarina Berisha, ran the whole thing like clockwork.",
      "Katarina Berisha",
    ],
    ["Special thanks to Jana Pohl, who kept 14 trades on schedule through a very wet winter.", "Jana Pohl"],
  ])("%s", (text, name) => {
    const { first } = goldenAnswer("rheinwerk", text, "linkedin");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toContain(name);
  });

  it("a place after the thanked name is no surname", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Danke an Jonas Hamburg ist mit euch einfach besser ☕",
      "facebook",
    );
    expect(first?.text).not.toContain("Jonas Hamburg");
  });
});

describe("a comment in small letters ending with the company's handle still has its nouns", () => {
  it("reads the nouns after their articles", () => {
    const text = "warum schafft ihr die papierrechnung einfach ab ohne zu fragen? schlechte entscheidung @Rheinwerk";
    expect(truecased(text)).toContain("die Papierrechnung");
    expect(caseTerms(truecased(text), "de")).toContain("Papierrechnung");
  });

  it("a decision of the company's criticised is taken seriously, not handled as a case", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "warum schafft ihr die papierrechnung einfach ab ohne zu fragen? nicht jeder will alles im portal haben. schlechte entscheidung @Rheinwerk",
    );
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).toContain("Papierrechnung");
    expect(first?.text).not.toMatch(/Probleme mit/u);
  });
});
