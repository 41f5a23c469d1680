import { describe, expect, it } from "vitest";
import { goldenAnswer, savedAnswer as saved } from "./company-answers";

/**
 * From the nineteenth session of 2026-12-06 (batches 407–422), each answered wrongly before, tested here in wordings of
 * our own: sarcasm thanked; a clown's question held as a question; one's own boss or a trade's knowledge read as a
 * deletable insult; rants at the company answered without a word on the tone, or as small talk; a thing of ours
 * echoed and turned down read as a question; curses at one's luck sent to review or bounded; an own bill called wrong
 * read as a correction; and the company's saved answers missed for want of the words people use.
 */

describe("sarcasm", () => {
  it("is never thanked, whatever side dish, missing reply or sightseeing parcel it tells of", {
    timeout: 30_000,
  }, () => {
    const mocked = [
      goldenAnswer(
        "kaffeekollektiv",
        "love how the Ottensen café leaves the windows open in December so we get our cappuccino with a side of pneumonia. cosy vibes, really",
        "x",
      ),
      goldenAnswer(
        "rheinwerk",
        "Love how you send a survey 'how did we do?' and then close my complaint without a single answer. Very caring 👌",
        "x",
      ),
      goldenAnswer(
        "kaffeekollektiv",
        "wow „fair für alle“ 😍 und dann erfahre ich als Stammkundin aus der Zeitung, dass das Abo teurer wird. Ehrlichkeit 10/10",
      ),
      goldenAnswer(
        "kaffeekollektiv",
        "Danke für die Versandmail vom Montag 🙏 meine Bestellung macht wohl gerade eine Rundreise durch Europa 🌍📦",
        "x",
      ),
      goldenAnswer(
        "rheinwerk",
        "Love that the English help page sends you to a form that is entirely in German. Very international, very 2026 👏👏",
        "x",
      ),
    ];
    for (const { first } of mocked) {
      expect(first?.strategy).not.toBe("thank-specifically");
      expect(first?.text ?? "").not.toMatch(/\b(?:thank|dank)\p{L}*|kind words|Lob/iu);
    }
  });

  it("reads a post that 'would be a bit more credible if' as criticism", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Schöner Beitrag über faire Löhne. Wäre noch ein kleines bisschen glaubwürdiger, wenn eure Anzeige für Hamburg nicht Mindestlohn sagen würde.",
      "linkedin",
    );
    expect(assessment.intent.sarcasm).toBe(true);
  });

  it("answers a clown's question about perpetual motion with nothing to hold", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "lol imagine paying someone to hang a fan heater that runs on hope on your wall 🤡 do you also sell unicorns?",
      "x",
    );
    expect(["do-not-reply", "factual-line"]).toContain(first?.strategy);
  });
});

describe("words that are no deletable insult", () => {
  it("lets the writer's own boss and a trade's knowledge be spoken of", () => {
    expect(
      goldenAnswer("kaffeekollektiv", "Meine Chefin ist eine alte Ziege, aber euer Flat White rettet mir den Montag")
        .assessment.verdict,
    ).not.toBe("may-delete");
    expect(
      goldenAnswer("rheinwerk", "Mein Chef ist ein alter Sack, zum Glück gibt's euren Newsletter").assessment.verdict,
    ).not.toBe("may-delete");
    expect(goldenAnswer("rheinwerk", "Economists are clueless about how heat pumps work").assessment.verdict).not.toBe(
      "may-delete",
    );
    expect(goldenAnswer("rheinwerk", "Journalisten sind ahnungslos").assessment.verdict).not.toBe("may-delete");
    // Someone of the company's own is still insulted.
    expect(goldenAnswer("kaffeekollektiv", "Eure Chefin ist eine alte Ziege").assessment.verdict).toBe("may-delete");
  });
});

describe("a rant at the company", () => {
  it("gets one line on the tone beside the criticism", () => {
    for (const text of [
      "Große Worte auf LinkedIn, aber im Café steht man 20 Minuten an. Peinlicher Haufen.",
      "Zweimal die Preise erhöht und dann ein Werbevideo über Fairness. Lächerlicher Laden",
      "Slow, expensive and smug. Don't sign anything with these clowns.",
      "every time your ad pops up I want to scream. worst supplier in Cologne, useless the lot of you",
    ]) {
      expect(goldenAnswer("rheinwerk", text).first?.strategy).toBe("boundary-and-help");
    }
  });

  it("is no small talk because it ends in season's greetings", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Schicke Adventsgrüße, während halb Köln die Gasrechnung nicht zahlen kann. Halsabschneider, frohe Weihnachten auch",
      "x",
    );
    expect(assessment.intent.smallTalk).toBeUndefined();
    expect(first?.strategy).not.toBe("no-reply-needed");
  });

  it("echoes a thing of ours as a question and turns it down: no question to answer, no saved answer", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Wärmepumpe von denen? Da heiz ich lieber mit Holz. Die Vertriebler drehen den Leuten Geräte an, die bei Frost schlapp machen, und kassieren noch die Förderung ab. Pfui.",
    );
    expect(assessment.intent.question).toBeUndefined();
    expect(first?.source).toBe("generated");
    expect(first?.strategy).toBe("take-seriously");
  });
});

describe("curses at one's own luck", () => {
  it("are neither sent to review nor met with a line on the tone", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Mist mist mist 😬 wir fahren Freitag für drei Wochen nach Teneriffa und da kommt wieder so ein verdammtes Paket von euch. Wie halte ich das an??",
    );
    expect(assessment.verdict).toBe("keep");
    expect(first?.text ?? "").not.toMatch(/sachlich|Ton\b/u);
  });
});

describe("an own bill called wrong", () => {
  it("is a case, not a correction of the post", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Die Rechnung RE-2025-1102 für unsere Kanzlei in Leipzig ist falsch.",
      "linkedin",
    );
    expect(assessment.role).not.toBe("know-it-all");
    expect(assessment.intent.complaint).toBeDefined();
  });
});

describe("the company's saved answers", () => {
  it("are found by the words people use for the instalment, the meter, the password and the hotline", () => {
    expect(
      saved(
        "rheinwerk",
        "Der Strom ist doch billiger geworden. kann man das was monatlich abgebucht wird selbst runtersetzen oder muss man dafür anrufen",
      ),
    ).toMatch(/Abschlag/u);
    expect(
      saved(
        "rheinwerk",
        "Mir wurde geschrieben, ich soll die Zahlen vom Gaszähler durchgeben. Wo geht das ohne Login?",
      ),
    ).toMatch(/Zählerstand/u);
    expect(saved("rheinwerk", "wie bekomme ich ein neues pw für eure app, hab es vergessen")).toMatch(/Passwort/u);
    expect(saved("rheinwerk", "Kann man Sie eigentlich auch samstags telefonisch erreichen?")).toMatch(
      /0221 555 0190/u,
    );
    expect(
      saved("rheinwerk", "Who do I call at night? Is there a person I can ring when the heat pump stops at 3am?", "x"),
    ).toMatch(/\+49 221 555 0199/u);
    expect(
      saved(
        "rheinwerk",
        "Is there somebody at Rheinwerk who speaks English on the phone? I can't follow the German menu",
        "x",
      ),
    ).toMatch(/English/u);
  });

  it("are found for the heat pump in frost, and for how long the fitting takes", () => {
    expect(saved("rheinwerk", "Haus von 1958, alte Heizkörper. Schafft so ein Gerät das auch bei -12 Grad?")).toMatch(
      /−20 °C/u,
    );
    expect(
      saved("rheinwerk", "Wie viel Vorlauf braucht man bei Ihnen im Moment, bis die Wärmepumpe wirklich läuft?"),
    ).toMatch(/Wochen/u);
  });

  it("are found for the café's days, plant milk, grinding, pausing, vouchers and shipping abroad", () => {
    expect(
      saved("kaffeekollektiv", "seid ihr am 24. eigentlich auf? wollen vor der Bescherung noch nen Kaffee"),
    ).toMatch(/geöffnet/u);
    expect(saved("kaffeekollektiv", "Muss man bei euch für Oatmilk extra zahlen?")).toMatch(/ohne Aufpreis/u);
    expect(
      saved(
        "kaffeekollektiv",
        "Meine Oma hat nur eine Herdkanne und keine Mühle. Könnt ihr die Bohnen so fein machen?",
      ),
    ).toMatch(/Mahlgrad/u);
    expect(
      saved("kaffeekollektiv", "Wir sind über Ostern zwei Wochen weg. Kann ich die Lieferungen so lange stoppen?"),
    ).toMatch(/pausieren/u);
    expect(
      saved(
        "kaffeekollektiv",
        "Kann man bei euch Wertkarten kaufen, die im Café und online gelten? Wie lange gelten die?",
      ),
    ).toMatch(/Gutschein/u);
    expect(saved("kaffeekollektiv", "love your beans but I live in Antwerp now, is it Germany-only?", "x")).toMatch(
      /EU countries/u,
    );
  });
});
