import { describe, expect, it } from "vitest";
import { goldenAnswer, savedAnswer } from "./company-answers";

/**
 * From the second pass over round eighteen, the twenty-third session of 2026-12-06 (batches 543–550), each answered
 * wrongly before, tested here in wordings of our own: "credit where it's due" read as a credit owed; a reply missing
 * in the chat said as an order that never came; the breakdown line, frost and a reading sent in other words; a parcel
 * stuck on the way; how staff look said back as the topic.
 */

describe("credit where it's due", () => {
  it("is praise for the people named, never a credit owed", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Credit where it's due: the hail last week smashed two panels on our barn in Zülpich, and your crew replaced them within three days. Thank you Mr Haddad and team!",
      "linkedin",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").not.toMatch(/credit|outstanding|refund/iu);
  });
});

describe("a reply missing in the chat", () => {
  it("is no order that never came", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "your post says free EU shipping from €49 but I paid €8.90 to Vienna on €55?? asked in the chat on Monday, no answer",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/hasn't arrived|never arrived/u);
  });
});

describe("a question a saved answer settles", () => {
  it("gets it when the line, the frost or the reading are said in other words", () => {
    for (const [company, text, fact] of [
      ["rheinwerk", "Gilt eure Notfallnummer auch an Feiertagen, also Ostermontag nachts?", /0221 555 0199/u],
      [
        "rheinwerk",
        "Unser Haus ist von 1961, kaum gedämmt. Packt so ne Wärmepumpe das, wenns mal richtig friert? Ehrliche Antwort bitte.",
        /−20 °C/u,
      ],
      [
        "kaffeekollektiv",
        "Want to send a bag to my brother in Dublin for his birthday, how much is shipping?",
        /€8\.90/u,
      ],
    ] as const) {
      expect(savedAnswer(company, text), text).toMatch(fact);
    }
  });
});

describe("a parcel stuck on the way", () => {
  it("is a case with the wait said back and the order number asked for", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "unser paket steckt seit 6 tagen irgendwo fest und freitag ist die feier 😤 und nu?",
    );
    expect(first?.strategy).toBe("case-question");
    expect(first?.text ?? "").toMatch(/6 Tagen/u);
  });
});

describe("how staff look", () => {
  it("is never said back as the topic", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Die Kollegin in Leipzig (Locken, Brille, mega nett) meinte, der Kenia kommt nächste Woche wieder. Ist er jetzt da?",
    );
    expect(first?.text ?? "").not.toMatch(/Locken|Brille/u);
  });
});
