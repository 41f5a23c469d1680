import { describe, expect, it } from "vitest";
import { goldenAnswer, savedAnswer } from "./company-answers";

/**
 * From round fourteen of the twenty-second session of 2026-12-06 (batches 511–518), each answered wrongly before,
 * tested here in wordings of our own: thanks with a failure in the story read as sarcasm or as a case; sarcasm thanked;
 * experts consoled as customers; advice to a reader answered as a case; a double charge met with the wrong saved
 * answer; plain criticism met with "if you have questions"; an injury invented where nothing happened; a power cut
 * that is over said as if it still were; questions in other words than the saved answers' topics.
 */

const THANKS = /\b(?:thank|thanks|danke|dank|schön, dass|glad|kind words)\b/iu;

describe("thanks with trouble in the story", () => {
  it("is thanked, not read as sarcasm or as a case", () => {
    for (const [company, text] of [
      [
        "rheinwerk",
        "shoutout to the engineer who turned up at midnight on Boxing Day when our heat pump died. fixed in half an hour and showed us what went wrong",
      ],
      [
        "kaffeekollektiv",
        "shoutout to the Altona crew, queue round the corner and you still had us served in five minutes flat 🏁 respect",
      ],
      [
        "kaffeekollektiv",
        "shoutout to @kaffeekollektiv Ottensen for letting me camp 3 hrs on one filter coffee and still topping up my water unasked. real ones 🫶",
      ],
      [
        "kaffeekollektiv",
        "Kleines Dankeschön ans Team in Kreuzberg: gestern war im ganzen Block der Strom weg und ihr habt mit Handfilter und Teelichtern einfach weitergemacht ☕",
      ],
    ] as const) {
      const { assessment, first } = goldenAnswer(company, text);
      expect(assessment.intent.sarcasm, text).toBe(false);
      expect(assessment.verdict, text).toBe("keep");
      expect(first?.strategy, text).toBe("thank-specifically");
    }
  });

  it("thanks the person named with their branch, not a thing of the writer's", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Muss ich mal loswerden: Mia aus der Südvorstadt hat mir gestern meine Mühle neu eingestellt, obwohl die Schlange lang war 😭❤️ gebt der Frau ne Gehaltserhöhung",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toContain("Mia");
    expect(first?.text).not.toMatch(/Mühle/u);
  });

  it("never thanks for the machine that failed or the voicemail expected", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Heat pump gave up at 3am on New Year's Day. Rang the emergency number fully expecting a voicemail and a real person answered and talked me through a restart. Cheers!",
    );
    expect(first?.text).not.toMatch(/kind words about (?:the )?(?:heat pump|voicemail)/iu);
  });
});

describe("sarcasm", () => {
  it("is read in a door shut without a note and a parcel that walks", () => {
    for (const [company, text] of [
      ["kaffeekollektiv", "Sonntag Ottensen, Laden zu, kein Aushang, gar nix. Ganz starke Kommunikation 👏"],
      [
        "kaffeekollektiv",
        "Danke für die Versandmail vor 11 Tagen 🙂 Das Paket kommt wohl zu Fuß. Vielleicht schafft es ja bis Weihnachten",
      ],
    ] as const) {
      const { assessment, first } = goldenAnswer(company, text);
      expect(assessment.intent.sarcasm, text).toBe(true);
      expect(first?.text ?? "", text).not.toMatch(THANKS);
    }
  });
});

describe("an expert", () => {
  it("arguing from work with others is engaged with, not consoled as a customer", () => {
    for (const text of [
      "With respect, the post makes a WP 9 sound like a drop-in for any old terrace. In my experience advising landlords across the Rhineland, skipping the heat load survey is how tenants end up cold with a huge electricity bill.",
      "Ehrlich gesagt: „Einbau in 8 Wochen“ klingt gut. In meiner Beratungspraxis sehe ich aber regelmäßig Monate Verzug, weil Monteure fehlen. Wie realistisch ist das bei Ihnen?",
    ]) {
      const { assessment, first } = goldenAnswer("rheinwerk", text, "linkedin");
      expect(assessment.role, text).toBe("opinion-leader");
      expect(first?.strategy, text).toBe("engage-argument");
    }
  });
});

describe("no reply from us", () => {
  it("for advice given to a reader tagged by name", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "@Lisa Brandt you can lower the monthly amount yourself in the portal, took me 3 min. no need to sit on hold for it",
    );
    expect(assessment.intent.addressedTo).toBe("commenter");
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("for a rant about politics that complains of nothing of ours", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Das Problem sitzt doch in der Politik. Heizungsgesetz hin, Förderung her, und die nächste Regierung kippt alles wieder. So kann man doch als Handwerker nicht planen.",
      "linkedin",
    );
    expect(assessment.intent.offTopic).toBe(true);
    expect(first?.strategy).toBe("no-reply-needed");
  });
});

describe("mockery of the name", () => {
  it("gets no saved fact, laughed at first or defined with an equals sign", () => {
    for (const text of [
      "Kaffeekollektiv 😂😂 klingt wie ne WG, die Kaffee anbetet. Macht ihr vorm Rösten auch nen Stuhlkreis? Namaste ☕🙏",
      "Kaffeekollektiv = 6,50 für nen Hafer-Cappu für Leute, die nicht mal 'Bitte' sagen 🤡",
    ]) {
      const { assessment, first, suggestions } = goldenAnswer("kaffeekollektiv", text);
      expect(assessment.intent.mockery, text).toBe(true);
      expect(first?.strategy, text).toBe("do-not-reply");
      expect(
        suggestions.some((suggestion) => suggestion.source === "saved"),
        text,
      ).toBe(false);
    }
  });

  // A guard for this session's own rule (it passes on the code before it too): the company called a rip-off with an
  // equals sign is criticism, not a joke.
  it("but an accusation with an equals sign is still answered", () => {
    const { first } = goldenAnswer("rheinwerk", "Rheinwerk = Abzocke. Jedes Jahr teurer, Service im Keller.");
    expect(first?.strategy).not.toBe("do-not-reply");
  });
});

describe("a rude price asked as a bare question", () => {
  it("is bounded first, not answered with the saved answer on oat drinks", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "6,90 für nen Latte mit Hafer?? ihr seid doch nich ganz dicht. Abzocke für Touris",
      "x",
    );
    expect(first?.strategy).toBe("boundary-and-help");
  });

  // A guard for this session's own rule (it passes on the code before it too): a real question beside a curse still
  // gets the saved answer first.
  it("while a real question beside a curse still gets the saved answer", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "ffs I've searched your whole damn site and still can't tell if you even ship to Belgium?? want to send my dad a bag",
    );
    expect(first?.strategy).not.toBe("boundary-and-help");
  });
});

describe("a case", () => {
  it("is read in a double charge said in other words", () => {
    for (const [company, text] of [
      [
        "rheinwerk",
        "Erst Preise hoch und dann den Abschlag gleich zweimal einziehen?! Bei mir sind 2x 87 € abgegangen.",
      ],
      [
        "kaffeekollektiv",
        "ok two things. first the subscription took money twice this week, two charges of €19.90 on my card. second unrelated but is the decaf good for espresso? anyway pls sort the double charge",
      ],
    ] as const) {
      const { assessment, first } = goldenAnswer(company, text);
      expect(assessment.intent.complaint?.problem, text).toBe("billing");
      expect(first?.strategy, text).toBe("case-question");
    }
  });

  it("is read where an app throws one out or a voucher paid for never came", () => {
    for (const [company, text] of [
      ["rheinwerk", "seit dem letzten Update fliegt man aus der App raus, sobald man auf Vertrag tippt 🙄"],
      [
        "kaffeekollektiv",
        "gestern nen gutschein für 40€ gekauft, geld ist weg aber keine mail mit dem code. brauch den morgen",
      ],
    ] as const) {
      const { assessment } = goldenAnswer(company, text);
      expect(assessment.intent.complaint, text).toBeDefined();
      expect(assessment.role, text).toBe("disappointed-customer");
    }
  });

  it("is an order awaited, not an answer", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "WO BLEIBT MEIN KAFFEE?? SEIT 12 TAGEN BESTELLT UND NIX KOMMT",
      "x",
    );
    expect(first?.text).toMatch(/Bestellung/u);
    expect(first?.text).not.toMatch(/Antwort/u);
  });

  it("names the inverter that never came on, not a bill", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Unsere PV ist seit 4 Wochen drauf, aber der Wechselrichter steht immer noch auf „Standby“, Auftrag SO-25-2210. Und wo gebe ich eigentlich den Zählerstand ein?",
    );
    expect(assessment.intent.complaint?.problem).toBe("defect");
    expect(first?.text).not.toMatch(/Abrechnung/u);
  });

  it("says an invoice not put right, not one that never came", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Five weeks and you still haven't corrected my invoice. Customer no. 44-120981.",
    );
    expect(first?.text).toMatch(/corrected/u);
    expect(first?.text).not.toMatch(/hasn't arrived/u);
  });

  it("says a power cut that is over as over", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Wir hatten Samstag in Kalk von 15 bis 20 Uhr keinen Strom und das ganze Gefrierfach ist hin. Echt ärgerlich.",
    );
    expect(first?.text).toMatch(/keinen Strom hatten/u);
  });

  it("invents no injury where nothing happened", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Wir waren gestern in Altona, 2 Kakao bestellt und extra gesagt einer mit Hafer, weil mein Sohn eine Milchallergie hat. Kam mit Kuhmilch, hat er zum Glück nach einem Schluck gemerkt. Ist nix schlimmes passiert, aber sowas darf nicht passieren.",
    );
    expect(first?.text).not.toMatch(/verletzt/u);
  });
});

describe("a cold house", () => {
  it("gets the line open day and night, even in a held question", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "WP zeigt nur noch rotes Licht und irgendeinen Code, das Haus kühlt langsam aus. Was sollen wir tun??",
    );
    expect(first?.text).toMatch(/0221 555 0199/u);
  });

  it("but not when they say that line is what they cannot reach", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Unsere WP 12 zeigt seit heute früh Fehler F07 und heizt nicht mehr, das Haus ist auf 16 Grad runter. Die Störungsnummer ist seit Stunden besetzt. Kundennummer 5512093.",
    );
    expect(first?.text).not.toMatch(/0221 555 0199/u);
  });
});

describe("plain criticism", () => {
  it("is taken seriously, not met with 'if you have questions'", () => {
    for (const [company, text] of [
      [
        "rheinwerk",
        "Alles nur noch App und Portal. Mein Vater (84) hat kein Smartphone und soll sich durch ein Telefonmenü drücken. Das ist nicht kundenfreundlich, das ist nur bequem für euch.",
      ],
      [
        "kaffeekollektiv",
        "Ottensen is so packed since the markets started, I can barely find a table to work. Kinda miss the old vibe",
      ],
      [
        "rheinwerk",
        "Nice post about 'fair partnerships with installers'. From the installer side it looks a bit different: 90-day payment terms. Partnership goes both ways.",
      ],
    ] as const) {
      const { first } = goldenAnswer(company, text);
      expect(first?.strategy, text).toBe("take-seriously");
      expect(first?.text ?? "", text).not.toMatch(/kind words|freundlichen Worte|Kinda/u);
    }
  });
});

describe("a question", () => {
  it("announced with who asks is held as a question, not criticism", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Frage als Vermieter (3 Wohnungen): Wir haben einen Festpreis bis 2027. Gilt die Erhöhung für uns trotzdem? Aus dem Post geht das leider nicht hervor.",
      "linkedin",
    );
    expect(first?.strategy).toBe("holding-reply");
  });

  it("asked without its mark is answered, not thanked for kind words", () => {
    expect(savedAnswer("kaffeekollektiv", "can I get your beans sent to Lisbon or is it germany only 🙏", "x")).toMatch(
      /ship/u,
    );
  });

  it("is a correction where the post and the shop disagree", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Hm, im Post steht ihr röstet jeden Mittwoch – im Shop steht dienstags und freitags?? Für unsere Bestellung im Café wärs schon gut zu wissen, was stimmt",
      "linkedin",
    );
    expect(assessment.role).toBe("know-it-all");
    expect(first?.strategy).toBe("check-correction");
  });
});

describe("the saved answer", () => {
  it("meets people's own words", () => {
    for (const [company, text, said] of [
      [
        "rheinwerk",
        "Seit die Anlage läuft zahl ich euch jeden Monat viel zu viel. Kann ich das selbst runtersetzen?",
        /Abschlag/u,
      ],
      [
        "rheinwerk",
        "Kann ich den monatl. Betrag selber etwas hochsetzen, damit die Nachzahlung nicht so reinhaut?",
        /Abschlag/u,
      ],
      [
        "kaffeekollektiv",
        "seid ihr am 1. und 2. weihnachtstag in altona überhaupt da?? will mit meiner oma vorbei",
        /Feiertagen/u,
      ],
      [
        "kaffeekollektiv",
        "Hab aus Versehen zweimal die Bohnen bestellt, beide zu. Kann ich eine davon wieder loswerden?",
        /zurückschicken/u,
      ],
      [
        "kaffeekollektiv",
        "We run a tiny café in Rotterdam – could you get a few bags over to us, and what would it cost?",
        /ship/u,
      ],
      [
        "kaffeekollektiv",
        "Staying near Kreuzberg next week. Any chance you're already serving before my 9:30 train on Sunday?",
        /open/u,
      ],
      [
        "rheinwerk",
        "komm nich mehr in die app rein, hab das kenwort vergesen und weis nich mer wie das geht",
        /Passwort/u,
      ],
      [
        "rheinwerk",
        "Looking at one for our 1950s bungalow, but my brother-in-law says these heat pumps pack in when it gets proper cold. True?",
        /−20 °C/u,
      ],
      [
        "rheinwerk",
        "Bought an old farmhouse, walls like a castle. Neighbour swears a heat pump gives up the moment it goes properly baltic in February. Is he having me on?",
        /−20 °C/u,
      ],
    ] as const) {
      expect(savedAnswer(company, text), text).toMatch(said);
    }
  });
});
