import { describe, expect, it } from "vitest";
import { companyAnswers, goldenAnswer } from "./company-answers";

/**
 * Comments from the sixth stop of 2026-12-03: thirty of our own for a gym chain (a company the rules had never met)
 * and four fresh batches written by helpers to the golden set's two companies. Each was read wrongly before: a fee
 * rise with "Weiter so 👍" thanked, hair in a gym's showers answered as hair in a product, a member number asked for
 * again, a stalker's "ich weiß, wann ihre Schicht endet" thanked as praise, a power cut kept from a reply because the
 * writer insulted the company, coffee ground wrong told "noch nicht angekommen".
 */
const gym = companyAnswers("FitWerk", "facebook", "Jana Roth");

describe("a gym's members: fees, showers, members' numbers", () => {
  it("reads a fee rise praised with 'Weiter so 👍' as sarcasm, never thanks", () => {
    const { assessment, suggestions } = gym(
      "Toll, wieder Beitragserhöhung. Und die Geräte sind immer noch die von 2015. Weiter so 👍",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(suggestions[0]?.text).not.toMatch(/danke|schön, dass/iu);
    expect(suggestions[0]?.text).toMatch(/Beitragserhöhung/u);
  });

  it("answers hair in the showers as a dirty gym, not as hair found in a product", () => {
    const { assessment, suggestions } = gym(
      "Your Lindenau gym is filthy. Hair in the showers, sticky mats, the bins overflowing. Disgusting.",
    );
    expect(assessment.intent.complaint?.problem).not.toBe("safety");
    expect(suggestions[0]?.text).not.toMatch(/product|batch/iu);
  });

  it("does not call 'Ekelhaft' said of the studio coarse language", () => {
    const { assessment, suggestions } = gym(
      "Igitt, Haare im Abfluss der Dusche und überall Staub. Ekelhaft, das Studio in Lindenau.",
    );
    expect(assessment.violations).toEqual([]);
    expect(suggestions[0]?.text).not.toMatch(/sachlich/u);
  });

  it("takes a member number as the customer number and says the debit came after the notice", () => {
    const { suggestions } = gym(
      "Seit 3 Monaten versuche ich meinen Vertrag zu kündigen. Kündigung per Einschreiben am 12. August geschickt, trotzdem wurden im Oktober und November wieder je 39,90 € abgebucht. Mitgliedsnummer FW-88213. Ich will mein Geld zurück.",
    );
    const first = suggestions[0]?.text ?? "";
    expect(first).toMatch(/trotz Ihrer Kündigung wieder abgebucht/u);
    expect(first).toMatch(/FW-88213/u);
    expect(first).not.toMatch(/Kundennummer|Erstattung/u);
  });

  it("names showers that have been lukewarm for two weeks as the case", () => {
    const { assessment, suggestions } = gym(
      "Die Duschen im Studio Lindenau sind seit zwei Wochen nur lauwarm. Im Dezember ist das echt kein Spaß.",
    );
    expect(assessment.replyNeeded).toBe(true);
    expect(suggestions[0]?.text).toMatch(/dass die Duschen im Studio Lindenau seit zwei Wochen nur lauwarm sind/u);
  });

  it("still reads cocoa made lukewarm on request as no failure", () => {
    const { assessment } = gym(
      "Meine Tochter darf nur lauwarm trinken, sie hat mir extra nen lauwarmen Kakao gemacht, danke!",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });

  it("says two overlapping topics once: 'Duschen im Studio Lindenau', not '… Studio und Studio Lindenau'", () => {
    const { suggestions } = gym("Die Duschen im Studio Lindenau sind seit zwei Wochen nur lauwarm.");
    for (const suggestion of suggestions) expect(suggestion.text).not.toMatch(/Studio und Studio/u);
  });
});

describe("deletion: stalking, a veiled threat, a crowd sent, rats said of a group, calls to seek staff out", () => {
  it.each([
    [
      "Die Blonde hinterm Tresen in Ottensen, die mich Freitag so von oben herab behandelt hat – ich weiß inzwischen, wann ihre Schicht endet und welchen Weg sie nach Hause nimmt. Nur so als Info. 🙂",
      "harassment",
    ],
    [
      "Ich war jetzt dreimal bei euch in der Zentrale am Empfang, jedes Mal abgewimmelt. Beim vierten Mal bring ich was mit, dann hört ihr mir schon zu.",
      "threat",
    ],
    [
      "The engineer you sent to my mum's was one of *those*, if you know what I mean. Next time send a proper German or the lads will sort him out themselves.",
      "threat",
    ],
    [
      "The Leipzig café used to be lovely before it got overrun by that lot from the refugee home down the road. Like rats around a bin.",
      "identity-hate",
    ],
    [
      "Anyone in Kreuzberg tomorrow morning: pay the staff at their café a little visit and show them what we think of their politics 😉 you all know what to do. Names are on their Insta.",
      "harassment",
    ],
    [
      "Schreibt doch mal die Namen von den beiden Baristas in Kreuzberg hier rein. Dann wissen die Leute wenigstens, wem sie mal persönlich ihre Meinung sagen können 😏",
      "harassment",
    ],
  ])("licenses: %s", (text, kind) => {
    const { assessment, first } = goldenAnswer("kaffeekollektiv", text);
    expect(assessment.verdict).toBe("may-delete");
    expect(assessment.violations.map((violation) => violation.kind)).toContain(kind);
    expect(first?.text ?? "").not.toMatch(/danke|thank|Lob/iu);
  });

  it.each([
    "Zum Geburtstag bring ich was mit, dann hört ihr mal, wie gut mein Kuchen ist.",
    "Schreibt doch mal eure Namen hier rein, wer am Samstag zum Cupping mitkommt!",
    "I volunteer at the refugee centre every Sunday, please donate coffee.",
    "@kaffeekollektiv what time does kreuzberg open on weekdays?? standing outside at 7:15 like an idiot rn 🥲",
    "Sitting here like a clown waiting for my order",
    "Unser Keller ist voll mit Mäusen. Wie Ratten am Müll.",
  ])("keeps: %s", (text) => {
    expect(goldenAnswer("kaffeekollektiv", text, "x").assessment.verdict).not.toBe("may-delete");
  });

  it("still licenses someone else pictured as a fool", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "your barista was standing there like an idiot while I waited",
    );
    expect(assessment.verdict).toBe("may-delete");
  });
});

describe("insults beside a case: the boundary and the help together", () => {
  it("helps with an order sent wrong although 'you clowns' and a roast AGAIN in capitals", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv you clowns sent me a DARK roast AGAIN when I ordered the Yirgacheffe light roast. order #KK-50317. second time in a row. what a joke 🤡",
      "x",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/#KK-50317/u);
    expect(first?.text).not.toMatch(/AGAIN/u);
  });

  it("says the power was cut off although paid, never the insult as what failed", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Ihr Dödel habt uns einfach den Strom abgestellt!!! Seit heute 7 Uhr nix, obwohl die Rate über 96,40 € am 28. überwiesen wurde, hab den Beleg hier. Zwei kleine Kinder im Haus. Schämt euch.",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/dass Ihr Strom abgestellt wurde, obwohl Sie bezahlt haben/u);
    expect(first?.text).not.toMatch(/Dödel/u);
  });

  it("reads a power cut told without an insult as a case too, and a power cut for unpaid bills without 'obwohl'", () => {
    expect(goldenAnswer("rheinwerk", "Ihr habt uns den Strom abgestellt.").first?.text).toMatch(
      /dass Ihr Strom abgestellt wurde/u,
    );
    expect(
      goldenAnswer("rheinwerk", "Ihr habt mir den Strom abgestellt, weil ich die Rechnung nicht bezahlt habe.").first
        ?.text,
    ).not.toMatch(/obwohl/u);
  });

  it("helps with a roast that tastes of ash beside 'Ihr Pfeifen'", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Eure neue Röstung „Bergwerk“ schmeckt nur nach Asche, richtig verbrannt, egal ob Filter oder French Press. 2 Packungen à 500 g für 31,80 €. Ihr Pfeifen.",
    );
    expect(first?.strategy).toBe("boundary-and-help");
  });
});

describe("what came, as it came: no 'noch nicht angekommen' for coffee that arrived wrong", () => {
  it.each([
    [
      "Hab letzte Woche 2x den Hausespresso für Siebträger bestellt (Bestellung KK-48213). Gemahlen ist der aber viel zu grob, der Bezug läuft in 10 Sekunden durch, schmeckt wässrig.",
      /KK-48213 (?:wässrig schmeckt|viel zu grob gemahlen war)/u,
    ],
    [
      "Wir beziehen seit einem Jahr euer Kaffee-Abo fürs Büro. Die letzten zwei Lieferungen schmecken aber verbrannt. Hat sich bei der Röstung was geändert?",
      /verbrannt schmeckt/u,
    ],
    [
      "@kaffeekollektiv ordered your decaf (order #KK-52340) and was wide awake till 4am. pretty sure that was NOT decaf",
      /wasn't decaf/u,
    ],
    [
      "@kaffeekollektiv hab entkoffeiniert bestellt, lag um 3 Uhr nachts wach. Das war garantiert NICHT entkoffeiniert.",
      /nicht entkoffeiniert war/u,
    ],
  ])("%s", (text, said) => {
    const { first } = goldenAnswer("kaffeekollektiv", text);
    expect(first?.text).toMatch(said);
    expect(first?.text).not.toMatch(/noch nicht angekommen|hasn't arrived|seit einem Jahr auf/u);
  });

  it("reads 'way too coarse' as a case, not a remark to read along with", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Ordered ground for espresso but it's way too coarse – shots run through in about 8 seconds. Had to go buy supermarket coffee 😤",
    );
    expect(first?.strategy).not.toBe("acknowledge");
  });
});

describe("nothing invented: no heating that is there, no door that was not locked, no wait that was not waited", () => {
  it("reads 'older buildings without underfloor heating' as a question, not a home without heating", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "I advise a few landlords with 1920s and 1950s stock. Does a heat pump really make sense in older buildings without underfloor heating? Would be keen to hear how Rheinwerk approaches this.",
    );
    expect(first?.text).not.toMatch(/no heating|1920 and 1950/u);
  });

  it("answers 'oder stehen wir dann vor verschlossener Tür?' as the question it is", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Wir wollten am Ostermontag bei euch in der Südvorstadt Kuchen essen 🥰 Habt ihr an Feiertagen überhaupt auf oder stehen wir dann vor verschlossener Tür?",
    );
    expect(first?.text).not.toMatch(/standest|gestanden/u);
    expect(first?.strategy).toBe("saved-reply");
  });

  it("holds a question about an installer's time with the job number, no apology", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk Im Brief zum Einbau steht für den 14. März nur „vormittags“. Kommt der Monteur eher um 8 oder um 12? Muss wissen ob ich mir den ganzen Tag freinehmen muss. Auftrag 2024-55817",
    );
    expect(first?.strategy).toBe("holding-reply");
    expect(first?.text).toMatch(/2024-55817/u);
    expect(first?.text).not.toMatch(/bedauern|leid/u);
  });

  it("does not say a queue was waited in when the writer only feared it, and reads 'Kundennummer ist …'", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Seit es draußen unter 5 Grad hat, bleiben die Heizkörper im Obergeschoss kalt. Hab schon selbst entlüftet, nix. Meine Frau sagt ich soll einfach anrufen aber die Warteschleife… Kundennummer ist 70512277.",
    );
    expect(first?.text).not.toMatch(/Warteschleife|warten/u);
    expect(first?.text).toMatch(/70512277/u);
  });

  it("does not call a water pipe drilled through at home an order that arrived damaged", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Absolute cowboys. Your installer drilled straight through a water pipe while fitting our heat pump on Friday. Kitchen ceiling soaked. Order 7741-HP. Bloody useless.",
    );
    expect(first?.text).not.toMatch(/arrived damaged/u);
  });

  it("says what is leaking or scratched, as theirs", () => {
    expect(
      goldenAnswer(
        "rheinwerk",
        "@Rheinwerk the outdoor unit of our heat pump is leaking onto the patio, there's a puddle every morning. who do I talk to?",
      ).first?.text,
    ).toMatch(/the outdoor unit of your heat pump is leaking onto the patio/u);
    const scratched = goldenAnswer(
      "rheinwerk",
      "Our solar panels were delivered yesterday and one of them is badly scratched. Order ref RW-A-31177. The installers are due Friday.",
    ).first?.text;
    expect(scratched).toMatch(/one of your solar panels is badly scratched/u);
    expect(scratched).not.toMatch(/order number/u);
  });
});

describe("to the other readers, and criticism that is no case", () => {
  it.each([
    "Mark you STILL owe me a flat white from the bet last week 😤 pay up",
    "Glückwunsch zur neuen Rolle, Sabine! Lass uns bald mal wieder Mittagessen gehen.",
    "Hat noch jemand das Gewitter gestern Abend gesehen? Bei uns in Porz war der Himmel ganz lila ⚡⚡",
    "Tempolimit 130 jetzt, wer dagegen ist hat echt den Schuss nicht gehört. @Verkehrsministerium",
  ])("needs no reply: %s", (text) => {
    const { assessment, first } = goldenAnswer("kaffeekollektiv", text);
    expect(assessment.replyNeeded).toBe(false);
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("still answers a neighbourhood's power cut asked about", () => {
    expect(
      goldenAnswer("rheinwerk", "Hat noch jemand seit heute früh keinen Strom? Bei uns in Porz ist alles dunkel.")
        .assessment.replyNeeded,
    ).toBe(true);
  });

  it.each([
    [
      "Ihr werbt mit „grüner Energie für alle“ und erhöht zum dritten Mal in zwei Jahren die Grundgebühr. Das ist scheinheilig und unsozial, Punkt.",
      "rheinwerk",
    ],
    [
      "Your 'direct trade' storytelling is getting thin. You post farmer portraits every week but publish no prices paid per kilo. Until you do, it's marketing, not transparency.",
      "kaffeekollektiv",
    ],
    [
      "Why does every single letter you send only come in German? Half my street doesn't speak it. Is that really what you call customer service in 2024?",
      "rheinwerk",
    ],
  ] as const)("takes criticism seriously: %s", (text, company) => {
    expect(goldenAnswer(company, text).first?.strategy).toBe("take-seriously");
  });

  it("names no sentence-opening verb or idiom as a topic", () => {
    const asked = goldenAnswer(
      "kaffeekollektiv",
      "Ihr habt im Post geschrieben, dass es ab 1. Mai ein neues Frühstück gibt 🥐 Gibt's das in allen drei Cafés oder erstmal nur in Kreuzberg?",
    ).first?.text;
    expect(asked).not.toMatch(/Thema[^.]*Gibt/u);
    const rise = goldenAnswer(
      "kaffeekollektiv",
      "Flat White jetzt 4,60 statt 4,20?! Ich liebe euren Kaffee wirklich, aber 40 Cent auf einen Schlag ist heftig. Irgendwann ist halt Schluss.",
    ).first?.text;
    expect(rise).not.toMatch(/Irgendwann|Schlag\b/u);
  });
});

/** A car dealer's workshop (a second company the rules had never met) and batches 90–93, read at the stop's end. */
const garage = companyAnswers("Autohaus Brenner", "facebook", "Nadine Hoff");

describe("a car dealer's workshop: what came back wrong, a quote exceeded, a veiled threat", () => {
  it.each([
    "Nach dem Reifenwechsel bei euch in Gohlis hat mein Lenkrad ein Flattern ab 100 km/h. Vorher war da nix.",
    "Beim Abholen war der Fahrersitz voller Schmierfett und im Fußraum lagen Zigarettenkippen.",
    "The loan car you gave me had a warning light on the whole time. Booking ref BR-2231.",
  ])("reads a car returned wrong as a case: %s", (text) => {
    const { assessment } = garage(text);
    expect(assessment.intent.complaint).toBeDefined();
    expect(assessment.replyNeeded).toBe(true);
  });

  it("says a bill over the quote by how much, as billing", () => {
    const { suggestions } = garage(
      "Die Rechnung war 380 € höher als der Kostenvoranschlag, ohne dass mich jemand angerufen hat. Ist das bei euch so üblich?",
    );
    expect(suggestions[0]?.text).toMatch(/Rechnung 380 € höher war als der Kostenvoranschlag/u);
  });

  it("reads a three-week wait for the wrong part with 👏 as sarcasm", () => {
    const { assessment, suggestions } = garage(
      "Super Service, wirklich. Drei Wochen auf ein Ersatzteil warten und dann das falsche bestellt 👏",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(suggestions[0]?.text).not.toMatch(/danke|schön, dass/iu);
  });

  it("licenses 'lernt euer Meister mich richtig kennen. Ich weiß, wo der parkt', not where the bus parks", () => {
    expect(
      garage(
        "Wenn ihr mein Auto noch einmal so zurückgebt, lernt euer Meister mich richtig kennen. Ich weiß, wo der parkt.",
      ).assessment.verdict,
    ).toBe("may-delete");
    expect(garage("Ich weiß, wo der Bus parkt, ich nehm dann den nächsten.").assessment.verdict).toBe("keep");
  });

  it("takes 'nobody answers the phone when something breaks' as criticism", () => {
    expect(
      garage("Typical dealership, all smiles when you buy, nobody answers the phone when something breaks.")
        .suggestions[0]?.strategy,
    ).toBe("take-seriously");
  });

  it("leaves a question to the other readers ('Wer von euch hat … gesehen?') unanswered, not one to the company", () => {
    expect(
      garage("Wer von euch hat heute morgen auf der B2 den Unfall gesehen? Hoffe allen geht's gut.").assessment
        .replyNeeded,
    ).toBe(false);
    expect(
      garage("Wer von euch ist für die Garantie zuständig? Meine Kaffeemühle ist kaputt.").assessment.replyNeeded,
    ).toBe(true);
  });
});

describe("batches 90–93: hate never thanked, sarcasm never thanked, a correction of oneself never apologised for", () => {
  it("sends 'lauter Ausländer … Stellt mal wieder ordentliche Deutsche ein' to review with the stance, never thanks", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "In Kreuzberg versteht man ja die Bedienung nicht mehr, lauter Ausländer hinterm Tresen. Stellt mal wieder ordentliche Deutsche ein, dann komm ich auch wieder.",
    );
    expect(assessment.verdict).toBe("review");
    expect(first?.strategy).toBe("state-stance");
  });

  it.each([
    [
      "kaffeekollektiv",
      "Ach wie schön, in der Südvorstadt kostet der Hafer-Flat-White jetzt 50 Cent extra. Nachhaltigkeit ja, aber bitte nur gegen Aufpreis 👏👏",
    ],
    [
      "rheinwerk",
      "Great. Just great. Your lot fitted our solar panels on Thursday and now there's a damp patch on the bedroom ceiling right underneath them. Fantastic work, really.",
    ],
    [
      "kaffeekollektiv",
      "Toll, wirklich toll. Gutschein über 50 € zu Weihnachten bekommen, heute in Ottensen einlösen wollen und an der Kasse heißt es „geht nur online“. Super Geschenk 👍",
    ],
  ] as const)("never thanks sarcasm: %s", (company, text) => {
    expect(goldenAnswer(company, text).first?.text).not.toMatch(/danke|thank|glad|schön, dass|genau hingeschaut/iu);
  });

  it.each([
    "Ich bin echt noch NIE so schnell bedient worden wie heute früh in Ottensen 😳 Schlange bis zur Tür und trotzdem nach 3 Minuten meinen Flat White in der Hand.",
    "@kaffeekollektiv never been served that fast in my life. kreuzberg crew at 8am is INSANE",
    "I've never had so little to complain about with tradesmen. Seriously, zero mess – they even hoovered the boiler room afterwards.",
    "I muas jetz amoi a Lob loswern. De Bedienung in Kreuzberg, i glaub Leonie hoaßt's, hod uns an Filterkaffee so guad erklärt. Vergelt's Gott! ☕",
  ])("reads praise said with 'never' or in dialect as praise: %s", (text) => {
    expect(goldenAnswer("kaffeekollektiv", text).first?.strategy).toBe("thank-specifically");
  });

  it("does not apologise for a double charge the writer takes back ('es wurde nix doppelt abgebucht')", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Korrektur zu meinem Kommentar von gestern: Hab mich geirrt, es wurde nix doppelt abgebucht – die 212 € waren Mai und Juni zusammen. Also alles gut! Danke an Frau Yilmaz von der Hotline.",
    );
    expect(first?.text).not.toMatch(/doppelt abgebucht|bedauern/u);
    expect(first?.text).toMatch(/Frau Yilmaz/u);
  });

  it("asks no customer number already sent, and names a double debit", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Seit Oktober wird mein Abschlag von 86 Euro zweimal im Monat abgebucht, jeweils am 1. und am 15. Meine Kundennummer habe ich gestern bereits an service@rheinwerk.example geschickt.",
    );
    expect(first?.text).toMatch(/86 Euro doppelt abgebucht/u);
    expect(first?.text).not.toMatch(/Kundennummer schicken/u);
  });

  it("never sorry for a death when a heat pump 'just died'", () => {
    expect(
      goldenAnswer(
        "rheinwerk",
        "@Rheinwerk heat pump just died, house is freezing, it's Sunday night. who do I even call?!",
        "x",
      ).first?.text,
    ).not.toMatch(/loss|Beileid/u);
  });

  it.each([
    [
      "rheinwerk",
      "Germany shutting down perfectly good nuclear plants was the dumbest energy decision in Europe. Change my mind.",
    ],
    [
      "rheinwerk",
      "Uwe Kessler das geht auch ohne App, ich mach das immer auf der Website, brauchst nur Kundennummer und die Nummer vom Zähler.",
    ],
  ] as const)("needs no reply: %s", (company, text) => {
    expect(goldenAnswer(company, text).first?.strategy).toBe("no-reply-needed");
  });

  it("reads an app that 'won't submit' the meter reading as the app failing, not the bill", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "meter reading won't submit in the Rheinwerk Zuhause app, just spins forever. iPhone 13, app version 4.2.1.",
      "x",
    );
    expect(assessment.intent.complaint?.problem).toBe("defect");
    expect(first?.text).toMatch(/Rheinwerk Zuhause app/u);
  });

  it("takes a price rise told with 'ohne ein Wort dazu' as criticism of prices, not as trouble with the shop", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Ich kaufe euren Hausblend jetzt seit fast vier Jahren. Aber jetzt kostet die 500-Gramm-Tüte auf einmal 16,90 statt 14,50 €, ohne ein Wort dazu. Da komme ich langsam an meine Grenze.",
    );
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).not.toMatch(/Shop/u);
  });
});

describe("batches 94 and 95, read once the stop's other rules were in", () => {
  it("thanks Mira for a cloth handed over and a flat white made again, no review and no line on the tone", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Ein riesen Dankeschön an Mira aus Ottensen!! Mir ist heut früh mein Flat White komplett übern Tresen gekippt und sie hat ohne ein Wort nen neuen gemacht und mir noch nen Lappen gereicht 🥹☕ Sowas rettet einem den Montag.",
    );
    expect(assessment.verdict).toBe("keep");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Mira/u);
  });

  it.each([
    "Schöne Bilder vom neuen Lager in Porz 👍 Weiß ich ja jetzt wenigstens, wo ich mal vorbeischauen kann, wenn die nächste Nachzahlung kommt. Wär schade drum 🔥🔥🔥",
    "@rheinwerk wenn euer Monteur nochmal ohne Termin bei uns auf dem Betriebshof auftaucht, gibt's was aufs Maul. Ich sag's nur einmal.",
  ])("licenses a veiled threat: %s", (text) => {
    const { assessment } = goldenAnswer("rheinwerk", text);
    expect(assessment.verdict).toBe("may-delete");
    expect(assessment.violations.map((violation) => violation.kind)).toContain("threat");
  });

  it("keeps a question about where to drop by", () => {
    expect(
      goldenAnswer("kaffeekollektiv", "Weiß jemand, wo ich mal vorbeischauen kann, um Bohnen zu kaufen?").assessment
        .verdict,
    ).toBe("keep");
  });

  it("sends 'Leute, die nicht mal mehr Deutsch können' to review with the stance", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Früher war da in Kreuzberg ein ordentlicher Bäcker. Jetzt nur noch Hipster und Leute, die nicht mal mehr Deutsch können. Ihr seid Teil des Problems, wisst ihr das?",
    );
    expect(assessment.verdict).toBe("review");
    expect(first?.strategy).toBe("state-stance");
  });

  it.each([
    "Germany's whole energy policy is a joke. Shutting down nuclear was the dumbest decision in decades and the Greens should be ashamed of themselves.",
    "@kaffeekollektiv was sagt ihr eigentlich zur nächsten Mindestlohnerhöhung? Als Gastronom weiß ich echt nicht mehr, wie ich das stemmen soll.",
  ])("leaves politics alone: %s", (text) => {
    expect(goldenAnswer("rheinwerk", text).first?.strategy).toBe("no-reply-needed");
  });

  it("never thanks 'Love how … nobody answers … 10/10 partnership 👏'", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Love how @kaffeekollektiv's 'dedicated wholesale contact' has been on holiday for 3 weeks and nobody answers the wholesale inbox either. Very dedicated. 10/10 partnership 👏",
    );
    expect(first?.text).not.toMatch(/thank|kind words|glad/iu);
  });

  it("thanks Merle 'ganz speziell' for the opening of the second branch, which is no repeat failure", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Shoutout an @kaffeekollektiv und ganz speziell an Merle aus dem Großkundenteam 🙌 Hat für die Eröffnung unseres zweiten Standorts in 3 Tagen 30 kg rösten lassen UND ist abends noch vorbeigekommen. So geht B2B!",
      "linkedin",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Merle/u);
  });
});

it("never thanks a rude report of a utility room flooded after a service visit", () => {
  const { first } = goldenAnswer(
    "rheinwerk",
    "@Rheinwerk your so-called engineers serviced my heat pump yesterday and now the utility room is flooded. absolute cowboys. who's paying for this mess??",
    "x",
  );
  expect(first?.text).not.toMatch(/thank/iu);
});

it("says 'the WP 12 heat pump' whole, never 'the WP 12 heat'", () => {
  const { first } = goldenAnswer(
    "rheinwerk",
    "@Rheinwerk our WP 12 heat pump has shown error E305 since Saturday. Job ref A-24-0231. An engineer was meant to call back yesterday, nobody did.",
    "x",
  );
  expect(first?.text).toMatch(/the WP 12 heat pump/u);
  expect(first?.text).not.toMatch(/WP 12 heat\./u);
  // With the house down to 16 °C, the line open day and night outranks the sentence that names the pump (twentieth
  // session): on X both do not fit.
  const cold = goldenAnswer(
    "rheinwerk",
    "@Rheinwerk our WP 12 heat pump has shown error E305 since Saturday, house is down to 16°C. Job ref A-24-0231. An engineer was meant to call back yesterday, nobody did.",
    "x",
  ).first;
  expect(cold?.text).toMatch(/555 0199/u);
  expect(cold?.text).not.toMatch(/WP 12 heat\./u);
});
