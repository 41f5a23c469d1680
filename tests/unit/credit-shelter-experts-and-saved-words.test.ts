import { describe, expect, it } from "vitest";
import { caseTerms } from "../../src/replies/case/terms";
import { savedMatches } from "../../src/replies/saved-replies";
import { GOLDEN_GUIDELINES } from "../golden/guidelines";
import { goldenAnswer } from "./company-answers";

/**
 * From round eleven of the twenty-first session of 2026-12-06 (batches 487–494), each answered wrongly before, tested
 * here in wordings of our own: praise read as a refund owed, as criticism or as a question; a broken heating at home
 * told on a café's page; a political rant thanked; experts arguing from others' cases consoled as customers; a
 * reading to report taken for a comment to remove; a threat by fire kept; topics and saved answers missed.
 */

const THANKS = /\b(?:thank|thanks|danke|dank)\b/iu;

describe("praise", () => {
  it("that gives credit is no credit owed, and relief at not working is no failure", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Credit where it's due: your fitters had the WP 9 running in our Hürth workshop in a day and a half. The lads were glad not to be working in gloves any more.",
      "linkedin",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("made bigger by 'small thing, but' is not turned into criticism", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Shout-out to your app team: after the storm the live view showed our panels feeding in again within minutes. Small thing, but it saves me a lot of guessing.",
      "linkedin",
    );
    expect(assessment.tone).toBe("positive");
  });

  it("with a name the writer is unsure of is not a question to hold", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Just wanted to say a big thank you to the two guys who fitted our heat pump in Pulheim last week, Marco and i think Tobias? They covered every inch of the floor and explained the app to my mum twice without ever getting impatient.",
    );
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("with a kindness done unasked is not sarcasm", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "shoutout to the leipzig team for topping up my water without me asking ✨ you're the best, 3 hours of revision done",
      "x",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("of a café that sheltered a family whose heating broke at home is no case of the café's", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Danke ans Team in Ottensen! Bei uns zuhause ist seit Freitag die Heizung ausgefallen und wir haben zwei Tage bei euch mit Baby und Laptop verbracht, alle super lieb.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
  });
});

describe("no reply", () => {
  it("is owed a political rant about the country, and it is never thanked", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "That's what you get when a country shuts down perfectly good nuclear reactors out of ideology. Enjoy the blackouts.",
    );
    expect(assessment.intent.offTopic).toBe(true);
    expect(first?.text ?? "").not.toMatch(THANKS);
  });
});

describe("an expert", () => {
  it("who argues from others' cases is engaged with, not consoled as a customer", () => {
    for (const text of [
      "I've audited 150+ houses around Bonn and the pattern is always the same: no proper survey, then the owners get a shock bill in February. What do you check before you quote?",
      "I spent twenty years advising housing associations and undersized heat pumps leave tenants waiting for warm flats every winter. How do you size yours?",
      "Als Energieberaterin erlebe ich jeden Winter dasselbe: viele Anlagen laufen bei Frost nur noch mit Heizstab und die Eigentümer wundern sich. Wie dimensionieren Sie im Altbau?",
    ]) {
      const { assessment, first } = goldenAnswer("rheinwerk", text, "linkedin");
      expect(assessment.role, text).toBe("opinion-leader");
      expect(first?.strategy, text).toBe("engage-argument");
    }
  });

  // A guard for this session's own rule: standing stated beside a case of one's own keeps the customer.
  it("with a case of their own is still a customer", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Als Energieberater sehe ich viel, aber meine eigene WP 12 ist seit Montag kaputt, Fehler E07. Kundennummer 4471233.",
      "linkedin",
    );
    expect(assessment.role).toBe("disappointed-customer");
  });
});

describe("a correction", () => {
  it("that quotes a reading to report is checked, not taken for a comment to remove", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Im Beitrag steht, man soll den Zählerstand bis 10. Januar melden, im Brief an uns steht aber 24. Januar. Welches Datum gilt?",
    );
    expect(first?.strategy).toBe("check-correction");
  });
});

describe("a threat", () => {
  it("to burn people is deletable; a cup that burns is not", () => {
    expect(goldenAnswer("kaffeekollektiv", "I'll burn them all, every one of your baristas").assessment.verdict).toBe(
      "may-delete",
    );
    expect(
      goldenAnswer("kaffeekollektiv", "Careful, that cup will burn you, the sleeve is too thin").assessment.verdict,
    ).toBe("keep");
  });
});

describe("a question", () => {
  it("asked plainly, with a laugh at someone else after it, is answered", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk gibts die Rechnung eigentlich auch auf Englisch? Meine Mitbewohnerin aus Kanada versteht bei Nachzahlung nur Bahnhof 😂",
      "x",
    );
    expect(first?.strategy).not.toBe("do-not-reply");
    expect(first?.text ?? "").not.toBe("");
  });

  it("opened with 'Grüß Gott' is not said to a reader called Gott", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Grüß Gott, i hob koa Smartphone. Wia kann i den Zählerstand sonst durchgebn?",
    );
    expect(assessment.intent.addressedTo).not.toBe("commenter");
    expect(first?.text ?? "").not.toMatch(/Gott/u);
  });
});

describe("the topic", () => {
  it("is not the reach of the scorn, a rhetorical 'was für ein', a joke before 'Spaß beiseite' or a greeting", () => {
    expect(
      caseTerms(
        "Ihr seid die größten Stümper im ganzen Ruhrgebiet. Der Zählerwechsel ist seit vier Wochen offen.",
        "de",
        [],
        5,
      ),
    ).not.toContain("Ruhrgebiet");
    expect(caseTerms("Was ist das für ein Laden?? Die Gutschrift fehlt immer noch.", "de", [], 5)).not.toContain(
      "Laden",
    );
    const joked = caseTerms(
      "Jana guck mal, „zuverlässig auch bei Frost“ 😅 Spaß beiseite, unsere Wallbox lädt seit Freitag nicht.",
      "de",
      [],
      5,
    );
    expect(joked).not.toContain("„zuverlässig auch bei Frost“");
    expect(joked).toContain("Wallbox");
    expect(caseTerms("Grüß Gott, wo find i die Jahresabrechnung?", "de", [], 5)).not.toContain("Gott");
  });

  it("names an error code the display shows, however far it stands from 'zeigt'", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Unsere WP 12 zeigt seit Mo. früh E118 im Display und es wird kalt. Kundennummer 3390127.",
    );
    expect(first?.text ?? "").toContain("E118");
  });
});

describe("criticism said mildly", () => {
  it("is taken seriously, not answered with 'if you have questions'", () => {
    for (const [company, text] of [
      [
        "kaffeekollektiv",
        "Die Schließung am Vorabend auf Insta anzukündigen find ich schon ziemlich dünn. Wär fair gewesen, früher Bescheid zu sagen.",
      ],
      ["kaffeekollektiv", "Swapping paper cups for plastic ones and calling that green is a stretch."],
      ["rheinwerk", "All these posts about affordable energy ring hollow while the monthly payments keep rising."],
    ] as const) {
      expect(goldenAnswer(company, text).first?.strategy, text).toBe("take-seriously");
    }
  });
});

describe("a saved answer", () => {
  it("meets questions asked in the commenter's own words", () => {
    const cases: Array<["rheinwerk" | "kaffeekollektiv", "de" | "en", string, string]> = [
      [
        "kaffeekollektiv",
        "en",
        "could you send the decaf to Utrecht for my dad? what would postage be",
        "kk-shipping-en",
      ],
      ["kaffeekollektiv", "en", "Post-Brexit, can I still order from Leeds or is it hopeless?", "kk-shipping-en"],
      ["kaffeekollektiv", "de", "Bis wieviel Uhr habt ihr in Kreuzberg unter der Woche auf?", "kk-oeffnungszeiten"],
      ["kaffeekollektiv", "en", "What time do the doors get unlocked in Ottensen?", "kk-opening-en"],
      [
        "kaffeekollektiv",
        "de",
        "Wir sind über Weihnachten weg, kann ich einstellen, dass in der Zeit keine Bohnen kommen?",
        "kk-abo",
      ],
      [
        "kaffeekollektiv",
        "de",
        "Kann ich meinem Bruder was schenken, womit er bei euch im Café bezahlen kann?",
        "kk-gutschein",
      ],
      [
        "rheinwerk",
        "de",
        "Wer geht bei euch eigentlich an den Feiertagen ans Telefon, wenn die Heizung streikt?",
        "rw-hotline",
      ],
      ["rheinwerk", "de", "Wen erreich ich nachts, wenn die Wärmepumpe ausfällt?", "rw-hotline"],
      [
        "rheinwerk",
        "en",
        "Will your units cope when it gets properly cold, say -12 in January?",
        "rw-heat-pump-winter-en",
      ],
      [
        "rheinwerk",
        "de",
        "Ihr bucht 95 € im Monat ab, obwohl wir kaum was verbrauchen. Kann ich das selber runtersetzen?",
        "rw-abschlag",
      ],
      ["rheinwerk", "de", "Ich soll die Zahlen von meinem Stromzähler schicken, aber wohin?", "rw-zaehlerstand"],
    ];
    for (const [company, language, text, id] of cases) {
      expect(savedMatches(GOLDEN_GUIDELINES[company], text, language), text).toContain(id);
    }
  });
});
