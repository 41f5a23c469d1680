import { describe, expect, it } from "vitest";
import { goldenAnswer, savedAnswer as saved } from "./company-answers";

/**
 * From round nine of the twentieth session of 2026-12-06 (batches 471–478), each answered wrongly before, tested here
 * in wordings of our own: burnt coffee read as a threat; a person at the till read as a broken till; praise read as a
 * bill, a wait or a correction; a question read as praise; criticism thanked; a breakdown answered with how well heat
 * pumps cope with frost, or on X without the line open day and night; advice to another reader read as a complaint;
 * saved answers offered to what they do not answer; sarcasm and a taunt answered as if meant.
 */

const THANKS = /\b(?:thank|dank)\p{L}*|kind words|Lob\b|nette[nr]? Worte|freundlichen Worte/iu;

describe("no threat", () => {
  it("in coffee described as burnt", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Worst flat white in Hamburg. Burnt, sour and overpriced, served by people who clearly hate their jobs. Avoid.",
    );
    expect(assessment.violations.map((v) => v.kind)).not.toContain("threat");
    expect(assessment.verdict).not.toBe("may-delete");
  });
});

describe("what happened", () => {
  it("at the till is the person's doing, no till broken, and 'Klasse Service!' after it is no praise", () => {
    for (const text of [
      "War gestern in Kreuzberg, die Frau an der Kasse hat mir nen Hafer Cappu mit normaler Milch gemacht obwohl ich laktoseintolerant bin. Klasse Service!",
      "Die Tante an der Kasse in Ottensen hat mir trotz Hafer-Bestellung Kuhmilch reingemacht, obwohl ich laktoseintolerant bin. Hatte danach Bauchkrämpfe.",
    ]) {
      const { first } = goldenAnswer("kaffeekollektiv", text);
      expect(first?.text ?? "", text).not.toMatch(/Kasse[^.]*nicht funktioniert|till isn't working/u);
      expect(first?.text ?? "", text).not.toMatch(THANKS);
    }
  });

  it("in praise is no bill, no wait and nothing to correct", () => {
    for (const [company, text] of [
      [
        "kaffeekollektiv",
        "Wir waren gestern zu zwölft in Leipzig, das Team hat spontan drei Tische zusammengestellt und für Hafer hat keiner einen Cent extra gezahlt. So geht Gastfreundschaft!",
      ],
      [
        "rheinwerk",
        "Muss auch mal gesagt werden: Herr Brandt hat mich zweimal zurückgerufen, als beim Förderantrag noch Unterlagen fehlten. Top!!",
      ],
      [
        "kaffeekollektiv",
        "We ordered 25 gift vouchers for our clients and one PDF had a typo in the name. Your shop team fixed it within the hour. Highly recommended.",
      ],
    ] as const) {
      const { assessment, first } = goldenAnswer(company, text, "linkedin");
      expect(assessment.intent.complaint, text).toBeUndefined();
      expect(first?.strategy, text).toBe("thank-specifically");
    }
  });

  it("told to another reader as advice is no complaint of theirs", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "@Paula Jansen they do deliver to Belgium, I order every few weeks. took about 4 days last time. the Guji is amazing",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("after an email, still waiting, is a wait for an answer, not a missing bill", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Emailed your service on the 2nd about my meter reading. Still waiting. Great work as always 🙃",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/bill hasn't arrived/u);
  });

  it("when a heat pump's died is a breakdown", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Our heat pump's died again, the display flashes E305 and we have a toddler at home. What do we do?",
    );
    expect(assessment.intent.complaint).toBeDefined();
  });
});

describe("a breakdown in the cold", () => {
  it("gets the line open day and night, never how well heat pumps cope with frost", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk heat pump showing an error since this morning, house is freezing, 2 kids. what do i do??",
    );
    expect(first?.text ?? "").not.toMatch(/−20 °C/u);
    expect(first?.text ?? "").toMatch(/555 0199/u);
  });

  it("gets the line on X too, when the reply asks for the customer number", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk HEAT PUMP DEAD, ERROR ON THE DISPLAY, HOUSE AT 13 DEGREES AND A BABY AT HOME. WHAT DO I DO",
      "x",
    );
    expect(first?.text ?? "").toMatch(/555 0199/u);
    expect((first?.text ?? "").length).toBeLessThanOrEqual(280);
  });
});

describe("what is asked", () => {
  it("on a day of carnival is a question, never praise", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "quick q – is your hotline open on Rosenmontag or is everybody at the parade 🎉🤡",
      "x",
    );
    expect(assessment.tone).toBe("question");
    expect(first?.text ?? "").not.toMatch(/kind words/u);
  });

  it("about a bill's amount is not answered with where to find the bill", () => {
    const { first } = goldenAnswer("rheinwerk", "Warum ist meine Jahresabrechnung so viel höher als letztes Jahr?");
    expect(first?.text ?? "").not.toMatch(/finden Sie in der App/u);
  });

  it("about a new café abroad is not answered with shipping", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Loved the roastery tour video! Any plans to open a café outside Germany? Vienna would love you",
      "linkedin",
    );
    expect(first?.source).not.toBe("saved");
  });

  it("about shipping, with the writer's own grumbling beside it, gets the saved answer", () => {
    expect(
      saved(
        "kaffeekollektiv",
        "Congrats on the new cafe! We're forever complaining about coffee up here 😄 Do you guys ship to Denmark or is it Germany only?",
      ),
    ).toMatch(/EU/u);
  });
});

describe("a correction", () => {
  it("that fears someone waiting on the line is checked, no wait invented", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Kleine Korrektur: Laut Website ist die Hotline samstags bis 13 Uhr erreichbar, im Beitrag steht 15 Uhr. Bitte angleichen, bevor sich jemand umsonst in die Warteschleife hängt.",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text ?? "").not.toMatch(/Warteschleife gewartet|warten mussten/u);
  });

  it("of a date is never settled with the emergency line", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Small thing but your post says the heat pump info evening is on Thursday the 14th – the 14th is a Wednesday though? Don't want to come on the wrong day",
    );
    expect(first?.text ?? "").not.toMatch(/0199/u);
  });
});

describe("praise said in jokes", () => {
  it("is thanked, not taken as criticism or held as a question", () => {
    for (const text of [
      "the barista in Kreuzberg remembered my order after ONE visit?? whoever that is deserves a raise 😭☕",
      "who gave @kaffeekollektiv permission to make cardamom buns this good?? you are a menace to my budget 😭",
    ]) {
      const { first } = goldenAnswer("kaffeekollektiv", text, "x");
      expect(first?.strategy, text).toBe("thank-specifically");
    }
  });
});

describe("criticism and mockery", () => {
  it("is never thanked for a word of what once worked", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Ehrlich gesagt finde ich das neue Pfandsystem überzogen. Mein eigener Becher hat immer super geklappt. Nachhaltig ist für mich was anderes.",
    );
    expect(first?.text ?? "").not.toMatch(THANKS);
  });

  it("of a product out of stock for weeks is sarcasm, not praise", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "shoutout to the decaf for being 'out of stock' four weeks running. so rare. so exclusive. love that for me 💅",
      "x",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.text ?? "").not.toMatch(THANKS);
  });

  it("that calls the service a myth is left alone or answered with a fact", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Rheinwerk's hotline is a myth like Bigfoot. has anyone actually ever reached a human?? 👀",
      "x",
    );
    expect(["do-not-reply", "factual-line"]).toContain(first?.strategy);
  });
});
