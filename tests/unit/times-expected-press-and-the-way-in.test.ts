import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From the third pass over rounds sixteen and seventeen, the twenty-third session of 2026-12-06 (batches 527–542),
 * each answered wrongly before, tested here in wordings of our own: the time a delivery should take, or the end of a
 * range the post promised, said back as the wait; a press enquiry about unanswered requests answered as a website
 * fault; a way in closed to a pram answered as a problem with the coffee; a particle, an idiom or the people along
 * said back as the topic.
 */

describe("a wait", () => {
  it("is how long it has been, never the time it should have taken", () => {
    const expected = goldenAnswer(
      "kaffeekollektiv",
      "order #KK-5120 was supposed to take about 5 days, it has been 15 days now and tracking is stuck",
    );
    expect(expected.first?.text ?? "").toMatch(/15 days/u);
    expect(expected.first?.text ?? "").not.toMatch(/waiting 5 days/u);
    const range = goldenAnswer(
      "kaffeekollektiv",
      "ordered on the 2nd, your site says 2-4 days, still nothing. order #77812",
    );
    expect(range.first?.text ?? "").not.toMatch(/4 days/u);
  });
});

describe("a press enquiry", () => {
  it("about requests left unanswered is held for an answer, not taken for a website fault", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Zum zweiten Mal hier, weil meine Anfrage an Ihre Pressestelle unbeantwortet blieb: Wie lange warten Kundinnen derzeit auf den Einbau? Die Zuschriften meiner Leser sagen: deutlich länger als Ihre Website.",
      "linkedin",
    );
    expect(first?.strategy).toBe("holding-reply");
    expect(first?.text ?? "").not.toMatch(/Website|Einbau warten/u);
  });
});

describe("a way in closed", () => {
  it("is taken seriously, not thanked for the cake praised before it", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Kreuzberg: mega Kuchen, aber mit Rollstuhl komm ich da nicht rein, die Stufe am Eingang ist zu hoch. Würd mich freuen wenn sich was tut 😊",
    );
    expect(first?.text ?? "").toMatch(/Rollstuhl/u);
    expect(first?.text ?? "").not.toMatch(/danke|schön, dass|Lob/iu);
  });

  // A guard for this session's own rule (it passes on the code before it too).
  it("is said as such when it is the case, not as a problem with the coffee", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Leipzig: mega Kaffee, aber mit Rolli komm ich da nicht rein, die Stufe am Eingang ist einfach zu hoch. Ne Rampe kostet nicht die Welt 😊",
    );
    expect(first?.text ?? "").not.toMatch(/Probleme mit deinem Kaffee|danke|Lob/iu);
  });
});

describe("the topic said back", () => {
  it("is never a particle, an idiom or the people who came along", () => {
    for (const [company, text, junk] of [
      ["rheinwerk", "mal ne frage: baut ihr auch speicher ein? hätt das gern aus einer hand", /Thema Gern/u],
      ["kaffeekollektiv", "Mein Abo-Paket ist schon 9 Tage unterwegs. Keine Hektik, aber guckt ihr mal?", /Hektik/u],
      [
        "rheinwerk",
        "we're thinking of a heat pump for our drafty old semi, my boyfriend says they're useless in frost. do they work?",
        /boyfriend|drafty/u,
      ],
    ] as const) {
      const { first } = goldenAnswer(company, text);
      expect(first?.text ?? "", text).not.toMatch(junk);
    }
  });
});
