import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From the twelfth session of 2026-12-05, third round (batches 247–250), each answered wrongly before: gratitude
 * answered with the hotline or left unanswered as mockery, a question closed with "Danke" thanked as praise, a
 * status quoted "since November" thanked, staff called a "useless cow" or "a useless clown" without a boundary, and
 * questions for the other readers or the world held for the company to answer.
 */

describe("gratitude is thanked", () => {
  it("thanks 'wie dankbar ich bin' after the heating ran again, naming who came", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Heiligabend 23 Uhr Heizung aus, draußen minus 5. Störungsdienst angerufen, um 1 stand Jonas vor der Tür und um 2 liefs wieder. Ihr habt keine Ahnung wie dankbar wir sind 🙏",
      "x",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toContain("Jonas");
  });

  it("thanks an agent who wrote back the next morning, whatever 'lol' is in it", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Just want to say: I asked in English about my final bill and Mira from your team wrote back the next morning and went through every line, even explained what a 'Zählerstand' is lol. Made the move a lot less stressful.",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toContain("Mira");
  });

  it("answers a question closed with 'Danke' after a greeting as a question", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Guten Tag, wo finde ich denn die Jahresabrechnung für meine Praxis?? Die Buchhaltung braucht sie bis Montag. Danke",
    );
    expect(assessment.tone).toBe("question");
    expect(first?.strategy).toBe("saved-reply");
  });
});

describe("sarcasm and mockery are never thanked", () => {
  it("reads a quote 'being finalised' since a month as a wait, not kind words", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      'Love this post about "customers first". Our heat pump quote in Hennef has been "being processed" since October. Truly inspiring 👏',
      "linkedin",
    );
    expect(assessment.intent.complaint?.problem).toBe("waiting");
    expect(first?.text ?? "").not.toMatch(/thank/iu);
  });

  it("leaves laughter at the company's report alone, even with 'Köstlich'", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Rheinwerk und Klimaneutralität 😂😂 dat is wie wenn der Fuchs den Hühnerstall bewacht. Köstlich",
    );
    expect(assessment.intent.mockery).toBe(true);
    expect(first?.strategy).toBe("do-not-reply");
  });
});

describe("insults of staff beside a case", () => {
  it("reads 'a rude useless cow' and 'is a useless clown' as insults, and answers the case with the boundary", () => {
    const cow = goldenAnswer(
      "kaffeekollektiv",
      "The guy at the till in Ottensen is fine but the girl next to him is a rude useless cow. Charged me 60 cents for oat milk when it's supposed to be free.",
    );
    expect(cow.assessment.verdict).toBe("may-delete");
    const clown = goldenAnswer(
      "rheinwerk",
      "Your engineer Tom is a useless clown. Drilled through our water pipe in Brühl on Monday and left without a word. Who pays for this??",
    );
    expect(clown.assessment.verdict).toBe("may-delete");
    expect(clown.first?.strategy).toBe("boundary-and-help");
  });
});

describe("questions for others, and what is asked of us", () => {
  it("needs no reply to a bridge asked of the readers, a question for 'the Germans here' or news from abroad", () => {
    const bridge = goldenAnswer(
      "rheinwerk",
      "Hat eigentlich einer mitbekommen, dass die A3 bei Köln schon wieder gesperrt ist?? Dieses Land kriegt nix mehr hin",
    );
    expect(bridge.first?.strategy).toBe("no-reply-needed");
    const germans = goldenAnswer(
      "rheinwerk",
      "Honest question for the Germans here: why did your government switch off the nuclear plants? Makes no sense to me",
    );
    expect(germans.first?.strategy).toBe("no-reply-needed");
    const news = goldenAnswer(
      "kaffeekollektiv",
      "can't believe what's happening in the world right now. no flat white can fix this",
      "x",
    );
    expect(news.first?.strategy).toBe("no-reply-needed");
  });

  it("answers a question laughed at oneself and put to the company by handle", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv is ur oat milk barista edition or the normal one? asking for my picky flatmate lol",
      "x",
    );
    expect(first?.strategy).not.toBe("do-not-reply");
  });

  it("holds a question about other makes, and reads 'nobody call me since' as a wait", () => {
    const makes = goldenAnswer(
      "rheinwerk",
      "Warten Sie auch Wärmepumpen anderer Hersteller? Wir haben 12 Geräte von Viessmann in unseren Häusern in Bonn.",
      "linkedin",
    );
    expect(makes.assessment.intent.complaint).toBeUndefined();
    const wait = goldenAnswer(
      "rheinwerk",
      "I sign contract for solar in june and nobody call me since. Is normal?",
      "x",
    );
    expect(wait.assessment.intent.complaint?.problem).toBe("waiting");
  });

  it("reads a part missing from what came as an incomplete delivery, and 'WP 12. Main' as no date", () => {
    const missing = goldenAnswer(
      "kaffeekollektiv",
      "v60 set heute bekommen aber da sind keine filter drin?? auf der seite steht „inkl. 40 Filter“",
    );
    expect(missing.assessment.intent.complaint?.problem).toBe("delivery");
    expect(missing.first?.text ?? "").toMatch(/unvollständig/u);
    const date = goldenAnswer(
      "rheinwerk",
      "We are looking at your WP 12. Main worry is January: does it keep up at -15 for a week in an old house?",
      "linkedin",
    );
    expect(date.first?.text ?? "").not.toMatch(/Mai/u);
  });
});
