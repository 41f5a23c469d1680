import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * Comments from the stop of 2026-12-05 (eighth session): batches 183–186, written by helpers to the golden set's two
 * companies. Each was answered wrongly before: sarcasm and taunts thanked, spam thanked or "reported", praise told
 * its words were criticism, questions asked beside disappointment or in indirect speech taken for criticism or
 * praise, and cases misread (a double card payment as an order not come, a son's opinion as a failure).
 */

describe("sarcasm and taunts are never thanked", () => {
  it.each([
    [
      "rheinwerk",
      "Toller Beitrag über die „Energiewende zum Anfassen“ 👏 Bei den meisten Handwerksbetrieben, die ich kenne, ist das Anfassbarste an der Energiewende bisher der Papierstapel für den Netzanschluss. Aber die Fotos sind wirklich schön geworden.",
    ],
    [
      "kaffeekollektiv",
      "Danke @kaffeekollektiv für die „Oat-Latte-Woche“ 🥰 hab mich so gefreut und dann stand im Kreuzberger Café genau 0 Haferdrink im Kühlschrank. Sehr authentische Kampagne 🫠",
    ],
    [
      "kaffeekollektiv",
      "Glückwunsch zum Nachhaltigkeitspreis 🏆🌱 Wäre noch glaubwürdiger, wenn meine Abo-Lieferung nicht jedes Mal in drei Lagen Luftpolsterfolie käme. Aber Hauptsache Pokal 😉",
    ],
    [
      "kaffeekollektiv",
      "shoutout to @kaffeekollektiv for the 'zero waste' pop-up in Kreuzberg 🌍♻️ loved the part where every drink came with a plastic lid and a single-use stirrer. iconic",
    ],
    [
      "kaffeekollektiv",
      'Spannend, wie man "nachhaltige Lieferkette" postet und im Café gleichzeitig jeden Espresso im Pappbecher mit Plastikdeckel rausgibt, wenn man nicht ausdrücklich nach einer Tasse fragt. Respekt für so viel Konsequenz.',
    ],
  ])("%s: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company as "rheinwerk", text);
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).not.toMatch(/danke|Dank|Lob|thank|kind words|„Energiewende zum Anfassen“ und Bei/iu);
  });

  it.each([
    ["rheinwerk", "Bei minus 5 Grad sitzt ihr alle im Kalten mit euren tollen Wärmepumpen 🥶😂 viel Spaß beim Frieren"],
    ["rheinwerk", "heat pumps dont work in winter everyone knows that. enjoy ur ice house lads"],
  ])("a taunt gets the company's fact or silence: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company as "rheinwerk", text);
    expect(assessment.intent.mockery).toBe(true);
    expect(assessment.tone).not.toBe("positive");
    expect(["factual-line", "do-not-reply"]).toContain(first?.strategy);
    expect(first?.text).not.toMatch(/danke|Dank|Lob|thank/iu);
  });
});

describe("spam is spam", () => {
  it.each([
    [
      "rheinwerk",
      "Spannender Beitrag! Wir bei der Nordlicht Dämmtechnik GmbH sehen das jeden Tag: Ohne gute Dämmung bringt die beste Heizung wenig. Wer Fragen zur Fassadendämmung hat, gerne direkt bei mir melden – Link im Profil.",
    ],
    [
      "kaffeekollektiv",
      "Hiii 😍 eure Seite ist so schön!! Schaut mal auf meinem Profil vorbei, da gibts grad 5 iPhones zu gewinnen 🎁📱",
    ],
  ])("%s: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company as "rheinwerk", text);
    expect(assessment.violations.map((violation) => violation.kind)).toContain("spam");
    expect(first?.strategy).toBe("do-not-reply");
  });
});

describe("praise is thanked, and named right", () => {
  it.each([
    [
      "kaffeekollektiv",
      "kaffeekollektiv's decaf actually tastes like coffee??? first decaf i've ever finished. the colombia one. thank u for thinking of us night shift people 🙏",
      /thank/iu,
    ],
    [
      "rheinwerk",
      "Moved to Cologne in January and was dreading sorting out energy in German 😬 wrote to your service email in English and Kai got back to me the next day with everything explained step by step. Honestly the easiest admin I've done here so far!",
      /Kai/u,
    ],
    [
      "kaffeekollektiv",
      "Kreuzberg am Sonntag, hab mit meinem 2jährigen gewartet der komplett eskaliert ist und die Barista (Name leider vergessen, Locken und rote Brille) hat ihm einfach nen Keks und Malstifte hingelegt. Ihr habt mein Sonntag gerettet 🙏",
      /unsere Barista/u,
    ],
    [
      "kaffeekollektiv",
      "shoutout an die barista mit den grünen haaren heute morgen in der südvorstadt 💚 perfekter cortado und trotz mega schlange null gestresst. bester start in die woche",
      /unsere Barista/u,
    ],
  ])("%s: %s", (company, text, named) => {
    const { assessment, first } = goldenAnswer(company as "rheinwerk", text);
    expect(assessment.intent.offTopic).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(named);
    expect(first?.text).not.toMatch(/Cologne|Thema (?:Name|Haaren)/u);
  });
});

describe("criticism is taken seriously, not read along with", () => {
  it.each([
    [
      "kaffeekollektiv",
      "Die neuen Pappbecher mit dem Spruch „Becher mit Haltung“ 🙄 ganz ehrlich, die sind so dünn dass man sich am Cappuccino die Finger verbrennt. Mit Haltung wär’s, Mehrweg richtig zu pushen statt Sprüche auf Pappe zu drucken.",
    ],
    [
      "rheinwerk",
      "Eure neue Plakatkampagne „Heizen wie morgen“ zeigt nur junge Pärchen im Neubau mit Riesenfenstern. Wir wohnen im Fachwerkhaus von 1912 und fühlen uns da null angesprochen. Als wärt ihr nur noch für Leute mit Neubau da.",
    ],
    [
      "kaffeekollektiv",
      "Preis vom Hausespresso schon wieder hoch. Kaffee ist teuer, schon klar, aber dann erklärt das auch mal statt nur neue Sorten zu posten",
    ],
    [
      "kaffeekollektiv",
      "I'll push back on the 'light roast = quality' message in your latest campaign. Plenty of people love a darker, chocolatey espresso, and telling them their taste is wrong is exactly how specialty coffee stays niche.",
    ],
  ])("%s: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company as "rheinwerk", text);
    expect(assessment.verdict).toBe("keep");
    expect(assessment.role).not.toBe("know-it-all");
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).not.toMatch(/the darker/u);
  });
});

describe("a question is answered as a question", () => {
  it.each([
    [
      "kaffeekollektiv",
      "Wir bestellen fürs Büro ja regelmäßig bei euch 🙂 Unsere neue Kollegin fragt, ob ihr den Kaffee auch für French Press mahlt – eine Mühle haben wir hier nämlich nicht.",
      /French Press/u,
    ],
    [
      "kaffeekollektiv",
      "schade dass ihr nicht nach Österreich liefert, euer Espresso war das beste was ich in Berlin getrunken hab 😢",
      /nach Österreich/u,
    ],
    [
      "rheinwerk",
      "Wie ist eigentlich der Notdienst bei Ihren Wärmepumpen geregelt? Wir verwalten drei Objekte mit Anlagen von Rheinwerk und die Mieter melden sich erfahrungsgemäß gern am Sonntagabend, wenn es kalt wird.",
      /0221 555 0199/u,
    ],
    [
      "rheinwerk",
      "Moved to Cologne last year and still figuring things out. Our heat pump stopped running last night, display just shows an error code. Is there an emergency number?? Landlord is on holiday of course",
      /555 0199, day and night/u,
    ],
  ])("with the company's saved answer: %s", (company, text, said) => {
    const { first } = goldenAnswer(company as "rheinwerk", text);
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(said);
  });

  it.each([
    [
      "kaffeekollektiv",
      "Macht ihr dieses Jahr wieder den Latte-Art-Kurs in Kreuzberg?? Hab den letzten total verpasst 😭",
      /Latte-Art-Kurs/u,
    ],
    [
      "rheinwerk",
      "Kann man bei Ihnen auch gleich eine Wallbox für das E-Auto mit einbauen lassen, wenn im Herbst die Solaranlage kommt? Dann hätte man alles in einem Abwasch. Mein Sohn meint das geht nicht",
      /Wallbox/u,
    ],
    [
      "kaffeekollektiv",
      "Is the Ethiopia Guji coming back?? It's been sold out for weeks and it's literally the only one my husband drinks now 😅",
      /Ethiopia Guji/u,
    ],
  ])("held until it is answered: %s", (company, text, named) => {
    const { assessment, first } = goldenAnswer(company as "rheinwerk", text);
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("holding-reply");
    expect(first?.text).toMatch(named);
  });
});

describe("a case is read for what it is", () => {
  it("a card payment gone through twice is a bill, not an order not come", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "heut morgen in eurem café: cappuccino bestellt, 4,20 gezahlt, kartenzahlung ging 2x durch. bon hab ich. bin stammkundin seit 3 jahren, bitte klären 🙏",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
    expect(first?.text).not.toMatch(/Lob|angekommen/u);
  });

  it("electricity use tripled is said as such", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Honestly disappointed. We had a Rheinwerk heat pump put into our 1960s semi in Leverkusen in November, and in the first proper cold week our electricity use has tripled. The installer assured us the heat load had been calculated.",
    );
    expect(first?.text).toMatch(/your electricity use has tripled/u);
  });

  it("an order number inside a compound is not asked for again", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      'Sorry, aber das ist unprofessionell hoch zehn. Firmenbestellung 50766, 12 kg Bohnen für unsere drei Standorte, seit 9 Tagen "in Bearbeitung", auf drei Mails null Reaktion. Bei so nem Saftladen bestellen wir nicht nochmal, wenn das so weitergeht.',
    );
    expect(first?.text).toMatch(/50766/u);
    expect(first?.text).not.toMatch(/Vorgangsnummer|Bestellnummer/u);
  });

  it("a courtesy and the writer's trade are no topic", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Mit Verlaub, was Rheinwerk seit der Systemumstellung abliefert, ist Amateurniveau. Ich vermiete drei Häuser in Leverkusen-Opladen, und meine Mieter in der Bahnhofstraße 41 bekommen Abschlagspläne für die Wohnungen 7 und 8 – das Haus hat sechs Wohnungen. Erklären darf ich das dann meinen Mietern. Peinlich.",
    );
    expect(first?.text).not.toMatch(/Verlaub/u);
  });
});
