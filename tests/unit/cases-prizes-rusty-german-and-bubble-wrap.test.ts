import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From the seventeenth session of 2026-12-06 (batches 351–358), each answered wrongly before, tested here in wordings
 * of our own: praise of a member of staff read as a case (a father who "got lost" in the forms, "my broken German",
 * a grandmother who "sieht fast nichts mehr"), sarcasm thanked, an argument or another's claim read as the writer's
 * own case, cases told without the usual words left unanswered, corrections answered with the opening hours, and
 * politics answered as criticism of us; and from real comments (training parts only), an account suspended or lost
 * asked for an app version, and a rant about citizenship or refugees answered as if it were ours.
 */

describe("praise of people is thanked, not read as a case", () => {
  it("does not read a person who got lost, broken English or failing eyes as something that failed", () => {
    for (const text of [
      "Shout-out to Marek in your Deutz office, he spent an hour on the phone with my dad on the grant forms, switching languages whenever he got lost 😄",
      "Shoutout to Jonas at the Kreuzberg café, he lets me practise my broken English every morning and remembers my order.",
    ]) {
      const answer = goldenAnswer("kaffeekollektiv", text, "linkedin");
      expect(answer.assessment.intent.complaint).toBeUndefined();
      expect(answer.assessment.verdict).toBe("keep");
      expect(answer.assessment.tone).toBe("positive");
      expect(answer.first?.strategy).toBe("thank-specifically");
    }
    const grandmother = goldenAnswer(
      "kaffeekollektiv",
      "Danke an Ben in Ottensen! Meine Oma (90, sieht fast nichts mehr) hat er gestern samt Kuchen an den Tisch gebracht.",
    );
    expect(grandmother.assessment.intent.sarcasm).toBe(false);
    expect(grandmother.first?.strategy).toBe("thank-specifically");
  });

  it("does not let the 'nicht' of the next sentence deny what went before", () => {
    const queue = goldenAnswer(
      "kaffeekollektiv",
      "Großes Lob an Lena in Leipzig! Sie hat meiner Mutter jede Sorte erklärt, obwohl die Schlange bis raus ging. Sowas vergisst man nicht ❤️",
    );
    expect(queue.assessment.intent.complaint).toBeUndefined();
    expect(queue.first?.strategy).toBe("thank-specifically");
  });

  it("reads parents whose German is rusty as a question, not as bad service", () => {
    const rusty = goldenAnswer(
      "rheinwerk",
      "My parents are customers of yours in Porz and their German has got quite rusty. Is there anyone on your hotline who speaks English?",
      "linkedin",
    );
    expect(rusty.assessment.intent.complaint).toBeUndefined();
    expect(rusty.first?.text ?? "").not.toMatch(/sorry/iu);
  });
});

describe("sarcasm is never thanked", () => {
  it("reads a cup gone in two sips, a quoted promise and a stale roast date as sarcasm", () => {
    for (const [company, text] of [
      [
        "kaffeekollektiv",
        "the oat cappuccino in your Leipzig café is so much foam that it's finish after 3 sips. very good value, congratulations 👏👏",
      ],
      ["rheinwerk", "Rheinwerk so: „Ihr Monteur meldet sich am selben Tag“ ✨"],
      [
        "kaffeekollektiv",
        'gotta love "freshly roasted" beans with a roast date of 2 March on the bag. real fresh guys 👌',
      ],
      ["kaffeekollektiv", "my Guji bag says roasted 8 weeks ago. fresh af 👍"],
    ] as const) {
      const answer = goldenAnswer(company, text, "x");
      expect(answer.assessment.intent.sarcasm).toBe(true);
      expect(answer.first?.text ?? "").not.toMatch(/thank|danke|freundlichen Worte|kind words/iu);
    }
  });

  it("reads fine words against reality, packaging piled up and a slow cup thanked for as sarcasm", () => {
    for (const [company, text] of [
      [
        "rheinwerk",
        "Your job ads talk a lot about flexible hours, but the fitters I know work every Saturday. Nice words, different reality.",
      ],
      [
        "kaffeekollektiv",
        "Love the new eco campaign. My order came with each bag wrapped in bubble wrap inside a bigger box. Very circular economy.",
      ],
      [
        "kaffeekollektiv",
        "Wow, 35 Minuten für zwei Cappuccino am Samstag in Leipzig. Danke für die Entschleunigung 👏👏 Slow Coffee hat bei euch ne ganz neue Bedeutung",
      ],
    ] as const) {
      const answer = goldenAnswer(company, text, "linkedin");
      expect(answer.assessment.intent.sarcasm).toBe(true);
      expect(answer.first?.strategy).not.toBe("thank-specifically");
    }
  });

  it("reads a prize for a quoted virtue as a prize, not a price", () => {
    const prize = goldenAnswer(
      "rheinwerk",
      "Glückwunsch zum Preis für „Bester Service“ 🏆 Dafür hänge ich seit 50 Minuten in der Warteschleife.",
      "x",
    );
    expect(prize.assessment.intent.complaint?.problem).not.toBe("billing");
    expect(prize.first?.text ?? "").not.toMatch(/Abrechnung|Preisen/u);
  });
});

describe("an argument or another's claim is no case of the writer's", () => {
  it("reads a reputation harmed, what people will say, more openness asked and another's claim denied as no case", () => {
    for (const text of [
      "Als Energieberater sage ich: Solche Werbung beschädigt das Vertrauen in die ganze Technik.",
      "Wer ohne Abgleich verkauft, riskiert Ärger. Und was bleibt dann hängen: „Wärmepumpen funktionieren nicht.“",
      "Bei einem Auftrag von 20.000 € erwarte ich mehr Transparenz bei den Zertifikaten.",
      "@Maria Quatsch, unsere Heizung geht im Winter nicht aus, die läuft seit drei Jahren.",
    ]) {
      const answer = goldenAnswer("rheinwerk", text, "linkedin");
      expect(answer.assessment.intent.complaint).toBeUndefined();
      expect(answer.first?.text ?? "").not.toMatch(/ärgerlich|bedauern|tut uns leid/u);
    }
  });

  it("reads their own lack of time and an idiom of going too far as no case", () => {
    const time = goldenAnswer(
      "rheinwerk",
      "Gibt es für eine Wärmepumpe Förderung? Für den ganzen Antrag fehlt mir ehrlich gesagt die Zeit.",
    );
    expect(time.assessment.intent.complaint).toBeUndefined();
    const squeak = goldenAnswer("rheinwerk", "Erst grün werben, dann die Preise hochziehen bis es quietscht.");
    expect(squeak.assessment.intent.complaint).toBeUndefined();
    expect(squeak.first?.text ?? "").not.toMatch(/Geräusch/u);
    expect(squeak.assessment.tone).toBe("critical");
  });

  it("does not read a wait in the queue asked about or feared as a wait had", () => {
    const asked = goldenAnswer(
      "rheinwerk",
      "Muss ich dafür echt in die Warteschleife oder kann ich den Abschlag irgendwo selbst ändern?",
    );
    expect(asked.assessment.intent.complaint).toBeUndefined();
    const feared = goldenAnswer(
      "rheinwerk",
      "Im Beitrag steht die normale Hotline als Notdienst. Wäre blöd, wenn nachts jemand in der Warteschleife hängt.",
    );
    expect(feared.assessment.intent.complaint).toBeUndefined();
  });
});

describe("cases told in other words", () => {
  it("reads an instalment raised between two amounts, ground coffee instead of beans and a dialect bill as cases", () => {
    const raised = goldenAnswer("rheinwerk", "abschlag von 70 auf 120 € hoch ohne ein wort?? gehts noch", "x");
    expect(raised.assessment.intent.complaint?.problem).toBe("billing");
    expect(raised.first?.text ?? "").toMatch(/70 € auf 120 €/u);
    const ground = goldenAnswer(
      "kaffeekollektiv",
      "Mein Abo kam schon wieder gemahlen an, obwohl ich im Konto ganze Bohnen eingestellt hab",
    );
    expect(ground.assessment.intent.complaint).toBeDefined();
    const dialect = goldenAnswer("rheinwerk", "Uns Abschlag is jetz dubbelt su huh. Dat kann nit stimme!");
    expect(dialect.assessment.intent.complaint?.problem).toBe("billing");
  });

  it("reads someone wished for who answers, and a charge taken two times, as cases", () => {
    const answer = goldenAnswer(
      "rheinwerk",
      "Schönes Sponsoring. Vielleicht reicht das Geld ja auch für jemanden, der meine Mail vom 3. Mai beantwortet.",
    );
    expect(answer.assessment.intent.complaint?.problem).toBe("waiting");
    const twice = goldenAnswer("kaffeekollektiv", "you charged me two times for one cappuccino in Kreuzberg", "x");
    expect(twice.assessment.intent.complaint?.problem).toBe("billing");
  });

  it("reads more than 'suspended' as the account shut, and a lost account as one to get back, without the app version", () => {
    const suspended = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv lol you guys just banned my account for nothing",
      "x",
    );
    expect(suspended.assessment.intent.complaint?.problem).toBe("login");
    expect(suspended.first?.text ?? "").not.toMatch(/app version/iu);
    const lost = goldenAnswer("kaffeekollektiv", "I'm unable to recover my account since last week, any help?", "x");
    expect(lost.assessment.intent.complaint?.problem).toBe("login");
    expect(lost.first?.text ?? "").not.toMatch(/app version|waiting for an answer/iu);
  });
});

describe("questions and corrections", () => {
  it("checks a correction about an event without the opening hours, and a doubted phone number against the saved one", () => {
    const run = goldenAnswer(
      "kaffeekollektiv",
      "Small correction: the 5k on Saturday in Hamburg was the Alster Run, not the marathon. The cold brew at km 3 was great!",
      "linkedin",
    );
    expect(run.first?.strategy).toBe("check-correction");
    expect(run.first?.text ?? "").not.toMatch(/open Monday/u);
    const hotline = goldenAnswer(
      "rheinwerk",
      "Kleiner Hinweis: Im Post steht der Notdienst unter 0221 555 0190. Ist das nicht die normale Hotline? Wäre blöd, wenn nachts jemand da anruft.",
      "linkedin",
    );
    expect(hotline.first?.strategy).toBe("check-correction");
  });

  it("answers a question asked with a laugh", () => {
    for (const [company, text] of [
      ["kaffeekollektiv", "Random q but do your bags go in the compost bin? lol"],
      [
        "kaffeekollektiv",
        "Mein Opa mag nur seine alte Bialetti 😂 Kriegt man das bei euch so gemahlen, dass es passt?",
      ],
    ] as const) {
      const answer = goldenAnswer(company, text, "facebook");
      expect(answer.assessment.intent.mockery).not.toBe(true);
      expect(answer.first?.strategy).not.toBe("do-not-reply");
    }
  });
});

describe("politics is not ours to answer", () => {
  it("needs no reply to citizenship, refugees, the heating law or net zero", () => {
    for (const [company, text] of [
      ["rheinwerk", "Wer einen Doppelpass hat, dem gehört die Staatsbürgerschaft aberkannt."],
      ["kaffeekollektiv", "Warum berichtet eigentlich keiner über die vom Staat verfolgten Flüchtlinge?"],
      [
        "rheinwerk",
        "Das Heizungsgesetz ist Murks von denen in Berlin. Nächstes Mal wird anders gewählt, das sag ich euch.",
      ],
      ["rheinwerk", "net zero is pointless while china opens coal plants every month"],
    ] as const) {
      const answer = goldenAnswer(company, text, "x");
      expect(answer.assessment.intent.offTopic).toBe(true);
      expect(answer.first?.strategy).toBe("no-reply-needed");
    }
  });
});

/**
 * Round two of the seventeenth session (batches 359–366): staff called an animal, praise that is only the opening of a
 * point ("gut die Hälfte"), a wait with a hashtag of praise, cases told in other words, a hotline mentioned only as
 * what the writer knows, a protest and the city's politics, a question read as criticism for what is "still" left, a
 * way already tried taken for the topic asked, a job's pay read as our prices, and a fitted battery asked for an app
 * version.
 */
describe("round two: staff called an animal", () => {
  it("reads a fitter or a cashier called an animal as an insult, and still helps with the case", () => {
    const fitter = goldenAnswer(
      "rheinwerk",
      "Euer Techniker Marco ist ein faules Schwein, hat die Leitung schief verlegt und ist gegangen. Auftrag 5512-0931.",
    );
    expect(fitter.assessment.violations.map((v) => v.kind)).toContain("insult");
    expect(fitter.first?.strategy).toBe("boundary-and-help");
    const cashier = goldenAnswer(
      "kaffeekollektiv",
      "Die blöde Gans an der Kasse in Kreuzberg wollte gestern meinen Gutschein über 20 € nicht annehmen.",
    );
    expect(cashier.assessment.violations.map((v) => v.kind)).toContain("insult");
    expect(cashier.first?.strategy).toBe("boundary-and-help");
  });
});

describe("round two: criticism and sarcasm", () => {
  it("does not thank praise that opens a point, nor a wait tagged as great service", () => {
    const half = goldenAnswer(
      "rheinwerk",
      "Schöne Bilder von Solardächern. Nur: gut die Hälfte eurer Kunden wohnt zur Miete, und für Mieter bietet ihr nichts an. Das ist eher ein Eigenheimprogramm.",
      "linkedin",
    );
    expect(half.assessment.tone).toBe("critical");
    expect(half.first?.strategy).not.toBe("thank-specifically");
    const snail = goldenAnswer("rheinwerk", "9 weeks and counting for my new meter 🐌 #greatservice", "x");
    expect(snail.assessment.intent.sarcasm).toBe(true);
    expect(snail.first?.strategy).not.toBe("acknowledge");
  });

  it("reads a job's pay as the job, not as our prices, and does not thank the quoted ad", () => {
    const pay = goldenAnswer(
      "kaffeekollektiv",
      "Ihr sucht in Leipzig eine „Barista mit Herz (Minijob, 538 €)“ mit SCA-Zertifikat. Das ist Fachkraft-Niveau zum Minijob-Preis. Sorry, aber da hilft auch der schöne Name nicht.",
      "linkedin",
    );
    expect(pay.first?.strategy).toBe("take-seriously");
    expect(pay.first?.text ?? "").not.toMatch(/Preisen|netten Worte/u);
  });
});

describe("round two: cases told in other words", () => {
  it("reads a grinder that crunches, ground coffee instead of beans and an instalment 'von … auf' as cases", () => {
    const grinder = goldenAnswer(
      "kaffeekollektiv",
      "Die Handmühle von euch knirscht seit letzter Woche und der Mahlgrad ist total ungleichmäßig.",
    );
    expect(grinder.assessment.intent.complaint).toBeDefined();
    const ground = goldenAnswer(
      "kaffeekollektiv",
      "got ground coffee again although i clicked whole bean. order KK-61234",
      "x",
    );
    expect(ground.assessment.intent.complaint?.problem).toBe("delivery");
    expect(ground.first?.text ?? "").toMatch(/didn't arrive as ordered/u);
    const instalment = goldenAnswer(
      "rheinwerk",
      "Neuer Brief: mein Abschlag jetzt gleich mal von 80 auf 120 Euro, einfach so. Kundennummer 5566778.",
    );
    expect(instalment.assessment.intent.complaint?.problem).toBe("billing");
    expect(instalment.first?.text ?? "").toMatch(/von 80 Euro auf 120 Euro/u);
  });

  it("asks for the customer number when a fitted battery fails, whatever the app shows", () => {
    const battery = goldenAnswer(
      "rheinwerk",
      "Unser Batteriespeicher lädt seit dem Update nicht mehr, die App zeigt nur 0 %.",
    );
    expect(battery.first?.text ?? "").toMatch(/Kundennummer/u);
    expect(battery.first?.text ?? "").not.toMatch(/App-Version/u);
  });

  it("does not read advice about when to call the hotline as a case", () => {
    const advice = goldenAnswer(
      "rheinwerk",
      "@Tom Berger the hotline is only if something is broken, meter readings go in the app",
    );
    expect(advice.assessment.intent.complaint).toBeUndefined();
    expect(advice.assessment.intent.addressedTo).toBe("commenter");
  });
});

describe("round two: questions and politics", () => {
  it("reads what is still left in a tank as no criticism, and a hotline already tried as no topic asked", () => {
    const tank = goldenAnswer(
      "rheinwerk",
      "Do you also remove the old oil tank when you fit the heat pump? Ours is still about half full.",
    );
    expect(tank.assessment.tone).toBe("question");
    const tried = goldenAnswer(
      "rheinwerk",
      "Darf ich zusätzlich ein Balkonkraftwerk an die Garage hängen? Bei der Hotline wusste das keiner.",
    );
    expect(tried.first?.savedReplyId).not.toBe("rw-hotline");
    expect(tried.first?.strategy).toBe("holding-reply");
  });

  it("needs no reply to the city called on to act", () => {
    const scooters = goldenAnswer(
      "kaffeekollektiv",
      "die stadt muss endlich was gegen die ganzen e-scooter auf dem gehweg machen",
      "x",
    );
    expect(scooters.assessment.intent.offTopic).toBe(true);
    expect(scooters.first?.strategy).toBe("no-reply-needed");
  });
});

/**
 * Round three of the seventeenth session (batches 367–374): a short wait told as praise, sarcasm about an application
 * left unanswered and a delivery "day 6 and counting", staff named as the one picked out or at the machine (and a
 * queue at the bar that is nobody), weather and rents put to the other readers, a bill's year read as its number, the
 * company's claims doubted in words the tone did not know, goods gone musty, a surcharge taken and a lazy fitter
 * insulted beside a case, a cold home with small children, and a political jibe asked of the company.
 */
describe("round three: praise and sarcasm", () => {
  it("thanks a short wait told as praise, and names the one picked out or at the machine", () => {
    const wedding = goldenAnswer(
      "kaffeekollektiv",
      "Riesendank an euch für das Catering bei unserer Hochzeit in Hamburg! 80 Gäste, nie mehr als 3 Minuten Schlange an der Bar. Danke!",
      "linkedin",
    );
    expect(wedding.assessment.intent.sarcasm).toBe(false);
    expect(wedding.first?.strategy).toBe("thank-specifically");
    expect(wedding.first?.text ?? "").not.toMatch(/Schlange/u);
    const kemal = goldenAnswer(
      "rheinwerk",
      "Danke für die Montage letzte Woche in Hürth! Besonders Kemal hat uns alles super erklärt.",
    );
    expect(kemal.first?.text ?? "").toMatch(/Kemal/u);
    const mira = goldenAnswer(
      "kaffeekollektiv",
      "Super Abend gestern im Café in Leipzig, und Mira an der Maschine hat uns sogar ein Herz in den Cappuccino gemalt. Danke!",
    );
    expect(mira.first?.text ?? "").toMatch(/Mira/u);
  });

  it("reads an application left unanswered and a delivery 'day 6 and counting' as sarcasm", () => {
    for (const [company, text] of [
      [
        "kaffeekollektiv",
        "Wieder eine Stellenanzeige 🙌 Vielleicht gibts diesmal ja sogar ne Antwort auf meine Bewerbung vom März.",
      ],
      ["kaffeekollektiv", '"Delivered in 2 days" – day 6 and counting. love that for me'],
    ] as const) {
      const answer = goldenAnswer(company, text, "x");
      expect(answer.assessment.intent.sarcasm).toBe(true);
      expect(answer.first?.strategy).not.toBe("thank-specifically");
    }
  });

  it("reads the company's claims doubted as criticism", () => {
    for (const [company, text] of [
      ["rheinwerk", "Eure Werbung mit der Wärmepumpe für jedes Haus finde ich unseriös."],
      ["kaffeekollektiv", "Your sustainability page reads like marketing, honestly."],
      ["rheinwerk", "Slightly rich that the campaign promises installation in two days when the wait is months."],
    ] as const) {
      const answer = goldenAnswer(company, text, "linkedin");
      expect(answer.assessment.tone).toBe("critical");
      expect(answer.first?.strategy).toBe("take-seriously");
      expect(answer.first?.text ?? "").not.toMatch(/page reads/u);
    }
  });
});

describe("round three: cases", () => {
  it("reads musty beans, a surcharge taken by someone insulted and a lazy fitter beside loose cables as cases", () => {
    const musty = goldenAnswer("kaffeekollektiv", "Die Bohnen aus dem Abo riechen schon nach einer Woche muffig.", "x");
    expect(musty.assessment.intent.complaint).toBeDefined();
    const surcharge = goldenAnswer(
      "kaffeekollektiv",
      "Der Barista in Kreuzberg ist ein arroganter Idiot und hat mir 60 Cent extra für den Haferdrink abgeknöpft.",
    );
    expect(surcharge.first?.strategy).toBe("boundary-and-help");
    const fitter = goldenAnswer(
      "rheinwerk",
      "Euer Monteur ist ein fauler Penner, die Kabel hängen lose rum. Auftrag 3312-8890.",
    );
    expect(fitter.assessment.violations.map((v) => v.kind)).toContain("insult");
  });

  it("reads a fault line nobody answers and a cold home as a fault, and a bill's year as no number", () => {
    const cold = goldenAnswer(
      "rheinwerk",
      "Beim Störungsdienst geht keiner ran, Wohnung eiskalt und zwei kleine Kinder im Haus.",
    );
    expect(cold.assessment.intent.complaint?.problem).toBe("defect");
    const year = goldenAnswer("rheinwerk", "Wo finde ich die Jahresabrechnung 2023? In der App sehe ich nichts.", "x");
    expect(year.first?.savedReplyId).toBe("rw-rechnung");
    expect(year.first?.text ?? "").not.toMatch(/Rechnung 2023/u);
  });
});

describe("round three: nothing for us to answer", () => {
  it("needs no reply to weather or rents put to the other readers, nor to a political jibe", () => {
    for (const [company, text] of [
      ["kaffeekollektiv", "Ist das nur bei mir so oder regnet es in Hamburg seit zwei Wochen ohne Pause? 😩"],
      [
        "kaffeekollektiv",
        "Kann mal irgendwer was gegen die Mieten in Ottensen machen? Bald kann sich hier keiner mehr euren Kaffee leisten.",
      ],
      ["rheinwerk", "Die Grünen wollen schon wieder die Steuern erhöhen. Sind das eure Vorbilder?"],
    ] as const) {
      const answer = goldenAnswer(company, text, "x");
      expect(answer.assessment.intent.offTopic).toBe(true);
      expect(answer.first?.strategy).toBe("no-reply-needed");
    }
  });
});
