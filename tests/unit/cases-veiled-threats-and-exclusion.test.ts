import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From the twelfth session of 2026-12-05, fifth round (batches 255–258), each answered wrongly before: a veiled threat
 * against the company's office kept, exclusion said to a reader ("ihr gehört hier eh nicht her") and against a
 * headscarf on a poster answered as a heating case, thanks for a night call-out ending "Ganz großes Kino" taken as
 * sarcasm, a wheelchair question thanked, politics answered as a coffee problem, and staff called "eingebildete Kuh"
 * or "Zicke" without a boundary beside the case.
 */

describe("threats and hate by meaning", () => {
  it("reads 'I know your office is on the 3rd floor … someone's gonna get hurt' as a threat", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "whoever approved that ad should get a visit. I know your bonn office is on the 2nd floor. someone's gonna get hurt",
      "x",
    );
    expect(assessment.verdict).toBe("may-delete");
    expect(assessment.violations.map((v) => v.kind)).toContain("threat");
    expect(first?.strategy).toBe("boundary");
  });

  it("reads 'ihr gehört hier eh nicht her' to a reader and 'Deutsche Cafés für Deutsche' as hate", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "@Aylin Demir dann trink doch mit deiner Familie woanders, ihr gehört hier eh nicht her. Deutsche Cafés für Deutsche",
    );
    expect(assessment.verdict).toBe("may-delete");
    expect(assessment.violations.map((v) => v.kind)).toContain("identity-hate");
  });

  it("never answers hate about a headscarf on a poster as a heating case", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Jetzt auch noch ne Technikerin mit Kopftuch auf dem Plakat. Holt euch ruhig das halbe Morgenland ins Haus, euren Multikulti-Strom könnt ihr euch sonstwohin schieben",
    );
    expect(assessment.verdict).toBe("may-delete");
    expect(first?.text ?? "").not.toMatch(/Heizung|bedauern/u);
  });

  it("still keeps a report of a shut café and a plain complaint", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Ihr gehört zu meinen Lieblingscafés, aber heute war Ottensen um 9 noch zu.",
    );
    expect(assessment.verdict).toBe("keep");
  });
});

describe("thanks, questions and the world", () => {
  it("thanks a night call-out that ends 'Ganz großes Kino, so muss Service'", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Wollt mal Danke sagen! Herr Nowak vom Störungsdienst stand Samstagnacht um 2 bei uns in Brühl vor der Tür, nach einer halben Stunde lief die Wärmepumpe wieder. Ganz großes Kino, so muss Service!",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toContain("Nowak");
  });

  it("holds a question asked with 'kindly let me know whether … Thanks in advance'", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Hello, kindly let me know whether your Hamburg café has step-free access. My mother uses a wheelchair. Thanks in advance 🙏",
    );
    expect(first?.strategy).toBe("holding-reply");
  });

  it("thanks a badge name read off the counter, and needs no reply for 'die in Berlin kriegen nix gebacken'", () => {
    const badge = goldenAnswer(
      "kaffeekollektiv",
      "Ich war gestern mit meiner Enkelin in Ihrem Café in Hamburg. Der junge Mann an der Theke, Ole stand auf dem Namensschild, hat uns alles geduldig erklärt. Das war sehr lieb!",
    );
    expect(badge.first?.strategy).toBe("thank-specifically");
    expect(badge.first?.text ?? "").toContain("Ole");
    const politics = goldenAnswer(
      "kaffeekollektiv",
      "Die in Berlin kriegen doch eh nix gebacken. Mieten hoch, Bahn kaputt. Ich trink jetzt erstmal nen Kaffee 🙄",
    );
    expect(politics.first?.strategy).toBe("no-reply-needed");
  });

  it("answers a barista called 'eingebildete Kuh' or 'Zicke' who snapped at a guest with boundary and help", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Eure Barista in Leipzig ist ne arrogante Zicke. Hat mich gestern angemault, weil ich mit Karte zahlen wollte.",
    );
    expect(assessment.verdict).toBe("may-delete");
    expect(first?.strategy).toBe("boundary-and-help");
  });
});

describe("sixth round (batches 259–262): stories of help, and sarcasm in quotes", () => {
  it("thanks a barista who took ten minutes despite the queue, and a coffee 'endlich nicht mehr sauer'", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Ein riesen Dankeschön an Ole aus dem Café in Ottensen! Die Schlange ging bis zur Tür und er hat sich trotzdem 5 min genommen, um mir die Mühle zu erklären. Mein Espresso schmeckt jetzt endlich nicht mehr sauer 🙌",
    );
    expect(assessment.tone).toBe("positive");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toContain("Ole");
  });

  it("thanks 'first offer to 30 kWp in two months' and a recruiter who 'switched to English every time I got stuck'", () => {
    const fast = goldenAnswer(
      "rheinwerk",
      "Big thanks to the Rheinwerk solar team: we went from first offer to 20 kWp on our workshop roof in six weeks. Can only recommend!",
      "linkedin",
    );
    expect(fast.first?.strategy).toBe("thank-specifically");
    const interview = goldenAnswer(
      "rheinwerk",
      "Just want to say: my interview last week was the most respectful one I've had in Germany. Jana switched to English every time I got stuck. Thank you, whatever the result.",
      "linkedin",
    );
    expect(interview.assessment.intent.complaint).toBeUndefined();
    expect(interview.first?.text ?? "").toContain("Jana");
  });

  it("takes 'love how the \"freshly roasted\" beans …' as sarcasm, never thanks", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      'love how the "small batch" beans that came on monday say roasted 5 weeks ago. so fresh, really 😂',
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/thank|glad/iu);
  });

  it("holds an expert's 'die Zahl geht so nicht auf' as an argument, not a bill, and answers 'I have a problem with my …' as a case", () => {
    const argued = goldenAnswer(
      "rheinwerk",
      "Die Zahl in Ihrem Post geht so nicht auf: „bis zu 50 % Heizkosten sparen“ – gegenüber welcher Referenz?",
      "linkedin",
    );
    expect(argued.first?.text ?? "").not.toMatch(/Abrechnung/u);
    const own = goldenAnswer("kaffeekollektiv", "I have a problem with my subscription, it keeps sending decaf", "x");
    expect(own.first?.strategy).toMatch(/^case-/u);
  });
});
