import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From round twenty-one, third pass, the twenty-fourth session of 2026-12-07 (batches 567–574, first read at 030b25d),
 * each answered wrongly before, tested here in wordings of our own: a system's sign-up with the grid operator read as
 * a login; a comment taken down on the page read as a case; a replacement in the letterbox after trouble not read as
 * praise; a smaller pack at the same price read as a bill; "keine Reaktion" said back as a detail.
 */

describe("a sign-up with the grid operator", () => {
  it("is no login", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Praxisfrage: unsere PV läuft seit 9 Wochen nicht, weil der Netzbetreiber die Anmeldung noch nicht bestätigt hat. Was können Sie da tun?",
    );
    expect(first?.text ?? "").not.toMatch(/einlogg/u);
  });
});

describe("a comment taken down on the page", () => {
  it("is criticism, no case to look into", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "overpriced beans for people who think a chemex is a personality. and you removed my last comment, cowards",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text ?? "").not.toMatch(/last comment/u);
  });
});

describe("a replacement in the letterbox after trouble", () => {
  it("is praise, no case", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Muss mal was Nettes loswerden: letzte Woche kam meine Tüte Kenia kaputt an, hab kurz geschrieben, zwei Tage später lag Ersatz im Briefkasten. So geht Service ☕",
    );
    expect(first?.strategy).toBe("thank-specifically");
  });
});

describe("a smaller pack at the same price", () => {
  it("is criticism of the price, no bill that is wrong", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Ich find es echt nicht ok, dass ihr den Espresso jetzt in 200 g statt 250 g verkauft und der Preis gleich bleibt.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("take-seriously");
  });
});

describe("an answer that never came", () => {
  it("is the wait, never a detail said back", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Hab euch im Frühjahr geschrieben, was ich von euren Preisen halte, natürlich keine Reaktion. Lächerlich.",
    );
    expect(first?.text ?? "").not.toMatch(/Reaktion/u);
  });
});
