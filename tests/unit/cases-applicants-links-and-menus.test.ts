import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From the twelfth session of 2026-12-05, fourth round (batches 251–254), each answered wrongly before: thanks for
 * help told as criticism, a question read as a case because someone "couldn't tell us" or the writer "got lost in
 * the menu", a correction of a course link answered with the returns policy, a critic's "Respectfully," taken for a
 * reader's name, a scornful taste ("wie Spülwasser") said back as the case, and an applicant's question argued with.
 */

describe("thanks and praise", () => {
  it("thanks a night call-out with both people named, the technician by title", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Ich möchte mich mal bedanken. Samstagnacht ist unsere WP 12 ausgefallen, am Telefon war Frau Öztürk so geduldig mit mir, und um 8 stand schon der Techniker Herr Brandt vor der Tür. Danke!",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toMatch(/Öztürk|Brandt/u);
  });

  it("thanks a note 'signed by someone called Mia' and passes it to her", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "I'm 79 and not much for computers but my daughter set up your subscription for me. Every parcel has a handwritten note, the last one from Mia with a little heart. Please tell Mia thank you from an old man in Leipzig.",
    );
    expect(assessment.role).not.toBe("know-it-all");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toContain("Mia");
  });

  it("does not read 'gut 8.000 € über dem Angebot' as praise", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Netter Beitrag, aber ehrlich gesagt: Ihr Angebot für unsere WP 9 lag gut 6.000 € über dem eines Betriebs aus dem Ort. Wärmewende nur für Gutverdiener, so kommt das an.",
      "linkedin",
    );
    expect(first?.strategy).not.toBe("thank-specifically");
    expect(first?.text ?? "").not.toMatch(/Lob|danke/iu);
  });
});

describe("questions are answered, not apologised for", () => {
  it("answers English help asked for after getting lost in the phone menu with the saved answer", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "hi, we just moved to Cologne and all the letters are in german. can we talk to someone in english? my wife tried calling but got lost in the menu",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("saved-reply");
  });

  it("answers a funding question although someone 'konnte uns nicht sagen' how it works", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Wir überlegen eine Wärmepumpe. Auf der Messe hieß es, Sie helfen bei der Förderung, aber der Herr am Stand konnte uns nicht sagen, wie das läuft. Kostet uns das was, wenn Sie den Antrag stellen?",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("saved-reply");
  });

  it("holds an applicant's question rather than arguing with it", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Spannende Stelle als Elektroniker in Köln! Ich habe 5 Jahre Erfahrung, aber meine Anerkennung aus Polen läuft noch. Darf ich mich trotzdem schon bewerben?",
      "linkedin",
    );
    expect(first?.strategy).toBe("holding-reply");
  });

  it("reads 'habt ihr … auf?' as opening hours", () => {
    const { assessment } = goldenAnswer("kaffeekollektiv", "habt ihr am 24. dezember in ottensen auf?", "x");
    expect(assessment.intent.question).toBe("opening-hours");
  });

  it("does not take 'Respectfully,' for a reader's name, nor 'when a house is NOT ready' for a defect", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Respectfully, campaigns like this one oversell heat pumps. I've seen dozens of 1960s houses with bills higher than before. I'd genuinely like to hear how Rheinwerk decides when a house is NOT ready.",
      "linkedin",
    );
    expect(assessment.intent.addressedTo).toBe("company");
    expect(assessment.intent.complaint).toBeUndefined();
  });
});

describe("corrections, scorn and the world", () => {
  it("checks a broken course link in a post, never with the returns policy", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Kleiner Hinweis: der Link zum Röstkurs in eurem Post (kaffeekollektiv.example/roestkurs) führt auf eine Fehlerseite.",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text ?? "").not.toMatch(/Rücksende|retoure/iu);
  });

  it("takes a taste scorned 'wie Spülwasser' seriously without saying it back", () => {
    const { first } = goldenAnswer("kaffeekollektiv", "Euer Espresso schmeckt wie Spülwasser. Nie wieder.");
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").not.toMatch(/Spülwasser/u);
  });

  it("needs no reply to politics 'not having a go at you', to 'da kann Rheinwerk nix für', or to 'OT aber geht jemand …'", () => {
    const nuclear = goldenAnswer(
      "rheinwerk",
      "Switching off the nuclear plants was the worst decision ever and now we all pay. Not having a go at you Rheinwerk but someone has to say it.",
    );
    expect(nuclear.first?.strategy).toBe("no-reply-needed");
    const greens = goldenAnswer(
      "rheinwerk",
      "Die Regierung mit ihrem Heizungsgesetz ist schuld, da kann auch Rheinwerk nix für. #Heizungsgesetz",
      "x",
    );
    expect(greens.first?.strategy).toBe("no-reply-needed");
    const demo = goldenAnswer("kaffeekollektiv", "OT aber geht jemand am samstag zur demo in leipzig?", "x");
    expect(demo.first?.strategy).toBe("no-reply-needed");
  });

  it("leaves a joke on the company's name alone, even when it ends on a question", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "kaffeekollektiv? more like kaffee-kommune lol. do u share the beans too comrade ☕",
      "x",
    );
    expect(first?.strategy).toBe("do-not-reply");
  });
});
