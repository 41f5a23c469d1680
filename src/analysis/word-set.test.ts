import { describe, expect, it } from "vitest";
import { assessComment } from ".";
import { normalise } from "./normalise";
import { snapshotOf } from "./snapshot";
import { WordSet } from "./word-set";

const token = (word: string) => {
  const found = normalise(word).tokens[0];
  if (!found) throw new Error(`no token in ${word}`);
  return found;
};

describe("stretched words", () => {
  it("reads a letter stretched past doubling as the word", () => {
    expect(new WordSet(["hate"]).hasToken(token("haaate"))).toBe(true);
    expect(new WordSet(["idiot*"]).hasToken(token("Idioooten"))).toBe(true);
  });

  it("never reads a word of its own with a double letter as a short entry or a word's beginning or end", () => {
    expect(new WordSet(["hate"]).hasToken(token("hatte"))).toBe(false);
    expect(new WordSet(["late"]).hasToken(token("Latte"))).toBe(false);
    expect(new WordSet(["den"]).hasToken(token("denn"))).toBe(false);
    expect(new WordSet(["musel*"]).hasToken(token("Mussels"))).toBe(false);
  });

  it("takes one doubled letter in a longer whole word as a typo, and an entry with doubles as written", () => {
    expect(new WordSet(["loser"]).hasToken(token("Looser"))).toBe(true);
    expect(new WordSet(["spast"]).hasToken(token("Spasst"))).toBe(true);
    expect(new WordSet(["scheisse"]).hasToken(token("Scheissse"))).toBe(true);
  });

  it("licenses no deletion for 'hatte' beside a group, and still for hatred stretched", () => {
    const judge = (text: string) => assessComment(snapshotOf(text), { companyName: "Nordwind" }).verdict;
    expect(judge("Ich hatte Muslime als Nachbarn, sehr nette Leute.")).toBe("keep");
    expect(judge("Wir hatten Frauen im Vorstand.")).toBe("keep");
    expect(judge("Ich haaasse Muslime.")).toBe("may-delete");
  });

  it("reads a Latte as coffee, not as 'late'", () => {
    expect(assessComment(snapshotOf("Der Chai Latte in der Schanze ist toll."), { companyName: "Nordwind" }).tone).toBe(
      "positive",
    );
  });
});
