import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * Round twenty-four (batches 591–598, 2026-12-07), tested in wordings of our own. Political rants were met with "es
 * tut uns leid, dass Sie kein Gas haben" or "something is wrong with your bill"; a cut-off threatened in a letter was
 * said to have happened; a comparison ("doppelt so hoch") became a double charge; a roast that "überdeckt Defekte"
 * became a defect; vans that "kommen … angefahren" became an accident; a word was cut in half ("gest" of "gestern");
 * thanks for a slip put right got a case reply; a post set right in a few words got a holding reply.
 */

describe("politics and the world", () => {
  it("blamed on Berlin, with the rant's closing idiom, needs no reply", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Dat Heizungsgesetz ham uns die da oben eingebrockt, nächstes Mal wähl ich anders, dat sach ich euch",
    );
    expect(assessment.intent.offTopic).toBe(true);
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("about gas from Russia, with the company cleared by name, is no gas of theirs gone", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Erst Atom weg, dann kein Gas mehr aus Russland, und jetzt wundert sich Berlin über die Preise. Da kann das Rheinwerk nix für.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(assessment.intent.offTopic).toBe(true);
    expect(first?.text ?? "").not.toMatch(/kein Gas/u);
  });

  it("about speculators on the futures market is no bill of theirs", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "honestly the coffee price spike is down to speculators on the futures market, not the weather. we all pay for it",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text ?? "").not.toMatch(/bill/u);
  });

  it("about the EU, with the readers told to wake up, needs no reply", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Anyone else think the EU will ban every nice thing soon? First straws, now they tax flights to death. Wake up people",
    );
    expect(assessment.intent.offTopic).toBe(true);
  });

  it("about the republic's democracy needs no reply", () => {
    const { assessment } = goldenAnswer("rheinwerk", "Die Demokratie in der BRD ist doch nur noch Fassade.");
    expect(assessment.intent.offTopic).toBe(true);
  });
});

describe("what happened is said as it happened", () => {
  it("a cut-off threatened in a letter is not said to be done", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Got a letter saying you will cut off our gas next week, although we pay by direct debit every month?!",
    );
    expect(first?.text ?? "").toMatch(/will be cut off/u);
    expect(first?.text ?? "").not.toMatch(/was cut off/u);
  });

  it("consumption twice as high is no double charge", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Die Jahresabrechnung zeigt einen Verbrauch, der doppelt so hoch ist wie letztes Jahr. Nachzahlung 1.420 €, das kann nicht stimmen.",
    );
    expect(first?.text ?? "").not.toMatch(/doppelt abgebucht/u);
  });

  it("nobody turning up since is no answer awaited", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "The install was meant to be done on 2 May, the scaffolding has been up for 4 weeks and nobody has turned up since. Customer no. 61-22093.",
    );
    expect(first?.text ?? "").toMatch(/turned up/u);
    expect(first?.text ?? "").not.toMatch(/for an answer/u);
  });

  it("a price list promised and awaited is no bill", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Your café manager said she would send a price list for our office. Still waiting.",
    );
    expect(assessment.intent.complaint?.problem).toBe("waiting");
    expect(first?.text ?? "").not.toMatch(/bill/u);
  });

  it("vans driving up are no accident, a child hit by one is", () => {
    const arriving = goldenAnswer(
      "rheinwerk",
      "Sie reden von Klimaschutz, aber Ihre Techniker kommen jeden Morgen mit zwei Transportern angefahren und lassen den Motor laufen.",
    );
    expect(arriving.assessment.intent.complaint?.problem).not.toBe("safety");
    expect(arriving.first?.text ?? "").not.toMatch(/gefährliche/u);
    const hit = goldenAnswer("rheinwerk", "Euer Lieferwagen hat gestern meine Tochter mit dem Rad angefahren!!");
    expect(hit.assessment.intent.complaint?.problem).toBe("safety");
  });

  it("flaws a dark roast hides are argued, no defect", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Warum röstet ihr den Espresso so dunkel? Eine dunkle Röstung überdeckt Defekte, das schmeckt man.",
    );
    expect(assessment.intent.complaint?.problem).not.toBe("defect");
  });

  it("the day it came is no word cut in half", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Zwei Beutel Kenia ganze Bohne bestellt. Gekommen ist gestern nur ein Beutel, und der war auch noch gemahlen.",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.text ?? "").not.toMatch(/\bgest\b/u);
  });
});

describe("thanks for a slip put right", () => {
  it("in German, with a card from one of the team, thanks her", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Wollte mal danke sagen: meine Lieferung kam kaputt an, zwei Tage später war schon Ersatz da, mit einer Karte von Mira.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toMatch(/Mira/u);
  });

  it("in English, a question left unanswered and then dialled in at the counter, is thanked", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "shoutout: my grind question sat unanswered for days, then Tom at the Ottensen café dialled it in for my V60 himself",
    );
    expect(first?.strategy).toBe("thank-specifically");
  });
});

describe("praise that is not", () => {
  it("a pay in love that 'one knows at once' is sarcasm, never thanked", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "„Wir sind ein junges, dynamisches Team“ 👏 Da weiß man ja gleich, dass die Bezahlung aus Liebe besteht.",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.text ?? "").not.toMatch(/Dank|Lob/u);
  });

  it("folded hands after a plea are no thanks", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Honest feedback from a long-time customer: your house blend used to be this lovely bright roast. The last bags tasted dark and a bit burnt. Please don't go mainstream 🙏",
    );
    expect(first?.strategy).not.toBe("thank-specifically");
    expect(first?.text ?? "").not.toMatch(/enjoying|the burnt/u);
  });

  it("the words one knows of a language are no praise mocked", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "We just moved into a house with one of your heat pumps. My German is basically 'Hallo' and 'Danke' 🙈 If it breaks down, who do I actually ring, and will anyone speak English to me? The paperwork the sellers left is all in German.",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("saved-reply");
  });
});

describe("a post set right in few words", () => {
  it.each([
    ["kaffeekollektiv", "Ottensen ist Hamburg, nicht Berlin 😅"],
    ["rheinwerk", "Die Hotline ist doch …0190, nicht …0109?"],
    ["rheinwerk", "Post says WP 21 – surely WP 12?"],
    ["kaffeekollektiv", "Euer Post sagt Versand frei ab 49 €, im Shop steht 29 € 🙃 was stimmt denn"],
    ["rheinwerk", "Der Monteur auf dem Foto heißt Müllers, mit s hinten, nicht Müller. Könnt ihr das ändern?"],
  ] as const)("%s: %s is checked", (company, text) => {
    const { first } = goldenAnswer(company, text);
    expect(first?.strategy).toBe("check-correction");
  });

  it("opened with a hesitation is put to us, not to a reader called Ähm", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Ähm, kleiner Fehler im Beitrag glaub ich 🙈 Ihr schreibt, der Versand ist ab 39 € kostenlos. Im Shop stand bei mir aber 29 €.",
    );
    expect(assessment.intent.addressedTo).not.toBe("commenter");
  });
});

describe("a saved answer for what the writer was told to do", () => {
  it("by the hotline, lowering the instalment, is the instalment's answer", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Die Frau an der Hotline sagte, ich soll meinen Abschlag selber runtersetzen. Wo geht das denn?",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text ?? "").toMatch(/Abschlag/u);
  });

  it("for half the use, lowering the amount, is the instalment's answer", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Ich zahle 120 € im Monat, obwohl ich nur noch halb so viel verbrauche. Kann ich den Betrag selber runtersetzen?",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("saved-reply");
  });

  it("for weeks away, stopping the parcels, is the subscription's answer", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Wir sind 2 Wochen in Italien und die Päckchen sollen nicht beim Nachbarn rumliegen. Kann ich das selber stoppen?",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text ?? "").toMatch(/pausieren/u);
  });
});
