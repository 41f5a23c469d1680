import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * Comments from the stop of 2026-12-04 (fifth session): batches 134–136, written by helpers to the golden set's two
 * companies. Each was answered wrongly before: advice to another reader thanked as praise of staff, sarcasm about a
 * roast date and a 25-minute wait thanked, a price laughed at left without a reply, a correction with a wink taken
 * as criticism, an emergency number "gewählt" read as an election, and a flat white praised with 🔥 not thanked.
 */

describe("a reader called by name and told one's own experience", () => {
  it.each([
    [
      "rheinwerk",
      "Herr Bredow, lassen Sie sich nicht verrückt machen. Wir haben die Anlage seit zwei Jahren im Haus von 1968, letzten Winter bei minus 12 lief alles.",
    ],
    [
      "rheinwerk",
      "Mark, we had ours fitted last spring in a 1970s semi in Leverkusen. Bills noticeably down, no drama in January.",
    ],
  ] as const)("needs no reply from the company: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company, text);
    expect(assessment.intent.addressedTo).toBe("commenter");
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it.each([
    ["kaffeekollektiv", "Anna, danke für die schnelle Hilfe gestern, hat alles geklappt!"],
    ["kaffeekollektiv", "Mark, we had to wait 40 minutes for two coffees. Is that normal?"],
  ] as const)("still answers staff thanked by name, or a question: %s", (company, text) => {
    expect(goldenAnswer(company, text).first?.strategy).not.toBe("no-reply-needed");
  });
});

describe("sarcasm that was thanked or left alone", () => {
  it.each([
    "„Frisch geröstet“ steht vorne drauf. Röstdatum hinten auf meiner Tüte: vor 7 Wochen. Ja, super frisch, echt Weltklasse 👏👏",
    "25 minutes for one flat white in Leipzig on Saturday. Truly the slow coffee movement. Very artisanal, 10/10 🐌",
  ])("is taken seriously, never thanked: %s", (text) => {
    const { assessment, first } = goldenAnswer("kaffeekollektiv", text);
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").not.toMatch(/dank|thank/iu);
  });

  it("hears a price laughed at as criticism of the prices", () => {
    const { first } = goldenAnswer("kaffeekollektiv", "Espresso jetzt 4,20 😂 bald mit Ratenzahlung oder wie");
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).toMatch(/Kritik an unseren Preisen/u);
  });

  it("still thanks a low price praised, and a roast that is loved", () => {
    expect(goldenAnswer("kaffeekollektiv", "Still only €3 for a filter coffee, love it!").first?.strategy).toBe(
      "thank-specifically",
    );
    expect(
      goldenAnswer("kaffeekollektiv", "„Frisch geröstet“ – und wirklich super frisch, danke!").first?.text,
    ).toMatch(/dank/iu);
  });
});

describe("corrections", () => {
  it("checks a correction made with a wink, and states the company's own fact", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Heads up, your post says EU shipping is free over €49 but the shipping info in your shop says €59. One of them's wrong 🙃",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toMatch(/€59/u);
  });

  it("reads a number dialled as no election, and settles it with the saved number", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Im Beitrag steht für den Notdienst 0221 555 0198. Auf Ihrer Homepage steht aber 0199. Welche stimmt denn jetzt? Wäre blöd wenn im Winter jemand die falsche wählt.",
    );
    expect(assessment.intent.offTopic).toBe(false);
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toMatch(/0221 555 0199/u);
    expect(first?.text).not.toMatch(/Förder/u);
  });

  it("still reads an election as politics", () => {
    expect(
      goldenAnswer("rheinwerk", "Am Sonntag wird gewählt, geht alle wählen und wählt bloß nicht die AfD!").assessment
        .intent.offTopic,
    ).toBe(true);
  });

  it("asks nothing in a sentence of whoever does what", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Wer die Grünen wählt, kriegt höhere Strompreise. Merkt euch das.",
    );
    expect(assessment.tone).not.toBe("question");
    expect(goldenAnswer("rheinwerk", "Wer macht eigentlich eure Fotos").assessment.tone).toBe("question");
  });
});

describe("praise with fire", () => {
  it("thanks a flat white praised with 🔥, and names it", () => {
    const { assessment, first } = goldenAnswer("kaffeekollektiv", "that oat flat white in Kreuzberg this morning 🔥🔥");
    expect(assessment.tone).toBe("positive");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/oat flat white/u);
  });

  it("never reads fire beside anything else as praise", () => {
    expect(goldenAnswer("kaffeekollektiv", "Euer Laden 🔥🔥🔥 bald").assessment.tone).not.toBe("positive");
  });
});

describe("cases told in everyday words", () => {
  it.each([
    [
      "rheinwerk",
      "Jahresabrechnung am Samstag im Briefkasten: 412 € Nachzahlung. Wir waren 3 Wochen weg und haben nen neuen Kühlschrank. Da stimmt doch was nicht @Rheinwerk",
      /412 € Nachzahlung.*Kundennummer/su,
    ],
    [
      "rheinwerk",
      "hab freitag bei euch angerufen wegen dem Zählertausch, da hieß es wir rufen sie heute noch zurück. heute is montag. Nix. so langsam reichts mir echt",
      /noch auf unseren Rückruf warten/u,
    ],
    [
      "kaffeekollektiv",
      "Euer Laden in Kreuzberg ist echt ne Frechheit. Ich sag am Samstag extra HAFER, krieg trotzdem Kuhmilch in den Flat White und hab den Rest vom Tag mit Bauchkrämpfen verbracht.",
      /dass du Kuhmilch statt Hafer bekommen hast/u,
    ],
    [
      "rheinwerk",
      "Guten Morgen Rheinwerk. Unsere WP 12 ist seit Samstag früh aus, im Display steht E41. Wir heizen seit zwei Tagen mit nem Heizlüfter. Kundennummer 30418822. Bitte meldet euch heute!!",
      /dass Ihre WP 12 seit Samstag früh aus ist.*Fehler E41/su,
    ],
    [
      "kaffeekollektiv",
      "Gutschein KK-4471-MX wurde heute im Café nicht angenommen, angeblich abgelaufen. Hab den letztes Weihnachten geschenkt bekommen?? Was soll das",
      /dass dein Gutschein KK-4471-MX nicht angenommen wurde/u,
    ],
    [
      "kaffeekollektiv",
      "bought a digital gift card for my gf 3 days ago, paid, never got the email. not even in spam.",
      /waiting for the email/u,
    ],
    [
      "kaffeekollektiv",
      "Hallo liebes Kaffeekollektiv, wir beziehen seit gut einem Jahr eure Bohnen für unser Café. Die Lieferung zu Bestellung 88214 kam gestern mit drei aufgerissenen Tüten an, Bohnen lose im Karton.",
      /Bestellung 88214/u,
    ],
  ] as const)("names the case: %s", (company, text, said) => {
    const { assessment, first } = goldenAnswer(company, text);
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toMatch(/^case-/u);
    expect(first?.text).toMatch(said);
    expect(first?.text).not.toMatch(/Thema (?:Samstag|Sonntag)|Keiner|zum Thema KK-4471 /u);
  });

  it("sets a boundary beside the case for a parting insult", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Abo ist seit November pausiert und trotzdem kam jetzt zum dritten mal ein Paket + Abbuchung. Kundennr 20931. Lernt mal eure eigene Software zu bedienen, Amateure",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/20931/u);
  });

  it.each([
    "Habt ihr an Heiligabend und Silvester offen? Letztes Jahr standen wir in Ottensen vor verschlossener Tür 🙈",
    "Is the Leipzig café ok for working on a laptop for a few hours? Wifi / power outlets? Don't want to be that guy hogging a table lol",
  ])("answers the question, not last year's story or its own laugh: %s", (text) => {
    const { assessment, first } = goldenAnswer("kaffeekollektiv", text);
    expect(assessment.intent.complaint).toBeUndefined();
    expect(assessment.intent.mockery).toBeUndefined();
    expect(first?.strategy).toMatch(/^(?:saved-reply|holding-reply)$/u);
  });

  it("reads an argument as no heating gone, and a press enquiry as one to hold", () => {
    const argument = goldenAnswer(
      "rheinwerk",
      "Wer Wärmepumpen in unsanierte Altbauten verkauft, ohne sich das Haus vorher anzusehen, verkauft keine Heizung, sondern hohe Stromrechnungen.",
    );
    expect(argument.assessment.intent.complaint).toBeUndefined();
    const press = goldenAnswer(
      "rheinwerk",
      "Hi Rheinwerk – I'm a reporter with Clean Energy Brief, writing about installer wait times. Could someone comment on your current lead times and staffing? Deadline is Thursday noon. Thanks!",
    );
    expect(press.first?.strategy).toBe("holding-reply");
  });

  it("leaves talk of an election alone", () => {
    expect(
      goldenAnswer("rheinwerk", "Solange in Berlin diese Truppe regiert wird doch eh nix besser. Neuwahlen jetzt").first
        ?.strategy,
    ).toBe("no-reply-needed");
  });
});

describe("saved answers asked for in other words", () => {
  it.each([
    [
      "kaffeekollektiv",
      "Wir sind im Mai 3 Wochen in Portugal 🌞 läuft das Kaffee-Paket dann einfach weiter oder kann man das irgendwie auf Eis legen?",
      /pausieren/u,
    ],
    ["kaffeekollektiv", "kann man euren kaffee auch gemahlen für so ne bialetti kriegen oder nur bohnen", /Herdkanne/u],
    [
      "rheinwerk",
      "is there an emergency number if the heat pump dies over the weekend? asking before the cold snap hits 🥶",
      /0199/u,
    ],
  ] as const)("offers the saved answer first: %s", (company, text, said) => {
    const { first } = goldenAnswer(company, text);
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(said);
  });
});

describe("meaning that turns on one detail", () => {
  it("says a meter's number as the meter's", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Zählernummer 7043382 hab ich jetzt DREIMAL genannt, trotzdem wird mein Verbrauch geschätzt abgerechnet.",
    );
    expect(first?.text).toMatch(/Zählernummer 7043382/u);
    expect(first?.text).not.toMatch(/Vertragsnummer/u);
  });

  it("reads half the power needed as no bill half paid, and answers with how to change the instalment", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Ehrlich nervig dass man bei @Rheinwerk den Abschlag nicht selbst ändern kann. Seit der PV aufm Dach brauchen wir nur noch die Hälfte und zahlen trotzdem weiter 142€ im Monat. Muss ich da jetzt echt nen Brief schreiben??",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(/Abschlag/u);
    expect(first?.text).not.toMatch(/zum Teil bezahlt/u);
  });

  it("says what came instead of what was ordered from the shop", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Writing on behalf of my mum (74). She ordered the decaf from your online shop and got regular coffee instead. She can't have caffeine. What do we do now?",
    );
    expect(first?.text).toMatch(/regular coffee instead of decaf/u);
  });

  it("hears a price praised 'very collective of you' as sarcasm", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "€4.80 for a flat white in Kreuzberg now. Real coffee for the people. Very collective of you.",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.strategy).toBe("take-seriously");
  });

  it.each([
    [
      "Kurze Rückfrage zum Beitrag: Heizt die WP 12 tatsächlich bis −25 °C? In Ihrem Datenblatt und auf der Website lese ich −20 °C.",
      /−20 °C/u,
    ],
    [
      "Quick one – is the number in the post correct? It says 0221 555 0109, but your website lists 0221 555 0190 for customer service.",
      /0190/u,
    ],
  ])("checks the post set against the company's own source: %s", (text, fact) => {
    const { assessment, first } = goldenAnswer("rheinwerk", text);
    expect(assessment.role).toBe("know-it-all");
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toMatch(fact);
  });

  it("holds a question announced as one, whatever the mood around it", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Moin! Quick question: do you also do Firmenkunden, i.e. regular office deliveries with a proper Rechnung? We're a 25-person team in Hamburg currently surviving on truly sad Filterkaffee.",
    );
    expect(first?.strategy).toBe("holding-reply");
  });

  it.each([
    [
      "kaffeekollektiv",
      "gutted you lot don't ship to the UK anymore. my go-to beans, gone. brexit strikes again",
      /UK/u,
    ],
    [
      "kaffeekollektiv",
      "Find's echt schade dass man bei euch nur ganze Bohnen bekommt. Hab keine Mühle und trink eigentlich nur French Press.",
      /French Press/u,
    ],
    [
      "kaffeekollektiv",
      "Drei Wochen Urlaub gebucht und euer Abo schickt mir dann weiter Kaffee vor die Haustür, wo er 3 Wochen rumsteht. Nervt mich jetzt schon",
      /pausieren/u,
    ],
    [
      "rheinwerk",
      "mega annoying, der Passwort reset link kommt einfach nicht an 🙄 zweimal probiert, nix. any ideas @Rheinwerk?",
      /Spam-Ordner/u,
    ],
  ] as const)(
    "sets a belief right, or gives the help asked for, with the company's own fact: %s",
    (company, text, fact) => {
      const { first } = goldenAnswer(company, text);
      expect(first?.strategy).toBe("saved-reply");
      expect(first?.text).toMatch(fact);
    },
  );

  it("still answers a case with its number as the case, not with the saved fact", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Bestellung 30417 kam nicht an, und ihr liefert angeblich nicht mehr nach Österreich?? Kundennummer 20931",
    );
    expect(first?.strategy).not.toBe("saved-reply");
  });
});

describe("numbers in groups, rudeness in its own words, and questions that only sound like complaints", () => {
  it.each([
    [
      "rheinwerk",
      "moved out of my flat in Düsseldorf 12 weeks ago and STILL no final bill. customer no 31 774 052.",
      /31 774 052/u,
    ],
    [
      "rheinwerk",
      "Ich habe Zählerstand am 3. März gemeldet in App, trotzdem Rechnung ist geschätzt und 214 € Nachzahlung. Zählernummer 1ESY 7730 4412. Bitte prüfen",
      /1ESY 7730 4412/u,
    ],
  ] as const)("says a number written in groups whole, and never asks for it again: %s", (company, text, number) => {
    const { first } = goldenAnswer(company, text);
    expect(first?.text).toMatch(number);
    expect(first?.text).not.toMatch(/(?:send us|schicken Sie).*(?:customer number|Kundennummer)/u);
  });

  it.each([
    "Ihr seid echt das Allerletzte. Kundennummer 62 004 118. Wärmepumpe steht seit 9 Tagen im Keller und ist immer noch nicht angeschlossen. Stümperverein!!",
    "Are you lot completely useless?? Customer number 55 210 986. Emailed FOUR times in 3 weeks about my final bill and got NOTHING back. Absolute shambles of a company",
  ])("sets a boundary beside the case: %s", (text) => {
    expect(goldenAnswer("rheinwerk", text).first?.strategy).toBe("boundary-and-help");
  });

  it("reads an order that came without what was in it as a case, and 'ohne Probleme' as praise", () => {
    const missing = goldenAnswer(
      "kaffeekollektiv",
      "Liebes Kaffeekollektiv, unser Büro-Abo (Bestellung 60214) kam jetzt zum zweiten Mal in Folge ohne die 3 kg Hausmischung. Wer ist da die richtige Ansprechperson?",
    );
    expect(missing.first?.strategy).toMatch(/^case-/u);
    const fine = goldenAnswer("kaffeekollektiv", "Die Lieferung kam ohne Probleme, danke!");
    expect(fine.assessment.intent.complaint).toBeUndefined();
    expect(fine.first?.strategy).toBe("thank-specifically");
  });

  it("hears a barista's eye roll as a service case, never as an order to look up", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "asked the barista at your café for the wifi password this morning and got an eye roll and 'we're not a coworking space'. i'd literally just bought 2 coffees?? rude",
    );
    expect(first?.text).not.toMatch(/order number|your order/u);
  });

  it("holds a question whose answer was not found on the product page", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Quick one – how is the Colombia decaf actually decaffeinated? Swiss water, CO2 or solvent? I'm pregnant and couldn't find it on the product page",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("holding-reply");
  });

  it("states no saved fact without a day against a corrected date", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Small correction on the post: it says the heat pump info evening at your Cologne office is on Thursday 14 May, but the registration link says Friday 15 May. Which one is it?",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).not.toMatch(/0199|breaks down/u);
  });

  it("says how long a wait took in the criticism of it", () => {
    expect(goldenAnswer("rheinwerk", "4 Wochen auf ne Antwort vom Service warten 👏👏 Respekt").first?.text).toMatch(
      /Service \(4 Wochen\)/u,
    );
  });

  it("asks in German for the hotline's number in two German words", () => {
    expect(goldenAnswer("rheinwerk", "Hotline Nummer?").first?.text).toMatch(/Kundenservice erreichen Sie/u);
  });

  it("reads a queue feared in an alternative as no case, and answers with the saved instalment", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Seit wir die PV aufs Dach bekommen haben zahlen wir viel zu viel Vorauszahlung. Kann man das irgendwo selbst runtersetzen oder muss ich anrufen und ewig in der Warteschleife hängen?",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(/Abschlag/u);
  });
});

describe("a crew's lead thanked by name, and a bad visit laughed off", () => {
  it("names the person who led the crew", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Credit where it's due: Marta Kowalczyk and her installation crew put a WP 9 into our 1950s semi in Bergisch Gladbach in two days, and Marta walked us through the app in English.",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Marta Kowalczyk/u);
  });

  it("answers a customer's bad visit, laughed off, instead of leaving it alone", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "your hamburg cafe is honestly the rudest place i've been to in this city. staff act like you're ruining their day by ordering. get it together lol",
    );
    expect(first?.strategy).toBe("take-seriously");
  });

  it("still leaves a clown's laugh at the company alone", () => {
    expect(goldenAnswer("kaffeekollektiv", "imagine paying 4 euros for bean water 🤡🤡 lmao").first?.strategy).toMatch(
      /do-not-reply|factual-line/u,
    );
  });
});

describe("the last fresh batches (143 and 144)", () => {
  it("never thanks a joke about the name because of a praying emoji", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Kaffeekollektiv klingt wie ne Sekte lol. Jeden Dienstag gemeinsames Bohnen-Anbeten oder wie 🙏☕😂",
    );
    expect(first?.text ?? "").not.toMatch(/dank|Lob/iu);
  });

  it("answers a visitor's question, not a reader called 'Visiting Hamburg'", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Visiting Hamburg this weekend! Is the Ottensen café open on Sunday morning?",
    );
    expect(assessment.intent.addressedTo).not.toBe("commenter");
    expect(first?.strategy).toBe("saved-reply");
  });

  it.each([
    [
      "kaffeekollektiv",
      "Stopped by your Kreuzberg café last week. Mateo made me a pour-over with some Colombian beans and walked me through the tasting notes.",
      /Mateo/u,
    ],
    [
      "rheinwerk",
      "Muss auch mal was Positives loswerden: nach dem Chaos gestern hat mich heute Herr Demirci vom Kundenservice zurückgerufen und unseren Termin neu gelegt. So geht das 👍",
      /Herr Demirci/u,
    ],
  ] as const)("thanks the person named: %s", (company, text, person) => {
    const { first } = goldenAnswer(company, text);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(person);
  });
});
