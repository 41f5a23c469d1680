import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * Short comments of round twenty-three (batches 583–590, 2026-12-07) that got "if you have questions" or the wrong
 * language, tested in wordings of our own: disbelief ("Ernsthaft, 2026?") beside a borrowed "To-go"; a figure set
 * right ("ab 8, nicht 9?"); a question asked without its mark ("wollte wissen ob", "kann man … irgendwie"); a
 * subscription that cannot be paused; criticism said as "schwer vermittelbar" or "undurchschaubar".
 */

describe("disbelief", () => {
  it("is criticism, answered in German beside a borrowed 'To-go'", () => {
    const { assessment, first } = goldenAnswer("kaffeekollektiv", "Einwegdeckel bei To-go? Ernsthaft, 2026?");
    expect(assessment.language).toBe("de");
    expect(first?.language).toBe("de");
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").not.toMatch(/Frage|[Dd]anke/u);
  });
});

describe("a figure set right", () => {
  it("is a correction to check", () => {
    const { assessment, first } = goldenAnswer("kaffeekollektiv", "Kreuzberg hat doch samstags ab 8, nicht 9?");
    expect(assessment.role).toBe("know-it-all");
    expect(first?.strategy).toBe("check-correction");
  });
});

describe("a question without its mark", () => {
  it("is held when it says it wants to know", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Hallo zusammen, ich überleg mir nen Stromspeicher für den Keller in Pulheim und wollte wissen ob ich dafür bei euch nen neuen Zähler brauche",
    );
    expect(first?.strategy).toBe("holding-reply");
    expect(first?.text ?? "").toMatch(/Stromspeicher/u);
  });

  it("is answered by the saved answer when it asks whether one can", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "wir sind drei wochen in schweden, kann man das abo irgendwie aussetzen ohne es zu kündigen",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text ?? "").toMatch(/pausieren/u);
  });
});

describe("criticism in few words", () => {
  it("is heard when a subscription cannot be paused", () => {
    const { assessment } = goldenAnswer("kaffeekollektiv", "Your app is rubbish. Can't pause my subscription at all.");
    expect(assessment.intent.complaint).toBeDefined();
  });

  it("is taken seriously when it is 'schwer vermittelbar' or 'undurchschaubar'", () => {
    for (const [company, text] of [
      ["kaffeekollektiv", "Ehrlich gesagt finde ich die dritte Preisrunde in einem Jahr schwer vermittelbar."],
      ["rheinwerk", "Tarifdschungel bei euch. Völlig undurchschaubar."],
    ] as const) {
      const { first } = goldenAnswer(company, text);
      expect(first?.strategy, text).toBe("take-seriously");
    }
  });
});
