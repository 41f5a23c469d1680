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
