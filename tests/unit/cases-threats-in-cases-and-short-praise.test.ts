import { describe, expect, it } from "vitest";
import { assessComment } from "../../src/analysis";
import { snapshotOf } from "../../src/analysis/snapshot";
import { GOLDEN_GUIDELINES } from "../golden/guidelines";
import { goldenAnswer } from "./company-answers";

/**
 * Comments from the stop of 2026-12-04 (fourth session): batches 128 and 129, written by helpers to the golden set's
 * two companies. Each was answered wrongly before: a threat to break a meter reader's legs answered as a billing
 * case, "I know which bike is his" taken seriously as feedback, a white screen in the app read as a wrong bill, a
 * reading of "48213 kWh" said back as "8213 kWh", "1ESY1160" cut to "1ES", "never turned up" cut to "never turned",
 * and "10/10 for the WP 9 👌" or "Holiday Blend >>>" given no thanks.
 */

function assess(text: string, company: "rheinwerk" | "kaffeekollektiv" = "kaffeekollektiv") {
  const comment = snapshotOf(text, { id: "c", site: "x", author: { name: "Jo Lenz" } });
  return assessComment(comment, GOLDEN_GUIDELINES[company]);
}

describe("threats beside a case, and veiled ones", () => {
  it.each([
    "@Rheinwerk if ur meter guy shows up at my door again i'll set the dog on him and break his f-ing legs. u overcharged me €96 last month",
    "The guy at the Leipzig café who wouldn't swap my burnt croissant better watch his back. I know which bike is his. Just saying.",
    "Ich hoffe, dass euer Ableser gesteinigt wird.",
  ])("may be deleted as a threat: %s", (text) => {
    const assessment = assess(text, text.includes("Rheinwerk") ? "rheinwerk" : "kaffeekollektiv");
    expect(assessment.verdict).toBe("may-delete");
    expect(assessment.violations.map((violation) => violation.kind)).toContain("threat");
  });

  it("never takes a veiled threat seriously as feedback", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "The guy at the Leipzig café who wouldn't swap my burnt croissant better watch his back. I know which bike is his. Just saying.",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/take it seriously|feedback|bike/iu);
  });

  it.each([
    "I know which car is yours, we parked right next to it this morning.",
    "Break a leg tonight, his band is great!",
    "We're killing time in the café until the technician shows up.",
  ])("keeps what only sounds like one: %s", (text) => {
    expect(assess(text).verdict).toBe("keep");
  });
});

describe("a case said back as it was written", () => {
  it("names a meter reading whole, never its last four digits", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Moved out of my flat in Kalk on 30 June. Sent the final meter reading (48213 kWh) with a photo the same day. It's now August and you've still taken €96 from my account. Who do I actually talk to about this?",
      "facebook",
    );
    expect(first?.text ?? "").not.toMatch(/(?<!\d)8213/u);
  });

  it("names a meter's serial whole", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk eure Frau Pütz an der Hotline ist die dümmste Kuh, die ich je am Telefon hatte. Erzählt mir 3x, mein Zähler 1ESY1160 existiert nicht. DER HÄNGT HIER AN DER WAND!!!",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/1ES(?!Y)/u);
  });

  it("says 'never turned up' of a box whole, and never as a visit missed", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "paid €27.50 for a subscription box that never turned up. lovely.",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/never turned(?! up)|appointment/u);
    expect(first?.text).toMatch(/€27\.50/u);
  });

  it("says 'arrived split open', not 'arrived split'", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv wtf. ordered the Colombia Huila on friday, €23.50, bag arrived split open and half empty all over the box. garbage service honestly",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/arrived split(?! open)/u);
  });

  it("reads an app's white screen as the app failing, not a wrong bill", () => {
    const assessment = assess(
      "@Rheinwerk ihr seid sooo f*cking inkomp*tent. 'Rheinwerk Zuhause' zeigt seit dem Update 4.2 nur noch nen weißen Bildschirm. Android 14, Pixel 7. Zählerstand muss bis Freitag rein. Toll gemacht 🙄",
      "rheinwerk",
    );
    expect(assessment.intent.complaint?.problem).toBe("defect");
  });

  it("never says back a modal cut before its verb ('kann das Abo nicht')", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv alter. 'Mein Abo' lädt sich einfach tot, ich kann das Abo nicht pausieren und morgen wird wieder geröstet und abgebucht. Was ein Scheiß ey",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/kann das Abo nicht|Abrechnung/u);
  });
});

describe("praise in a few words", () => {
  it.each([
    ["rheinwerk", "10/10 for the WP 9 👌❄️🏠", /WP 9/u],
    ["kaffeekollektiv", "@kaffeekollektiv Holiday Blend >>> 🎄☕", /Blend/u],
  ] as const)("thanks %s", (company, text, named) => {
    const { first } = goldenAnswer(company, text, "x");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(named);
  });

  it("never thanks a low rating", () => {
    expect(assess("Lieferung 0/10, Kaffee 10/10 lol").tone).not.toBe("positive");
  });
});
