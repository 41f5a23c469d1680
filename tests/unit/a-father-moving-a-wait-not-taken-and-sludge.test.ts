import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * Round twenty-three (batches 583–590, 2026-12-07): troubles made up from a story, tested in wordings of our own.
 * A parent who "kann nicht mehr telefonieren" and a contract to cancel asked about were read as anger at us; a queue
 * the writer chose not to wait in ("wollte ich nicht ewig hängen") was apologised for; a grind "basically powder"
 * with "sludge" in the cup was no case; a week without hot water with two kids got no emergency line.
 */

describe("a question told with a story", () => {
  it("about a parent who can no longer phone is held, never met with anger", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Hallo, meine Mutter (91) zieht im Januar ins Pflegeheim, der Strom läuft auf ihren Namen. Sie kann nicht mehr telefonieren, ich habe eine Vorsorgevollmacht. Kann ich den Vertrag damit für sie kündigen, und wohin geht die Schlussrechnung? Vielen Dank!",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("holding-reply");
    expect(first?.text ?? "").not.toMatch(/Ärger|ärgerlich|nicht so geklappt/u);
  });

  it("about a password, after a wait not taken, gets the saved answer and no apology for a wait", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Vielleicht weiß hier jemand Rat, in der Warteschleife wollte ich nicht stundenlang hängen 🙈 Neues Handy, App neu installiert, und das Kennwort weiß ich nicht mehr. Wie bekomme ich ein neues Kennwort?",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text ?? "").not.toMatch(/Warteschleife/u);
  });
});

describe("a question the saved answer settles", () => {
  it("is answered with it when the writer cannot afford the price, never apologised to", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Das Radio sagt, eine Wärmepumpe kostet 30.000 €, das kann ich als Rentner nicht einfach so hinlegen. Gibt es Zuschüsse und helft ihr beim Papierkram?",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text ?? "").not.toMatch(/bedauern|nicht so geklappt/u);
  });

  it("is answered with it when the writer hangs up on a German menu", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "hi, new in Bonn and my german is still basic. when I call your number it's all in german so I just hang up haha. is there anyone who speaks english?",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text ?? "").toMatch(/English/u);
  });
});

describe("a case in few plain words", () => {
  it("is read in a grind that is powder, with sludge in the cup", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Ordered the filter grind online and it's basically powder. Sludge in every cup since Monday. Not impressed.",
      "x",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toMatch(/^case-/u);
  });

  it("gets the line open day and night when a family is without hot water", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Day 6 without hot water. Your engineer swapped a valve on the heat pump on Monday and left. Still nothing. Three kids and cold showers. Who do I talk to??",
      "facebook",
    );
    expect(first?.text ?? "").toMatch(/day and night/u);
  });
});
