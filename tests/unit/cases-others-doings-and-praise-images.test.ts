import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * Comments from the stop of 2026-12-04 (seventh session): batches 163–166, written by helpers to the golden set's
 * two companies. Each was answered wrongly before: someone else's doings (a landlord, an authority, a parcel service,
 * the state) answered as our case, praise said in images ("Nerven wie Drahtseile", "like clockwork", "a breath of
 * fresh air") taken for criticism, one person called "ein Goldstück" told hate has no place here, sarcasm thanked,
 * and the branch left out of criticism of what happens there.
 */

describe("someone else's doings need no reply from us", () => {
  it.each([
    [
      "rheinwerk",
      "Mein Vermieter lässt uns seit Mitte November mit ner kaputten Gastherme sitzen 🥶 Hausverwaltung geht nicht ans Telefon, Mails werden ignoriert. Sowas müsste echt verboten sein",
    ],
    [
      "rheinwerk",
      "5 Monate wartet man in Bergheim aufs Bauamt für nen Carport mit PV drauf. FÜNF. MONATE. #Bürokratie",
    ],
    [
      "kaffeekollektiv",
      "BVG kriegt die U8 nicht einmal pünktlich hin aber die Preiserhöhung zum Ersten klappt natürlich auf die Minute. berlin halt 🫠",
    ],
    [
      "kaffeekollektiv",
      "berlin landlords are unhinged. €1,400 for a one-room in neukölln with the shower IN the kitchen. i need a coffee and a lawyer",
    ],
    [
      "kaffeekollektiv",
      "Nicht mal eure Schuld, aber ich muss das irgendwo loswerden: DHL hat heute „Empfänger nicht angetroffen“ eingetragen. Ich war den GANZEN Tag zuhause.",
    ],
    [
      "rheinwerk",
      "Slightly off topic but does anyone else find the Ausländerbehörde appointment system impossible?? My residence permit runs out in March 😩",
    ],
    [
      "rheinwerk",
      "govt tells the rest of us to tighten our belts while they jet off to yet another climate summit. pathetic",
    ],
    [
      "rheinwerk",
      "heute wieder 2 std stau auf der A40 weil sich welche fürs klima auf die strasse kleben. irgendwann reichts echt mal",
    ],
  ] as const)("%s: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company, text);
    expect(assessment.replyNeeded).toBe(false);
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("still answers when the third party's matter is put to us", () => {
    const landlord = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk my landlord says you never sent the final meter reading after I moved out on 31 Aug, so he's holding back my deposit. Customer no. 7720481. can you sort this?",
    );
    expect(landlord.assessment.replyNeeded).toBe(true);
    expect(landlord.first?.text).toMatch(/7720481/u);
    const tenants = goldenAnswer(
      "rheinwerk",
      "Mieterstrom klingt gut, scheitert aber in der Praxis an der Bürokratie. Wie wollen Sie das für Vermieter attraktiv machen?",
      "linkedin",
    );
    expect(tenants.assessment.replyNeeded).toBe(true);
  });
});

describe("praise said in images is thanked", () => {
  it.each([
    [
      "rheinwerk",
      "Ich muss jetzt mal ein Loblied singen 🎶 Herr Kaczmarek war letzte woche bei uns in Bergisch Gladbach und hat die WP 9 eingebaut. Der Mann hat Nerven wie Drahtseile, unser Keller ist das reinste Labyrinth und er hat trotzdem alles picobello hinterlassen. Ein Goldstück!!",
      /Herr Kaczmarek/u,
    ],
    [
      "rheinwerk",
      "Just want to say the engineer who came out on Sunday night, Lukas, was an absolute star ⭐ our heat pump died in the cold snap and he had it purring again in under an hour. Legend.",
      /thank/iu,
    ],
    [
      "rheinwerk",
      "Credit where it's due: Rheinwerk fitted solar panels on our warehouse in Troisdorf and their site lead ran the whole thing like clockwork. Three days, zero disruption to our loading bays. Would work with them again in a heartbeat.",
      /thanks for the kind words/u,
    ],
    [
      "kaffeekollektiv",
      "Your Leipzig café is basically my second living room at this point. The new window bar seats are a game changer for remote work 💻☕",
      /Leipzig/u,
    ],
    [
      "kaffeekollektiv",
      "Hab gestern in Kreuzberg den veganen Zitronenkuchen gegessen und bin fast vom Stuhl gefallen. Das ist kein Kuchen das ist ne Umarmung 🍋🍋 Bitte niemals aus der Vitrine nehmen!",
      /Zitronenkuchen/u,
    ],
    [
      "kaffeekollektiv",
      "Seit März beliefert uns das Kaffeekollektiv fürs Büro mit 6 kg Hausmischung im Monat. Die Lieferung kam bisher kein einziges Mal zu spät. Ein großes Danke an Jonas aus dem Geschäftskundenservice!",
      /Jonas/u,
    ],
    [
      "kaffeekollektiv",
      "War heute in Ottensen und die Kleine mit den Locken an der Bar (Mira?) hat mir einen Flat White gemacht, für den ich glatt meine Seele verkaufen würde 😍☕",
      /Mira/u,
    ],
    [
      "kaffeekollektiv",
      "Hab meinem Mann euren Röstkurs in Leipzig geschenkt. Seitdem redet er nur noch von Extraktion 🙈 Der Kursleiter Anton muss ein Zauberer sein. Danke!",
      /Anton/u,
    ],
  ] as const)("%s: %s", (company, text, named) => {
    const { assessment, first } = goldenAnswer(company, text);
    expect(assessment.verdict).toBe("keep");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(named);
    // Neither the image praise is said in nor a word that opens a sentence is what was praised.
    expect(first?.text).not.toMatch(/Locken|Seitdem|breath of fresh air|Thema Kleine/u);
  });

  it("still licenses the plural slur and one of them pointed at", () => {
    expect(goldenAnswer("rheinwerk", "Die Goldstücke sollen bleiben wo sie herkommen").assessment.verdict).toBe(
      "may-delete",
    );
    expect(goldenAnswer("rheinwerk", "Schon wieder so ein Goldstück, das zugestochen hat.").assessment.verdict).toBe(
      "may-delete",
    );
  });

  it("keeps a failure that came back as a complaint", () => {
    const { assessment } = goldenAnswer("rheinwerk", "My heat pump stopped working again. Customer no. 55120.");
    expect(assessment.tone).not.toBe("positive");
  });
});

describe("sarcasm and jibes are never thanked", () => {
  it.each([
    [
      "kaffeekollektiv",
      "9 Tage von Berlin nach Bremen 👏👏 Respekt, das hätte die Postkutsche auch geschafft. Aber Hauptsache der Karton ist hübsch",
      /Lieferung \(9 Tage\)/u,
    ],
    [
      "rheinwerk",
      "So the 'climate-friendly' heat pump runs on electricity from... coal plants. Genius. Truly saving the planet there 🌍👏",
      /seriously/u,
    ],
  ] as const)("%s: %s", (company, text, named) => {
    const { assessment, first } = goldenAnswer(company, text);
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).toMatch(named);
    expect(first?.text).not.toMatch(/danke|thank/iu);
  });

  it("does not thank or hold a rude jibe with a tag question, nor buzzword bingo", () => {
    const jibe = goldenAnswer(
      "kaffeekollektiv",
      "kaffeekollektiv, wa? hipsterbude für leute mit zu ville kohle. 5 euro fürn kaffee, ick gloob et hackt",
    );
    expect(jibe.assessment.tone).not.toBe("question");
    expect(jibe.first?.text ?? "").not.toMatch(/danke/iu);
    const bingo = goldenAnswer(
      "rheinwerk",
      "Grüne Energie, grüne Zukunft, grüne Transformation. BINGO! 🎯 Wer hat noch „Resilienz“ auf seiner Karte?",
      "linkedin",
    );
    expect(bingo.first?.strategy).toBe("do-not-reply");
  });
});

describe("the branch and the thing criticised are named", () => {
  it.each([
    [
      "kaffeekollektiv",
      "Oh wie schön, der Flat White kostet in Kreuzberg jetzt 4,60. Bald gibts den nur noch auf Raten 😍☕ #gentrifizierungmitmilchschaum",
      /(?:an unseren Preisen|Flat White) in Kreuzberg/u,
    ],
    [
      "kaffeekollektiv",
      "Sonntags um 18 Uhr zu machen in Leipzig ist echt schade. Die anderen Cafés auf der Karli haben bis 20 Uhr auf. Überlegt euch das nochmal bitte",
      /an den Öffnungszeiten in Leipzig/u,
    ],
  ] as const)("%s: %s", (company, text, named) => {
    expect(goldenAnswer(company, text).first?.text).toMatch(named);
  });

  it("reads a German batch as a batch, and a customer number written with # once", () => {
    const batch = goldenAnswer(
      "kaffeekollektiv",
      "Hab mir den Espresso 'Schwarze Katze' geholt, 500g für 18,50, und der schmeckt als hätte jemand nen Aschenbecher aufgegossen. Röstdatum 21.11. Ist da ne Charge verbrannt?",
    );
    expect(batch.assessment.intent.complaint?.problem).not.toBe("billing");
    expect(batch.first?.text).not.toMatch(/Abrechnung|\(Ist/u);
    const customer = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv third time this month my subscription has ghosted me. was due Nov 29, still nothing. customer #90145.",
      "x",
    );
    expect(customer.first?.text).toMatch(/customer no\. 90145\)/u);
    expect(customer.first?.text).not.toMatch(/send us your customer number/u);
  });
});

/**
 * Batches 167–170: a saved answer about something else given to a job seeker, a trade customer and a correction of
 * how long something takes; a hypothetical bill, a possession and a loyal "ohne euren Kaffee" read as cases; an
 * expert's observations of other people's houses read as their own case; corrections of figures taken as criticism.
 */
describe("a saved answer about something else is never given", () => {
  it.each([
    [
      "kaffeekollektiv",
      "Wir betreiben ein kleines Café in der Dresdner Neustadt (ca. 10–12 kg Kaffee im Monat). Habt ihr Großhandelskonditionen für Gastro? Und röstet ihr auch Private Label?",
      "linkedin",
    ],
    [
      "rheinwerk",
      "Hi! Is the Project Engineer (Heat Pumps) role in Cologne open to candidates who work mainly in English? My German is B1 and improving.",
      "linkedin",
    ],
    [
      "kaffeekollektiv",
      "Is your roasting apprenticeship in Leipzig open to applicants from outside the EU who'd need a visa? I'm in Accra right now.",
      "linkedin",
    ],
  ] as const)("%s: %s", (company, text, site) => {
    const { assessment, first } = goldenAnswer(company, text, site);
    expect(first?.strategy).toBe("holding-reply");
    expect(assessment.intent.question).not.toBe("opening-hours");
    expect(first?.text).not.toMatch(/opening hours|Versand|0221 555/u);
  });

  it("checks how long something takes against a fact that says how long, not the emergency line", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      'Small correction on this post: it says a heat pump installation "takes just one day". Your German website says two to three days for the installation itself.',
      "linkedin",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).not.toMatch(/0199|day and night/u);
  });

  it("gives the hotline to someone who asks for people to ring, though their mother has no internet", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Meine Mutter ist 84, wohnt allein in Leverkusen. Sie hat kein Internet, kein Smartphone, nur ihr Telefon mit den großen Tasten. Wenn mit der Rechnung mal was ist, ruft sie mich an. Gibt es bei Ihnen eigentlich noch Menschen, die man anrufen kann, und wann sind die da?",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(/0221 555 0190/u);
  });
});

describe("no case where the writer has none", () => {
  it.each([
    [
      "kaffeekollektiv",
      "meine schwester zieht nächsten monat nach graz 😭 einzige sorge: ohne euren kaffee hält sie das nicht aus. muss ich ihr jetzt jeden monat n paket schicken oder geht das auch direkt",
    ],
    [
      "rheinwerk",
      "Ich sehe in meiner Energieberatung jede Woche Altbauten, denen eine Wärmepumpe „ohne Wenn und Aber“ verkauft wurde – Vorlauf 65 °C, Stromrechnung explodiert. Ohne saubere Heizlastberechnung ist das Marketing, keine Beratung. Wie handhabt Rheinwerk das konkret?",
    ],
  ] as const)("%s: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company, text);
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text).not.toMatch(/angekommen|Probleme mit Ihrer/u);
  });

  it("still reads no hot water, and an internet down since yesterday, as a case", () => {
    expect(
      goldenAnswer("rheinwerk", "Die Wärmepumpe zeigt Störung E311 und wir haben kein Warmwasser.").assessment.intent
        .complaint,
    ).toBeDefined();
  });
});

describe("corrections of figures are checked, with the figures", () => {
  it.each([
    [
      "rheinwerk",
      "Spannender Beitrag! Eine Rückfrage zur Zahl: Sie schreiben von 1.200 installierten Wärmepumpen in 2023, im Geschäftsbericht (S. 14) finde ich aber 1.020. Zahlendreher oder andere Abgrenzung?",
      /1\.200 und 1\.020/u,
    ],
    [
      "rheinwerk",
      "@rheinwerk im Tweet steht „bis zu 70 % Förderung für alle“. Die 70 gibts doch nur mit Einkommens- und Geschwindigkeitsbonus, nicht für alle. Bitte richtigstellen, sonst gibts am Ende enttäuschte Leute",
      /70 %/u,
    ],
    [
      "kaffeekollektiv",
      "Moin, bei der Anbauhöhe im Post hat sich glaub ich was verdreht: Da steht Guji auf 1.200 m, auf eurer Produktseite und beim Importeur stehen 2.100 m.",
      /2\.100 m/u,
    ],
  ] as const)("%s: %s", (company, text, named) => {
    const { assessment, first } = goldenAnswer(company, text, "linkedin");
    expect(assessment.role).toBe("know-it-all");
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toMatch(named);
    expect(first?.text).not.toMatch(/Rückfrage/u);
  });
});

/**
 * Batches 169–174: an insult beside a case answered with the boundary alone, a customer number written in groups
 * asked for again, praise of "keine einzige Lieferung zu spät" read as a late delivery, a question about an English
 * hotline answered as time on hold, anyone's broken boiler in an argument read as the writer's, a case told beside
 * a reply to a friend left unanswered, sarcasm about values thanked.
 */
describe("the help beside the boundary, and the case however it is told", () => {
  it("answers an insult beside a case with the boundary and the case, not the boundary alone", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk absolute clowns. Panels installed 3 weeks ago in Kerpen and the feed-in meter STILL hasn't been swapped so I'm basically giving you free power. Ticket 61204. Sort it out.",
      "x",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/61204/u);
    expect(first?.text).not.toMatch(/STILL/u);
  });

  it("reads a customer number written in groups and asks for it no more", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Guten Tag, ich bin 78 Jahre alt. Ich habe seit dem 3. März schon zweimal angerufen wegen meiner Abrechnung, Kundennummer 40 2281 93. Da steht eine Nachzahlung von 214 Euro obwohl ich allein wohne. Bis heute hat sich keiner gemeldet.",
    );
    expect(first?.text).toMatch(/40 2281 93/u);
    expect(first?.text).not.toMatch(/schicken Sie uns[^.]*Kundennummer/u);
  });

  it("answers a case told beside a reply to a friend", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "@lisa_ruhr bei mir genauso 🙄 WP 9 steht seit Freitag auf Störung, Fehler E-31, Kundennr 4088217, und bei Rheinwerk ruft keiner zurück",
    );
    expect(assessment.replyNeeded).toBe(true);
    expect(first?.text).toMatch(/4088217/u);
  });

  it("gives the English hotline to a question about it, not an apology for time on hold", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk is there an english speaking hotline?? my german is not good enough for the warteschleife lol",
      "x",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(/English/u);
  });

  it.each([
    [
      "kaffeekollektiv",
      "Ein Jahr Büro-Abo bei Kaffeekollektiv und keine einzige Lieferung zu spät. Als wir im Herbst spontan auf 3 kg pro Woche hochmussten, hat Lukas das an einem Vormittag umgestellt. Unser Team sagt danke ☕",
      /Lukas/u,
    ],
  ] as const)("thanks praise told with 'keine einzige … zu spät': %s", (company, text, named) => {
    const { assessment, first } = goldenAnswer(company, text);
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(named);
    expect(first?.text).not.toMatch(/Thema Lukas/u);
  });

  it("engages an argument about anyone's broken boiler instead of asking for the model", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Ich schätze, dass Rheinwerk ins Wärmepumpengeschäft eingestiegen ist. Aber 8–12 Wochen Wartezeit, wie Sie selbst schreiben, sind in der Heizperiode ein Problem: Wer im Januar eine defekte Gasheizung hat, wartet nicht bis April. Wie sehen Sie das?",
      "linkedin",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text).not.toMatch(/Modell|Gerät/u);
  });

  it("checks a phone number's swapped digits in a post as a correction", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Small thing but your post gives the service line as +49 221 555 0109 – I think the last digits got swapped, it's 0190 on your website.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("check-correction");
  });

  it("holds a trade customer's question about a contact person instead of giving the hotline", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Wir sind eine Bäckerei mit drei Filialen und überlegen, zu Ihrem Gewerbestrom zu wechseln. Gibt es bei Ihnen eine feste Ansprechperson für kleine Betriebe, oder läuft alles über die allgemeine Hotline?",
      "linkedin",
    );
    expect(first?.strategy).toBe("holding-reply");
  });

  it.each([
    [
      "kaffeekollektiv",
      "Spannender Post über eure „faire Lieferkette“. Noch spannender wäre, wenn man irgendwo nachlesen könnte, was ihr den Farmern tatsächlich zahlt. Aber Transparenz ist halt auch so ein schönes Wort für Werbeplakate 😉",
    ],
    [
      "rheinwerk",
      "Wow, jetzt och noch ne Chatbot auf der Website. Endlich muss ich nicht mehr mit Menschen reden, genau dat hab ich mir immer gewünscht 🤖✨ #Fortschritt",
    ],
  ] as const)("takes sarcasm about values seriously: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company, text);
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.strategy).toBe("take-seriously");
  });
});

describe("criticism said politely is taken seriously, not read along with", () => {
  it.each([
    [
      "kaffeekollektiv",
      "Espresso in Kreuzberg jetzt 2,80 statt 2,40. ich versteh ja Kaffeepreise und so aber 40 cent auf einen schlag ist schon heftig",
    ],
    [
      "kaffeekollektiv",
      "Ich schätze euer Unternehmen sehr, aber die aktuelle Kampagne mit dem Influencer im Privatjet passt für mich nicht zu dem, wofür ihr beim Thema Nachhaltigkeit steht. Da hätte ich mir mehr Fingerspitzengefühl gewünscht.",
    ],
    [
      "kaffeekollektiv",
      "Ihr habt echt den Yirgacheffe aus dem Sortiment genommen. Das war DER Grund warum ich bei euch bestell. Ganz schwache Entscheidung",
    ],
    [
      "kaffeekollektiv",
      "Really not a fan of the switch to pre-packed sandwiches in the Leipzig café. Half the charm was the fresh stuff made right behind the counter.",
    ],
    [
      "kaffeekollektiv",
      "ending the discount for bring-your-own cups is such a weird decision for a brand that talks about sustainability",
    ],
    [
      "rheinwerk",
      "Die Plakate mit „Heizen wie früher, nur grün“ hängen jetzt überall. Das klingt, als müsste man am Haus gar nichts ändern. Finde ich für so ein Thema ein bisschen zu einfach gemacht.",
    ],
  ] as const)("%s: %s", (company, text) => {
    const { first } = goldenAnswer(company, text);
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).not.toMatch(/Half the charm|wir lesen mit|reading along/u);
  });
});

/** Batches 175–178: the last round, read before its fixes. */
describe("the last round: a shouted word, wrong change, a yawn, a wish not to queue", () => {
  it("answers an insult beside a swapped order with the help, the shouted word said calmly", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv you absolute morons sent me DECAF instead of the Ethiopia Guji I ordered. order 44918. how hard can it be",
      "x",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/44918/u);
    expect(first?.text).not.toMatch(/DECAF/u);
  });

  it("names wrong change at the till, not a broken till", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "der glatzköpfige depp an der kasse in kreuzberg hat mir heut früh 10€ zu wenig rausgegeben und dann behauptet ich lüge. @kaffeekollektiv feuert den idioten",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/zu wenig Wechselgeld/u);
  });

  it("gives the meter reading answer to someone who would rather not queue at the hotline", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Hallo, wo kann ich denn jetzt meinen Zählerstand eintragen?? Hab den Brief bekommen aber ehrlich gesagt keine Lust 20 min in der Hotline zu hängen",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(/Zählerstand/u);
  });

  it("does not hold a yawn at the company, and holds a question asked with 'lol'", () => {
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "na, wieder ne neue bohne mit noten von waldboden und sehnsucht? 🥱 kaffee schmeckt nach kaffee leute",
      ).first?.strategy,
    ).toBe("do-not-reply");
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "is the sumatra single origin ever coming back?? been checking the shop every week lol",
      ).first?.strategy,
    ).toBe("holding-reply");
  });

  it.each([
    [
      "rheinwerk",
      "Solange in Berlin Leute regieren die noch nie ne Heizung von innen gesehen haben wird das nix mit der Energiewende. Egal bei welchem Anbieter man ist.",
    ],
    [
      "kaffeekollektiv",
      "Die Mieten in Ottensen sind echt nicht mehr normal. 1.900 kalt für drei Zimmer, wer soll das denn noch bezahlen",
    ],
    [
      "kaffeekollektiv",
      "Great to see so many independent businesses in Leipzig. The city council really needs to sort out parking in the centre though.",
    ],
  ] as const)("needs no reply to the world's matters: %s", (company, text) => {
    expect(goldenAnswer(company, text).first?.strategy).toBe("no-reply-needed");
  });

  it.each([
    [
      "kaffeekollektiv",
      "Schöner Post über „faire Partnerschaften mit Kaffeebauern“. Wäre noch schöner, wenn man irgendwo konkrete Einkaufspreise finden würde. Aber Transparenz ist ja auch so ein schönes Wort 😉",
    ],
    [
      "kaffeekollektiv",
      "Love how the 'Meet our team' post features only the founders. I guess the baristas who actually run your three cafés are just part of the furniture? 😉",
    ],
  ] as const)("takes sarcasm seriously: %s", (company, text) => {
    const { first } = goldenAnswer(company, text);
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).not.toMatch(/danke|thanks/iu);
  });
});
