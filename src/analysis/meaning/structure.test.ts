import { describe, expect, it } from "vitest";
import { normalise } from "../normalise";
import { rolesOf } from "./roles";
import { structureOf } from "./structure";

describe("structureOf", () => {
  it("numbers sentences and clauses by token", () => {
    const normalised = normalise("Ich finde, das ist gut. Und du? Ja!");
    const { sentence, clause } = structureOf(normalised);
    expect([...sentence]).toEqual([0, 0, 0, 0, 0, 1, 1, 2]);
    expect(clause[0]).not.toBe(clause[2]);
    expect(clause[2]).toBe(clause[4]);
  });
});

describe("rolesOf", () => {
  const roles = (text: string) => {
    const normalised = normalise(text);
    const found = rolesOf(normalised);
    const of = (role: Uint8Array) => normalised.tokens.filter((_, at) => role[at]).map((token) => token.key);
    return {
      group: of(found.group),
      pronoun: of(found.pronoun),
      addressee: of(found.addressee),
      people: of(found.people),
    };
  };

  it("names groups, also as an adjective before a word for people", () => {
    expect(roles("Muslime und trans people und schwarze Menschen").group).toEqual([
      "muslime",
      "trans",
      "people",
      "schwarze",
      "menschen",
    ]);
    expect(roles("black coffee and a trans-atlantic flight").group).toEqual([]);
  });

  it("tells a pronoun from an article by the capital of the noun after it", () => {
    expect(roles("Die sind einfach widerlich.").pronoun).toEqual(["die"]);
    expect(roles("Die Behörden sind langsam.").pronoun).toEqual([]);
    expect(roles("Ich hasse sie.").pronoun).toEqual(["sie"]);
  });

  it("hears the formal Sie as someone addressed, and never a quoted word", () => {
    expect(roles("Ich werde Sie finden").addressee).toEqual(["sie"]);
    expect(roles('"Frauen raus" ist Hetze').group).toEqual([]);
  });

  it("knows people and staff that are not identity groups", () => {
    expect(roles("Eure Mitarbeiter und die Politiker").people).toEqual(["mitarbeiter", "politiker"]);
  });
});
