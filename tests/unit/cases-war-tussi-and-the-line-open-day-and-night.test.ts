import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From the fourteenth session of 2026-12-05, first round (batches 279–286) and real comments at new offsets, each
 * answered wrongly before, tested here in wordings of our own: war declared on a religion kept, staff called "Tussi"
 * or the company "asoziale Bande" kept, veiled threats against staff kept ("soll sich warm anziehen"), a shop that
 * "stung" a customer with fees answered as an injury, a reply to "@Vorname Nachname … du" answered as a case of ours,
 * a voucher refused at the till and a pause ignored read as nothing, a name joke answered with a saved fact, questions
 * read as failures ("Kann man … nicht …?", "does a heat pump cope …?"), and a cold home with a baby in it told to
 * wait until Wednesday when the company's line is open day and night.
 */

describe("violations by meaning", () => {
  it("deletes war declared on people for their religion or origin, never war told as history or on a thing", () => {
    expect(goldenAnswer("kaffeekollektiv", "Höchste Zeit, den Juden den Krieg zu erklären.").assessment.verdict).toBe(
      "may-delete",
    );
    expect(goldenAnswer("kaffeekollektiv", "Ich erkläre allen Flüchtlingen den Krieg").assessment.verdict).toBe(
      "may-delete",
    );
    expect(goldenAnswer("rheinwerk", "We should declare war on Muslims.").assessment.verdict).toBe("may-delete");
    expect(
      goldenAnswer("rheinwerk", "Im Geschichtsunterricht: 1897 haben die Türken den Griechen den Krieg erklärt.")
        .assessment.verdict,
    ).not.toBe("may-delete");
    expect(goldenAnswer("kaffeekollektiv", "Wir erklären dem Einwegbecher den Krieg!").assessment.verdict).toBe("keep");
  });

  it("reads 'lazy foreigners' as hate, not 'some lazy foreigners' or 'violent Muslims' told as news", () => {
    expect(
      goldenAnswer("kaffeekollektiv", "no wonder the café is a mess, it's staffed by lazy foreigners").assessment
        .violations[0]?.kind,
    ).toBe("identity-hate");
    expect(
      goldenAnswer("kaffeekollektiv", "Violent Muslims attacked a church in France yesterday, says the news.")
        .assessment.verdict,
    ).not.toBe("may-delete");
  });

  it("deletes a woman of the staff called 'Tussi' and the company called 'asoziale Bande', not 'eine tolle Bande'", () => {
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "so ne aufgetakelte Tussi an der Kasse in Hamburg, hat mir 50 Cent für Sojamilch extra berechnet.",
      ).assessment.verdict,
    ).toBe("may-delete");
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "Die Bestellung kam zweimal falsch an und am Telefon wird man abgewimmelt. Asoziale Bande seid ihr.",
      ).assessment.verdict,
    ).toBe("may-delete");
    expect(goldenAnswer("kaffeekollektiv", "Ihr seid echt eine tolle Bande, danke für alles!").assessment.verdict).toBe(
      "keep",
    );
  });

  it("reads veiled threats against staff, not warm clothes or a wife's shift", () => {
    expect(
      goldenAnswer("rheinwerk", "Euer Monteur Kevin soll sich schon mal warm anziehen. Das hat Folgen.").assessment
        .violations[0]?.kind,
    ).toBe("threat");
    expect(
      goldenAnswer("rheinwerk", "Ich steh morgen vor eurer Tür und warte bis der Feierabend hat.").assessment
        .violations[0]?.kind,
    ).toBe("threat");
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "Die Kleine an der Kasse sollte nachts auf dem Heimweg besser aufpassen. Man sieht sich.",
      ).assessment.violations[0]?.kind,
    ).toBe("threat");
    expect(
      goldenAnswer("rheinwerk", "Die Kinder sollen sich warm anziehen, es wird kalt heute.").assessment.verdict,
    ).toBe("keep");
    expect(
      goldenAnswer("kaffeekollektiv", "Man sieht sich am Samstag beim Cupping in Hamburg!").assessment.verdict,
    ).toBe("keep");
  });
});

describe("cases told in new ways", () => {
  it("reads the outage after which something fails as the cause, not the case", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Since the power cut on Sunday my heat pump display keeps showing error 7. Restarted it twice. Any idea?",
    );
    expect(first?.text ?? "").not.toMatch(/there's been a power cut/);
  });

  it("says a cancelled appointment or subscription back as what it is", () => {
    expect(
      goldenAnswer("rheinwerk", "Mein Montagetermin wurde einfach abgesagt, keine Nachricht, nichts.").first?.text,
    ).toMatch(/Termin abgesagt/);
    expect(
      goldenAnswer("kaffeekollektiv", "you cancelled my subscription without even asking me?!").first?.text,
    ).toMatch(/subscription was cancelled/);
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "Oops, I accidentally cancelled my subscription last night. Can I undo that and keep my price?",
      ).assessment.intent.complaint,
    ).toBeUndefined();
  });

  it("reads a voucher refused, a charge for oat milk, a pause ignored and money taken as cases", () => {
    expect(
      goldenAnswer("kaffeekollektiv", "Im Café in Hamburg wollten sie meinen Gutschein nicht annehmen. Warum?")
        .assessment.intent.complaint,
    ).toBeDefined();
    expect(
      goldenAnswer("kaffeekollektiv", "Kann ich den Gutschein auch im Café einlösen oder nur online?").assessment.intent
        .complaint,
    ).toBeUndefined();
    expect(
      goldenAnswer("kaffeekollektiv", "Mir wurden für den Hafer-Latte 50 Cent extra abgeknöpft, obwohl das gratis ist.")
        .assessment.intent.complaint?.problem,
    ).toBe("billing");
    expect(
      goldenAnswer("kaffeekollektiv", "Hab letzte Woche auf pausieren gedrückt und trotzdem wurden 24,90 abgebucht.")
        .assessment.intent.complaint?.problem,
    ).toBe("billing");
    expect(
      goldenAnswer("rheinwerk", "I moved out in March but you still take 45 euro from my account every month.")
        .assessment.intent.complaint?.problem,
    ).toBe("billing");
  });

  it("reads an app at zero, an inverter not connected and whole beans come ground", () => {
    expect(
      goldenAnswer("rheinwerk", "Die App zeigt mir seit Montag nur noch 0 kWh an, obwohl die Sonne scheint.").assessment
        .intent.complaint,
    ).toBeDefined();
    expect(
      goldenAnswer("rheinwerk", "three weeks after the install the inverter still isn't connected. hello??").assessment
        .intent.complaint?.problem,
    ).toBe("defect");
    expect(
      goldenAnswer("kaffeekollektiv", "Hab extra ganze Bohnen ausgewählt und was kam? Gemahlen. Schade.").first?.text,
    ).toMatch(/ganze Bohnen/);
  });

  it("never names an award among what it noted", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      'Herzlichen Glückwunsch zum Award "Bester Service". Seit acht Wochen warten wir auf eine Antwort zu zwei Zählerwechseln in der Lindenstraße.',
    );
    expect(first?.text ?? "").not.toMatch(/Award|Zählerwechseln/);
  });
});

describe("no case of ours", () => {
  it("reads 'stung by a shop' as fees, not an injury", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "do you ship to Leeds? got stung by a dutch shop on import fees last year",
    );
    expect(assessment.intent.complaint?.problem).not.toBe("safety");
  });

  it("leaves a reply to '@Vorname Nachname … du' to the reader it is for", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      '@Jens Kowalski bloß weil du Filterkaffee nicht magst, ist der Kenia nicht "sauer und kaputt". Das ist Säure.',
    );
    expect(assessment.intent.addressedTo).toBe("commenter");
    expect(assessment.intent.complaint).toBeUndefined();
  });

  it("reads questions as questions: a way asked for, doubters quoted, any heat pump asked about", () => {
    for (const text of [
      "Kann man den alten Gaskessel nicht als Backup im Keller behalten?",
      "My neighbour keeps telling us a heat pump won't work in a 1950s house. True?",
      "Does a heat pump really cope at minus 12 in the Eifel?",
      "We're stuck with a capsule machine at the office and want proper beans. Do you supply offices?",
    ])
      expect(goldenAnswer("rheinwerk", text).assessment.intent.complaint, text).toBeUndefined();
  });

  it("answers a course asked about on a Saturday, not the café's hours", () => {
    const { first } = goldenAnswer("kaffeekollektiv", "Findet der Barista-Kurs in Hamburg auch mal samstags statt?");
    expect(first?.text ?? "").not.toMatch(/geöffnet/);
  });

  it("takes 'wo kann man …' as a question without its mark", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "wo kann man die zählernummer finden ich find die nirgends",
    );
    expect(assessment.intent.question).toBeDefined();
    expect(first?.text ?? "").not.toMatch(/Nirgends/);
  });

  it("leaves a matter announced as another one alone, and answers a question put to us after it", () => {
    expect(
      goldenAnswer("kaffeekollektiv", "Mal ganz was anderes: weiß jemand, ob die U3 heute wieder fährt?").assessment
        .replyNeeded,
    ).toBe(false);
    expect(
      goldenAnswer("kaffeekollektiv", "Mal was ganz anderes: habt ihr in Leipzig auch Sojamilch?").assessment
        .replyNeeded,
    ).toBe(true);
    expect(
      goldenAnswer("kaffeekollektiv", "Why does the city keep building bike lanes nobody uses?").assessment.intent
        .offTopic,
    ).toBe(true);
  });
});

describe("mockery and sarcasm", () => {
  it("leaves a joke on the name alone, whatever product it borrows, and never thanks it", () => {
    const joke = goldenAnswer("kaffeekollektiv", "Kaffeekollektiv klingt wie eine Kommune mit Hafermilch-Pflicht 😂");
    expect(joke.first?.strategy).toBe("do-not-reply");
    const shrugged = goldenAnswer(
      "rheinwerk",
      "'Rheinwerk' sounds like a metal band lol. congrats on the award I guess",
    );
    expect(shrugged.assessment.intent.mockery).toBe(true);
    expect(shrugged.first?.text ?? "").not.toMatch(/thank/i);
  });

  it("reads a price laughed at with a bean stroked by hand as sarcasm", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "16 Euro für ein Pfund?? Da wird bestimmt jede Bohne von Hand massiert.",
    );
    expect(assessment.intent.sarcasm).toBe(true);
  });

  it("reads 'pay double to freeze' as mockery, not a bill", () => {
    const { assessment } = goldenAnswer("rheinwerk", "heat pumps lol: pay double to freeze all winter 😂");
    expect(assessment.intent.complaint).toBeUndefined();
  });
});

describe("praise", () => {
  it("names a coffee by its whole name", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "The Finca El Paraiso washed is gorgeous in my V60, best bag in ages.",
    );
    expect(first?.text ?? "").toMatch(/Finca El Paraiso/);
  });
});

describe("a home gone cold", () => {
  it("gives the company's own line open day and night when a home with a baby is cold", () => {
    const de = goldenAnswer(
      "rheinwerk",
      "Unsere WP 9 ist seit gestern Abend aus, drinnen sind es nur noch 14 Grad und wir haben ein Baby. Kundennummer 4471993021.",
    );
    expect(de.first?.text ?? "").toMatch(/0221 555 0199/);
    const en = goldenAnswer(
      "rheinwerk",
      "our heat pump shows error E9 since Saturday, the house is at 13 degrees and my dad is 86. customer no 4471993022",
    );
    expect(en.first?.text ?? "").toMatch(/555 0199/);
  });

  it("gives no heating line for solar panels, nor one the company never saved", () => {
    const solar = goldenAnswer(
      "rheinwerk",
      "Our solar panels have produced nothing for a week and my mother is 85. Customer no 4471993023.",
    );
    expect(solar.first?.text ?? "").not.toMatch(/0199/);
    const coffee = goldenAnswer(
      "kaffeekollektiv",
      "Die Siebträger von euch ist kaputt, wir haben ein Baby und ich brauche Kaffee 😅 Bestellung KK-55102",
    );
    expect(coffee.first?.text ?? "").not.toMatch(/rund um die Uhr/);
  });
});

/**
 * Second round (batches 287–294): "Kaffee to go. Die …" read as "go die", politics of the city answered as a no-show
 * ("Keiner da oben …"), an idiom answered as a leak ("Tropfen auf den heißen Stein"), praise answered as criticism
 * ("Null Beschwerden"), sarcasm thanked, a swap and a wait at the counter read as nothing.
 */
describe("second round", () => {
  it("never reads 'to go. Die …' as a death wish", () => {
    expect(
      goldenAnswer("kaffeekollektiv", "Gibt's den Hafer-Latte auch to go. Die Becher sind ja kompostierbar, oder?")
        .assessment.verdict,
    ).toBe("keep");
  });

  it("leaves the city's politics alone, idioms included", () => {
    for (const text of [
      "Wann tut der Senat endlich was gegen die Mieten? Keiner da oben interessiert sich für uns.",
      "Spenden ist nett, aber solange der Staat Milliarden ins Ausland schickt, ist das ein Tropfen auf den heißen Stein.",
      "Die Grundsteuer in Köln ist ein Witz, die Hebesätze sind durch die Decke gegangen.",
    ]) {
      const { assessment } = goldenAnswer("rheinwerk", text);
      expect(assessment.intent.complaint?.problem, text).not.toBe("safety");
      expect(assessment.replyNeeded, text).toBe(false);
    }
  });

  it("answers the company spoken to as 'Sie', whatever the stock market does", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Sie nennen das eine faire Anpassung. Die Preise an der Börse fallen seit Monaten, und wir sind seit 1992 bei Ihnen. Ich überlege zu wechseln.",
    );
    expect(assessment.replyNeeded).toBe(true);
  });

  it("reads praise told as a record as praise", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Wir haben eure Hausmischung seit einem Jahr im Büro. Null Beschwerden von 25 Leuten, das will was heißen. Sowas vergisst man nicht.",
    );
    expect(assessment.tone).toBe("positive");
    expect(first?.text ?? "").not.toMatch(/Kritik/);
  });

  it("reads a thinking face beside 'was stimmt denn jetzt' as puzzlement, not sarcasm", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "kleiner hinweis: im post steht der Kurs kostet 35€, auf eurer seite 45€ 🤔 was stimmt denn nun",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.text ?? "").not.toMatch(/Kleiner/);
  });

  it("reads being fed up as criticism, and never names the idiom", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Euer ewiges Gelaber über Nachhaltigkeit geht mir so auf den Keks. Gut gemeint ist nicht gut gemacht.",
    );
    expect(assessment.tone).not.toBe("positive");
    expect(first?.text ?? "").not.toMatch(/Keks/);
  });

  it("reads a promise broken as a case", () => {
    expect(
      goldenAnswer(
        "rheinwerk",
        "Der Berater hat uns die Förderung fest versprochen und jetzt heißt es, wir kriegen nix. Vertrag vom 2. Mai.",
      ).assessment.intent.complaint,
    ).toBeDefined();
  });

  it("takes sarcasm as criticism, never as thanks", () => {
    for (const text of [
      "Ganz toller Service 👏 Die Einladung zum Tag der offenen Tür kam zwei Tage danach. Da kann man sich ja wenigstens hinterher ausmalen, wie es war.",
      "Love that the cupping night was announced at midnight and full by 12:05. Super inclusive for everyone who has a job 👍",
      "love that the 'fresh' Kenya I got today says roasted six weeks ago on the bag. so fresh 😂",
    ]) {
      const { assessment, first } = goldenAnswer("kaffeekollektiv", text);
      expect(assessment.intent.sarcasm, text).toBe(true);
      expect(first?.text ?? "", text).not.toMatch(/thank|danke|Lob/i);
    }
  });

  it("reads what was in it and what came instead as a swap", () => {
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "Zum zweiten Mal Soja Cappuccino bestellt, wieder Kuhmilch drin. Ich vertrag das nicht!",
      ).first?.text,
    ).toMatch(/Kuhmilch/);
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "Bestellung KK-40112: bestellt hatte ich 500 g Brasil als ganze Bohnen, gekommen sind 500 g Brasil gemahlen.",
      ).first?.text,
    ).toMatch(/ganze Bohnen bestellt, aber/);
  });

  it("keeps a question announced as one a question, whatever regret it voices", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Frage zum Decaf „Nachtfalter“: wie wird der entkoffeiniert? Stille gerade, auf der Tüte steht leider nichts.",
    );
    expect(assessment.tone).toBe("question");
  });

  it("says a wait at the counter back with what was waited for", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv war eben in ottensen, 30 min auf nen cortado jewartet. so nich, leute",
      "x",
    );
    expect(first?.text ?? "").toMatch(/30 Minuten auf deinen Cortado/);
  });

  it("reads a surcharge paid where none is due as a case, and an open box as no question of hours", () => {
    expect(
      goldenAnswer("kaffeekollektiv", "Ich hab heute in Hamburg für den Soja-Latte 40 Cent Aufpreis gezahlt. Wieso?")
        .assessment.intent.complaint,
    ).toBeDefined();
    expect(
      goldenAnswer("kaffeekollektiv", "Only one of my two bags came and the parcel was already open. What now?")
        .assessment.intent.question,
    ).not.toBe("opening-hours");
  });
});

/**
 * Third round (batches 295–302): sarcasm thanked ("Glückwunsch, 14 Wochen für …", "Really feeling the partnership"),
 * praise answered as a fault ("the second she heard me", "comes off our own roof", "Tulpe mit Beule", a handwritten
 * card in a fan's order), a joke on the collective answered as a broken espresso, and questions read as faults.
 */
describe("third round", () => {
  it("takes congratulations on a long wait and a partnership 'felt' as sarcasm", () => {
    for (const text of [
      "Glückwunsch @Rheinwerk, 12 Wochen für einen Zählertausch. Effizienz pur 👏",
      "Great to see Rheinwerk calling itself 'your partner at home'. Quote requested in March, still nothing. Really feeling the love 🙂",
    ]) {
      const { assessment, first } = goldenAnswer("rheinwerk", text);
      expect(assessment.intent.sarcasm, text).toBe(true);
      expect(first?.text ?? "", text).not.toMatch(/thank|danke|Lob/i);
    }
  });

  it("reads 'Fehlanzeige' after what is owed as a failure, not after the problems", () => {
    expect(
      goldenAnswer("rheinwerk", "Speicher seit drei Wochen montiert, Rückruf vom Techniker: Fehlanzeige.").assessment
        .intent.complaint,
    ).toBeDefined();
    expect(
      goldenAnswer("rheinwerk", "Einbau in zwei Tagen, Probleme: Fehlanzeige. Danke an das Team!").assessment.intent
        .complaint,
    ).toBeUndefined();
  });

  it("reads praise as praise, whatever word of a fault it borrows", () => {
    for (const text of [
      "Shoutout to the man on your hotline, Tobias I think? Fixed my contract in five minutes and switched to English the second he heard me struggle.",
      "A year on your rooftop PV today: 38% of our power now comes off our own roof. Thanks to the whole team!",
      "Danke an Jule vom Latte-Art-Kurs! Heute mein erstes Herz hinbekommen, na gut, eher ne Tulpe mit Beule 😅",
    ]) {
      const { assessment } = goldenAnswer("rheinwerk", text);
      expect(assessment.tone, text).toBe("positive");
      expect(assessment.intent.complaint, text).toBeUndefined();
    }
  });

  it("thanks a fan's order praised, and answers one that turns to what went wrong", () => {
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "My order KK-40877 was such a treat, the handwritten card from the roastery made my whole week. Ordering again!",
      ).first?.strategy,
    ).toBe("thank-specifically");
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "My order KK-40878 smelled amazing, but it came ten days late and the bag was torn. Lovely coffee though!",
      ).first?.strategy,
    ).not.toBe("thank-specifically");
  });

  it("leaves a joke on the collective's meetings alone, and a rule joked about", () => {
    const { first, assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Kaffeekollektiv 😂 wird vor jedem Cappuccino erst im Plenum abgestimmt? Und wer den Milchschaum kaputt macht, muss Selbstkritik üben",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("do-not-reply");
  });

  it("reads questions as questions: a fault supposed, a job open to someone, the readers asked", () => {
    for (const text of [
      "Wenn nachts mal die Wärmepumpe ausfällt, wen ruft meine Oma dann an?",
      "Hat heute früh noch jemand in Köln das Beben gemerkt? Bei mir hat die Tasse gewackelt",
      "Your carbon report covers roasting and shipping, but green coffee freight isn't in there at all. Why not?",
    ])
      expect(goldenAnswer("rheinwerk", text).assessment.intent.complaint, text).toBeUndefined();
    expect(
      goldenAnswer("kaffeekollektiv", "Is the barista job in Hamburg open to someone who is still learning German?")
        .assessment.intent.question,
    ).not.toBe("opening-hours");
  });

  it("still reads a debit taken twice, told after 'habt ihr'", () => {
    expect(
      goldenAnswer("rheinwerk", "Am 3. habt ihr mir den Abschlag von 140 Euro zweimal abgebucht. Wer kümmert sich?")
        .assessment.intent.complaint?.problem,
    ).toBe("billing");
  });

  it("never takes 'Glückwunsch' for a reader's name, nor calls a person 'the' in English", () => {
    expect(
      goldenAnswer("kaffeekollektiv", "Schön mit dem Award, Glückwunsch. Aber in Hamburg wartet man morgens ewig.")
        .assessment.intent.addressedTo,
    ).not.toBe("commenter");
    expect(
      goldenAnswer(
        "rheinwerk",
        "Shout-out to your business team: one year on our rooftop PV today, and Mirela in your service team answered every question we had.",
      ).first?.text ?? "",
    ).not.toMatch(/the Mirela/);
  });
});
