import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * Comments from the seventh stop of 2026-12-03: four batches written by helpers to the golden set's two companies
 * (praise and sarcasm of the same shape, visits that went wrong, comments that need no reply, people with reach).
 * Each was read wrongly before: a train late on the way to the café answered with a booking number, an honest
 * "Ihr seid die Besten, weiter so!" taken for sarcasm, a technician's no-show answered with "nehmen wir ernst",
 * a noise "bis ins Schlafzimmer" licensed as harassment, "the laptop crowd is killing what made these places great"
 * licensed as a threat.
 */

describe("praise and sarcasm of the same shape", () => {
  it("thanks 'Ihr seid echt die Besten, schnell, freundlich, unkompliziert. Weiter so!'", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Ihr seid echt die Besten, schnell, freundlich, unkompliziert. Weiter so!",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("thanks the barista of a happy story although the train on the way was broken", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "So, jetzt mal eine Geschichte. Letzten Freitag, Ringbahn mal wieder kaputt, ich muss zum Vorstellungsgespräch nach Kreuzberg, es schüttet. Ich stolper in euer Café, die Barista mit den roten Haaren (Aylin glaub ich?) holt ein Handtuch und macht mir nen Espresso. Und ratet mal: ICH HAB DEN JOB 🎉🎉🎉 Ihr seid die Besten, weiter so!!!",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text).toMatch(/Aylin/u);
    expect(first?.text).not.toMatch(/Geschichte|Espresso/u);
  });

  it("asks a café guest for no booking number when the S-Bahn was late on the way to the shop", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "S-Bahn hatte heute morgen wieder 40 min Verspätung, ich stand um 7:35 durchgefroren vor eurem Laden in Ottensen und Merle hat mir den Hafer-Cappuccino schon rausgebracht 🥹 Weiter so ☕❤️",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text).toMatch(/Merle/u);
    expect(first?.text).not.toMatch(/Buchungsnummer|S-Bahn/u);
  });

  it("reads 'Honest praise, no sarcasm here' as praise", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Honest praise, no sarcasm here 😅 Jonas, the technician who did the heat load survey at our house in Ehrenfeld, walked us through every room. Keep it up!",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.text).toMatch(/Jonas/u);
  });

  it("reads a plea to keep a cake on the menu as praise", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "der vegane Rhabarberkuchen in Kreuzberg heute 😭😭 bitte NIE von der Karte nehmen, ich mein das ernst",
    );
    expect(assessment.tone).toBe("positive");
  });

  it("takes 'Bin ich der Einzige, der den Störungsdienst feiert?' as praise, not as a question or sarcasm", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Bin ich der Einzige, der den Störungsdienst von @Rheinwerk feiert? Sonntag 23 Uhr WP 9 aus, draußen -8 Grad, um halb eins stand der Techniker vor der Tür. Respekt 💪",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).not.toMatch(/23 Uhr/u);
  });

  it("takes 'is it just me or is the oat cortado the best' as praise, not a question to hold", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "is it just me or is the oat cortado at @kaffeekollektiv Ottensen the best thing in Hamburg right now?? 🤤🤤",
    );
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("still reads sarcasm told with the cost of the wait or a door shown", () => {
    for (const text of [
      "Muss mal gesagt werden: schnellster Service der Stadt in Kreuzberg!!! Um 8:10 bestellt, um 8:35 meinen Flat White bekommen, Bus weg, Termin beim Bürgeramt verpasst. Weiter so 👏👏👏",
      "Kleine Geste, große Wirkung: Beim Bahnstreik wollten wir zu fünft in eurem Café in der Südvorstadt arbeiten. Nach 40 Minuten hieß es, wir sollen doch bitte die Tische freimachen. Community at its best.",
    ]) {
      const { assessment, first } = goldenAnswer("kaffeekollektiv", text);
      expect(assessment.intent.sarcasm).toBe(true);
      expect(first?.text).not.toMatch(/danke|schön, dass/iu);
      expect(first?.text).not.toMatch(/Geste|Wirkung/u);
    }
  });

  it("calls 'is it just me or has the quality gone downhill' criticism, naming the quality", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Is it just me or has the quality gone downhill since the new owners took over?",
    );
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).not.toMatch(/gone downhill/u);
  });
});

describe("visits that went wrong", () => {
  it("names a technician who never came, told verb first", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "2 Stunden auf den Techniker gewartet, kam keiner, kein Anruf. Termin war 8-10 Uhr.",
    );
    expect(first?.text).toMatch(/dass zum vereinbarten Termin niemand gekommen ist/u);
    expect(first?.text).not.toMatch(/auf den Techniker\)/u);
  });

  it("says the day nobody came rather than an appointment nobody agreed", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Die WP 12 ist seit Freitagabend auf Störung, Ticket 55810. Am Samstag kam niemand, am Montag hieß es nur 'Techniker ist informiert'. Die Mieter sitzen bei 16 Grad in der Wohnung.",
    );
    expect(first?.text).toMatch(/dass am Samstag niemand gekommen ist/u);
    expect(first?.text).not.toMatch(/\(Am,/u);
  });

  it("moves a no-show told in sarcasm", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Respekt @Rheinwerk 👏 vier Stunden Zeitfenster, extra Homeoffice genommen, und dann kommt einfach keiner. Effizienz at its best. Weiter so!",
    );
    expect(first?.text).toMatch(/niemand gekommen/u);
    expect(first?.text).not.toMatch(/Lob|danke/iu);
  });

  it("says an appointment moved by text, not coffee the writer made while waiting", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Ich muss jetzt echt mal Danke sagen 🙏 An den Monteur, der gestern für die Wartung „zwischen 8 und 12“ kommen sollte. Extra Urlaub genommen, Kaffee gekocht, um 12:40 kam ne SMS: Termin verschoben. Weiter so, Rheinwerk!",
    );
    expect(first?.text).toMatch(/dass Ihr Termin verschoben wurde/u);
    expect(first?.text).not.toMatch(/Kaffee/u);
  });

  it("promises no agreed call-back when the writer only says nobody called since", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Your technician came yesterday to look at our heat pump, said he needed a different part and left after 15 minutes. Nobody has called since and the house is at 16 degrees. Who do I even talk to?",
    );
    expect(first?.text).toMatch(/nobody has been in touch since/u);
    expect(first?.text).not.toMatch(/as arranged/u);
  });

  it("answers a course cancelled at a locked door as a booking, not a login or a journey", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv booked the roasting course in Ottensen for Saturday, booking #4471. showed up at 10, door locked, staff said it was cancelled. no email, no nothing. took the train from Lübeck for this",
      "x",
    );
    expect(assessment.intent.complaint?.problem).not.toBe("login");
    expect(assessment.intent.complaint?.problem).not.toBe("travel");
    expect(first?.text).toMatch(/cancelled without any notice/u);
  });

  it("keeps guests who stayed away from an event no visit of ours", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      'Richtig gemütlich bei euch in Kreuzberg, vor allem die 40 min auf nen Tisch warten weil die halbe Fläche "reserviert – Event" war und dann kam keiner. Top 👌',
    );
    expect(first?.text).not.toMatch(/niemand gekommen/u);
  });
});

describe("the one word a long story turns on", () => {
  it("names a whistling outdoor unit and never licenses 'man hört ihn bis ins Schlafzimmer'", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Wir haben seit Oktober die WP 9 von Rheinwerk, der Einbau war ein paar Tage später als geplant, aber gut. Die App funktioniert, den Abschlag hab ich selbst angepasst, alles prima. Nur seit letzter Woche kommt aus dem Außengerät morgens so ein hoher Pfeifton, man hört ihn bis ins Schlafzimmer.",
    );
    expect(assessment.verdict).toBe("keep");
    expect(first?.text).toMatch(/Pfeifton/u);
    expect(first?.text).toMatch(/Außengerät/u);
    expect(first?.text).not.toMatch(/App/u);
  });

  it("names rust on a roof's rails, not the app the writer praised", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "2022 haben wir bei Ihnen die PV-Anlage aufs Dach machen lassen. Die Anlage läuft super, ich schau jeden Abend in die App. Letzte Woche war der Dachdecker da: An den Schienen der Unterkonstruktion ist an mehreren Stellen Rost. Nach drei Jahren. Ist das normal??",
    );
    expect(first?.text).toMatch(/Rost/u);
    expect(first?.text).toMatch(/Unterkonstruktion/u);
    expect(first?.text).not.toMatch(/App/u);
  });

  it("names the draught and never a noise the writer said was fine", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Ich arbeite fast jeden Donnerstag bei euch in Ottensen. Der Flat White ist der beste in ganz Hamburg, und dass ihr mir jedes Mal ohne zu fragen Hafermilch nehmt, find ich süß. Die Musik ist nicht zu laut, das WLAN hält, alles super. Aber seit es kalt ist, sitz ich an den Fensterplätzen mit Schal, weil jedes Mal, wenn die Tür aufgeht, so eine Zugluft durchzieht.",
    );
    expect(first?.text).toMatch(/zieht/u);
    expect(first?.text).not.toMatch(/laut|WLAN|White/u);
  });
});

describe("what needs no reply, and what does", () => {
  it("offers no reply first to a lone thumbs-up, and still reads along with a lone question mark", () => {
    expect(goldenAnswer("rheinwerk", "👍").first?.strategy).toBe("no-reply-needed");
    expect(goldenAnswer("kaffeekollektiv", "😋😋").first?.strategy).toBe("no-reply-needed");
    expect(goldenAnswer("rheinwerk", "?").first?.strategy).toBe("acknowledge");
  });

  it("needs no reply for praise of a bus driver said to be off topic", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Off topic aber muss einfach raus: der Busfahrer von der Linie 133 hat heute extra gewartet, bis die ältere Dame mit Rollator drin war. Bester Mann.",
    );
    expect(assessment.replyNeeded).toBe(false);
  });

  it("answers a question put to the company by name after a joke with a friend", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "@Uwe Krämer 😂😂 der war gut. Aber mal im Ernst an Rheinwerk: Baut ihr Wärmepumpen auch in Mehrfamilienhäuser mit 6 Parteien ein?",
    );
    expect(assessment.intent.addressedTo).not.toBe("commenter");
    expect(assessment.replyNeeded).toBe(true);
    expect(first?.text).not.toMatch(/Ernst/u);
  });

  it("leaves a friend's spilt cappuccino to the friends", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "@Jana Petersen weißt du noch wie du in Ottensen den ganzen Cappuccino über deinen Laptop gekippt hast 😂😂😂 ich kann da bis heute nicht rein ohne zu lachen",
    );
    expect(assessment.intent.addressedTo).toBe("commenter");
    expect(assessment.replyNeeded).toBe(false);
  });

  it("hears no complaint in a grandfather who would have laughed himself silly, nor coarse words in a year", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Mein Opa hat früher in einer Ziegelei gearbeitet. Der hätte sich über so ne Wärmepumpe kaputtgelacht, der hat noch bis 1989 mit Kohle geheizt 😄 Naja, schöne Erinnerungen.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(assessment.violations).toEqual([]);
  });

  it("takes a flat white that tastes different at the same price for no bill", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Warum schmeckt der Flat White in Kreuzberg so anders als in Leipzig?? Gestern in Kreuzberg: bitter, lauwarm. Gleiche Firma, gleicher Preis. Schade.",
    );
    expect(assessment.intent.complaint?.problem).not.toBe("billing");
  });
});

describe("violations by meaning", () => {
  it("licenses 'should be strung up from your own wind turbines'", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "@rheinwerk you greenwashing parasites should be strung up from your own wind turbines, every last one of you",
      "x",
    );
    expect(assessment.verdict).toBe("may-delete");
  });

  it("licenses nothing in 'the laptop crowd is killing what made these places great'", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Is it just me, or are cafés quietly replacing the office? I'd argue the laptop crowd is killing what made these places great. #futureofwork",
      "linkedin",
    );
    expect(assessment.verdict).toBe("keep");
  });

  it("answers 'Ausländer … sollen erstmal richtig Deutsch lernen' with the company's stance", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Die ganzen Ausländer in euren Montagetrupps sollen erstmal richtig Deutsch lernen bevor die an MEINE Heizung dürfen!!!",
    );
    expect(first?.strategy).toBe("state-stance");
  });
});

describe("names as people sign", () => {
  it("drops a councillor's title from the greeting", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Using the figures from your own brochure I get closer to 11 years than 7. Could you publish the calculation behind it?",
      "linkedin",
      "Cllr Amira Haddad",
    );
    expect(first?.text).not.toMatch(/Cllr/u);
  });
});

describe("batches 100–103: threats veiled as weather, dialect, dog whistles, subscriptions, shouting", () => {
  it("licenses harm wished on a manager as bad luck in a storm, and 'accidents' that happen to people", () => {
    for (const text of [
      "Für nächste Woche ist ja Sturm angesagt 🌪️ Wär echt ein Jammer, wenn eurem feinen Herrn Vertriebsleiter in Lindenthal zufällig n dicker Ast aufs Auto fällt. Oder auf den Kopf. Ist nur der Wetterbericht, gell 😉",
      "Interesting how 'accidents' seem to happen to people who cut off a family's power in the middle of winter. Stay safe out there 🙂",
    ]) {
      expect(goldenAnswer("rheinwerk", text).assessment.verdict).toBe("may-delete");
    }
    expect(
      goldenAnswer("kaffeekollektiv", "Schade, wenn der Kaffee zufällig mal kalt wird, passiert halt").assessment
        .verdict,
    ).toBe("keep");
  });

  it("greets a writer who signs with an initial, instead of offering nothing", () => {
    const { suggestions } = goldenAnswer(
      "rheinwerk",
      "We had a great time with your installers",
      "linkedin",
      "M. Thornbury",
    );
    expect(suggestions.length).toBeGreaterThan(0);
  });

  it("hears dialect insults at named staff as insults, never as praise of them", () => {
    for (const text of [
      "Mei, war i letzte Woch in Berlin und bin zu eich nach Kreuzberg. De Lena hinterm Tresen is a bläde Urschl und a Gschwollschädl dazua, hod ma an lauwarmen Cappuccino hig'haut.",
      "Nu gugge ma, dor Kevin bei eich in dor Südvorstadt is so ä richtscher Dummbeidl un Nischtsnutz.",
    ]) {
      const { assessment, first } = goldenAnswer("kaffeekollektiv", text);
      expect(assessment.violations.map((violation) => violation.kind)).toContain("insult");
      expect(first?.text).not.toMatch(/Lob|freuen/u);
    }
  });

  it("answers hiring by origin asked as a question, and the 'Ostküste' code, with the stance, never thanks", () => {
    for (const [company, text] of [
      [
        "kaffeekollektiv",
        "Mal ganz ehrlich gefragt: Muss man bei euch in Kreuzberg eigentlich inzwischen Arabisch oder Türkisch können, um nen normalen Kaffee zu bekommen? 🤔 Oder stellt ihr auch noch Deutsche ein? Frag ja nur.",
      ],
      [
        "rheinwerk",
        "Wem gehört Rheinwerk eigentlich wirklich? 🤔 Man hört ja so einiges von gewissen Finanzkreisen an der Ostküste, die überall die Fäden ziehen. Ist nur ne Frage.",
      ],
      [
        "kaffeekollektiv",
        "@Kaffeekollektiv honest question, do you let women do the roasting now? is that why the espresso tastes like dishwater lately 🤔",
      ],
    ] as const) {
      const { first } = goldenAnswer(company, text);
      expect(first?.strategy).toBe("state-stance");
    }
  });

  it("sets no boundary for swearing at the weather, the traffic or one's own fall beside praise", () => {
    for (const [company, text, named] of [
      [
        "rheinwerk",
        "Was für ein Scheißwetter heute, auf der A3 zwei Stunden nur Stau, ich hätte kotzen können 🤬 ABER: Eure Monteure Dennis und Ahmet standen trotzdem um halb acht bei uns vor der Tür, und abends lief die neue WP 12. Hut ab, Leute!",
        /Dennis und Ahmet/u,
      ],
      [
        "kaffeekollektiv",
        "@Kaffeekollektiv draußen Blitzeis, bin heut früh fast aufm Arsch gelandet, Scheißwinter 🥶 aber euer Paket war trotzdem Mittwoch pünktlich da und der Äthiopien Yirgacheffe ist einfach ein Traum ☕😍",
        /Dank/u,
      ],
      [
        "kaffeekollektiv",
        "Schietwetter deluxe, Regen von unten, der 2er kam einfach nicht, scheiß HVV echt 🙄☔ – aber dann der Flat White bei euch in Ottensen und Malte hat mir noch nen Keks dazugelegt. Tag gerettet. Danke, Malte! ❤️",
        /Malte/u,
      ],
    ] as const) {
      const { assessment, first } = goldenAnswer(company, text);
      expect(assessment.violations).toEqual([]);
      expect(first?.strategy).toBe("thank-specifically");
      expect(first?.text).toMatch(named);
      expect(first?.text).not.toMatch(/Blitzeis|sachlich/u);
    }
  });

  it("moves a paused subscription that was still delivered and charged", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "We run a 5-bag office subscription for our Berlin team. I paused it for our Christmas closure on 15 Dec, but two deliveries still arrived at an empty office on 23 Dec and 3 Jan and were both charged (€127.50 each). Happy to keep the subscription, we love the coffee, just want the paused weeks sorted.",
    );
    expect(first?.text).toMatch(/charged even though you had paused your subscription/u);
    expect(first?.text).not.toMatch(/kind words/u);
  });

  it("thanks a barista who put a wrong grind right, and a facepalm at oneself is no sarcasm", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Muss mal was Nettes loswerden: Meine Bestellung KK-37719 war falsch gemahlen, ich hab mich hier beschwert, und Jonas vom Café in Ottensen hat mir noch am selben Tag eine neue Packung zum Abholen zurückgelegt. Danke, Jonas!!",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Jonas/u);
    expect(first?.text).not.toMatch(/Nettes/u);
    const marie = goldenAnswer(
      "kaffeekollektiv",
      "Shoutout to the Leipzig-Südvorstadt café 🙌 Marie spent ten minutes figuring out with me which grind I need for my moka pot – turns out I've been buying espresso grind for months 🤦‍♀️ Game changer.",
    );
    expect(marie.assessment.intent.sarcasm).toBe(false);
    expect(marie.first?.strategy).toBe("thank-specifically");
  });

  it("reads a shouted complaint as written small: the reading estimated, the customer number as a label", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "ICH HABE AM 2. JANUAR MEINEN ZÄHLERSTAND 48213 ÜBER DAS INTERNET GEMELDET UND JETZT STEHT IN DER ABRECHNUNG GESCHÄTZT!!! KUNDENNUMMER 300 418 772. SO GEHT MAN NICHT MIT ALTEN KUNDEN UM.",
    );
    expect(first?.text).toMatch(/dass Ihr Zählerstand geschätzt wurde/u);
    expect(first?.text).toMatch(/Kundennummer 300 418 772/u);
  });

  it("answers a question about oat milk that laughs at itself", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "do u guys charge extra for oat milk?? asking for my vegan gf lol 🌱 we're coming to kreuzberg on saturday",
    );
    expect(assessment.replyNeeded).toBe(true);
    expect(assessment.intent.mockery).toBeUndefined();
  });
});

describe("batch 103: X replies", () => {
  it("leaves a meeting arranged with a friend at the café to the friends", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "@lars_hh haha ja genau das meinte ich, das Kaffeekollektiv in Ottensen direkt neben dem Bäcker. Treffen wir uns da Samstag um 11? 😊",
      "x",
    );
    expect(assessment.replyNeeded).toBe(false);
  });

  it("reads a quoted promise of time, laughed at, as sarcasm, never thanks", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "„Wir melden uns innerhalb von 24 Stunden“ 😂😂 Mail an den Service am 3. März, heute ist der 14. Toll gemacht @Rheinwerk 👍",
      "x",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.text).not.toMatch(/zufrieden|Lob/u);
  });

  it("says a voucher's code whole, as written", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv Gutschein GS-7T4K-92 über 25 € wird im Shop als „ungültig“ angezeigt. Gekauft im Dezember in Kreuzberg an der Kasse. Hilfe? 🎁",
      "x",
    );
    expect(first?.text).toMatch(/GS-7T4K-92/u);
    expect(first?.text).not.toMatch(/gs-7t/u);
  });

  it("answers 'do you ship to the UK … or am I stuck flying to Hamburg?' with the saved shipping answer", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv do you ship to the UK post-Brexit or am I stuck flying to Hamburg for my beans? 🇬🇧✈️",
      "x",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("saved-reply");
  });
});

describe("batches 104–107: what a display shows, café visits, the company's own posts, abuse beside criticism", () => {
  it("says what the display shows in its own words, and a locked compressor is no locked account", () => {
    const inverter = goldenAnswer(
      "rheinwerk",
      "Wir haben im Juni die PV-Anlage von euch bekommen, alles top. ABER: seit drei Wochen zeigt der Wechselrichter morgens „Isolationsfehler“ und schaltet ab. Auftragsnummer RW-23-4418.",
    );
    expect(inverter.first?.text).toMatch(/„Isolationsfehler“/u);
    const compressor = goldenAnswer(
      "rheinwerk",
      "@rheinwerk Display der Wärmepumpe sagt „Verdichter gesperrt“. Was heißt das und muss ich was tun? WP 12, Kundennr. 30455120",
    );
    expect(compressor.assessment.intent.complaint?.problem).not.toBe("login");
    expect(compressor.first?.text).toMatch(/„Verdichter gesperrt“/u);
    expect(compressor.first?.text).not.toMatch(/App-Version|einloggen/u);
  });

  it("names a quoted code, and reads an apostrophe as no quotation mark", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Guten Morgen, unsere WP 12 zeigt seit heute früh „E-204“ im Display. Heizung läuft noch. Kundennummer 20318877. Danke!",
    );
    expect(first?.text).toMatch(/E-204/u);
    const refund = goldenAnswer(
      "rheinwerk",
      "Moved out of my flat in Düsseldorf at the end of January, got the final bill on 2 February saying I'm owed €236.40 and it'd be paid back within 14 days. It's now March. Nothing in my account.",
    );
    expect(refund.first?.text).not.toMatch(/'m owed/u);
  });

  it("licenses a weapon brought along and brothers brought back", () => {
    for (const [company, text] of [
      [
        "rheinwerk",
        "@Rheinwerk wenn morgen wieder keiner wegen meiner Heizung kommt steh ich bei euch in Köln auf der Matte. mit nem Baseballschläger. dann gehts vielleicht schneller",
      ],
      [
        "kaffeekollektiv",
        "Next time that manager in Leipzig refuses to serve me I'm coming back with my brothers and we'll see who gets thrown out. Tell her that from me.",
      ],
    ] as const) {
      expect(goldenAnswer(company, text).assessment.verdict).toBe("may-delete");
    }
  });

  it("never answers a barista mocked for her looks with the opening hours", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv eure Lisa aus Kreuzberg ist die hässlichste Barista Berlins 🤮 stellt ihr die extra ein damit keiner zu lange bleibt?? 😂😂",
    );
    expect(assessment.verdict).toBe("may-delete");
    expect(first?.text ?? "").not.toMatch(/geöffnet/u);
  });

  it("takes a call to boycott over how others are treated seriously, without opening a case", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Leute, ich ruf hiermit zum Boykott vom Kaffeekollektiv auf. Eine Freundin arbeitet in der Leipziger Filiale und denen wurden mitten im Januar die Stunden gekürzt, ohne Vorwarnung. Nicht mit mir. Teilt das gern.",
    );
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).not.toMatch(/Kundenservice sieht sich/u);
  });

  it("hears '1 star. that's it.' and 'kein Cent mehr' as criticism", () => {
    expect(
      goldenAnswer("kaffeekollektiv", "@kaffeekollektiv 1 star. that's it. that's the review").assessment.tone,
    ).toBe("critical");
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "So, ab heute kein Cent mehr an euch. Die Hausmischung 500g ging in einem Jahr von 16,90 auf 19,50 €. Gier hat nen Namen 😡",
      ).first?.strategy,
    ).toBe("take-seriously");
  });

  it("thanks a birthday candle stuck in a cake, and fears no winter without heating", () => {
    const party = goldenAnswer(
      "kaffeekollektiv",
      "Celebrated my daughter's 7th birthday at your Ottensen café on Sunday (long story, her favourite place in the world is 'the cake café'). I hadn't said anything, but Hanna overheard us, stuck a candle in her vegan chocolate cake and got the whole counter to sing 🥹🎂 She's been talking about it ever since. Thank you Hanna!!",
    );
    expect(party.assessment.intent.complaint).toBeUndefined();
    expect(party.first?.text).toMatch(/Hanna/u);
    const install = goldenAnswer(
      "rheinwerk",
      "Wie lange dauert bei Ihnen eigentlich der Einbau von so ner Wärmepumpe? Wir haben nächste Woche den Vor-Ort-Termin und meine Frau fragt schon, ob wir dann wochenlang ohne Heizung sind 😅",
    );
    expect(install.first?.strategy).toBe("saved-reply");
  });

  it("answers a giveaway's questions without the opening hours, and a heat pump that 'streikt' is no strike", () => {
    for (const text of [
      "Quick q about the giveaway 🙋‍♀️ do I have to follow the page AND comment, or is commenting enough? And when does it close?",
      "@kaffeekollektiv is the giveaway open to us in the UK or EU only? asking for me 👀",
    ]) {
      expect(goldenAnswer("kaffeekollektiv", text).first?.text).not.toMatch(/7:30/u);
    }
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Sie schreiben, das Kundenzentrum ist zwischen den Jahren zu. Und was ist, wenn an Silvester die Wärmepumpe streikt??",
    );
    expect(assessment.intent.offTopic).toBe(false);
  });

  it("reads 'a whole euro … cant wait for the next small adjustment 🙃' as sarcasm, and praise of a campaign as praise", () => {
    const sarcasm = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv “a small price adjustment” of a whole euro per bag 🙃 cant wait for the next small adjustment",
    );
    expect(sarcasm.first?.text).not.toMatch(/kind words|thank/iu);
    const praise = goldenAnswer(
      "rheinwerk",
      "Richtig gute Kampagne! Vor allem der Film mit Monteur Kemal aus Köln-Deutz – echte Menschen statt Stockfotos. Chapeau ans Marketing 👏",
    );
    expect(praise.assessment.intent.sarcasm).toBe(false);
    expect(praise.first?.text).not.toMatch(/Kritik/u);
  });
});
