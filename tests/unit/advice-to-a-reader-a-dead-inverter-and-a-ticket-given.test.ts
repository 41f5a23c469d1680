import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * Round twenty-four again (batches 591–598, 2026-12-07), in wordings of our own: advice to a tagged reader about
 * "your bill" was answered by us; an inverter that "died" was no case, so an insult beside it got only a boundary;
 * a subscription "schon wieder gemahlen", an "Abrechnung" that "spinnt" and a raise told as "hochsetzt" were no
 * cases or lost their amounts; a question led in with "was mir niemand sagen konnte" or "straight question since
 * your website is useless" was answered as anger; a clock time was cut to "Saturday 2"; a fear for others ("don't
 * want applicants turning up at the wrong door") was a defect; a ticket for a bill was asked for a customer number.
 */

describe("whom a comment is put to", () => {
  it("advice to a tagged reader about their own bill is theirs, the company only spoken of", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "@Anna Schulz mate you don't need to call them, took me like 5 mins in the app. The customer number is at the top of your bill 👍",
    );
    expect(assessment.intent.addressedTo).toBe("commenter");
    expect(first?.strategy).toBe("no-reply-needed");
  });
});

describe("a case read in plain words", () => {
  it("an inverter that died is a case", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "The inverter you fitted in Pulheim died on 3 November and since then nothing. Five weeks without feed-in.",
    );
    expect(assessment.intent.complaint).toBeDefined();
  });

  it("a subscription ground again against the setting is a case", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "mein abo kam schon wieder gemahlen obwohl ich ganze bohnen eingestellt hab 😤",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toMatch(/^case-/u);
  });

  it("a bill gone haywire is a billing case", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "eure Abrechnung spinnt doch, 300 € Nachzahlung für eine Einzimmerwohnung?!",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
  });

  it("a raise told in the present keeps both amounts", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Dass ihr mir einfach den Abschlag von 90 auf 150 € hochsetzt, obwohl sich nix geändert hat?? Erklärt mir das mal",
    );
    expect(first?.text ?? "").toMatch(/von 90 € auf 150 €/u);
  });

  it("a fear for others is no defect", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Small thing: your job post says Altona, your website says Ottensen. Don't want applicants turning up at the wrong door 🙂",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });
});

describe("a question with a complaint beside it", () => {
  it("led in by what nobody could say is held, not met with anger", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Wir planen eine PV-Anlage auf der Werkhalle. Was mir bisher niemand sagen konnte: Übernehmen Sie die Anmeldung beim Netzbetreiber?",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("holding-reply");
  });

  it("announced as a straight question is held, the jab beside it aside", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Straight question since your website is useless: can the outdoor unit of a heat pump go on a flat garage roof?",
    );
    expect(first?.strategy).toBe("holding-reply");
  });
});

describe("what the reply repeats", () => {
  it("a clock time is never cut to its hour", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Asked for oat milk in Ottensen and got charged 60 cents extra. Saturday 3:15pm, I still have the receipt.",
    );
    expect(first?.text ?? "").not.toMatch(/Saturday 3\b/u);
  });

  it("a ticket given for a bill is not asked for again as a customer number", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "First bill €310 for five weeks in a studio flat, that can't be right. Emailed twice, ticket 4410-2290, only auto-replies.",
    );
    expect(first?.text ?? "").not.toMatch(/customer number/u);
  });
});
