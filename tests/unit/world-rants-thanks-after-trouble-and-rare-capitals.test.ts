import { describe, expect, it } from "vitest";
import { caseTerms } from "../../src/replies/case/terms";
import { goldenAnswer } from "./company-answers";

/**
 * From round twenty, the twenty-fourth session of 2026-12-07 (batches 559–566, first read at 7dfc9ae), each answered
 * wrongly before, tested here in wordings of our own: the world's matters answered as criticism or as a question;
 * an author's "wir melden uns" quoted back read as a report of another comment; thanks after an earlier complaint
 * read as sarcasm; a capitalised word that opens a sentence, "I" after a place, and "€30" of "€30k" said back as
 * topics; a hint of criticism left with "if you have questions"; a bill twice last year's and a job left half done
 * not read as a case.
 */

describe("the world's matters", () => {
  it("need no reply, however they are put to the page", () => {
    for (const text of [
      "Und die Benzinpreise?? Darüber spricht wieder keiner",
      "Brexit wrecked the lot, honestly.",
      "Während ihr hier über Herbstblends schreibt, wartet mein Vater seit 4 Monaten auf einen Facharzttermin. Die Politik hat versagt.",
      "Alles schön und gut mit euren Solardächern, aber solange die Bundesregierung jeden Handwerksbetrieb mit Formularen erstickt, bringt das alles nichts.",
    ]) {
      const { assessment, first } = goldenAnswer("kaffeekollektiv", text);
      expect(assessment.intent.offTopic, text).toBe(true);
      expect(first?.strategy, text).toBe("no-reply-needed");
    }
  });

  it("need no reply when the company is cleared and the blame goes to politics", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Das Problem ist doch nicht Rheinwerk sondern die Regierung. Erst Förderung rauf, dann runter, und zahlen tut der Bürger.",
    );
    expect(first?.strategy).toBe("no-reply-needed");
  });
});

describe("a promise quoted back", () => {
  it("is no report of another comment to remove", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      'Im Frühjahr hab ich für meinen Blog gefragt, was ihr den Kooperativen pro Kilo zahlt. Antwort: "Wir melden uns nach der Ernte." Die Ernte ist längst durch, und im Post steht wieder nur "fair".',
    );
    expect(first?.strategy).not.toBe("thank-for-report");
    expect(first?.text ?? "").not.toMatch(/Netiquette/u);
  });
});

describe("thanks after an earlier complaint", () => {
  it("is praise in German, with the fitter named", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Ich wollte mich nochmal melden, weil ich mich hier im Frühjahr beschwert hatte (Einbau zweimal verschoben 😤). Am Montag war Herr Okafor mit einem Kollegen da, alles tipptopp, und die Anlage läuft jetzt seit zehn Tagen ohne Mucken. Danke nach Frechen 👍",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toMatch(/Herr Okafor/u);
  });

  it("is praise in English, without the town the visitors came from", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Big shout out to your night line. Our boiler died on a Sunday with my parents over from Cork. The lady on the phone talked me through a restart, and when that failed she had an engineer at our door in Kerpen within two hours. Everything was warm again by midnight.",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").not.toMatch(/Cork/u);
  });
});

describe("what a reply names as the topic", () => {
  it("is never a capitalised word that only opens a sentence", () => {
    const terms = caseTerms(
      "Your newsletter says every roast is fresh. Sweeping promises like that never hold. Whatever happened to plain facts",
      "en",
      [],
      4,
    );
    expect(terms).not.toContain("Sweeping");
    expect(terms).not.toContain("Whatever");
  });

  it("is never how soon it is wanted", () => {
    expect(
      caseTerms("I can't get into my old outlook inbox anymore. Please sort this out Urgently !! ASAP", "en", [], 4),
    ).not.toContain("Urgently");
  });

  it("is a place without the 'I' that follows it", () => {
    expect(
      caseTerms("In old farmhouses in the Eifel I often see flow temperatures above 60 °C.", "en", [], 4),
    ).not.toContain("Eifel I");
  });

  it("is never a part of an amount in thousands", () => {
    expect(
      caseTerms("Because nothing says cosy like paying €25k for a fridge 🤡 enjoy your −5 °C lounge", "en", [], 4),
    ).not.toContain("€25");
  });
});

describe("criticism put as a hint", () => {
  it("is taken seriously, not answered with 'if you have questions'", () => {
    const text =
      "Feedback from a newcomer in Bonn: every letter you send is German only. For a firm that posts in English here, that's a bit much.";
    expect(goldenAnswer("rheinwerk", text).first?.strategy).toBe("take-seriously");
  });

  it("stays taken seriously when a slogan is held against the company (a guard: this passed before too)", () => {
    const text =
      "Wer sich „Service mit Herz“ auf die Fahnen schreibt, sollte auch mal über die Wartezeiten an der Hotline reden. Ehrlichkeit wäre ein Anfang.";
    expect(goldenAnswer("rheinwerk", text).first?.strategy).toBe("take-seriously");
  });
});

describe("a case told without a word of failure", () => {
  it("is a bill twice last year's", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Laut eurer Abrechnung hab ich 5.900 kWh verbraucht, allein in einer Zweizimmerwohnung. Das ist doppelt so viel wie letztes Jahr. Wer schaut sich das an",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
  });

  it("is a job left half done", () => {
    const { assessment, first } = goldenAnswer("rheinwerk", "Speicher halb angeschlossen, Techniker seit Montag weg");
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toBe("case-next-step");
  });
});
