import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From the stop of 2026-12-05 (ninth session), round 2 of fresh batches (203–206), each answered wrongly before: a reader
 * tagged by full name and spoken to as "du" answered as ours, a short German question answered in English, another
 * firm's cancelled train taken up as a case, a dare thanked for the words on a mug, "Echt nich cool" read as praise, a
 * drink made with cow's milk told in Berlin dialect, "in English" read as a branch, irony that needs no fact ("I'm sure
 * … fit perfectly", "can't wait to pay"), and the writer as object said back in the first person.
 */

describe("what is said to a reader or of another firm is not ours to answer", () => {
  it.each([
    [
      "rheinwerk",
      "@Klaus Weber Klaus, das hab ich dir doch letzte Woche beim Grillen schon gesagt 😅 die Nummer steht vorne auf dem Zählerkasten, gleich unter dem Strichcode",
    ],
    [
      "rheinwerk",
      "@Marion Kessler danke für den Tipp mit dem Energieberater aus Siegburg! Kannst du mir den Kontakt mal per PN schicken?",
    ],
  ])("%s: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company as "rheinwerk", text);
    expect(assessment.intent.addressedTo).toBe("commenter");
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("a brand's own name said again after its tag is still put to it", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk bei Rheinwerk ruft keiner zurück, Kundennummer 40012345",
    );
    expect(assessment.intent.addressedTo).not.toBe("commenter");
  });

  it("another firm's cancelled train is no case of ours", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Die Bahn hat heut schon wieder meinen Zug nach Hamburg gestrichen. Deutschland halt 🚆🤡",
    );
    expect(["no-reply-needed", "do-not-reply"]).toContain(first?.strategy);
  });

  it("a dare is not thanked for what a mug says", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "I only drink instant coffee out of a mug that says World's Best Boss. fight me ☕😤",
      "x",
    );
    expect(first?.strategy).not.toBe("thank-specifically");
  });
});

describe("German as it is written", () => {
  it("a short question with German possessives is answered in German, with the saved hours", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "habt ihr am ostermontag in leipzig offen? will mit meiner oma hin 🐣☕",
    );
    expect(assessment.language).toBe("de");
    expect(first?.strategy).toBe("saved-reply");
  });

  it("cow's milk instead of oat, told in dialect, is a case, and 'nich cool' is no praise", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "War gestern bei euch in Kreuzberg, hab n Hafer Flat White bestellt und n normalen mit Kuhmilch jekriegt. Bin laktoseintolerant, hatte den ganzen Abend Bauchkrämpfe. Der Typ an der Kasse hat nur mit den Schultern jezuckt. Echt nich cool.",
    );
    expect(first?.strategy).toBe("case-next-step");
    expect(first?.text).toContain("Kuhmilch statt Hafer");
  });

  it("the writer as object is the one spoken to", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Euer Shop lässt mich nicht bezahlen, bei PayPal kommt immer ein Fehler und dann bin ich wieder im Warenkorb. 3x probiert. Wollte eigentlich 3 Tüten bestellen...",
      "x",
    );
    expect(first?.text).not.toMatch(/\bmich\b|\(Euer\)/u);
  });
});

describe("praise and irony read as they are meant", () => {
  it("the language an answer came in is no branch, and 'Small thing, but …' is no criticism", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "As an expat in Cologne I was dreading sorting out an energy contract in German. Emailed Rheinwerk's service team in English, and Marta replied the next morning with a clear step-by-step answer about moving my contract to the new flat. Small thing, but it made a stressful move a lot easier. Thank you!",
      "linkedin",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toContain("Marta");
    expect(first?.text).not.toMatch(/team in English|seriously/u);
  });

  it.each([
    "Lovely post on sustainability 🌱 I'm sure the single-use coffee capsules you launched last month fit perfectly into that story.",
    "Oh amazing, another 'limited edition' bag with a cute illustration and €3 more on the price tag. Can't wait to pay extra for the artwork 🙄",
    "tariffs on everything now. cant wait to pay $12 for a latte 🙃",
  ])("%s", (text) => {
    const { first } = goldenAnswer("kaffeekollektiv", text, "x");
    expect(first?.strategy).not.toMatch(/thank|case-/u);
    expect(first?.text ?? "").not.toMatch(/kind words|customer number/u);
  });

  it("contempt for a branch or a crew is met with a boundary beside the help", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Ihr seid echt die unfähigste Truppe die ich kenne. Dritte Rechnung in Folge falsch, wieder 212 € statt 96 € Abschlag abgebucht. Kundennummer 6620935. Wenn das bis Freitag nicht korrigiert ist bin ich weg.",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toContain("6620935");
  });

  it("a heat pump put right at night, with respect, is no case to open", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Sonntagnacht halb zwei, Wärmepumpe zeigt Fehler, Haus wird kalt. Störungsdienst von @Rheinwerk angerufen, kurz nach 3 stand der Techniker vor der Tür. Respekt, ehrlich.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });
});
