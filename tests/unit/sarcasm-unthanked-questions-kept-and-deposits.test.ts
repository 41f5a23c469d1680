import { describe, expect, it } from "vitest";
import { caseTerms } from "../../src/replies/case/terms";
import { savedMatches } from "../../src/replies/saved-replies";
import { GOLDEN_GUIDELINES } from "../golden/guidelines";
import { goldenAnswer } from "./company-answers";

/**
 * From round twelve of the twenty-first session of 2026-12-06 (batches 495–502), each answered wrongly before, tested
 * here in wordings of our own: sarcasm and a troll thanked; praise of a rescue read as a case; a cold house without
 * the line open day and night; a wait apologised for that was avoided; a question lost beside a tagged friend, a laugh,
 * praise or a missing mark; a political rant answered; a saved answer for the wrong matter; rudeness missed.
 */

const THANKS = /\b(?:thank|thanks|danke|dank|schön, dass|glad)\b/iu;

describe("sarcasm", () => {
  it("is never thanked, whatever fact it is said of", () => {
    for (const [company, text] of [
      ["kaffeekollektiv", "danke für die rücksendung die seit 4 wochen 'in bearbeitung' ist 👍 super schnell ihr"],
      [
        "kaffeekollektiv",
        "'open till 7 every day' says the post. 6:15 on friday in leipzig: closed door. top notch proofreading 👍",
      ],
      ["kaffeekollektiv", "mein abo ist echt begabt: kommt immer genau dann wenn ich im urlaub bin 😂 super timing"],
    ] as const) {
      const { assessment, first } = goldenAnswer(company, text);
      expect(assessment.intent.sarcasm, text).toBe(true);
      expect(first?.text ?? "", text).not.toMatch(THANKS);
    }
  });

  it("of a troll's mock headline is left alone", () => {
    const { first } = goldenAnswer("rheinwerk", "breaking: utility finds out wind blows 🌬️ nobel prize incoming", "x");
    expect(first?.strategy).toBe("do-not-reply");
  });
});

describe("praise", () => {
  it("of a barista who helped someone who came in soaked is no case", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Thank you to Lena in Leipzig! I came in completely soaked after the storm and she handed me a towel before I'd ordered. Lovely flat white too.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("then a question asked after a colon is answered, however amazed the praise", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Danke an Herrn Brandt aus der Beratung, der hat sich echt Zeit genommen 🙏 Eine Sache noch: kann man an die WP 12 später noch einen Speicher anschließen??",
    );
    expect(first?.strategy).toBe("holding-reply");
  });

  it("opened by an oath of amazement is thanked, not told to mind its tone", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Scheiße ist der Kenia Filter gut 😍 nie wieder Discounterkaffee. Danke an die Barista in Ottensen für den Tipp!",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").not.toMatch(/Ton\b|sachlich/iu);
  });
});

describe("a cold house", () => {
  it("gets the line open day and night, even on X", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk heat pump died an hour ago, the flat is getting cold and it's sunday. who do we call?? 🥶",
      "x",
    );
    expect(first?.text ?? "").toContain("0199");
  });
});

describe("a wait", () => {
  it("the writer avoids is not apologised for", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Passwort fürs Kundenportal vergessen 🙄 wie krieg ich ein neues? anrufen will ich nicht, keine Zeit für Warteschleife",
    );
    expect(first?.text ?? "").not.toMatch(/Warteschleife/u);
    expect(first?.strategy).toBe("saved-reply");
  });
});

describe("a case", () => {
  it("names the thing that failed without the verb after it", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk a month since you installed my solar panels and the inverter throws error F12 every evening. your engineers are useless and nobody answers emails",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/inverter throws/u);
  });

  // The first half is a guard for this session's own rule: a portal that fails is a case's thing, one that shows a
  // fault is not.
  it("is not the portal where a fault is seen, but it is the portal that refuses a reading", () => {
    const seen = goldenAnswer(
      "rheinwerk",
      "Our PV roof in Pulheim shows 0 kWh in the monitoring portal for a week, inverter says F07. Contract RW-GK-55120.",
    );
    expect(seen.first?.text ?? "").not.toMatch(/portal/iu);
    const refused = goldenAnswer(
      "rheinwerk",
      "Will meinen Zählerstand eingeben und das Portal sagt jedes Mal 'Zählernummer ungültig'. Die steht doch auf dem Zähler!",
    );
    expect(refused.first?.text ?? "").not.toMatch(/Abrechnung/u);
  });
});

describe("a question", () => {
  it("beside a friend tagged by a politician's surname is ours to answer", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Der neue Kenia 😍 @Jonas Habeck musst du probieren! Kurze Frage an euch: wir sind im Juli weg, kann ich die Lieferungen so lange pausieren?",
    );
    expect(assessment.intent.offTopic).toBe(false);
  });

  it("asked without a mark, with a laugh at oneself, is answered", () => {
    for (const text of [
      "arriving in hamburg sunday early, is the ottensen place open by 8 or am i sitting on my suitcase outside lol",
      "ok die neue äthiopien röstung klingt zu gut 😭 liefert ihr eigentlich auch nach wien oder muss ich wen mit koffer schicken 😅",
    ]) {
      const { first } = goldenAnswer("kaffeekollektiv", text, "x");
      expect(["holding-reply", "saved-reply"], text).toContain(first?.strategy);
      expect(first?.text ?? "", text).not.toMatch(/„Klingt“/u);
    }
  });

  it("'is there any way to get it over here' is asked, and the shipping answer meets it", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "your ethiopia decaf saved my winter, love from glasgow 💛 is there any way to get it over here",
      "x",
    );
    expect(first?.strategy).toBe("saved-reply");
  });
});

describe("no reply", () => {
  it("is owed politics said after granting what the company does", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Alles schön mit euren Wallboxen, aber solange die da oben in Berlin nur an ihre Diäten denken, wird das nix. Wählen bringt eh nix.",
    );
    expect(assessment.intent.offTopic).toBe(true);
  });
});

describe("no case", () => {
  it("is what others believe, nor is longing for good coffee", () => {
    expect(
      goldenAnswer(
        "rheinwerk",
        "Heat pump ads skip the hard part, so we keep seeing undersized units and a public that thinks the tech doesn't work.",
        "linkedin",
      ).assessment.intent.complaint,
    ).toBeUndefined();
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "do you do a decaf version of the winter blend? breastfeeding and missing good coffee 😭",
      ).assessment.intent.complaint,
    ).toBeUndefined();
  });
});

describe("a saved answer", () => {
  it("is not offered for the wrong matter", () => {
    expect(
      savedMatches(
        GOLDEN_GUIDELINES.rheinwerk,
        "Vor sechs Wochen für die Heizlastberechnung angemeldet. Seitdem nichts. Kommt da noch jemand?",
        "de",
      ),
    ).not.toContain("rw-wp-winter");
    expect(
      savedMatches(
        GOLDEN_GUIDELINES.kaffeekollektiv,
        "Hab in Ottensen drei Pfandbecher zurückgegeben und das Pfand nicht zurückbekommen. Wie läuft das?",
        "de",
      ),
    ).not.toContain("kk-retoure");
  });
});

describe("a let-down customer's question", () => {
  it("is met with understanding, not thanked for asking", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Hab mich vor 6 Wochen für die Heizlastberechnung angemeldet. Seitdem nichts. Kommt da noch jemand oder war das nur Werbung???",
    );
    expect(first?.strategy).toBe("holding-reply");
    expect(first?.text ?? "").not.toMatch(/danke, dass Sie nachfragen|danke für Ihre Frage/iu);
  });
});

describe("the topic", () => {
  it("is said back in the nominative plural", () => {
    expect(caseTerms("Ich habe drei von den neuen Mehrwegbechern zurückgegeben.", "de", [], 5)).toContain(
      "Mehrwegbecher",
    );
  });
});

describe("rudeness", () => {
  it("that ends on a word of contempt gets a line on the tone", () => {
    for (const [company, text] of [
      ["kaffeekollektiv", "€6.10 for an oat cortado in Kreuzberg?? seriously. overpriced hipster clowns"],
      ["rheinwerk", "Schon wieder teurer, ihr kriegt den Hals nicht voll. Halsabschneider."],
    ] as const) {
      expect(goldenAnswer(company, text).first?.strategy, text).toBe("boundary-and-help");
    }
  });
});
