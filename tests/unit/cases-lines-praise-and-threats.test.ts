import { describe, expect, it } from "vitest";
import { companyAnswers, goldenAnswer } from "./company-answers";

/**
 * Comments from the first stop of 2026-12-03: thirty of our own for a city's bus company (never met before) and six
 * fresh batches written by helpers to the golden set's two companies. Each was read wrongly before: a bus line's
 * cancellation told as trouble with "Linie", a cloth handed over read as an insult, arson wished on a café kept,
 * praise of a driver who waited read as sarcasm, a saved reply missed for "Geschenkkarten".
 */
const bus = companyAnswers("Stadtwerke Talheim", "facebook", "Renate Vogel");

describe("deletion: what is said of a thing is no insult, harm wished or promised is a threat", () => {
  it.each([
    "Die junge Frau an der Theke hat nur mit den Schultern gezuckt und uns einen Lappen hingelegt.",
    "Das Pack Kaffee kam kaputt an, bitte ersetzen.",
    "Wozu brauch ich eigentlich Urlaubstage, wenn ich sie auch für euch verbrennen kann? 🙃",
    "@kaffeekollektiv your post says Südvorstadt opens 7:30. pretty sure it's 8, I stood outside at 7:45 last Wednesday like an idiot 🤷",
    "Ich stand da wie ein Depp, weil der Bus einfach durchgefahren ist.",
    "Ich kündige zum Monatsende. Das ist keine Drohung, das ist ein Versprechen.",
    "Die Ware liegt im Lager, ich weiß wo das Lager ist, bin ja Kunde.",
  ])("keeps: %s", (text) => {
    expect(bus(text).assessment.verdict).not.toBe("may-delete");
  });

  it.each([
    ["Du Lappen, lern erstmal lesen.", "insult"],
    ["Du bist wie ein Depp.", "insult"],
    [
      "@kaffeekollektiv hope someone torches your Kreuzberg place with all those soy latte freaks inside 🔥🔥🔥",
      "threat",
    ],
    ["Hoffentlich zündet jemand euren Laden an.", "threat"],
    ["Wenn euer Monteur nochmal bei uns auf den Hof fährt, dann fährt er nicht mehr heil weg.", "threat"],
    ["Ich weiß, wo euer Lager ist.", "threat"],
    ["Eure Monteure sollte man mal ordentlich vermöbeln, wenn die nochmal hier auftauchen. 🤬👊", "threat"],
    [
      "Kein Wunder, wenn ihr nur noch Ausländer als Monteure einstellt, die weder Deutsch noch Handwerk können. Das Pack gehört abgeschoben.",
      "identity-hate",
    ],
  ])("licenses: %s", (text, kind) => {
    const { assessment } = bus(text);
    expect(assessment.verdict).toBe("may-delete");
    expect(assessment.violations.map((v) => v.kind)).toContain(kind);
  });

  it("sends women put behind the stove to review with the company's stance", () => {
    for (const text of [
      "Frauen gehören hinter den Herd.",
      "Women belong behind a kitchen counter, not a business plan.",
    ]) {
      const { assessment, suggestions } = bus(text);
      expect(assessment.verdict).toBe("review");
      expect(suggestions[0]?.strategy).toBe("state-stance");
    }
  });

  it("answers hate around a case with the boundary alone, never sorry for the visit", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Kein Wunder, dass bei euch nix mehr funktioniert, wenn ihr nur noch Ausländer als Monteure einstellt, die weder Deutsch noch Handwerk können. Das Pack gehört abgeschoben, nicht in deutsche Heizungskeller.",
    );
    expect(first?.strategy).toBe("boundary");
    expect(first?.text).not.toMatch(/leid|Besuch/);
  });
});

describe("praise is read as praise: a driver who waited, a polite objection, patience at the third time", () => {
  it("thanks for the driver who waited instead of taking 'criticism' seriously", () => {
    const { assessment, suggestions } = bus(
      "Ich möchte mich mal bei dem Busfahrer der Linie 12 bedanken, der heute gewartet hat, bis ich mit meinem Rollator eingestiegen war. Das ist nicht selbstverständlich!",
    );
    expect(assessment.tone).toBe("positive");
    expect(assessment.intent.sarcasm).toBe(false);
    expect(suggestions[0]?.text).not.toMatch(/Kritik/);
  });

  it.each([
    [
      "rheinwerk",
      "Credit where it's due. We run a small architecture studio near Bonn and finally replaced our old gas boiler. Rheinwerk technician Stefan and his colleague installed the WP 12 in two days, left the place spotless and spent half an hour showing our team how the app works. Rare to see that level of care.",
      /Stefan/,
    ],
    [
      "rheinwerk",
      "Wir hatten richtig Bammel vor der Wärmepumpe. Jetzt, nach dem ersten Winter: Die WP 12 läuft, das Haus ist warm, und das liegt auch an Murat, Ihrem Techniker. Er hat jede Frage beantwortet, auch bei der dritten Wiederholung. Danke!",
      /Murat/,
    ],
    [
      "rheinwerk",
      "Im Namen der Schulleitung möchte ich mich bei Rheinwerk bedanken: Die Solaranlage auf dem Gymnasium läuft seit vier Wochen, und Projektleiterin Frau Albers hat unseren Physik-Kurs bei der Inbetriebnahme dabei sein lassen. Besser kann man Energiewende nicht erklären.",
      /Frau Albers/,
    ],
    [
      "rheinwerk",
      "Credit where it's due: Rheinwerk installer Tobias Brandt and his team fitted our WP 9 over two days in January and left the boiler room cleaner than they found it. Recommended.",
      /Tobias Brandt/,
    ],
    [
      "kaffeekollektiv",
      "Shoutout to the crew at Leipzig-Südvorstadt!! Came in soaked with a toddler who was losing it, and Mira brought us a warm cocoa and a pile of crayons without us even asking. ❤️",
      /Mira/,
    ],
    [
      "kaffeekollektiv",
      "@kaffeekollektiv Shoutout ans Team in #Ottensen 🙌 der Flat White heut morgen war 🔥 und Jonte hat mir sogar erklärt welchen Mahlgrad ich für meine Herdkanne nehmen soll.",
      /Jonte/,
    ],
    [
      "kaffeekollektiv",
      "leute der neue espresso ist der hammer 🔥 und grüße an ole in ottensen, beste latte art der stadt",
      /Ole/,
    ],
    ["kaffeekollektiv", "shoutout to deniz at the kreuzberg café who remembered my order after ONE visit ☕️", /Deniz/],
  ] as const)("%s thanks the one named: %s", (company, text, named) => {
    const { first } = goldenAnswer(company, text);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(named);
    expect(first?.text).not.toMatch(/Kritik|criticism|boiler!|zum Thema (?:Namen|Schulleitung|Hammer)/);
  });

  it("says nothing of a measure, the writer's own ticket or what is gone as what was praised", () => {
    const praised = [
      bus("Kontrolleure heute in der 9 waren total freundlich, obwohl ich mein Ticket erst suchen musste. Danke!"),
      bus(
        "Samstagabend, minus 8 Grad, unsere Heizung geht aus. Um 22 Uhr stand Techniker Jannik vor der Tür und hat den Fühler getauscht. Danke Jannik!",
      ),
      bus(
        "jonas in der südvorstadt hat mir heute erklärt wie man ne herdkanne benutzt. endlich kein bitterer kaffee mehr 🙏",
      ),
    ];
    for (const { suggestions } of praised) expect(suggestions[0]?.text).not.toMatch(/Thema (?:Ticket|8 Grad|Bitterer)/);
  });

  it("reads 'With respect, …' and 'it would be good to see' as an objection, not praise", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "With respect, I've audited dozens of 1960s semis where a WP 9-class unit simply can't keep up below −10 °C. It would be good to see real performance data from your own installs.",
      "linkedin",
    );
    expect(assessment.tone).not.toBe("positive");
  });
});

describe("the case as it was told: a bus line, a late number, a spilled drink, points gone, a login refused", () => {
  it("names the line that was cancelled", () => {
    const [first] = bus(
      "Die Linie 7 ist heute morgen schon wieder ausgefallen, ich stand 25 Minuten an der Haltestelle Marktplatz in der Kälte.",
    ).suggestions;
    expect(first?.strategy).toBe("case-next-step");
    expect(first?.text).toMatch(/die Linie 7 ausgefallen ist/);
  });

  it("names 'the 22' and invents no engineer", () => {
    const [first] = companyAnswers(
      "Stadtwerke Talheim",
      "x",
      "tom_w",
    )(
      "I swear if the 22 is late one more time I'm going to lose my job. This is the fourth time this month.",
    ).suggestions;
    expect(first?.text).toMatch(/the 22/);
    expect(first?.text).not.toMatch(/engineer|\(job\)/);
  });

  it.each([
    [
      "kaffeekollektiv",
      "Bit gutted – ordered a large hazelnut latte at Kreuzberg on Saturday, lid wasn't on properly and the whole thing went down my coat as I picked it up. Staff were lovely about it but I'm left with a coat that needs dry cleaning.",
      /your drink ended up all over your coat/,
    ],
    [
      "kaffeekollektiv",
      "Ok so long story. I've been coming to your Kreuzberg café every morning since 2022. In February the staff told everyone to switch to the new app, so I did, and the 28 points I'd collected are just gone.",
      /your points are gone/,
    ],
    [
      "rheinwerk",
      "Seit dem Update auf Version 5.3.0 komm ich in die Rheinwerk Zuhause App nicht mehr rein, da steht nur 'Anmeldung fehlgeschlagen'. Passwort stimmt.",
      /nicht einloggen können/,
    ],
    [
      "rheinwerk",
      "unsere wp 9 ist seit 3 tagen aus. störungsdienst angerufen, ticket aufgemacht, keiner kommt. kundennummer 4410-2287. wie lange noch???",
      /noch niemand bei Ihnen war.*WP 9/s,
    ],
  ] as const)("%s: %s", (company, text, said) => {
    const { first } = goldenAnswer(company, text);
    expect(first?.strategy).toMatch(/^case-/);
    expect(first?.text).toMatch(said);
    expect(first?.text).not.toMatch(/Thema (?:Kommt|Heizlüfter)|trouble with your coat|our app/);
  });

  it("sets a boundary for 'verlogene Abzocker' and names the amount debited without a euro sign", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Ihr verlogenen Abzocker! Abo am 3. März gekündigt, Bestätigung hab ich, und trotzdem heute 32,90 abgebucht. Betrüger seid ihr, nix anderes.",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/32,90/);
  });

  it("reads a correction that fears a closed door as a correction, and names the times in brackets", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Kleine Korrektur zu eurem Post von gestern: Da steht, das Café in Ottensen hat sonntags bis 19 Uhr auf. Laut eurer Website ist am Wochenende aber um 18 Uhr Schluss. Nicht dass am Sonntag jemand um halb sieben vor verschlossener Tür steht 😉",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).not.toMatch(/zum Thema/);
  });
});

describe("questions: a ticket of one's own is no politics, an eye-roll no mockery, a saved reply in other words", () => {
  it("answers 'mein Deutschlandticket vergessen … Kann ich das nachreichen?'", () => {
    const { assessment } = bus(
      "Ich bin so blöd, hab gestern mein Deutschlandticket zuhause vergessen und musste 60 € Strafe zahlen. Kann ich das irgendwie nachreichen?",
    );
    expect(assessment.intent.offTopic).toBe(false);
    expect(assessment.replyNeeded).toBe(true);
  });

  it.each([
    [
      "Zahlt man bei euch für Hafer extra? Hier in Leipzig knöpfen einem gefühlt alle 50 Cent mehr ab und langsam reicht's 🙄",
      /ohne Aufpreis/,
    ],
    [
      "@kaffeekollektiv verkauft ihr sowas wie Geschenkkarten? Meine Schwester wohnt in Hamburg und ist komplett süchtig nach eurem Flat White 😅",
      /Gutscheine/,
    ],
    [
      "Wir sind ab 12. August drei Wochen in Kroatien 🏖️ Kommt dann trotzdem alle zwei Wochen die Kaffeelieferung? Wie stell ich das ab ohne gleich alles zu kündigen?",
      /pausieren/,
    ],
    [
      "Hi! Moved from Berlin to Utrecht last year and I miss your Ethiopia beans soooo much 😭 is there any way to get them sent over here, and what does that cost roughly?",
      /ship to all EU countries/,
    ],
  ])("kaffeekollektiv: %s", (text, answered) => {
    const { first } = goldenAnswer("kaffeekollektiv", text);
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(answered);
  });

  it("rheinwerk: 'Zahlt der Staat da eigentlich was dazu?' meets the grant's saved reply", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Wir überlegen, unsere 30 Jahre alte Ölheizung rauszuschmeißen. Zahlt der Staat da eigentlich was dazu? Und macht ihr den Papierkram?",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(/Förderung/);
  });
});

describe("the writer's own words: a masked insult is meant, a self-insult and the weather are sworn at nobody", () => {
  it("licenses 'a rude b**ch' said of the barista, and answers the case beside the boundary", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "The barista in Kreuzberg today was a rude b**ch, wanted €0.50 extra for oat milk. I thought oat milk was free at your places??",
    );
    expect(assessment.verdict).toBe("may-delete");
    expect(first?.strategy).toBe("boundary-and-help");
  });

  it.each([
    [
      "rheinwerk",
      "Minus 12 Grad, Schneesturm, und ich Vollpfosten hab die Notfallnummer nicht aufgeschrieben 😤 WP 12 zeigt seit heut Nacht um 3 „Hochdruckstörung“, Haus wird kalt, Kinder frieren. Wer hilft???",
    ],
    [
      "kaffeekollektiv",
      "Damn this freezing weather 🥶 my beans finally arrived today after sitting 2 days in a frozen mailbox, order KK-59877. Are they still ok to brew or are they ruined?",
    ],
  ] as const)("sets no boundary for %s: %s", (company, text) => {
    const { first } = goldenAnswer(company, text);
    expect(first?.strategy).not.toMatch(/boundary/);
    expect(first?.text).not.toMatch(/sachlich|civil|respectful/);
  });

  it("answers Berlin dialect in German", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Na toll. 45 Minuten uff meinen Hafer-Flat-White in Kreuzberg jewartet. Janz großes Kino, Leute 👏👏",
    );
    expect(first?.language).toBe("de");
  });

  it("needs no reply to the heating law put to the government", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "@rheinwerk @Bundesregierung the whole heating law was a disaster from day one, politicians never learn anything",
      "x",
    );
    expect(assessment.intent.offTopic).toBe(true);
  });

  it("thanks 'der Typ an der Theke (Jonas glaub ich)' by name, not for the counter", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "So ein Drecksregen heute in Hamburg 🌧️🤬 bin klitschnass ins Café in Ottensen rein und der Typ an der Theke (Jonas glaub ich) hat mir einfach n Handtuch und nen Flat White aufs Haus hingestellt. Tag gerettet. Ihr seid die besten ❤️",
    );
    expect(first?.text).toMatch(/Jonas/);
    expect(first?.text).not.toMatch(/Theke/);
  });

  it("keeps an idiot-proof app and an idiot light", () => {
    expect(
      goldenAnswer("rheinwerk", "Your new app is finally idiot proof, even my dad managed to send his meter reading.")
        .assessment.verdict,
    ).toBe("keep");
  });
});

describe("a payroll provider on LinkedIn and X: an afterthought threat, a trope about staff, dates set right", () => {
  const payroll = companyAnswers("Lohnwerk", "linkedin", "Katrin Hoffmann");

  it("licenses 'should be fired. and shot.' and 'gehört entlassen. Und erschossen.'", () => {
    for (const text of [
      "whoever designed your new invoice layout should be fired. and shot.",
      "Der Typ gehört entlassen. Und erschossen.",
    ]) {
      const { assessment } = payroll(text);
      expect(assessment.verdict).toBe("may-delete");
      expect(assessment.violations.map((v) => v.kind)).toContain("threat");
    }
    expect(payroll("Your app crashed. And the support never answered.").assessment.verdict).toBe("keep");
  });

  it("reviews 'alles Inder, die kein Deutsch können', and keeps a grandmother who cannot read German", () => {
    expect(
      payroll("Eure Entwickler sind doch alles Inder, die kein Deutsch können. Kein Wunder, dass nichts funktioniert.")
        .assessment.verdict,
    ).toBe("review");
    expect(payroll("Meine Oma kann kein Deutsch lesen, gibt es die Rechnung auf Türkisch?").assessment.verdict).toBe(
      "keep",
    );
  });

  it("checks both dates of an English correction with their month", () => {
    const [first] = payroll(
      "I think there's a typo in your post: it says the deadline is 15 January, but the official guidance says 10 January.",
    ).suggestions;
    expect(first?.text).toMatch(/15 January and 10 January/);
  });

  it("needs no reply to red tape in Germany, and names no 'Wunder'", () => {
    const { assessment, suggestions } = payroll(
      "Die ganze Bürokratie in Deutschland ist doch ein Witz. Kein Wunder, dass der Mittelstand abwandert.",
    );
    expect(assessment.intent.offTopic).toBe(true);
    expect(suggestions.map((s) => s.text).join(" ")).not.toMatch(/Wunder/);
  });

  it("reads fifty minutes in the support chat as a case, and 'anyone alive over there?' as no question", () => {
    const { assessment, suggestions } = companyAnswers(
      "Lohnwerk",
      "x",
      "hr_nina",
    )(
      "@Lohnwerk your support chat has been 'connecting you to an agent' for 50 minutes. payroll runs tomorrow. anyone alive over there?",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(suggestions[0]?.strategy).not.toBe("holding-reply");
    expect(suggestions[0]?.text).not.toMatch(/thanks for asking/i);
  });
});

describe("more cases as told: a power cut, coffee ground wrong, a cake sold out, a roast date in April", () => {
  it.each([
    [
      "rheinwerk",
      "Großartig, Rheinwerk. Sie bewerben hier 'Energie für den Mittelstand', und unsere Bäckerei in Deutz hatte am Samstag zum zweiten Mal in einem Monat einen Stromausfall – 4 Stunden. Vielleicht erstmal Energie liefern, dann posten.",
      /Stromausfall/,
    ],
    [
      "kaffeekollektiv",
      "So it pains me to write this, but the last two deliveries of Finca La Esperanza came ground for espresso although my subscription clearly says French press. Order 58190 was the latest one.",
      /didn't arrive as ordered/,
    ],
    [
      "kaffeekollektiv",
      "A friend told me I HAD to try your café in Ottensen. Lovely place. But I'm vegan and there was not a single vegan cake left at 11 in the morning, even though your website says there are always at least two.",
      /run out of vegan cake in Ottensen/,
    ],
  ] as const)("%s: %s", (company, text, said) => {
    const { first } = goldenAnswer(company, text);
    expect(first?.text).toMatch(said);
    expect(first?.text).not.toMatch(/Bestellung noch nicht angekommen|hasn't arrived|our website/);
  });

  it("never thanks 'freshly roasted' beans dated January when it's April", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "love that my 'freshly roasted' Kenya AA has a roast date of 12 January. it's April. fresh like my grandma's fruitcake 😌",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.text).not.toMatch(/thank|glad/i);
  });
});

describe("batches 83-85: short posts typed small, long stories, and praise that sounds like a complaint", () => {
  it.each([
    [
      "kaffeekollektiv",
      "@kaffeekollektiv die Brasil Cerrado im Siebträger 🔥🔥 schokoladig ohne ende, hab direkt das zweite kilo bestellt. ihr seid gefährlich",
      /./,
    ],
    [
      "kaffeekollektiv",
      "Muss mal gesagt werden: Deniz in Ottensen ist der beste. Merkt sich nach 2 Besuchen meine Bestellung (Cortado, extra heiß) 🦢",
      /Deniz/,
    ],
    [
      "rheinwerk",
      "Ich möchte mich einmal bedanken. Wir wohnen in einem Haus von 1958 und alle haben gesagt, Wärmepumpe geht da nicht. Marek und Jonas haben die WP 12 in zwei Tagen eingebaut und mir geduldig alles erklärt 😊 Es ist schön warm. Danke!",
      /Marek und Jonas/,
    ],
    [
      "rheinwerk",
      "wp 9 in 2 tagen eingebaut, monteur herr yilmaz hat mega sauber gearbeitet. top @rheinwerk 👍",
      /Herr Yilmaz/,
    ],
    [
      "rheinwerk",
      "rhienwerk hotline heut früh 8:05 sofort dran gewesen, frau becker super nett. geht doch 😊",
      /Frau Becker/,
    ],
  ] as const)("%s thanks: %s", (company, text, named) => {
    const { assessment, first } = goldenAnswer(company, text);
    expect(assessment.tone).toBe("positive");
    expect(first?.strategy).toMatch(/^thank/);
    expect(first?.text).toMatch(named);
    expect(first?.text).not.toMatch(/Kritik|unserem Siebträger/);
  });

  it("still reads a dangerous staircase as criticism", () => {
    expect(
      goldenAnswer("kaffeekollektiv", "Eure Treppe im Café ist gefährlich, meine Mutter wäre fast gestürzt.").assessment
        .tone,
    ).not.toBe("positive");
  });

  it("never thanks 'toll, 25 min für nen cappuccino'", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "toll @kaffeekollektiv, 25 min für nen cappuccino in kreuzberg. entschleunigung pur 🐌",
      "x",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.text).not.toMatch(/dank|schön, dass/i);
  });

  it("licenses 'eure monteure sollte man mal richtig abreiben', keeps tiles rubbed down", () => {
    expect(
      goldenAnswer("rheinwerk", "@rheinwerk eure monteure sollte man mal richtig abreiben, dann kapieren die was", "x")
        .assessment.verdict,
    ).toBe("may-delete");
    expect(
      goldenAnswer("rheinwerk", "Die Fliesen ordentlich abreiben und trocknen lassen, dann geht der Kalk weg.")
        .assessment.verdict,
    ).toBe("keep");
  });

  it.each([
    ["rheinwerk", "@rheinwerk anyone else watching the election debate tonight? politics in this country is a circus"],
    ["kaffeekollektiv", "@kaffeekollektiv was haltet ihr eigtl von der mietpreisbremse? berlin wird echt unbezahlbar"],
  ] as const)("%s needs no reply to politics asked of everyone: %s", (company, text) => {
    expect(goldenAnswer(company, text, "x").assessment.intent.offTopic).toBe(true);
  });

  it.each([
    [
      "rheinwerk",
      "Ich schreibe das hier, weil ich mir nicht mehr anders zu helfen weiß. Meine Mutter ist 82 und hat sich letztes Jahr eure Wärmepumpe WP 9 einbauen lassen. Seit Samstagabend zeigt das Display nur noch Fehler E4 und die Heizung bleibt kalt. Sie sitzt mit einem Heizlüfter im Wohnzimmer, und ich mag gar nicht an die Stromrechnung denken, die das gibt.",
      /Heizung/,
      /Abrechnung/,
    ],
    [
      "kaffeekollektiv",
      "Ich hab einen kleinen Blumenladen direkt neben eurem Café in der Südvorstadt, seit 19 Jahren. Aber seit ein paar Wochen parkt jeden Dienstag euer Lieferwagen so vor meinem Eingang, dass meine Kundschaft mit Rollator nicht reinkommt.",
      /./,
      /Bestellung|19 Jahren/,
    ],
    [
      "kaffeekollektiv",
      "@kaffeekollektiv order 50332 came french press ground instead of espresso. cant use it in my machine 😕",
      /didn't arrive as ordered/,
      /hasn't arrived/,
    ],
  ] as const)("%s: tells the case told near its failure: %s", (company, text, said, never) => {
    const { first } = goldenAnswer(company, text);
    expect(first?.text).toMatch(said);
    expect(first?.text).not.toMatch(never);
  });

  it("reads 'keiner ging ran' as a complaint", () => {
    expect(
      goldenAnswer("rheinwerk", "meine frau hat gestern angerufen, keiner ging ran").assessment.intent.complaint,
    ).toBeDefined();
  });
});

describe("delight at a bill that came is sarcasm, a bill praised for its layout is not", () => {
  it("never thanks 'Ach wie schön, die Jahresabrechnung ist da! 🎉 … 9.800 kWh'", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Ach wie schön, die Jahresabrechnung ist da! 🎉 Verbrauch laut Rheinwerk: 9.800 kWh. Für eine Single-Wohnung in Nippes. Ich wusste gar nicht, dass ich nebenbei ein Rechenzentrum betreibe. Bravo.",
    );
    expect(first?.text).not.toMatch(/dank|schön, dass|zufrieden/i);
  });

  it("thanks 'Ach wie schön, die neue Rechnung ist viel übersichtlicher geworden, danke!'", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Ach wie schön, die neue Rechnung ist viel übersichtlicher geworden, danke!",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(assessment.tone).toBe("positive");
  });
});

describe("the bus company's comments read again at the end", () => {
  const x = companyAnswers("Stadtwerke Talheim", "x", "sophie_l");

  it("thanks for 'the bus' and 'the e-bus', with the article English needs", () => {
    expect(
      x("honestly the night bus saved me so many times, thank you to whoever decided to keep the N4 running ❤️")
        .suggestions[0]?.text,
    ).toMatch(/about the bus/);
    expect(
      x("Congrats to the whole team on the new e-bus depot! Great to see a municipal operator leading on this.")
        .suggestions[0]?.text,
    ).toMatch(/about the e-bus/);
  });

  it("asks for no branch when a driver on a line was rude, and calls it no visit", () => {
    const [first] = x(
      "Bus 3 driver today was incredibly rude to an elderly lady who asked for directions. Yelled at her in front of everyone. Not ok.",
    ).suggestions;
    expect(first?.text).toMatch(/on bus 3/);
    expect(first?.text).not.toMatch(/branch|visit/);
    const [german] = bus(
      "Der Fahrer der Linie 12 hat heute eine ältere Dame angeschrien, nur weil sie nach dem Weg gefragt hat. Unmöglich.",
    ).suggestions;
    expect(german?.text).toMatch(/in der Linie 12/);
    expect(german?.text).not.toMatch(/Besuch|Filiale/);
  });

  it("says 'Weihnachtsmarkt' back without the genitive -s", () => {
    const [first] = bus(
      "Super Idee, die Haltestelle Rathaus während des Weihnachtsmarkts zu verlegen und das nirgends anzukündigen. Wirklich durchdacht.",
    ).suggestions;
    expect(first?.text).toMatch(/Weihnachtsmarkt(?!s)/);
  });
});

describe("the writer's own 'ich' before a coarse verb still swears", () => {
  it("keeps 'scheiß' in 'Ich scheiß auf euren Service' as coarse language", () => {
    expect(bus("Ich scheiß auf euren Service, Abo ist gekündigt.").assessment.violations.map((v) => v.kind)).toContain(
      "profanity",
    );
  });
});

describe("the first failure told names the case, and a subscription's year is no wait", () => {
  it("reads deliveries that never came as the case, with the debit told after them", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Hallo ihr Lieben, ich hab einen kleinen Friseursalon in Halle. Deswegen hab ich seit einem Jahr euer Abo mit dem Espresso Wedding, 2 kg im Monat. Die letzten zwei Lieferungen sind einfach nicht angekommen. Laut Sendungsverfolgung ist alles zugestellt, aber bei mir war nix. Ich steh jetzt seit drei Wochen da und kauf Supermarktbohnen. Abgebucht wurde natürlich trotzdem. Könnt ihr da bitte mal nachsehen?",
    );
    expect(assessment.intent.complaint?.problem).toBe("delivery");
    expect(first?.text).not.toMatch(/seit einem Jahr|Abrechnung/);
  });

  it("names the new instalment that was debited, not the old one", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Hallo Rheinwerk, ich bin echt sauer. Mein Abschlag ist ohne jede Erklärung von 98 € auf 164 € im Monat hochgegangen. Kein Brief, keine Mail, nix. Einfach am 1. abgebucht. Kundennummer 40719322.",
    );
    expect(first?.text).toMatch(/164 €/);
    expect(first?.text).not.toMatch(/Abbuchung über 98 €/);
  });
});

describe("a bakery: bought at the counter, a choice taken away, an order to collect not ready", () => {
  const bakery = companyAnswers("Bäckerei Krume", "facebook", "Sandra Wolf");

  it("asks no order number of pretzels bought 'bei euch am Hauptbahnhof'", () => {
    const [first] = bakery(
      "Hab gestern bei euch am Hauptbahnhof zwei Laugenbrezeln gekauft, eine war innen noch komplett roh. Und die Verkäuferin hat nur gesagt, das sei halt so. 2,40 € für nix.",
    ).suggestions;
    expect(first?.text).not.toMatch(/Bestellnummer/);
  });

  it("never thanks 'jetzt nur noch Kartenzahlung … Danke auch.', and thanks 'endlich nur noch Bio-Mehl'", () => {
    const [first] = bakery(
      "Super, jetzt gibt es bei euch nur noch Kartenzahlung. Meine Oma hat keine Karte. Danke auch.",
    ).suggestions;
    expect(first?.text).not.toMatch(/dank|schön, dass/i);
    expect(bakery("Super, jetzt gibt es endlich nur noch Bio-Mehl bei euch, danke!").assessment.tone).toBe("positive");
  });

  it("says a cake ordered for 14 Uhr was not ready in time, not that it has not arrived", () => {
    const [first] = companyAnswers(
      "Bäckerei Krume",
      "x",
      "fabi",
    )(
      "bestellung für den kindergeburtstag (torte, 12 muffins) war für 14 uhr bestellt, um 15:30 immer noch nicht fertig. bestellnr 2231. die kinder haben geheult.",
    ).suggestions;
    expect(first?.text).toMatch(/nicht rechtzeitig fertig/);
    expect(first?.text).not.toMatch(/angekommen/);
  });
});
