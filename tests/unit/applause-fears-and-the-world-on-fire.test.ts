import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From round thirteen of the twenty-first session of 2026-12-06 (batches 503–510), each answered wrongly before,
 * tested here in wordings of our own: sarcasm thanked where the fact is a wait stressed, a meter, a plastic bucket, a
 * robot voice or an empty shelf; a fear or a habit read as a case; "killed that off" read as a threat; the world "on
 * fire" answered as a fire; a cold house without the line open day and night; exasperation taken for a correction.
 */

const THANKS = /\b(?:thank|thanks|danke|dank|schön, dass|glad)\b/iu;

describe("sarcasm", () => {
  it("is never thanked, whatever fact it is said of", () => {
    for (const [company, text] of [
      ["rheinwerk", "wow ganze 4 Monate bis zum Zählertermin 👏👏 Weltklasse Planung, echt"],
      ["rheinwerk", "Unsere neue Wärmepumpe läuft echt super. Also der Zähler. Der läuft super 💸😂"],
      [
        "kaffeekollektiv",
        "Glückwunsch zum Umweltpreis 🌱🏆 Die Plastikeimer, in denen unsere Bürolieferung kommt, freuen sich bestimmt mit",
      ],
      [
        "rheinwerk",
        "Love how your idea of 'service in English' is a hold tune and a German menu 👏 Very international.",
      ],
      [
        "rheinwerk",
        "Love the new post about 'customer-first partnerships' 😂 We're a small bakery and have spent a month trying to get anyone to explain our tariff. Partnership indeed.",
      ],
      [
        "kaffeekollektiv",
        "wow, really nailing the festive spirit ✨ Ottensen completely out of oat milk by 10am on a saturday",
      ],
      ["rheinwerk", "Toll gemacht 👏👏 die Anlage steigt bei -8 aus, aber in der Broschüre steht was von -20 Grad."],
    ] as const) {
      const { assessment, first } = goldenAnswer(company, text);
      expect(assessment.intent.sarcasm, text).toBe(true);
      expect(first?.text ?? "", text).not.toMatch(THANKS);
    }
  });

  // A guard for this session's own rule: "a whole month" stresses a wait, "my whole week" does not.
  it("but a whole week made by a barista stays praise", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "shoutout to Jonas in Leipzig who remembered my order after ONE visit. made my whole week honestly",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
  });
});

describe("no case", () => {
  it("is a fear, a habit or the world's troubles", () => {
    for (const [company, text] of [
      [
        "rheinwerk",
        "Frage: Unser Einbau ist für den 29.12. geplant. Arbeiten Ihre Monteure da wirklich? Ich sitze ungern drei Tage ohne Heizung mit Besuch da 😅",
      ],
      [
        "kaffeekollektiv",
        "Schade, dass es den Adventskalender nur noch online gibt. Mein Vater hat den jedes Jahr in Ottensen gekauft, der bestellt doch nix im Internet.",
      ],
      [
        "kaffeekollektiv",
        "everyone arguing about latte art while the world is literally on fire. gaza, the climate. priorities people",
      ],
    ] as const) {
      const { assessment, first } = goldenAnswer(company, text);
      expect(assessment.intent.complaint, text).toBeUndefined();
      expect(first?.text ?? "", text).not.toMatch(/keine Heizung|Bestellung|fire/iu);
    }
  });

  it("is the office heating that gave out while the café took the team in", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Shoutout to the Leipzig crew – when our office heating gave out during the frost they let our whole team hold the morning stand-up in the café. Great coffee, even better people. ☕",
      "linkedin",
    );
    expect(first?.strategy).toBe("thank-specifically");
  });
});

describe("a case", () => {
  it("does not say back the request for sooner as a detail", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Guten Morgen, unsere WP 12 steht seit gestern Abend auf Störung, Display zeigt E214. Im Haus sind's noch 15 Grad. Beim Störungsdienst hieß es, Techniker kommt frühestens Freitag. Wir haben zwei kleine Kinder. Kundennummer 7730419. Geht da wirklich nichts früher?",
    );
    expect(first?.text ?? "").not.toMatch(/Geht da/u);
  });

  it("of a heat pump dead in a freezing house gets the line open day and night", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Our heat pump just died and it's freezing in here. Can I ring anyone tonight?? We're in Hürth",
    );
    expect(first?.text ?? "").toContain("0199");
  });
});

describe("a threat", () => {
  it("is not read in a thing 'killed off'", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Moved back to Leeds last year – can I still order your beans or has Brexit killed that off?",
    );
    expect(assessment.verdict).toBe("keep");
    expect(first?.strategy).toBe("saved-reply");
  });
});

describe("exasperation", () => {
  it("at a website is criticism, not a correction of a post", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "what is wrong with your website. five tries at checkout and it dumps me back in the basket every time 🙄",
    );
    expect(first?.strategy).not.toBe("check-correction");
  });

  it("asked as questions nobody can answer is not thanked as a question", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Is anyone at Rheinwerk actually capable of writing a bill a normal person understands?? Four pages of jargon. Who signs off on this??",
    );
    expect(first?.text ?? "").not.toMatch(THANKS);
  });
});

describe("the topic", () => {
  it("is not a mood or a region's word", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "ist eure hotline zwischen den jahren besetzt? muss am 28.12. was ummelden und hab kein bock auf warteschleife",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/Bock/u);
    const job = goldenAnswer(
      "rheinwerk",
      "Sucht ihr Elektriker für Wallboxen im Raum Düsseldorf? Auf der Karriereseite finde ich nichts. Lohnt sich eine Initiativbewerbung?",
      "linkedin",
    );
    expect(job.first?.strategy).toBe("holding-reply");
    expect(job.first?.text ?? "").not.toMatch(/im Raum/u);
  });
});
