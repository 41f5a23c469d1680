import { describe, expect, it } from "vitest";
import { goldenAnswer, savedAnswer } from "./company-answers";

/**
 * Round thirty-one (batches 647–654, 2026-12-07) and real comments of the training part (seeds 1222–1224), tested in
 * wordings of our own: irony the writer marks as irony thanked, questions asked without a mark ignored or thanked,
 * taunts and pictures read as cases (a fire, a spoilt Sunday, a train to catch), a loss asked about told as a fact,
 * politics answered, and details told back wrong.
 */

describe("irony marked as irony is criticism", () => {
  it('"#not" after thanks for a price rise', () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Vielen Dank für die neue Grundgebühr ab Februar 👏 genau das hat mir noch gefehlt, ihr seid echt die Besten #not",
      "x",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").not.toMatch(/schön|freuen|Lob/u);
  });

  it('a lone "Nicht." closing praise', () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Danke für den netten Abend in Kreuzberg, 30 Minuten auf zwei Cappuccino gewartet. Empfehle ich sofort weiter. Nicht.",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.strategy).not.toBe("thank-specifically");
  });

  it("a day spoilt, pictured, is no damage to put right", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Super Service in Ottensen 👌 der Barista hat geguckt, als hätte ich ihm den ganzen Samstag versaut. Komm bestimmt wieder. Nicht.",
    );
    expect(first?.text ?? "").not.toMatch(/beschädigt|Kundennummer/u);
  });
});

describe("a question asked without its mark is answered", () => {
  it("a room to rent for a birthday is asked about, not praise", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "hallo ihr lieben kann man bei euch in kreuzberg eigentlich abends mal alles mieten, mein papa wird 70 und wir wären so 25 leute 🎉",
    );
    expect(assessment.intent.question).toBeDefined();
    expect(first?.strategy).toBe("holding-reply");
    expect(first?.text ?? "").not.toMatch(/Lob/u);
  });

  it("two ways asked between after a comma", () => {
    const text = savedAnswer(
      "kaffeekollektiv",
      "wir haben nur so eine alte espressokanne von der oma, könnt ihr den kaffee gleich passend mahlen oder muss ich mir ne mühle kaufen",
    );
    expect(text).toMatch(/Herdkanne/u);
  });

  it('"wie mache ich das am besten" asks for the way', () => {
    const text = savedAnswer(
      "rheinwerk",
      "Guten Tag, im Brief steht ich soll den Zählerstand durchgeben. Ich habe aber kein Smartphone und komme mit dem Internet nicht zurecht. Wie mache ich das denn am besten",
    );
    expect(text).toMatch(/Zählerstand/u);
  });

  it("what someone at home keeps asking is asked", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Die Heizlast wurde letzte Woche berechnet, mein Mann fragt jetzt jeden Tag wann die Wärmepumpe endlich kommt 😅",
    );
    expect(first?.source).toBe("saved");
  });

  it('"do you lot even do …" without a mark', () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "we rent a flat in Köln-Ehrenfeld with a big balcony. do you lot even do plug-in solar for balconies or is it only roofs",
    );
    expect(assessment.intent.question).toBeDefined();
    expect(first?.strategy).toBe("holding-reply");
  });

  it("whether a café welcomes dogs", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "is the Ottensen café dog friendly, my beagle is super calm, just dont want to be turned away on sunday",
    );
    expect(assessment.intent.question).toBeDefined();
    expect(first?.strategy).toBe("holding-reply");
  });
});

describe("taunts and pictures are not cases", () => {
  it("a price laughed at with a roast pictured as a fire", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "imagine paying 20 euros for beans some hipster set on fire for 15 minutes lol. my petrol station coffee is burnt too and it's cheaper 😂",
      "x",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text ?? "").not.toMatch(/fire|safety/u);
  });

  it("a taste mocked with a price is a taunt", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "lmao imagine paying 15 bucks for beans that taste like a campfire 🔥 clowns",
      "x",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });

  it('"fehlt nur noch, dass …" pictures the next folly', () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "„Kollektiv“ 😂 fehlt nur noch dass ihr die Bohnen bei Vollmond von Hand sortiert und jeder Gast ein Zertifikat kriegt 🌕",
      "x",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text ?? "").not.toMatch(/Bohnen gibt|Kundenservice/u);
  });

  it("a commuter on the way to the train has booked no journey with us", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Seit März gibt es in Ottensen nur noch Mehrwegbecher mit Pfand. Find ich gut, aber als Pendler um 7 auf dem Weg zum Zug hab ich nie einen dabei.",
      "linkedin",
    );
    expect(first?.text ?? "").not.toMatch(/Reise|Buchungsnummer/u);
  });
});

describe("a claim heard and asked about is answered with our fact", () => {
  it("air-source pumps said to give up in the frost", () => {
    const text = savedAnswer(
      "rheinwerk",
      "We bought an old house near Bonn last month, hardly any insulation. My neighbour says air-source heat pumps are useless once it freezes. Is that really the case with yours?",
    );
    expect(text).toMatch(/−20 °C/u);
  });
});

describe("praise is thanked for what it praised", () => {
  it("a politics aside does not make praise off-topic", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Muss mal gesagt werden: Monteur Jens hat bei uns in Hürth die WP 9 an einem Tag eingebaut und alles erklärt. Ich poste ja sonst eher kritisch übers Heizungsgesetz, aber das war top 👍",
    );
    expect(assessment.intent.offTopic).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").not.toMatch(/Kritik/u);
  });

  it("a barista named after a lower-case article", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "muss mal sagen: die Mia in Ottensen hat mir heute ungefragt nen neuen flat white gemacht, weil der erste zu heiß war ❤️",
    );
    expect(first?.text ?? "").toMatch(/Mia/u);
    expect(first?.text ?? "").not.toMatch(/Thema Mia/u);
  });

  it("thanks in Kölsch name the fitter", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Merci sage an dä Jupp! Hät uns en Porz de Wärmepump installiert, alles tipptopp. Esu muss dat!",
    );
    expect(first?.text ?? "").toMatch(/Jupp/u);
    expect(first?.text ?? "").not.toMatch(/Thema Merci/u);
  });

  it('"top Arbeit von Ihrem Team" praises the work, nobody called Arbeit', () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Wärmepumpe läuft seit dem Herbst ohne Probleme. Wirklich top Arbeit von Ihrem Team in Frechen!",
    );
    expect(first?.text ?? "").not.toMatch(/Arbeit Ihnen|sich Arbeit/u);
  });

  it("details set right before a post spreads are a correction", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Danke für den Beitrag über unsere Halle! Zwei Kleinigkeiten, bevor der weiter geteilt wird: die Anlage hat 120 kWp, nicht 102 kWp. Sonst alles super.",
      "linkedin",
    );
    expect(assessment.role).toBe("know-it-all");
    expect(first?.strategy).toBe("check-correction");
  });
});

describe("corrections of the post are checked", () => {
  it("a district set right, with a laugh, is no mockery to leave alone", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Äh, Südvorstadt ist nicht Connewitz 😅 Das Café ist in der SÜDVORSTADT, bitte im Post ändern, sonst gibts Ärger 😂",
    );
    expect(assessment.role).toBe("know-it-all");
    expect(first?.strategy).toBe("check-correction");
  });

  it("a reality check on a figure in the post", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Kleiner Reality Check zum Beitrag: Da steht, die WP 9 heizt bis −25 °C. Im Datenblatt steht −20 °C. Was gilt denn nun?",
      "linkedin",
    );
    expect(assessment.role).toBe("know-it-all");
    expect(first?.strategy).toBe("check-correction");
  });

  it("the product granted, then the post argued: the post is criticised", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Ich mag eure Bohnen sehr, aber euer Post zur Erntesaison ist mir zu glatt. Keine Preise für die Farmer, keine Namen, nur hübsche Bilder. So ist das halt Werbung.",
    );
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").toMatch(/Beitrag/u);
    expect(first?.text ?? "").not.toMatch(/zufrieden|Lob|Preisen/u);
  });
});

describe("politics and the world need no reply", () => {
  it('"wann begreift ihr das endlich" about the country', () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Mit Deutschland geht es immer weiter bergab, wann begreift ihr das endlich?",
    );
    expect(assessment.intent.offTopic).toBe(true);
  });

  it("the world on fire, in German", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Die Welt brennt, überall Krieg und hier geht es um Milchschaum. Na dann Prost ☕",
    );
    expect(assessment.intent.offTopic).toBe(true);
  });

  it("a vote announced in Kölsch", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Solang in Berlin die Falsche regiere, weed dat nix mit der Energiewende. Mer wähle nächstes Mol anders!",
    );
    expect(assessment.intent.offTopic).toBe(true);
  });

  it("the city's trams", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "anyone else noticed tram line 7 only runs every 15 min now?? public transport in this city is a joke",
    );
    expect(assessment.intent.offTopic).toBe(true);
  });
});

describe("cases read right", () => {
  it("a bill disbelieved is a billing case", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "jahresabrechnung sagt 410€ nachzahlung?? ich wohn allein und bin nie zuhause. das is doch n fehler oder",
      "x",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
    expect(first?.source).not.toBe("saved");
  });

  it("a loss asked about is not told as a fact", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Bestellung KK-77120 vom 2. Mai, Tracking steht seit 8 Tagen auf „Label erstellt“. Ist das verloren gegangen oder was??",
    );
    expect(first?.text ?? "").not.toMatch(/verloren gegangen ist/u);
  });

  it("the heat pump that shows the error is the case, not the meter that runs on", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Unsere WP 12 (Einbau im Mai) zeigt seit Freitag Fehler E-19 und heizt nur noch mit dem Heizstab. Der Stromzähler dreht durch. Kundennummer 40012345.",
    );
    expect(first?.text ?? "").toMatch(/WP 12/u);
    expect(first?.text ?? "").not.toMatch(/Problem\p{L}* mit Ihrem Stromzähler/u);
  });

  it("a blog title is no topic of the case", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Unsere WP 9 zeigt seit Montag Fehler E-31. Kundennummer 40054321. Darüber schreib ich auch in meinem Blog „Warm durch den Winter“.",
    );
    expect(first?.text ?? "").not.toMatch(/Warm durch den Winter/u);
  });

  it("who is pictured at the desk is no topic", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "SAFTLADEN! Zählerstand am 3.1. gemeldet, Abrechnung trotzdem geschätzt, 540 € Nachzahlung. Kundennummer 40098765. Sitzen da nur Azubis??",
    );
    expect(first?.text ?? "").not.toMatch(/Azubis/u);
  });

  it("a wallbox from another maker is what they own, no wrong brand sent", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "hab ne wallbox von nem anderen hersteller in der garage, kann man die mit eurer PV anlage zusammen laufen lassen oder muss die raus",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });

  it("coffee that would spoil while they are away is a pause asked for", () => {
    const text = savedAnswer(
      "kaffeekollektiv",
      "bin ab 1. juli 4 wochen in schweden. was mach ich mit meinem kaffee der jeden monat kommt und dann vor der tür rumliegt??",
      "x",
    );
    expect(text).toMatch(/pausieren/u);
  });

  it("the pages in English criticised are no app fault to look up", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Your English support is a joke. Letters are German only and the English page on your website hasn't been updated in years. Would be nice to be treated like customers.",
    );
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").not.toMatch(/app version|idea/u);
  });

  it("someone to talk to in English is answered with our line", () => {
    const text = savedAnswer(
      "rheinwerk",
      "Hi, my German is still basic 🙈 is there someone I can talk to in English about my tariff? Every time I call I get stuck in the menu and hang up.",
    );
    expect(text).toMatch(/English/u);
  });
});

describe("criticism said calmly is taken seriously", () => {
  it("an hour of webinar and not one word on what people worry about", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Sat through your solar webinar last week: an hour, and not one concrete word about roof permits in listed buildings. Plenty on financing, nothing on the thing people actually ask about.",
      "linkedin",
    );
    expect(first?.strategy).toBe("take-seriously");
  });

  it("a name that promises more than the figures", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Ich tu mich schwer damit, dass ihr euch Kollektiv nennt und Aushilfen in Kreuzberg 13 € die Stunde zahlt. Der Name verspricht was anderes als die Zahlen.",
    );
    expect(first?.strategy).toBe("take-seriously");
  });

  it("a price rise jeered at with a skull is criticism, not mockery to leave alone", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "kaffeekollektiv erhöht den cappuccino auf 4,60 und redet im selben post von fairness 💀 ja klar, fühl mich voll fair behandelt 🙃",
      "x",
    );
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").not.toMatch(/Selben/u);
  });
});

describe("rudeness gets a boundary, and the case beside it the help", () => {
  it('"alle Latten am Zaun" is contempt, and no fence is the topic', () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "6,50 für nen Chai Latte?? habt ihr noch alle Latten am Zaun? Hipster-Abzocke deluxe.",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text ?? "").not.toMatch(/Latten/u);
  });

  it("a plant that yields nothing, beside an insult, is helped too", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Ihr Idioten, seit 5 Wochen ist die Solaranlage in Pulheim auf dem Dach und produziert NULL kWh.",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text ?? "").not.toMatch(/NULL/u);
  });

  it("a voucher refused at the till, beside an insult, is helped too", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Ihr Vollpfosten. 30€ Gutschein geschenkt bekommen und der Typ an der Kasse in Kreuzberg sagt der gilt nur online.",
    );
    expect(first?.strategy).toBe("boundary-and-help");
  });

  it("an extra charged by a barista called names, beside the insult, is helped too", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Der Barista in Ottensen ist echt ein arroganter Idiot. Er haut mir 70 Cent Aufpreis für Sojamilch drauf, obwohl bei euch überall steht ohne Aufpreis.",
    );
    expect(first?.strategy).toBe("boundary-and-help");
  });
});

describe("more cases read right", () => {
  it("a Bavarian bag torn open", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Servus, heit is mei Paket kemma und de Tüte war total aufgrissn, Bohnen überall im Karton 😤",
    );
    expect(first?.text ?? "").toMatch(/aufgerissen|beschädigt/u);
  });

  it("still waiting for the final bill", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "bin im märz umgezogen und warte bis heute auf die schlussrechnung für die alte wohnung, jedes mal heißt es kommt noch",
    );
    expect(assessment.intent.complaint).toBeDefined();
  });

  it("a move abroad with sending asked for is answered with our shipping", () => {
    const text = savedAnswer(
      "kaffeekollektiv",
      "Moving to Amsterdam in spring and I can't imagine life without your Kenya roast 😭 Will you still send it to me there? What would it cost?",
    );
    expect(text).toMatch(/ship/u);
  });

  it("what people will end up saying, quoted, is no failure of the writer's", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Ihre Kampagne „Wärmepumpe für jedes Haus“ halte ich für gewagt. Ohne Heizlastberechnung ist das Murks, und am Ende heißt es wieder „Wärmepumpen funktionieren nicht“.",
      "linkedin",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });

  it("a café open on a holiday morning is asked about its hours", () => {
    const text = savedAnswer(
      "kaffeekollektiv",
      "landing in Berlin on Easter Monday around 9. any chance your Kreuzberg café is serving coffee that morning?",
      "x",
    );
    expect(text).toMatch(/public holidays/u);
  });
});

describe("real comments told back right", () => {
  it("an amount in millions is said whole", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "I have about $2.5 million in the game and tried to buy the villa for $2.1 million, but it never went through and I'm still waiting for the call",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/\$2\.5(?! million)/u);
  });

  it("a failure in general is no detail beside the thing", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "I just bought the premium add-on and it just didn't work, the payment went through but I don't have it",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/\(didn't work/u);
  });

  it("a waiting period set by the rules is no wait of theirs", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "I changed my username as a joke and now I can't join my usual servers. Can it be changed back before the 30 day wait time?",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/\(30 day/u);
  });

  it("what they cannot do is told back whole", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "I can't unsubscribe from the beta programme, it says I'm not enrolled and keeps putting me back in it.",
      "x",
    );
    expect(first?.strategy).toMatch(/^case-/u);
    expect(first?.text ?? "").toMatch(/unsubscribe from the beta programme/u);
  });

  it("a word cut from a name in brackets is no topic", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "If I can prove the track on my video is Creative Commons (Free Use), would you release that claim?",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/ and Free\b|about Free\b/u);
  });

  it("a prize won and not there is a case of their own", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "I bought the season pass yesterday but when I logged in today it's not there. Help",
      "x",
    );
    expect(first?.strategy).toMatch(/^case-/u);
    expect(first?.text ?? "").not.toMatch(/\(not there\)|criticism/u);
  });

  it("money never paid out is a case of their own", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "I sold my old boat back to the shop and I didnt get the money for it, lost 200k",
      "x",
    );
    expect(first?.strategy).toMatch(/^case-/u);
  });

  it("nothing happening is no detail to pass on", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "getting this error whenever I open the app. Tried reinstalling but nothing happens. Any ideas??",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/nothing happens\)/u);
  });

  it("a code sent to a lost phone asks for the account's address, not the phone", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "I cant log in because I need the verification code and I lost my phone last week. Please help",
      "x",
    );
    expect(first?.text ?? "").toMatch(/email address/u);
    expect(first?.text ?? "").not.toMatch(/which phone/u);
  });

  it("a password changed by someone else is a login case", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "my password got changed overnight and when I try to recover it, it says it doesn't recognize my device. please help",
      "x",
    );
    expect(assessment.intent.complaint?.problem).toBe("login");
  });

  it("the company a handle names is no topic of the comment to it", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "@NordstromHelp which address do I forward phishing mails to, the ones that pretend to be from Nordstrom???",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/about Nordstrom/u);
  });

  it("scorn pictured is no topic of the criticism", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "you lot are a bunch of cowboys. 'customer first' my arse, all you want is money for your overpriced solar panels",
    );
    expect(first?.text ?? "").not.toMatch(/arse|cowboys/u);
  });

  it("a superlative and a clause after a hyphened word are no topics of an argument", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "With respect, calling heat pumps 'the obvious choice' is a half-truth most installers get away with. Power prices here are among the highest in Europe, which makes the case far weaker than in Norway.",
      "linkedin",
    );
    expect(first?.text ?? "").not.toMatch(/most installers|highest/u);
  });

  it("a verb in scare quotes is no topic", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      'my laptop wakes up at 3 AM every night because of some "update" thing. why? I "shut down" my laptop for a reason',
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/"shut down"/u);
  });
});
