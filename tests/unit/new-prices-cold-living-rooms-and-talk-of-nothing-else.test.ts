import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From round twenty-two, the twenty-fourth session of 2026-12-07 (batches 575–582, first read at 14f0742), each
 * answered wrongly before, tested here in wordings of our own: sarcasm over a new price, a date moved again and a cold
 * living room thanked; the consumer advice centre and "Sauhaufen" said back as the case's topic; delight ("redet
 * seitdem von nix anderem", "seitdem läufts") read as a case; criticism put mildly left with "if you have questions".
 */

describe("sarcasm over a new price, a date moved again or a cold living room", () => {
  it("is taken seriously, never thanked", () => {
    for (const [company, text] of [
      [
        "kaffeekollektiv",
        "Neuer Preis für die 500g Kolumbien: 24,90 statt 19,90. Na klar 🙄 schmeckt jetzt bestimmt auch 20% leckerer",
      ],
      [
        "rheinwerk",
        "Love how my meter swap was set for 2 March, then moved to 9 April, and now it's 'some time in May'. Stellar planning, really 👏",
      ],
      [
        "rheinwerk",
        "wärmepumpe kaufen und im februar mit wolldecke im wohnzimmer sitzen 😂😂 tolles geschäftsmodell, rheinwerk",
      ],
    ] as const) {
      expect(goldenAnswer(company, text).first?.strategy, text).toBe("take-seriously");
    }
  });
});

describe("where the writer says they will turn next, and a name for the company in anger", () => {
  it("is never the case's topic", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Ihr seid echt unfähig. Seit 3 Wochen läuft unsere Wärmepumpe nur im Notbetrieb, euer Techniker war zweimal da und hat nix gemacht. Kundennummer 5521 0098. Wenn bis Montag keiner kommt, geh ich zur Verbraucherzentrale, mir reichts mit eurem Sauhaufen",
    );
    expect(first?.text ?? "").not.toMatch(/Thema (?:Verbraucherzentrale|Sauhaufen)/u);
  });
});

describe("delight told after a visit", () => {
  it("is no silence of ours when someone 'talks of nothing else'", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "War mit meinem Opa (91) in Ottensen, und Barista Fee hat ihm den Cappu extra an den Tisch gebracht. Er redet seitdem von nix anderem ❤️ Danke euch",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("is no case when a tip put it right ('seitdem läufts')", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Muss mal gesagt werden: Barista Kim hat mir erklärt, warum mein Espresso zuhause so bitter war (viel zu fein gemahlen). Seitdem läufts!! Bester Laden",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });
});

describe("criticism put mildly", () => {
  it("is taken seriously, not answered with 'if you have questions'", () => {
    for (const [company, text] of [
      [
        "rheinwerk",
        "Seit 2011 dabei, immer pünktlich gezahlt. Neukunden zahlen 26 Cent, ich 33. Treue wird hier also bestraft, ziemlich schäbig.",
      ],
      [
        "rheinwerk",
        "Celebrating 5,000 heat pumps without one word on how the refrigerant is handled at end of life feels a bit hollow.",
      ],
    ] as const) {
      expect(goldenAnswer(company, text).first?.strategy, text).toBe("take-seriously");
    }
  });
});
