import { describe, expect, it } from "vitest";
import { goldenAnswer, savedAnswer } from "./company-answers";

/**
 * Round thirty (batches 639–646, 2026-12-07), tested in wordings of our own: praise read as a case (a latte-art crash
 * course, a bag kept back when the beans were sold out, a name taken back, a visit counted), a team thanked in a
 * town where the company has none, criticism and sarcasm thanked, taunts answered as cases, readers' chats answered
 * by us, and cases missed or told back wrong.
 */

describe("praise is thanked, not handled as a case", () => {
  it("a latte-art crash course is a lesson, nothing crashed", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Riesenlob an Jule aus Ottensen! Sie hat unserem Team am Freitag einen Latte-Art-Crashkurs gegeben, so geduldig ☕️ Wir kommen wieder!",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toMatch(/Jule/u);
  });

  it("a crash course in English is a lesson too", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Big thanks to Noor who gave our office a crash course in milk steaming last week, so patient!",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });

  it("standing about lost in a full café is how it felt, nothing mislaid", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Gestern mit Oma in Kreuzberg, alles voll, wir standen ziemlich verloren rum. Eure Barista Ida hat sofort einen Tisch freigemacht und Oma den Tee gebracht ❤️ Danke!",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toMatch(/Ida/u);
  });

  it("a name the writer once called us, taken back, is no rudeness", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Ich muss mich hier mal korrigieren: im Frühjahr hab ich euch noch Saftladen genannt. Jetzt hat Herr Brandt unsere Wärmepumpe in Hürth in zwei Tagen eingebaut, alles sauber. Top!",
    );
    expect(assessment.tone).toBe("positive");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").not.toMatch(/sachlich|Ton/u);
  });

  it("the third of the writer's visits, counted, is loyalty", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Shoutout an Emil aus der Südvorstadt, war jetzt 4x da und beim vierten Mal wusste er schon meine Bestellung. Herrlich!",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("a bag kept back after the beans sold out is thanked", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "danke an Rosa in Ottensen, der Kenia war letzte woche ausverkauft und sie hat mir heute eine tüte zurückgelegt 🙌",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("a broken part named and swapped is the story of the praise", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Muss auch mal wat Positives loswerden: Sonntagabend fiel die Heizung aus, Montag früh war Herr Yıldız da und hat den kaputten Sensor getauscht. Danke!",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toMatch(/Yıldız/u);
  });

  it("a case settled, with its ticket number, is thanked for", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Kurzes Update: Frau Sommer hat meinen Fall (Ticket 55-1201, falscher Abschlag) in drei Tagen geklärt, das Geld ist zurück. So geht das!",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toMatch(/Frau Sommer/u);
    expect(first?.text ?? "").not.toMatch(/Ticket (?:Ihnen|und)/u);
  });

  it("a name after the article of colloquial German is the one praised", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Der Ole in der Südvorstadt hat mir ewig erklärt, wie ich meine alte Mühle einstelle. Danke!!",
    );
    expect(first?.text ?? "").toMatch(/Ole/u);
    expect(first?.text ?? "").not.toMatch(/unsere[mr]? Mühle/u);
  });
});

describe("a team thanked only where the company has one", () => {
  it("a fitter praised at the customer's home is not 'our team' there", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Danke an Herrn Kaya, der unsere PV-Anlage in Wesseling an einem Tag montiert hat. Super ordentlich!",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toMatch(/Kaya/u);
    expect(first?.text ?? "").toMatch(/Wesseling/u);
    expect(first?.text ?? "").not.toMatch(/(?:unser|das) Team in Wesseling/u);
  });

  it("in English too", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Shout-out to Piotr who fitted our heat pump in Kerpen in two days and left the cellar spotless!",
    );
    expect(first?.text ?? "").toMatch(/Piotr/u);
    expect(first?.text ?? "").not.toMatch(/team in Kerpen/u);
  });

  it("a branch of ours keeps its team", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Großes Lob an Mina aus eurem Café in Ottensen, beste Laune am Montagmorgen!",
    );
    expect(first?.text ?? "").toMatch(/Team in Ottensen/u);
  });
});

describe("criticism and sarcasm are never thanked", () => {
  it("a price rise loved with a heart-eyed emoji is sarcasm", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Love the letter saying my tariff goes up 15% 'so energy stays affordable' 🥰 Truly heroic.",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.strategy).toBe("take-seriously");
  });

  it("a complaint hedged as no complaint is no correction and no praise", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Not a complaint exactly, but the Kreuzberg café is all laptops now. Couldn't sit down with my dad anywhere. It used to be the neighbourhood living room, now it feels like an office.",
    );
    expect(assessment.role).not.toBe("know-it-all");
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").not.toMatch(/anywhere/u);
  });

  it("information left out of a post is criticism, no fact to correct", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Im Post steht „bis zu 20 % günstiger“, aber nirgends, für wen das gilt. Ich bekomme diese Fragen jede Woche von Nachbarn. Etwas mehr Transparenz bitte.",
    );
    expect(assessment.role).not.toBe("know-it-all");
    expect(first?.text ?? "").not.toMatch(/Link|30 Minuten/u);
  });

  it("custom taken to the competitors is criticism, whatever 'recommending' says", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Your business tariff page is a wall of marketing and zero numbers. Competitors publish prices. Until you do, I'll keep recommending them.",
    );
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").not.toMatch(/wall|enjoying|kind words/u);
  });

  it("a polite weak spot is taken seriously, not only read along", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Generally happy with you, but your letters are a weak spot: everything only in German. This really shouldn't be hard.",
    );
    expect(first?.strategy).toBe("take-seriously");
  });

  it("a virtue expected of us is an argument, no case to look up", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Schöne Bilder zum Weltkaffeetag, aber kein Wort zu den Löhnen auf den Farmen. Von einem Kollektiv erwarte ich mehr Haltung.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").not.toMatch(/Kundenservice|Haltung\)/u);
  });

  it("prices rising faster than the rent, with rolled eyes, are criticism", () => {
    const { first } = goldenAnswer("rheinwerk", "Eure Preise steigen schneller als meine Miete 🙄");
    expect(first?.strategy).toBe("take-seriously");
  });
});

describe("taunts are left alone or met with one line", () => {
  it("a house that would have to be in Spain is a taunt", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Rheinwerk heat pumps: great, as long as your house is in Spain 🥶 lol",
      "x",
    );
    expect(assessment.intent.mockery).toBe(true);
    expect(["do-not-reply", "factual-line"]).toContain(first?.strategy);
  });

  it("a made-up next product, laughed at, is a joke and no case", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Rheinwerk und Wärmepumpen 😂😂 die brummen lauter als ein Laubbläser. Nächstes Produkt: Heizlüfter für die Sahara",
      "x",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(["do-not-reply", "factual-line"]).toContain(first?.strategy);
  });

  it("a room temperature wished on the customer is a taunt", () => {
    const { assessment } = goldenAnswer("rheinwerk", "enjoy your 14 °C living room, suckers 🥶", "x");
    expect(assessment.intent.mockery).toBe(true);
  });
});

describe("who the comment is for", () => {
  it("a tagged reader bidden to call is not asking us", () => {
    const { first } = goldenAnswer("rheinwerk", "@Karin Oberlin frag doch einfach mal nach");
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("a reader's household set beside the writer's is not us", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "@Heinz Albers wie lange hat das bei euch gedauert mit dem Zählertausch? bei uns in Porz wartet man seit August",
    );
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("deleting blamed on us is no report of someone else's comment", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "überteuert und arrogant, hab ich unterm letzten post auch schon geschrieben, ihr löscht es ja sowieso 🙄",
    );
    expect(first?.strategy).not.toBe("thank-for-report");
  });
});

describe("questions get their answer", () => {
  it("opening hours asked without a mark get the saved hours", () => {
    const text = savedAnswer(
      "kaffeekollektiv",
      "In Leipzig next Saturday, is the Südvorstadt one open early or do you sleep in 😄 want a coffee before our train",
    );
    expect(text).toMatch(/weekends/u);
  });

  it("bags posted over to a British city get the answer on shipping abroad", () => {
    const text = savedAnswer("kaffeekollektiv", "any chance you'd send a few bags over to Manchester? 🇬🇧");
    expect(text).toMatch(/UK/u);
  });

  it("a wait named in passing does not make a battery question the heat pump's lead time", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Frage, weil ich seit dem Vor-Ort-Termin eh noch aufs Angebot warte – eilt nicht: Kann man bei der PV-Anlage einen Batteriespeicher später nachrüsten?",
      "linkedin",
    );
    expect(first?.strategy).toBe("holding-reply");
    expect(first?.text ?? "").toMatch(/Batteriespeicher/u);
    expect(first?.text ?? "").not.toMatch(/8 bis 12 Wochen/u);
  });

  it("a question that points back keeps the topic of the sentence before", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Your website is no help here: we have a small wind turbine in the garden. Can we get paid for what it feeds in, or does it just disappear?",
    );
    expect(first?.text ?? "").toMatch(/wind turbine/u);
  });

  it("a question beside an insult never makes the insult its topic", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk ihr Knalltüten, seit einer Woche zeigt die App meinen Zählerstand nicht an, Vertrag V-220318. Kann mal einer von euch Schnarchzapfen antworten??",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/Schnarchzapfen|Knalltüten/u);
  });

  it("a case told by one the hotline failed is not given the hotline", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "The hotline lost me twice in the menu. I moved out of my flat in Nippes in May, sent my reading, and now a final bill for €390 uses an estimate. What do I do?",
    );
    expect(first?.strategy).not.toBe("saved-reply");
    expect(first?.text ?? "").not.toMatch(/555 0190/u);
  });

  it("the answer waited for is given, not a case number asked", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Schon im Januar gemailt, keine Antwort 🙄 Kann ich meinen monatlichen Abschlag irgendwo selbst runtersetzen oder muss das jemand bei Ihnen machen?",
    );
    expect(first?.source).toBe("saved");
  });

  it("two questions behind 'Frage:' and 'Und' are asked, not filed as an idea", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Wir ziehen im April nach Bonn. Frage: nehm ich meinen Tarif mit? Und beliefert ihr Bonn überhaupt?? Wäre super, wenn mir das jemand verbindlich sagt.",
    );
    expect(first?.strategy).toBe("holding-reply");
  });
});

describe("cases read and told back right", () => {
  it("a bill's figure set against the meter's is a billing case", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "@rheinwerk ihr kriegt nix gebacken. Jahresabrechnung: 5.120 kWh. Mein Zähler: 3.880 kWh. Die Nachzahlung zahl ich nicht.",
      "x",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text ?? "").not.toMatch(/finden Sie in der App/u);
  });

  it("weeks waited for the annual bill are said back as the wait", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Ihr Schlafmützen! 8 Wochen warte ich jetzt auf meine Jahresabrechnung, Kundennummer 30558120.",
    );
    expect(first?.text ?? "").toMatch(
      /seit 8 Wochen auf Ihre Jahresabrechnung warten|Jahresabrechnung noch nicht da ist/u,
    );
    expect(first?.text ?? "").not.toMatch(/Kaffee/u);
  });

  it("'twice a week' is how often we roast, not how long they waited", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Ordered the Guji on the 3rd (order 70211). TWELVE DAYS later it still says 'processing'. So much for 'roasted twice a week'.",
    );
    expect(first?.text ?? "").toMatch(/twelve days/iu);
    expect(first?.text ?? "").not.toMatch(/a week/u);
  });

  it("half a day's pay lost is no wait of a day", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Nobody came for the service on Monday, I lost half a day's pay. Service order SV-44120.",
    );
    expect(first?.text ?? "").not.toMatch(/waiting a day/u);
  });

  it("a masked swear is still swearing, and a frequency is no bad week sworn at", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Order 60412, ten days and still 'processing'. Your 'fresh twice a week' promise is bullsh*t.",
    );
    expect(assessment.violations.map((violation) => violation.kind)).toContain("profanity");
    expect(first?.strategy).toBe("boundary-and-help");
  });

  it("a swear masked with a star in the middle is read as the word it hides", () => {
    const { assessment } = goldenAnswer("kaffeekollektiv", "overhyped and overpriced. get f*cked", "x");
    expect(assessment.violations.map((violation) => violation.kind)).toContain("profanity");
  });

  it("a business called a clown operation is harsh criticism, not an insult to delete, and its case is answered", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "What a clown operation. Charged me €4.60 for an oat cortado in Ottensen and then another €0.50 for the oat milk, though your menu says plant milk is free.",
    );
    expect(assessment.verdict).toBe("keep");
    expect(assessment.intent.complaint?.problem).toBe("billing");
    expect(first?.strategy).toBe("boundary-and-help");
  });

  it("'are you guys blind or lazy' beside a case gets the boundary too", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "ordered WHOLE BEANS for my espresso machine, you sent them ground for filter. are you guys blind or just lazy?? order 61200",
      "x",
    );
    expect(first?.strategy).toBe("boundary-and-help");
  });

  it("beans that taste flat and carry no roast date are a case, not praise", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Letzte Woche zwei Tüten Hausespresso bestellt, der schmeckt irgendwie total flach, als wär er schon ewig alt. Auf der Tüte find ich auch kein Röstdatum?? Sonst immer super bei euch",
    );
    expect(first?.strategy).toBe("case-question");
    expect(first?.text ?? "").toMatch(/ohne Röstdatum/u);
    expect(first?.text ?? "").not.toMatch(/alten Röstdatum|netten Worte/u);
  });

  it("an empty box is said back as arrived empty", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "abo-paket kam heute, aber ohne kaffee, nur n leerer karton. und jetzt??",
      "x",
    );
    expect(first?.text ?? "").toMatch(/leer angekommen/u);
  });

  it("ground where beans were ordered is said back as not as ordered", () => {
    const { first } = goldenAnswer("kaffeekollektiv", "kaffee kam gemahlen, hatte ganze bohnen bestellt 🙄", "x");
    expect(first?.strategy).toBe("case-question");
    expect(first?.text ?? "").toMatch(/nicht so angekommen ist wie bestellt/u);
  });

  it("a subscription's order number is not followed by a question for the customer number", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Mein Abo-Paket (Bestellung #51207) lag 5 Tage im Depot und die Bohnen riechen muffig. Was mach ich jetzt?",
    );
    expect(first?.text ?? "").not.toMatch(/Kundennummer/u);
  });

  it("a case number given finds the spare part ordered for it", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Unsere WP 9 zeigt seit zwei Wochen Fehler E22, der Monteur hat ein Ersatzteil bestellt, seitdem nichts. Vorgangsnummer 2025-004411.",
    );
    expect(first?.text ?? "").not.toMatch(/Bestellnummer/u);
    expect(first?.text ?? "").toMatch(/2025-004411/u);
  });

  it("a blend's name before it is kept whole", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Ordered 3 bags of the Altona House Blend on the 2nd, order KK-80117, tracking hasn't moved in a week.",
    );
    expect(first?.text ?? "").toMatch(/Altona House Blend/u);
  });

  it("a price named with a drink of three words keeps all three", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "6,10 € für nen Hafer Flat White in Ottensen, seid ihr komplett durch??",
    );
    expect(first?.text ?? "").toMatch(/Hafer Flat White/u);
    expect(first?.strategy).toBe("boundary-and-help");
  });

  it("a shop told it can kiss off is bounded, and the case still answered", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Heute in Kreuzberg angeranzt worden, weil ich 3,20 € mit Karte zahlen wollte. Euer Laden kann mich mal.",
    );
    expect(first?.strategy).toBe("boundary-and-help");
  });
});
