import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From the twelfth session of 2026-12-05, fresh batches 239–242, each answered wrongly before: criticism of a post
 * that says the company treats people "like idiots" offered for deletion, praise told as a story answered as a
 * complaint, a correction of a post held as a question or apologised for, a case told without a complaint word held
 * as a question, and comments for the other readers answered as the company's case.
 */

describe("criticism is never offered for deletion because it names a fool", () => {
  it("keeps 'treating us all like idiots' about the company's tips, in English and German", () => {
    const english = goldenAnswer(
      "rheinwerk",
      "rheinwerk's weekly 'energy saving tip' treating us all like idiots who leave the fridge door open overnight. patronising rubbish. every. single. week.",
      "x",
    );
    expect(english.assessment.verdict).toBe("keep");
    expect(english.assessment.violations).toEqual([]);
    expect(english.first?.strategy).not.toMatch(/^boundary/u);
    const german = goldenAnswer(
      "rheinwerk",
      "Eure Energiespartipps behandeln uns alle wie Vollidioten. Jede Woche derselbe bevormundende Quatsch.",
    );
    expect(german.assessment.verdict).not.toBe("may-delete");
  });

  it("still calls a barista an idiot an insult", () => {
    const { assessment } = goldenAnswer("kaffeekollektiv", "Your barista in Kreuzberg is an arrogant idiot.", "x");
    expect(assessment.verdict).toBe("may-delete");
  });
});

describe("praise told as a story is thanked, with the one who helped", () => {
  it("thanks the engineer who came at night, when the thanks is said with 'bedanken'", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Ich möchte mich mal ausdrücklich bedanken! Am Sonntagabend ist bei uns in Hürth die Heizung ausgefallen, eine Stunde später stand Murat vor der Tür und nach einer halben Stunde lief alles wieder. Super Service 👍",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toContain("Murat");
  });

  it("thanks a course that finally explained a bitter cup", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Der Filterkurs in Hamburg war klasse!! Endlich weiß ich, warum mein Kaffee immer so sauer war (Wasser zu kalt 🙈). Heute früh der erste richtig gute Kaffee. Danke euch!",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
  });
});

describe("a correction of a post is checked, not apologised for or held", () => {
  it("checks a price in a post set against what the writer always paid", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Moment, im Post steht „Pflanzendrink +0,60 €“ – ich zahl in Ottensen seit Jahren nix extra für Hafer?? Was stimmt jetzt?",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text ?? "").not.toMatch(/tut uns leid|bedauern/iu);
  });

  it("checks a date that does not exist, and does not read 'applications close' as opening hours", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Quick correction on your post about the apprenticeships: applications close on 31 April? That date doesn't exist 😉 Is it 30 April?",
      "linkedin",
    );
    expect(assessment.intent.question).not.toBe("opening-hours");
    expect(first?.strategy).toBe("check-correction");
  });
});

describe("a case told without the usual words is a case", () => {
  it("reads money taken twice after a move, 'zweimal 87 € zu viel', as a billing case", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Wir sind im März umgezogen, alles gemeldet. Trotzdem wurde der alte Abschlag weiter abgebucht, also zweimal 64 € zu viel. Wer hilft mir da?",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
    expect(first?.strategy).toMatch(/^case-/u);
  });

  it("reads a grid registration stuck 'in Bearbeitung' for weeks as the household's case", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Die Netzanmeldung für unsere PV-Anlage hängt seit 6 Wochen in Bearbeitung. Einspeisen dürfen wir nicht. Was ist da los?",
    );
    expect(assessment.intent.complaint).toBeDefined();
  });
});

describe("questions are asked, not complained", () => {
  it("holds a question about a fee once charged by another seller, and a battery in a blackout", () => {
    const fees = goldenAnswer(
      "kaffeekollektiv",
      "Before I order for our bakery: do you ship to the UK and what does it cost? Last time we ordered beans from Spain we got stung with fees at the door.",
      "linkedin",
    );
    expect(fees.assessment.intent.complaint).toBeUndefined();
    expect(fees.first?.strategy).toBe("saved-reply");
    const blackout = goldenAnswer(
      "rheinwerk",
      "Can our heat pump keep running off the battery in a blackout? You installed both last spring.",
    );
    expect(blackout.assessment.intent.complaint).toBeUndefined();
  });

  it("does not hear 'installed back in 2019?' as an incredulous 'in this day and age'", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "would you add a battery to a solar system another firm installed back in 2019?",
      "x",
    );
    expect(assessment.tone).toBe("question");
    expect(first?.strategy).toBe("holding-reply");
  });

  it("answers an office's question with a laugh in it, put to the company", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "frage an @kaffeekollektiv: beliefert ihr auch firmen? wir sind 20 leute in hamburg und trinken ca 3 kg die woche weg 😂",
      "x",
    );
    expect(first?.strategy).toBe("holding-reply");
  });
});

describe("what is said to the other readers needs no reply", () => {
  it("leaves a reader told of a shut café on a Sunday to the reader", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "@mia_b glaub die haben sonntags zu, stand letzten sonntag in kreuzberg vor verschlossener tür",
      "x",
    );
    expect(assessment.intent.addressedTo).toBe("commenter");
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("needs no reply to another firm's app said to be unrelated, nor to rents asked of anyone", () => {
    const app = goldenAnswer(
      "kaffeekollektiv",
      "unrelated but is the bvg app down for anyone else?? stuck at Alexanderplatz and nothing loads",
      "x",
    );
    expect(app.assessment.intent.complaint).toBeUndefined();
    expect(app.first?.strategy).toBe("no-reply-needed");
    const rents = goldenAnswer(
      "kaffeekollektiv",
      "kann mir mal wer erklären warum die mieten in ottensen so explodieren? 1.300 kalt für 50 qm",
      "x",
    );
    expect(rents.first?.strategy).toBe("no-reply-needed");
  });
});
