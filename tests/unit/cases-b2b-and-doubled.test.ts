import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * Comments from the stop of 2026-12-04: four batches written by helpers to the golden set's two companies (two
 * problems at once, British and American customers, LinkedIn in a B2B setting, phone-typed comments). Each was read
 * wrongly before: "love how you can take my direct debit … but can't answer one email in 3 weeks. priorities 👌"
 * thanked, a raise "von 89 € auf 178 € verdoppelt" answered as a double debit, a correction about "heating down to
 * -25 °C" answered as a heating outage, a threat to a fitter sent only to review and taken "ernst", congratulations
 * read as sarcasm because of "still".
 */

describe("sarcasm and what is really missing", () => {
  it("never thanks 'love how you can take my direct debit … but can't answer one email in 3 weeks'", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk love how you can take my direct debit bang on time every month but can't answer one email in 3 weeks. priorities 👌",
      "x",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(assessment.intent.complaint?.problem).toBe("waiting");
    expect(first?.text).not.toMatch(/thank|kind words/iu);
    expect(first?.text).toMatch(/waiting/u);
  });

  it("says an e-mail unanswered is the wait, not something wrong with a bill nobody said was wrong", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "seit 3 Wochen keine Antwort auf meine Mail zur Lastschrift",
    );
    expect(assessment.intent.complaint?.problem).toBe("waiting");
    expect(first?.text).toMatch(/seit 3 Wochen auf eine Antwort warten/u);
    expect(first?.text).not.toMatch(/Abrechnung etwas nicht stimmt/u);
  });

  it("keeps the bill's case when an amount is named beside the unanswered mails", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Erste Rechnung: 4.870,15 € statt der vereinbarten rund 2.900. Auf Mails keine Reaktion seit 12 Tagen.",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
  });

  it("names a fitter who does not come as an appointment not kept", () => {
    const { first } = goldenAnswer("rheinwerk", "Toll, schon wieder ein Monteur der nicht kommt. Dritter Termin.");
    expect(first?.text).toMatch(/zum vereinbarten Termin niemand gekommen ist/u);
  });
});

describe("nothing invented about the bill or the heating", () => {
  it("says a doubled instalment rose, never that it was debited twice", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Erst wird mein Abschlag ohne Ankündigung von 89 € auf 178 € verdoppelt, und dann steht in der Jahresabrechnung ein Zählerstand, den ich nie gemeldet habe. Wer kümmert sich darum??",
    );
    expect(first?.text).toMatch(/von 89 € auf 178 € gestiegen/u);
    expect(first?.text).not.toMatch(/doppelt abgebucht/u);
  });

  it("reads 'keeps heating down to -25 °C' in a correction as a figure to check, no heating gone", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Small correction to your post: you say the WP 12 keeps heating down to -25 °C, but your own product page and the brochure I was handed at the trade fair both say -20 °C. Worth fixing before someone quotes it back at you.",
      "linkedin",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).not.toMatch(/no heating/u);
  });

  it("says a supplier's unpaid invoice is open, not a delivery awaited", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Kleine Bitte aus Lieferantensicht: unsere Rechnung RE-24-1187 über 4.860,00 € für die Kabelkanäle (Lieferung an Ihr Lager in Köln-Porz) ist seit 63 Tagen offen. Zwei Mails an die Kreditorenbuchhaltung blieben unbeantwortet.",
      "linkedin",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
    expect(first?.text).toMatch(/Ihre Rechnung RE-24-1187 seit 63 Tagen offen ist/u);
    expect(first?.text).not.toMatch(/Lieferung/u);
  });

  it("says an invoice paid in half as such", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Wir backen seit zwei Jahren die Zimtschnecken für euer Café in Kreuzberg. Leider wurde unsere letzte Rechnung nur zur Hälfte bezahlt und auf zwei Mails kam keine Antwort.",
    );
    expect(first?.text).toMatch(/deine Rechnung nur zum Teil bezahlt wurde/u);
  });

  it("says a parcel whose tracking has not moved for nine days is awaited", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "I ordered three bags for my dad on the 4th, order KK-1051186. The tracking has said 'in transit' for nine days now and hasn't moved once. Is there anything you can do?",
    );
    expect(assessment.intent.complaint?.problem).toBe("delivery");
  });
});

describe("threats said as a promise", () => {
  it("may delete 'wird der nicht heil nach Hause kommen, das verspreche ich euch'", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Ihr Klimasekte zockt die Leute mit euren überteuerten Wärmepumpen ab. Wenn einer eurer Monteure bei mir im Dorf auftaucht, wird der nicht heil nach Hause kommen, das verspreche ich euch.",
    );
    expect(assessment.verdict).toBe("may-delete");
    expect(assessment.violations.map((v) => v.kind)).toContain("threat");
    expect(first?.text).not.toMatch(/nehmen wir ernst/u);
  });

  it("may delete 'he won't make it home in one piece'", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "if your engineer shows up here again he won't make it home in one piece",
    );
    expect(assessment.verdict).toBe("may-delete");
  });

  it("keeps a parcel or a vase that did not arrive whole", () => {
    expect(goldenAnswer("kaffeekollektiv", "Das Paket ist leider nicht heil angekommen.").assessment.verdict).toBe(
      "keep",
    );
    expect(goldenAnswer("rheinwerk", "Die Vase kam nicht heil zurück aus der Reparatur").assessment.verdict).toBe(
      "keep",
    );
  });
});

describe("what lasts in a good memory", () => {
  it("thanks congratulations whose guests are 'still talking about' the open day", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Congratulations on opening your new training centre in Dormagen! Our apprentices who came to the open day on Saturday are still talking about the heat pump demo rig. Great investment in the next generation.",
      "linkedin",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(assessment.tone).toBe("positive");
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("thanks a shout-out whose team was 'still smiling', and names no piece of a street's name", () => {
    const shout = goldenAnswer(
      "kaffeekollektiv",
      "Quick shout-out to the team at Kaffeekollektiv Leipzig-Südvorstadt: we turned up with 22 people from our offsite with 20 minutes' notice, and they handled it like pros – every order right, and still smiling. Made our day.",
      "linkedin",
    );
    expect(shout.first?.strategy).toBe("thank-specifically");
    const street = goldenAnswer(
      "kaffeekollektiv",
      "Congrats on 5 years of the Leipzig café!! 🎂 Still remember the opening day queue down Karl-Liebknecht-Straße. Best flat white in Südvorstadt, hands down.",
      "linkedin",
    );
    expect(street.assessment.intent.sarcasm).toBe(false);
    expect(street.first?.strategy).toBe("thank-specifically");
    expect(street.first?.text).not.toMatch(/Liebknecht|Karl/u);
  });

  it("still reads 'still waiting' as a complaint", () => {
    const { assessment } = goldenAnswer("kaffeekollektiv", "Order KK-40211, still waiting after two weeks.");
    expect(assessment.intent.complaint).toBeDefined();
  });
});

describe("questions typed without a question mark", () => {
  it("answers 'hallo liebe leute liefert ihr eigentlich auch nach österreich …' with the saved shipping reply", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "hallo liebe leute liefert ihr eigentlich auch nach österreich meine tochter wohnt in graz und trinkt so gern euren espresso was kostet das dann",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(/Österreich/u);
  });

  it("answers 'do u guys ship to the netherlands …' and 'hey are you guys open on easter monday …'", () => {
    const ship = goldenAnswer(
      "kaffeekollektiv",
      "do u guys ship to the netherlands my sister lives in utrecht and wants the ethiopia beans so bad",
      "x",
    );
    expect(ship.first?.strategy).toBe("saved-reply");
    const open = goldenAnswer(
      "kaffeekollektiv",
      "hey are you guys open on easter monday in hamburg i want to bring my parents for breakfast",
      "x",
    );
    expect(open.first?.strategy).toBe("saved-reply");
    expect(open.first?.text).toMatch(/Hamburg/u);
  });

  it("answers 'ich wollte fragen ob es für die wärmepumpe eine förderung gibt …' with the saved subsidy reply", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "guten tag ich wollte fragen ob es für die wärmepumpe eine förderung gibt und ob sie mir beim antrag helfen weil ich kenne mich mit dem papierkram nicht aus",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(/Förderung/u);
  });

  it("keeps a refund awaited a case although it opens 'Do you have any idea …'", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Do you have any idea how long I've been waiting for my refund, order KK-30211",
      "x",
    );
    expect(first?.strategy).toBe("case-next-step");
  });
});
