import { describe, expect, it } from "vitest";
import { assessComment } from "../../src/analysis";
import { snapshotOf } from "../../src/analysis/snapshot";
import { GOLDEN_GUIDELINES } from "../golden/guidelines";
import { goldenAnswer } from "./company-answers";

/**
 * Comments from the stop of 2026-12-04 (second session): batches of very short comments, LinkedIn comments that need
 * no reply, and technical and accessibility problems, written by helpers to the golden set's two companies. Each was
 * answered wrongly before: "😡😡 Bestellung??" in English, "Förderung?" with a holding reply although a saved answer
 * exists, a sales pitch offered a holding reply, "Glückwunsch zum Firmenjubiläum! … Weiter so!" taken as sarcasm, a
 * deaf customer told they had waited on the line, a website complaint thanked "für die netten Worte zu unseren Bohnen".
 */

describe("a word or two", () => {
  it("answers a German word in German, even with nothing but emoji beside it", () => {
    const { assessment, first } = goldenAnswer("kaffeekollektiv", "😡😡 Bestellung??");
    expect(assessment.language).toBe("de");
    expect(first?.text).toMatch(/Bestellnummer/u);
  });

  it("asks for the order number when an order is named and nothing else", () => {
    const { first } = goldenAnswer("kaffeekollektiv", "😡😡 Lieferung");
    expect(first?.strategy).toBe("case-question");
    expect(first?.text).toMatch(/mit deiner Lieferung etwas nicht stimmt/u);
    expect(first?.text).toMatch(/Bestellnummer/u);
  });

  it("offers the saved answer a single word names when one saved reply alone is about it", () => {
    expect(goldenAnswer("rheinwerk", "Förderung?").first?.savedReplyId).toBe("rw-foerderung");
    expect(goldenAnswer("rheinwerk", "Passwort ist weg 😩").first?.savedReplyId).toBe("rw-passwort");
    // "Störung" names the "Störungsdienst": the hotline's answer, with the number for breakdowns.
    expect(goldenAnswer("rheinwerk", "Störung WP 12 😡").first?.text).toMatch(/Störungsdienst/u);
  });

  it("offers no saved answer for a word several saved replies name", () => {
    // "Lieferung" is in the shipping costs, the delivery abroad and the subscription's pause.
    const { first } = goldenAnswer("kaffeekollektiv", "Lieferung?");
    expect(first?.strategy).not.toBe("saved-reply");
  });

  it("does not take a 'Heizlastberechnung' for a 'Rechnung'", () => {
    const { suggestions } = goldenAnswer("rheinwerk", "Rechnung??");
    expect(suggestions.map((s) => s.savedReplyId)).not.toContain("rw-waermepumpe-winter");
  });

  it("reads 'pls' as English", () => {
    const { first } = goldenAnswer("rheinwerk", "phone number pls?");
    expect(first?.text).toMatch(/customer service is on/u);
  });
});

describe("rudeness beside a question", () => {
  it("may delete 'ihr habt doch n Knall' and still answers the price it asks about", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv 4,80 für nen flat white?? ihr habt doch n knall smh",
      "x",
    );
    expect(assessment.verdict).toBe("may-delete");
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/Flat White/u);
    expect(first?.text).not.toMatch(/danke/iu);
  });

  it("gives no help to a mocking 'question' about a colleague insulted", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv eure Lisa aus Kreuzberg ist die hässlichste Barista Berlins 🤮 stellt ihr die extra ein damit keiner zu lange bleibt?? 😂😂",
      "x",
    );
    expect(first?.strategy).toBe("boundary");
    expect(first?.text).not.toMatch(/Lisa/u);
  });
});

describe("LinkedIn: what needs no reply", () => {
  const pitches = [
    "Sehr geehrtes Rheinwerk-Team, spannender Beitrag! Wir von der Solavio GmbH bieten KI-gestützte Leadgenerierung für PV-Installateure. Darf ich Ihnen in 15 Minuten eine kurze Demo zeigen?",
    "Love your brand! 😍 We help specialty roasters scale on Amazon – our clients see 3x revenue. Open to a quick 15-min call this week? Drop me a DM!",
    "Ich bin Personalberaterin mit Schwerpunkt SHK und habe aktuell mehrere Servicetechniker im Pool, sofort verfügbar. Bei Bedarf gern melden.",
    "Hi all 👋 I'm recruiting Senior Heat Pump Engineers for a manufacturer in Bavaria. If anyone here is open to a chat, DM me!",
    "🚨 Wir suchen! Baristas (m/w/d) für unsere neue Rösterei in Dresden. Bewerbung an jobs@bohnenwerk.example 🚨",
  ];
  for (const text of pitches) {
    it(`reads another business's pitch as needing no reply: ${text.slice(0, 40)}…`, () => {
      const { assessment, first } = goldenAnswer("rheinwerk", text, "linkedin");
      expect(assessment.intent.pitch).toBe(true);
      expect(assessment.replyNeeded).toBe(false);
      expect(assessment.replyReasons.map((r) => r.code)).toContain("reply-not-pitch");
      expect(first?.strategy).toBe("no-reply-needed");
    });
  }

  it("answers someone asking for a job, which is no pitch", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Hi, I'm an electrical engineer relocating to Cologne next spring. Are you currently hiring solar planners? Would love to connect!",
      "linkedin",
    );
    expect(assessment.intent.pitch).toBeUndefined();
    expect(assessment.replyNeeded).toBe(true);
  });

  it("reads a colleague tagged by their bare name as spoken to", () => {
    for (const text of [
      "Tobi Wenzel da müssen wir nach der Messe unbedingt mal hin ☕😄",
      "Markus Lehnert 👀 für unser Projekt in Hürth?",
    ]) {
      const { assessment, first } = goldenAnswer("rheinwerk", text, "linkedin");
      expect(assessment.intent.addressedTo).toBe("commenter");
      expect(first?.strategy).toBe("no-reply-needed");
    }
  });

  it("does not take 'Viel Kritik hier an den neuen Preisen' for a name", () => {
    const comment = snapshotOf("Viel Kritik hier an den neuen Preisen. Ich sehe das anders.", {
      site: "linkedin",
      author: { name: "Katrin Ulm" },
    });
    expect(assessComment(comment, GOLDEN_GUIDELINES.kaffeekollektiv).intent.addressedTo).not.toBe("commenter");
  });
});

describe("good wishes are meant", () => {
  it("thanks 'Glückwunsch zum Firmenjubiläum … Weiter so!' as wishes, never as criticism", () => {
    const { assessment, first } = goldenAnswer("rheinwerk", "Glückwunsch zum Firmenjubiläum! Weiter so!", "linkedin");
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.text).toMatch(/Glückwünsche/u);
  });

  it("keeps 'Herzlichen Glückwunsch zur dritten Preiserhöhung. Weiter so!' as criticism", () => {
    const { first } = goldenAnswer("rheinwerk", "Herzlichen Glückwunsch zur dritten Preiserhöhung. Weiter so!");
    expect(first?.text).not.toMatch(/Glückwünsche|danke/iu);
  });

  it("thanks amazement with a birthday wish, not 'was du schreibst, nehmen wir ernst'", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "5 Jahre Ottensen?! Wahnsinn wie die Zeit vergeht. Alles Liebe zum Geburtstag 🥳",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).not.toMatch(/ernst/u);
  });

  it("still answers a question asked after congratulations", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Congrats on launching the WP 9. Genuine question: we've moved into a 1950s house near Aachen and winters there hit -15 °C. Will the WP 9 actually keep up or do we need a backup boiler?",
    );
    expect(first?.strategy).not.toBe("thank-specifically");
  });
});

describe("technical problems and accessibility", () => {
  it("never thanks a website complaint for kind words because it says what used to work", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Eure neue Website ist für mich mit meiner Sehbehinderung eine Katastrophe. Vorher konnte ich problemlos meine Bohnen bestellen, jetzt gar nicht mehr.",
    );
    expect(first?.strategy).not.toBe("thank-specifically");
    expect(first?.text).not.toMatch(/netten Worte/u);
  });

  it("does not tell a deaf customer they waited on the line", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Ich bin gehörlos und kann Ihre Hotline nicht nutzen. Wenn unsere Wärmepumpe nachts ausfällt – wie erreiche ich dann den Störungsdienst? Per E-Mail dauert es ja bis zu 24 Stunden.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text).not.toMatch(/Warteschleife/u);
    // An answer written for everyone (call us) is not offered first to someone who cannot call.
    expect(first?.strategy).toBe("holding-reply");
  });

  it("reads a portal that does not load as the portal's fault, not the bill's", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk euer Zählerstand-Portal lädt nicht, seit gestern Abend nur ne weiße Seite. Hab nur noch bis morgen Zeit zum Melden 😤",
    );
    expect(assessment.intent.complaint?.problem).not.toBe("billing");
    expect(first?.text).toMatch(/Portal/u);
    expect(first?.text).not.toMatch(/Abrechnung/u);
  });

  it("reads what the writer cannot pay or reach in person as no fault of the company", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Meine Mutter zieht ins Pflegeheim. Wie kündige ich ihren Stromvertrag und wer bekommt dann die Schlussrechnung? Ich wohne in München, ich kann also nicht mal eben vorbeikommen.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    // Our own way of paying failing is still a case.
    const paying = goldenAnswer("rheinwerk", "Ich kann meine Rechnung nicht online bezahlen, die Seite hängt");
    expect(paying.assessment.intent.complaint).toBeDefined();
  });

  it("names a 502 and the shop, not the laptop it was tried on or the beans about to run out", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv shop down since last night? getting a 502 every time I hit checkout, tried phone and laptop 😩 my beans run out tomorrow",
      "x",
    );
    expect(first?.text).toMatch(/502/u);
    expect(first?.text).toMatch(/our shop/u);
    expect(first?.text).not.toMatch(/laptop|phone|beans/u);
  });
});

describe("threats said sideways", () => {
  const threats: Array<[string, "rheinwerk" | "kaffeekollektiv"]> = [
    [
      "Wer nochmal so nen Monteur wie letzten Donnerstag zu mir schickt, der kommt nicht mehr heil vom Grundstück.",
      "rheinwerk",
    ],
    [
      "@kaffeekollektiv someone should really teach that tall barista in Ottensen a lesson after closing. just saying 👀",
      "kaffeekollektiv",
    ],
    [
      "Wenn mein Paket bis Freitag nicht da ist komm ich nach Kreuzberg und dann fliegen bei euch die Tassen. Ihr wisst ja wer ich bin.",
      "kaffeekollektiv",
    ],
    ["Wenn euer Ableser nochmal ohne Termin bei mir klingelt, lass ich den Hund los.", "rheinwerk"],
    ["Someone should pay your CEO a visit at home. His address isn't hard to find 😉", "rheinwerk"],
    [
      "@kaffeekollektiv wer nochmal 5,20 für nen Hafer Flat White verlangt, sollte abends besser nicht allein zum Auto gehen. nur so 🙂",
      "kaffeekollektiv",
    ],
    ["Ich hoffe, eure Monteure fallen alle vom Dach. Verdient hättet ihrs.", "rheinwerk"],
    [
      "@kaffeekollektiv keep raising prices and see what happens to those pretty little café windows in Kreuzberg 🧱🧱",
      "kaffeekollektiv",
    ],
  ];
  for (const [text, company] of threats) {
    it(`may delete, and never answers with a saved reply or thanks: ${text.slice(0, 45)}…`, () => {
      const { assessment, first } = goldenAnswer(company, text);
      expect(assessment.verdict).toBe("may-delete");
      expect(assessment.violations.map((v) => v.kind)).toContain("threat");
      expect(first?.strategy).toBe("boundary");
    });
  }

  it("keeps advice and lessons that threaten nobody", () => {
    for (const text of [
      "Man sollte die Wärmepumpe besser nicht allein installieren",
      "The heat pump taught me a lesson about insulation",
      "Das Paket ist nicht heil angekommen",
    ]) {
      expect(goldenAnswer("rheinwerk", text).assessment.verdict).toBe("keep");
    }
  });

  it("reads 'Wer nochmal bei Rheinwerk unterschreibt, dem ist nicht mehr zu helfen' as a saying, no question", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Wer nochmal bei Rheinwerk unterschreibt, dem ist echt nicht mehr zu helfen. Finger weg, Leute!!!",
    );
    expect(assessment.tone).not.toBe("question");
    expect(first?.strategy).not.toBe("holding-reply");
  });

  it("leaves politics said to be 'nix gegen euch' unanswered", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Jemand sollte der Regierung mal sagen, dass die ganze Energiewende ein einziger Schwindel ist. Nix gegen euch Rheinwerk, aber wacht endlich auf Leute!!",
    );
    expect(assessment.replyNeeded).toBe(false);
  });
});

describe("short corrections, short outages, sarcasm spoken", () => {
  it("checks 'Kreuzberg, nicht Neukölln 😉' and 'it's Südvorstadt not Südstadt 🙂' as corrections", () => {
    const de = goldenAnswer("kaffeekollektiv", "Kreuzberg, nicht Neukölln 😉");
    expect(de.assessment.role).toBe("know-it-all");
    expect(de.first?.strategy).toBe("check-correction");
    const en = goldenAnswer("kaffeekollektiv", "it's Südvorstadt not Südstadt 🙂");
    expect(en.first?.strategy).toBe("check-correction");
    expect(en.first?.text).not.toMatch(/kind words/u);
  });

  it("reads 'shop lädt nicht 🙄' as the shop's fault", () => {
    const { assessment, first } = goldenAnswer("kaffeekollektiv", "@kaffeekollektiv shop lädt nicht 🙄", "x");
    expect(assessment.intent.complaint?.problem).toBe("defect");
    expect(first?.text).toMatch(/Shop/u);
  });

  it("does not make 'the day my subscription renews' a bill", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv love how the shop has been 'under maintenance' for 14 hours on the exact day my subscription renews. great timing, truly ☕🙃",
      "x",
    );
    expect(assessment.intent.complaint?.problem).toBe("defect");
  });

  it("reads a mail sent on Thursday and unanswered on Tuesday as the wait", () => {
    const en = goldenAnswer(
      "rheinwerk",
      "@rheinwerk 'answers within 24 hours' lol. Emailed you Thursday about my meter, it's Tuesday. What a joke.",
      "x",
    );
    expect(en.assessment.intent.complaint?.problem).toBe("waiting");
    expect(en.first?.text).toMatch(/waiting for an answer/u);
    const de = goldenAnswer("rheinwerk", "Am Donnerstag gemailt wegen Zählerstand, heute ist Dienstag. Nichts.");
    expect(de.first?.text).toMatch(/auf eine Antwort warten/u);
    expect(de.first?.text).not.toMatch(/Abrechnung/u);
  });

  it("never thanks 'eure ach so tolle Siebträger-Mahlung is ja wohl n Witz'", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Boah ey, eure ach so tolle Siebträger-Mahlung is ja wohl n Witz. Läuft durch wie Wasser, 8 Sekunden statt 25. Zwei Tüten Kreuzberg Espresso für die Tonne.",
    );
    expect(assessment.tone).not.toBe("positive");
    expect(first?.text).not.toMatch(/danke|Lob/iu);
  });
});

describe("a visit to the stand at a fair", () => {
  it("thanks for the visit at the fair they name, not for 'Lob zum Thema Stand'", () => {
    const de = goldenAnswer(
      "rheinwerk",
      "War schön, Sie auf der ISH am Stand zu besuchen – sehr gute Gespräche, kompetentes Team! 👍",
      "linkedin",
    );
    expect(de.first?.text).toMatch(/auf der ISH/u);
    expect(de.first?.text).not.toMatch(/Thema Stand/u);
    const en = goldenAnswer(
      "kaffeekollektiv",
      "Stopped by your booth at World of Coffee in Copenhagen – lovely people, great vibe.",
      "linkedin",
    );
    expect(en.first?.text).toMatch(/World of Coffee/u);
    expect(en.first?.text).not.toMatch(/Copenhagen/u);
  });
});

describe("hate in disguise, kept apart from harsh criticism", () => {
  it("may delete a slur written in leetspeak", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv hinterm tresen in kreuzberg nur noch g3nd3rg3st0rte 🤢🤮",
      "x",
    );
    expect(assessment.verdict).toBe("may-delete");
    expect(assessment.violations.map((v) => v.kind)).toContain("identity-hate");
    expect(first?.text).not.toMatch(/Kritik/u);
  });

  it("reads 'Parasiten, alle miteinander' and 'Vermin, the lot of them' as said of the group named before", () => {
    for (const text of [
      "Ich trink da nix mehr, wenn mir so ein Asylant den Kaffee macht. Parasiten, alle miteinander.",
      "Paying 'fair wages' to a bunch of illegals who breed like rats. Vermin, the lot of them.",
    ]) {
      const { assessment } = goldenAnswer("kaffeekollektiv", text);
      expect(assessment.violations.map((v) => v.kind)).toContain("identity-hate");
    }
    // Said of all of them, but kind or about prices: nothing to delete.
    expect(
      goldenAnswer("kaffeekollektiv", "Die Flüchtlinge bei uns im Ort sind toll. Helden, alle miteinander.").assessment
        .verdict,
    ).toBe("keep");
    expect(
      goldenAnswer("kaffeekollektiv", "Die Preise steigen wieder. Abzocker, alle miteinander.").assessment.violations,
    ).toEqual([]);
  });
});

describe("questions that are no complaint, answers that do not fit", () => {
  it("answers 'Is there someone I can talk to in English' without inventing a bad visit", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Hi, I just moved to Cologne for work and my German is… not there yet 😅 Is there someone I can talk to in English about my electricity contract?",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text).not.toMatch(/visit|branch/u);
  });

  it("reads 'seriously missing my Kreuzberg flat white 🥲' as longing, not a lost order", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Do you guys do decaf?? Pregnant and seriously missing my Kreuzberg flat white 🥲",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });

  it("never says they waited on the line when they ask how to avoid the line", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Mein Vater (82) hat sein Kennwort für Ihre App vergessen. Wie kriegen wir das wieder hin, ohne dass er direkt bei der Hotline in der Warteschleife hängt?",
    );
    expect(first?.text).not.toMatch(/Warteschleife/u);
    // The hotline they want to avoid is no topic they ask about.
    expect(first?.savedReplyId).not.toBe("rw-hotline");
  });

  it("does not offer an answer for the EU and the UK to 'Do you ship to Switzerland?'", () => {
    const swiss = goldenAnswer("kaffeekollektiv", "Do you ship to Switzerland? I'm in Basel 🇨🇭");
    expect(swiss.first?.strategy).toBe("holding-reply");
    expect(swiss.first?.text).not.toMatch(/the Switzerland/u);
    const dutch = goldenAnswer("kaffeekollektiv", "Do you ship to the Netherlands?");
    expect(dutch.first?.strategy).toBe("saved-reply");
  });

  it("reads 'Open to a quick 15-min call?' as no question about opening hours", () => {
    const { assessment } = goldenAnswer("kaffeekollektiv", "Love your brand! Open to a quick 15-min call this week?");
    expect(assessment.intent.question).not.toBe("opening-hours");
  });
});

describe("follow-ups, losses and roads", () => {
  it("may delete 'weiß ich wo eure Zentrale ist. dann knallts, versprochen.'", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "@rheinwerk wenn morgen wieder kein techniker kommt, weiß ich wo eure zentrale ist. dann knallts, versprochen.",
    );
    expect(assessment.verdict).toBe("may-delete");
  });

  it("thanks a widow's thanks for Frau Meyer, never 'wir kümmern uns um Ihre Bestellung'", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Ich möchte mich einmal bedanken. Im Februar ist mein Mann nach 51 Jahren Ehe verstorben, und er hat sich immer um alles gekümmert. Ich wusste nicht mal, wo die Unterlagen liegen. Meine Tochter wohnt in Stuttgart und konnte nicht gleich kommen. Ich habe dann bei Ihnen angerufen und eine Frau Meyer hat sich fast eine Stunde Zeit genommen. Bitte richten Sie ihr das aus.",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Frau Meyer/u);
    expect(first?.text).not.toMatch(/Bestellung|Thema Ehe/u);
  });

  it("reads a bridge closed as no account locked, and a question to the readers as none for us", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Hat jemand mitbekommen, dass die Brücke an der Karl-Heine-Straße schon wieder gesperrt ist? Wahnsinn diese Stadt.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(assessment.replyNeeded).toBe(false);
    expect(goldenAnswer("kaffeekollektiv", "Mein Konto ist gesperrt").assessment.intent.complaint?.problem).toBe(
      "login",
    );
  });

  it("never makes years of custom a wait", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Wir beziehen für unser Team seit zwei Jahren ein Kaffee-Abo, 6 kg im Monat. Seit Januar kommt die Lieferung ständig gemahlen an, obwohl im Konto ‚ganze Bohnen‘ eingestellt ist – unsere Maschine mahlt selbst. Zweimal gemeldet, zweimal ‚wir kümmern uns‘.",
      "linkedin",
      "Sven Albers",
    );
    expect(first?.text).not.toMatch(/seit zwei Jahren auf/u);
  });

  it("names no one called 'All' in 'All sorted now, thank you'", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Just to close this off: someone from Rheinwerk called me yesterday and corrected the meter reading on my annual bill. All sorted now, thank you 🙂",
      "facebook",
      "Laura Bennett",
    );
    expect(first?.text).not.toMatch(/glad All\b/u);
  });
});

it("reads a bag of beans 'almost gone' as missed, not lost, and answers the shipping question", () => {
  const { assessment, first } = goldenAnswer(
    "kaffeekollektiv",
    "Hi from Utrecht! We walked into your Ottensen café by accident. We bought a bag of beans to take home and it's almost gone 😭 So my question: do you ship to the Netherlands, and what does it cost?",
  );
  expect(assessment.intent.complaint).toBeUndefined();
  expect(first?.strategy).toBe("saved-reply");
});
