import { describe, expect, it } from "vitest";
import { truecased } from "./truecase";

describe("truecased", () => {
  it("capitalises the nouns of a German comment written in small letters", () => {
    expect(
      truecased("der neue weihnachtsblend mit kardamom ist einfach unfassbar gut, bin schon bei der dritten tüte"),
    ).toBe("der neue Weihnachtsblend mit Kardamom ist einfach unfassbar gut, bin schon bei der dritten Tüte");
    expect(truecased("die leute warten seit zwei wochen auf die lieferung")).toBe(
      "die Leute warten seit zwei Wochen auf die Lieferung",
    );
  });

  it("capitalises days, months and every part of a hyphenated compound", () => {
    expect(truecased("eure wärmepumpen-werbung läuft während unsere seit freitag kalt ist")).toBe(
      "eure Wärmepumpen-Werbung läuft während unsere seit Freitag kalt ist",
    );
  });

  it("leaves pronouns, particles and adjectives alone", () => {
    expect(truecased("das ist mir echt zu viel, die sind ja alle so nett hier und so")).toBe(
      "das ist mir echt zu viel, die sind ja alle so nett hier und so",
    );
  });

  it("leaves a text with capitals of its own, and a short one, as it is", () => {
    const written = "Der neue Blend ist gut, aber die tüte war kaputt und der versand dauerte ewig.";
    expect(truecased(written)).toBe(written);
    expect(truecased("die tüte kaputt")).toBe("die tüte kaputt");
  });
});
