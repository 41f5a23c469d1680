import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * Comments from the stop of 2026-12-04 (sixth session): batches 145–150, written by helpers to the golden set's two
 * companies. Each was answered wrongly before: praise read as criticism ("nicht sauer", "keinen Dreck hinterlassen",
 * "möchte mich bedanken bei"), sarcasm and a remark on the news thanked, corrections answered as a heat pump's case
 * or with a saved fact about something else, beliefs the company's own fact sets right left with "we're reading
 * along", and a German light roast ("GANZ HELL") told to keep it civil.
 */

describe("praise that was read as criticism", () => {
  it.each([
    [
      "kaffeekollektiv",
      "Die neue Röstung Kolumbien Huila ist der Hammer!! Endlich mal n Filterkaffee der nicht sauer ist 🔥☕",
      /Kolumbien Huila/u,
    ],
    [
      "rheinwerk",
      "Muss auch mal was Positives loswerden: Herr Brückner und sein Kollege haben bei Schneeregen unsere Wärmepumpe eingebaut, alles in Ruhe erklärt und nicht mal Matsch im Flur hinterlassen. Danke!!",
      /Herr Brückner/u,
    ],
    ["rheinwerk", "Die Monteure haben keinen Dreck im Flur hinterlassen. Danke!", /Montageteam|Monteur/u],
    [
      "rheinwerk",
      "Ich möchte mich auf diesem Weg mal bedanken bei dem jungen Mann Herrn Yilmaz der am Donnerstag bei uns war wegen der Wärmepumpe die immer so gebrummt hat. Er hat alles ganz in Ruhe erklärt. Das gibt es heute nicht mehr oft!! Bitte richten Sie ihm das aus.",
      /Herr Yilmaz/u,
    ],
    [
      "rheinwerk",
      "Glückwunsch an Rheinwerk zur 500. Wärmepumpe in Köln! 🎉 Als Partnerbetrieb für die Hydraulik waren wir bei vielen Einbauten dabei – besonders mit dem Montageteam um Tarek Nasser läuft das immer sauber und pünktlich.",
      /Tarek Nasser/u,
    ],
    [
      "kaffeekollektiv",
      "Danke nochmal fürs Catering auf unserer Messe in Hamburg – Kim und Ole haben an zwei Tagen über 800 Cappuccini gemacht. Gerne wieder!",
      /Kim und Ole/u,
    ],
    [
      "kaffeekollektiv",
      "Großes Lob an jule in kreuzberg, die hat mir den besten cortado meines lebens gemacht ☕",
      /Jule/u,
    ],
  ] as const)("is thanked, naming who or what: %s", (company, text, named) => {
    const { assessment, first } = goldenAnswer(company, text);
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(named);
  });

  it("says praise typed small among borrowed words in German", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "großes lob an jule in kreuzberg!! bester cortado ever ☕",
      "x",
    );
    expect(assessment.language).toBe("de");
  });

  it.each(["Der Kaffee ist mir zu sauer, schade.", "Ich bin echt sauer auf euch."])(
    "still hears sour coffee and anger as criticism: %s",
    (text) => {
      expect(goldenAnswer("kaffeekollektiv", text).assessment.tone).toMatch(/^(?:critical|angry)$/u);
    },
  );

  it("still reads mess left behind as the case it is", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Die Monteure haben überall Dreck hinterlassen. Danke auch!",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.text ?? "").not.toMatch(/danke für|vielen dank/iu);
  });
});

describe("sarcasm and the news that were thanked", () => {
  it.each([
    [
      "rheinwerk",
      "Tolle Solaranlage die ihr uns da aufs Dach geschraubt habt 👍 Heute sagenhafte 0,4 kWh. Damit krieg ich fast ne Kanne Tee warm. Weiter so Rheinwerk!!",
    ],
    [
      "kaffeekollektiv",
      "Arbeite selbst in einer Rösterei und muss schmunzeln: „Specialty“ auf die Tüte schreiben macht noch keinen Specialty Coffee 😉 Aber Marketing könnt ihr, Respekt 👏",
    ],
    [
      "kaffeekollektiv",
      "Love the new sustainability post 🌱👏 really inspiring. Shame the Ottensen café still snaps a plastic lid on every single to-go cup but hey, nice graphic",
    ],
  ] as const)("is taken seriously, never thanked: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company, text);
    expect(assessment.tone).toBe("critical");
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").not.toMatch(/dank|thank/iu);
  });

  it("does not read the English verb 'gut' as German praise", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "this is what happens when you gut local news. a whole county with no paper. grim 🧵👇",
      "x",
    );
    expect(assessment.tone).not.toBe("positive");
    expect(first?.text ?? "").not.toMatch(/thank/iu);
  });

  it("leaves a rail strike alone", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Bahnstreik Nummer 5 und ich steh in Göttingen am Gleis. Danke für nix 🙃 #GDL",
      "x",
    );
    expect(assessment.intent.offTopic).toBe(true);
    expect(first?.strategy).toBe("no-reply-needed");
  });
});

describe("corrections read as cases, questions or nothing", () => {
  it.each([
    [
      "rheinwerk",
      "Small but important error in the graphic: a heat pump turning 1 kWh of electricity into 4 kWh of heat is an efficiency of 400%, not 40%. Worth fixing before someone screenshots it.",
    ],
    [
      "rheinwerk",
      "Die Adresse im Post stimmt nicht!! Das Beratungszentrum ist doch gar nicht mehr in der Hafenstraße 12, ihr seid seit dem Frühjahr in der Deichstraße 40.",
    ],
    [
      "kaffeekollektiv",
      "Schöner Beitrag über eure neue Ernte! Eine Anmerkung: Sidamo ist eine Region in Äthiopien, nicht in Kenia. Vielleicht wurde beim Text was vertauscht?",
    ],
    [
      "rheinwerk",
      "ähm der 14.11. ist n Freitag, kein Donnerstag. welcher tag gilt jetzt für den Infoabend Wärmepumpe?",
    ],
    [
      "rheinwerk",
      "Kleiner fachlicher Einwand zum Beitrag: Eine JAZ von 5,5 für eine Luft-Wasser-Wärmepumpe im unsanierten Altbau halte ich für sehr optimistisch. Die Feldmessungen liegen eher zwischen 2,8 und 3,5. Woher stammt der Wert?",
    ],
  ] as const)("is a correction to check: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company, text);
    expect(assessment.role).toBe("know-it-all");
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("check-correction");
  });

  it.each([
    // "2,8" is no "8" of "8 bis 12 Wochen".
    "Kleiner fachlicher Einwand zum Beitrag: Eine JAZ von 5,5 für eine Luft-Wasser-Wärmepumpe im unsanierten Altbau halte ich für sehr optimistisch. Die Feldmessungen liegen eher zwischen 2,8 und 3,5. Woher stammt der Wert?",
    // "Bitte anpassen" is what every correction asks, not the instalment one can adjust.
    "Kleine Korrektur zum Beitrag: 10 kWp erzeugen im Rheinland keine 15.000 kWh pro Jahr. Realistisch sind bei guter Ausrichtung 9.000–10.000 kWh. Bitte anpassen.",
  ])("states no saved fact about something else: %s", (text) => {
    const { first } = goldenAnswer("rheinwerk", text);
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).not.toMatch(/Wochen|Abschlag/u);
    expect(first?.text).toMatch(/prüfen/u);
  });
});

describe("saved answers", () => {
  it("does not answer a commercial solar roof with the heat pump's heat load", () => {
    const { suggestions } = goldenAnswer(
      "rheinwerk",
      "Macht Rheinwerk auch Gewerbeanlagen in der Größenordnung 30 kWp, inkl. Berechnung, wie viel wir tagsüber selbst verbrauchen?",
      "linkedin",
    );
    expect(suggestions.some((s) => /Heizlast/u.test(s.text))).toBe(false);
  });

  it.each([
    [
      "rheinwerk",
      "Rheinwerk baut Wärmepumpen eh nur in Neubauten ein. Altbau lehnen die ab, hat mein Nachbar erzählt.",
      /Altbau/u,
    ],
    [
      "rheinwerk",
      "Let's be honest: air-source heat pumps stop being useful below -5 °C. Rheinwerk conveniently leaves that out of every single post.",
      /−20 °C/u,
    ],
  ] as const)("sets a belief right with the company's own fact first: %s", (company, text, fact) => {
    const { first } = goldenAnswer(company, text);
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(fact);
  });

  it.each([
    [
      "rheinwerk",
      "Guten tag, ich möchte gerne mal mit einem MENSCHEN TELEFONIEREN. Welche Nummer hat denn der Kundendienst und wann sitzt da auch einer dran. Gruß W. Pohl",
      /0221 555 0190/u,
    ],
    [
      "rheinwerk",
      "Mein Enkel hat mir die App aufs Handy gemacht aber ich finde nicht wo man den Zählerstand rein tut. Geht das auch irgendwie ohne diese App??",
      /rheinwerk\.example\/zaehlerstand/u,
    ],
    [
      "rheinwerk",
      "@Rheinwerk wie lange dauert das eigentlich bis so ne wärmepumpe drin ist? mein nachbar meint ein halbes jahr, stimmt das",
      /8 bis 12 Wochen/u,
    ],
    ["kaffeekollektiv", "Hafermilch kostet extra?", /ohne Aufpreis/u],
  ] as const)("answers a question in plain words with the saved answer: %s", (company, text, fact) => {
    const { first } = goldenAnswer(company, text, "x");
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(fact);
  });
});

describe("cases told in everyday words", () => {
  it("names both orders, and says they have not arrived", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Orders #KK-20411 and #KK-20412 both still not here after 2 weeks, what's going on?",
    );
    expect(first?.text).toMatch(/your orders #KK-20411 and #KK-20412 haven't arrived/u);
    const german = goldenAnswer("kaffeekollektiv", "Meine Bestellungen 61102 und 61103 sind nicht angekommen.").first;
    expect(german?.text).toMatch(/deine Bestellungen 61102 und 61103 noch nicht angekommen sind/u);
  });

  it.each([
    ["mein abo paket is schon wieder nicht gekommen, das zweite mal diesen monat. langsam nervts 😤", /Paket/u],
    [
      "Leute unser Büro-Abo ist letzte Woche nicht gekommen. 9 Leute ohne Kaffee 😩 was ist da los?",
      /Abo-Lieferung letzte Woche nicht angekommen/u,
    ],
  ] as const)("hears a subscription that did not come: %s", (text, said) => {
    const { assessment, first } = goldenAnswer("kaffeekollektiv", text);
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.text).toMatch(said);
    expect(first?.text).not.toMatch(/Termin/u);
  });

  it("reads nothing heard since an order as a wait, not the heat pump's fault", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Wir haben vor 5 Wochen den Auftrag für die Wärmepumpe unterschrieben, aber seitdem hört man GAR NICHTS mehr. Kein Anruf kein Brief. Kann uns bitte jemand anrufen??",
    );
    expect(assessment.intent.complaint?.problem).toBe("waiting");
    expect(first?.text).not.toMatch(/heizen bis|Probleme mit Ihrer Wärmepumpe/u);
  });

  it("hears a complaint announced as one, and an answer hoped for is no wait", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Guten Morgen ich habe eine Beschwerde und eine Frage. Erst die Beschwerde: der Monteur hat den alten Zähler einfach mitgenommen. Ich hoffe auf Antwort",
    );
    expect(assessment.intent.complaint?.problem).toBe("other");
  });

  it("does not read a judgement of the offer as the writer's case", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Ehrlich gesagt finde ich es ziemlich schwach, dass man bei einem Energieversorger dieser Größe immer noch keinen dynamischen Stromtarif bekommt. Gerade für Haushalte mit Wärmepumpe wäre das sinnvoll.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).toMatch(/Stromtarif/u);
  });

  it("hears a light roast, not an oath, and a loyal customer's past, not irony", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Der Kaffee den ich letzte Woche bekommen habe WAR GANZ HELL und schmeckt sauer, gar nicht wie sonst. Ich bestelle seit 3 Jahren bei euch und war immer zufrieden. Was ist da los??",
    );
    expect(assessment.violations).toEqual([]);
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).not.toBe("boundary-and-help");
    expect(
      goldenAnswer("kaffeekollektiv", "what the hell is going on with my order").assessment.violations,
    ).not.toEqual([]);
  });
});

describe("criticism and rudeness that got 'we're reading along' or a phone number", () => {
  it.each([
    [
      "rheinwerk",
      "Every one of your solar posts is a sunny rooftop in June. Would be more honest to show what the panels make in December too.",
    ],
    [
      "kaffeekollektiv",
      "Knapp 40 Euro für ne Pappschachtel mit drei Tüten Kaffee. Ihr habt doch echt den Knall nicht gehört",
    ],
  ] as const)("is taken seriously: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company, text);
    expect(assessment.tone).toBe("critical");
    expect(first?.strategy).toBe("take-seriously");
  });

  it("sets a boundary for contempt that laughs", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "rheinwerk posting about 'leadership in customer experience' lol. sort out your own call centre first, clowns",
      "x",
    );
    expect(first?.strategy).toBe("boundary-and-help");
  });
});

describe("words that are no topic", () => {
  it.each([
    [
      "kaffeekollektiv",
      "Barista (m/w/d) in Hamburg-Ottensen gesucht, aber kein Wort zum Gehalt? Ehrlich, eine Gehaltsspanne gehört heute in jede Stellenanzeige.",
      /Gehalt/u,
      /Thema Wort/u,
    ],
    [
      "rheinwerk",
      "Applied for the heat pump grant through your Förderservice back in October and haven't heard a thing since. Who do I actually talk to?",
      /heat pump/u,
      /Förderservice back/u,
    ],
    [
      "rheinwerk",
      "Do you also install wallboxes for EVs, or only heat pumps and solar? Would be nice to have one company for everything tbh",
      /wallboxes/u,
      /tbh/u,
    ],
  ] as const)("names the topic, not an idiom or a particle: %s", (company, text, named, never) => {
    const { first } = goldenAnswer(company, text);
    expect(first?.text).toMatch(named);
    expect(first?.text).not.toMatch(never);
  });
});

describe("the second round: batches 151–154", () => {
  it("never reads a surname in a mention as an insult", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "@Bernd Kasper Bei uns hat der Einbau auch nur zwei Tage gedauert und den Förderantrag haben die mit uns gemacht. Kann ich dir nur empfehlen",
    );
    expect(assessment.verdict).toBe("keep");
    expect(first?.strategy).toBe("no-reply-needed");
    expect(goldenAnswer("rheinwerk", "@Bernd du Kasper, lies doch mal").assessment.verdict).toBe("may-delete");
  });

  it("answers a question put to the company after a reader is cited", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "@Sabine Roth meinte, ihr helft auch beim Förderantrag für die Wärmepumpe?? Wir blicken bei den ganzen Zuschüssen null durch",
    );
    expect(assessment.intent.addressedTo).toBe("company");
    expect(first?.strategy).toBe("saved-reply");
  });

  it.each([
    [
      "kaffeekollektiv",
      "Muss mal Danke sagen!! Nach dem ganzen Hin und Her mit dem doppelten Abschlag hat Frau Lorenz aus der Hotline heute alles in 10 Minuten geklärt, Geld ist schon wieder drauf. So geht Service 👏👏",
      /Frau Lorenz/u,
    ],
    [
      "kaffeekollektiv",
      "Update for anyone who saw my comment last week: the replacement bag came yesterday, ground for V60 this time 🙌 Thanks Lena for sorting it so fast!",
      /Lena/u,
    ],
    [
      "kaffeekollektiv",
      "Just want to say Mateo at the Ottensen café is a legend. My German is terrible and he walked me through every single bean on the shelf. Best cortado of the whole trip ☕️",
      /Mateo/u,
    ],
    [
      "kaffeekollektiv",
      "vorher war die siebträger-mahlung viel zu grob, hab euch geschrieben und ihr habt ne neue tüte geschickt. jetzt läuft der espresso perfekt 👌 danke!!",
      /dank/iu,
    ],
  ] as const)("thanks a problem put right, naming who put it right: %s", (company, text, named) => {
    const { assessment, first } = goldenAnswer(company, text);
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(named);
  });

  it.each([
    ["rheinwerk", "ich finde nirgends wie ich den Zählerstand eingeben kann ohne diese App", /zaehlerstand/u],
    [
      "rheinwerk",
      "den Abschlag würde ich gern runtersetzen. Hab aber keine Ahnung wo das geht, in den Einstellungen steht nix",
      /abschlag/u,
    ],
    [
      "kaffeekollektiv",
      "ich finde nirgends wie man das abo pausiert 🙈 wir sind ab nächster woche 3 wochen weg",
      /Mein Abo/u,
    ],
    [
      "kaffeekollektiv",
      "Ich blick auf eurer Seite aber nicht durch, ob ihr überhaupt nach Österreich liefert",
      /Österreich/u,
    ],
    ["kaffeekollektiv", "Can't find anywhere on your site whether you ship to the Netherlands.", /EU/u],
    [
      "rheinwerk",
      "Just moved to Cologne. My German is still pretty basic and I can't find anywhere on the website how to get help in English 😬",
      /in English/u,
    ],
    ["rheinwerk", "Hi, is there a number I can ring where someone speaks English?", /0190/u],
    [
      "kaffeekollektiv",
      "Frage für meine Mama, die trinkt keine Kuhmilch: kostet Sojamilch bei euch im Café extra?",
      /Soja/u,
    ],
    [
      "kaffeekollektiv",
      "Kann man bei Ihnen einen Gutschein kaufen?? Ich habe aber kein Internet zum bestellen, geht das auch im Geschäft in Hamburg?",
      /an der Kasse/u,
    ],
    [
      "kaffeekollektiv",
      "Wir fahren im Juni 4 Wochen an die Ostsee und ich möchte nicht dass die Päckchen vor der Tür liegen. Wie kann man das Abo aussetzen?",
      /pausieren/u,
    ],
    [
      "kaffeekollektiv",
      "Wir überlegen, unserem Team Kaffeegutscheine zu schenken – gibt es die auch digital, und wie lange sind sie gültig?",
      /drei Jahre/u,
    ],
  ] as const)("answers a question told as not finding or knowing with the saved answer: %s", (company, text, fact) => {
    const { first } = goldenAnswer(company, text);
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(fact);
  });

  it("does not answer a question about gluten-free cake with the vegan ones", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Ich hab Zöliakie und finde nirgends eine Info dazu, ob es in euren Cafés auch glutenfreien Kuchen gibt. Die veganen sehen mega aus, aber das hilft mir nicht",
    );
    expect(first?.strategy).toBe("holding-reply");
  });

  it.each([
    [
      "Bei meiner Oma hat gestern jemand angerufen, angeblich von Rheinwerk, und wollte ihre Bankverbindung für eine Rückzahlung 'abgleichen'. Rufen Sie wirklich so bei Leuten an??",
      /am Telefon keine Bank|am Telefon keine Bankverbindung/u,
    ],
    [
      "Someone rang my dad yesterday claiming to be from Rheinwerk and asked for his bank details for a refund. Is this legit??",
      /on the phone|on a call/u,
    ],
  ] as const)("warns of a call in the company's name, not of a link: %s", (text, advice) => {
    const { first } = goldenAnswer("rheinwerk", text);
    expect(first?.strategy).toBe("warn-of-scam");
    expect(first?.text).toMatch(advice);
    expect(first?.text).not.toMatch(/Link|link/u);
  });

  it.each([
    [
      "kaffeekollektiv",
      "You lot are a joke. Order 60417 charged TWICE on my card and 3 emails with zero answer. Sort it out",
    ],
    [
      "kaffeekollektiv",
      "Dritte Mail ohne Antwort. Bestellung 70988 ist seit 10 Tagen nicht da. Echt armselig @kaffeekollektiv",
    ],
    [
      "kaffeekollektiv",
      "Bestellung 118734 seit 9 Tagen unterwegs, Tracking sagt nix, auf Mails reagiert ihr nicht. Unfähigste Rösterei Berlins echt 🤬",
    ],
    [
      "rheinwerk",
      "@Rheinwerk seid ihr eigentlich komplett verpeilt?? Kundennr 3318842, im März DREIMAL den Abschlag abgebucht. will mein geld zurück",
    ],
    [
      "rheinwerk",
      "Absolute joke of a company. Customer number 50219877, moved out on 31 August and you're STILL taking my direct debit. Sort it out, useless lot.",
    ],
  ] as const)("sets a boundary beside the case for contempt: %s", (company, text) => {
    expect(goldenAnswer(company, text).first?.strategy).toBe("boundary-and-help");
  });

  it("hears laughing oneself silly as no defect", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "4,80 für nen Cappu?? Ihr seid echt ne Frechheit. Meine Kumpels und ich lachen uns jedes mal kaputt wenn wir vorbeilaufen",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });

  it("thanks for the report of another's hateful comment left standing", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Der Kommentar von diesem 'Wahrheitskrieger' weiter unten über eure Barista mit Kopftuch ist einfach nur widerlich. Warum lasst ihr sowas stehen?",
    );
    expect(first?.strategy).toBe("thank-for-report");
  });

  it("says a delivery's number and a moved installation as they were told", () => {
    const delivery = goldenAnswer(
      "kaffeekollektiv",
      "Abo seit 2 Jahren, Lieferung 30418 hängt seit 10 Tagen und auf Mails antwortet keiner.",
    ).first;
    expect(delivery?.text).toMatch(/Lieferung 30418/u);
    expect(delivery?.text).not.toMatch(/Bestellnummer/u);
    const moved = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk heat pump install was booked for 4 Dec, now it's 'sometime in January'. Order RW-77812. What's the plan?",
      "x",
    ).first;
    expect(moved?.text).toMatch(/installation date has been pushed back/u);
    expect(moved?.text).not.toMatch(/hasn't arrived/u);
  });
});

describe("the third round: batches 155–158", () => {
  it.each([
    ["kaffeekollektiv", "Bahn heute wieder 45 min zu spät. Deutschland halt 🙄"],
    ["rheinwerk", "Can't believe the state of the trains in this country. Two hours late again this morning."],
    ["rheinwerk", "Und die Rente mit 70 kommt auch noch. Na prost."],
  ] as const)("leaves the trains and the pension alone, never asks for a booking: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company, text);
    expect(assessment.intent.offTopic).toBe(true);
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it.each([
    [
      "rheinwerk",
      "Gestern hat Ihr Monteur Herr Yilmaz bei uns die WP 9 fertig eingebaut. Sauber gearbeitet, alles in Ruhe erklärt 👍 Einziger kleiner Punkt, der Termin wurde vorher zweimal verschoben. Aber das Ergebnis ist top, danke!",
      /Herr Yilmaz/u,
    ],
    [
      "rheinwerk",
      "Had the solar panels fitted last week, the lads were quick and tidy. Only thing, nobody told us the inverter beeps at night lol. Otherwise really happy",
      /solar panels/u,
    ],
  ] as const)("thanks praise with one small point first: %s", (company, text, named) => {
    const { first, suggestions } = goldenAnswer(company, text);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(named);
    expect(suggestions[1]?.strategy).toBe("take-seriously");
  });

  it.each([
    [
      "kaffeekollektiv",
      "Super Idee den Espresso Kiez von 12,90 auf 16,50 hochzusetzen und das dann Qualitätsoffensive zu nennen. Schmeckt bestimmt gleich viel besser",
    ],
    ["rheinwerk", "Great ad. Shame nobody ever picks up your phone line 🙃"],
    [
      "kaffeekollektiv",
      "Wow, a sustainable coffee brand that ships every single bag in its own box with a plastic air pillow. Groundbreaking stuff.",
    ],
  ] as const)("takes sarcasm seriously, with no thanks and no phone number: %s", (company, text) => {
    const { first } = goldenAnswer(company, text, "x");
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").not.toMatch(/dank|thank|0190/iu);
  });

  it.each([
    ["kaffeekollektiv", "mein paket is immer noch nich da 😤😤", /Bestellnummer/u],
    ["rheinwerk", "Meine Jahresabrechnung stimmt hinten und vorne nicht!!", /Kundennummer/u],
  ] as const)("asks the one question for a case told in a few words: %s", (company, text, asked) => {
    const { first } = goldenAnswer(company, text, "x");
    expect(first?.strategy).toBe("case-question");
    expect(first?.text).toMatch(asked);
  });

  it.each([
    ["kaffeekollektiv", "Ihr kriegt echt gar nix gebacken. 9 Tage auf Bestellung 58213 gewartet"],
    ["rheinwerk", "Wie unfähig seid ihr?? 3x Zählerstand gemeldet, trotzdem geschätzt. KdNr 7730418"],
    ["kaffeekollektiv", "your app is trash. crashed 4 times at checkout today"],
    ["rheinwerk", "Ihr seid echt der letzte Laden 🤮"],
  ] as const)("sets a boundary for contempt: %s", (company, text) => {
    expect(goldenAnswer(company, text, "x").first?.strategy).toBe("boundary-and-help");
  });

  it("hears the idiom for waiting in vain as no case about a door", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Boah wann macht ihr am Samstag endlich mal auf?? Steh jedes mal um halb 9 wie bestellt und nicht abgeholt vor eurer Tür",
    );
    expect(first?.text).not.toMatch(/Bestellnummer|Probleme mit der Tür/u);
  });

  it("hears staff on their phones as no device of the writer's", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "was is eigentlich los mit eurem laden in ottensen, zweimal diese woche kalter cappu und das personal glotzt nur aufs handy. kriegt ihr das irgendwann gebacken oder nicht",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).not.toMatch(/Handy/u);
  });

  it("says other coffee in the parcel as other contents, not a parcel missing", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "hab mich so auf den neuen Äthiopien gefreut, im Paket war dann aber der Kolumbien. Schmeckt auch, nur halt nicht der den ich wollte 😅",
    );
    expect(first?.text).toMatch(/nicht das enthielt, was bestellt war/u);
  });

  it.each([
    [
      "rheinwerk",
      "Wir haben eine Wärmepumpe von einem anderen Anbieter, die Firma gibt es leider nicht mehr. Übernehmen Sie auch die Wartung für Fremdgeräte?",
      "holding-reply",
    ],
    [
      "kaffeekollektiv",
      "Kleine Frage zum Post: Müsste es nicht 'seit 2016' heißen? Ich war damals bei der Eröffnung in Kreuzberg dabei.",
      "check-correction",
    ],
  ] as const)("reads a question asked verb first and a correction asked as a question: %s", (company, text, plan) => {
    expect(goldenAnswer(company, text).first?.strategy).toBe(plan);
  });

  it("names what an expert says is missing", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Als Energieberaterin sehe ich es jede Woche: Wärmepumpe im Altbau ohne raumweise Heizlastberechnung ist Glücksspiel. Die Anlagen sind überdimensioniert und takten.",
      "linkedin",
    );
    expect(first?.strategy).toBe("engage-argument");
    expect(first?.text).toMatch(/Heizlastberechnung/u);
  });
});

describe("the fourth round: batches 159–162", () => {
  it.each([
    "Wärmepumpe bei minus 20 Grad 😂😂 Da heiz ich lieber mit euren Rechnungen, die brennen wenigstens gut",
    "Mal ganz ehrlich: Deutschland schafft sich als Industriestandort gerade selbst ab. Bürokratie, Fachkräftemangel – wer hier noch investiert, dem ist nicht zu helfen. Schönen Dienstag allerseits.",
  ])("never thanks a jibe or a remark on the country: %s", (text) => {
    const { first } = goldenAnswer("rheinwerk", text);
    expect(first?.text ?? "").not.toMatch(/dank|Lob/iu);
  });

  it.each([
    [
      "kaffeekollektiv",
      "Shoutout to the Kaffeekollektiv team for the coffee tasting you ran for our office in Hamburg last week. My colleagues still haven't stopped talking about the natural-process Ethiopian 🙌",
    ],
    [
      "kaffeekollektiv",
      "Shoutout an Jonas aus Ottensen ☕ der hat mir heute morgen total geduldig erklärt warum mein Espresso zuhause so sauer schmeckt. Feiner gemahlen, länger laufen lassen – und jetzt schmeckt er!! Danke!!",
    ],
  ] as const)("thanks praise that tells of a problem solved or talked about: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company, text);
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
  });

  it.each([
    "Energy suppliers love to advertise heat pumps, but the real bottleneck is installers. If Rheinwerk can't install within a reasonable time you're just building a waiting list. What are your actual lead times?",
    "Rheinwerk's new 'Solar for renters' campaign is welcome, but let's be honest: balcony modules won't move the needle while landlords can still say no. Is either on your roadmap?",
  ])("reads an argument as no case of the writer's, and an apostrophe as no quotation: %s", (text) => {
    const { assessment, first } = goldenAnswer("rheinwerk", text, "linkedin");
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text).not.toMatch(/order number|case number|'s be honest/u);
  });

  it("answers a question about shipping, not another shop's stuck order", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "do you ship to the UK?? and is there customs stuff to pay, my last order from an EU shop got stuck for ages",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(/UK/u);
  });

  it("does not answer a listed building with the heat pump's cold-weather facts", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Do you install heat pumps in listed buildings? Our house in Königswinter is a protected monument",
    );
    expect(first?.strategy).toBe("holding-reply");
  });

  it.each([
    [
      "rheinwerk",
      "Seit der Umstellung auf den neuen Tarif stimmt meine Rechnung vorne und hinten nicht!!! Fast 40 Euro mehr im Monat.",
      "case-question",
    ],
    [
      "kaffeekollektiv",
      "Ordered the Kreuzberg Blend 1kg, order #KK-61508, picked French press grind but got whole beans 🙃 What now?",
      "case-next-step",
    ],
  ] as const)("hears a case told in everyday words: %s", (company, text, plan) => {
    expect(goldenAnswer(company, text).first?.strategy).toBe(plan);
  });
});

describe("a roast's name typed small", () => {
  it("is thanked by its name", () => {
    const { first } = goldenAnswer("kaffeekollektiv", "die röstung elbufer ist einfach der hammer. danke leute!!");
    expect(first?.text).toMatch(/Röstung „Elbufer“/u);
    expect(goldenAnswer("kaffeekollektiv", "die röstung ist echt lecker").first?.text).not.toMatch(/„/u);
  });
});
