import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * Sarcasm that carries a case of the writer's own (issue 10, "sarcasm: take the criticism seriously, no thanks").
 * Batches 559–582 of the twenty-fourth session labelled 23 of 78 sarcastic comments as sarcasm answered only as a
 * case ("wir bedauern sehr, dass …"); the criticism is now heard first and the case moved in the same reply. A case
 * with its number given, or a home gone cold, is still answered as the case first. Wordings of our own.
 */

describe("sarcasm with a case of its own", () => {
  it("is taken seriously first in German, with the case and the one question in the same reply", () => {
    const { assessment, suggestions } = goldenAnswer(
      "rheinwerk",
      "Bravo Rheinwerk 👏👏 Abschlag mal eben von 92 auf 171 € hochgesetzt, ohne ein Wort. Kundenfreundlichkeit at its best. Weiter so!",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    const [first, ...others] = suggestions;
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").toMatch(/Kritik/u);
    expect(first?.text ?? "").toMatch(/171 €/u);
    expect(first?.text ?? "").toMatch(/Kundennummer/u);
    expect(first?.text ?? "").not.toMatch(/[Dd]ank/u);
    // No case reply beside it that says the same sentences without the criticism heard.
    expect(others.map((s) => s.strategy)).not.toContain("case-question");
    expect(others.map((s) => s.strategy)).not.toContain("case-next-step");
  });

  it("is taken seriously first in English, the case named", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Wow, amazing service 👏 my subscription bag turned up torn open, beans all over the letterbox. Truly a premium experience.",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").toMatch(/criticism/u);
    // It turned up torn open: it came damaged; nobody was due for an appointment.
    expect(first?.text ?? "").toMatch(/subscription delivery arrived damaged/u);
    expect(first?.text ?? "").not.toMatch(/appointment/u);
    expect(first?.text ?? "").not.toMatch(/[Tt]hank/u);
  });

  it("with its number given is looked up as the case first", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "order #62018 shipped 10 days ago, tracking hasn't moved since. it was a gift for my sister's birthday. which was yesterday. great great great",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.strategy).toBe("case-next-step");
    expect(first?.text ?? "").toMatch(/#62018/u);
  });
});
