import { describe, expect, it } from "vitest";
import { checkDraft } from "../../src/replies/check-draft";
import { GOLDEN_GUIDELINES } from "../golden/guidelines";
import { goldenAnswer } from "./company-answers";

/**
 * From the sixteenth session of 2026-12-06 (batches 327–334), each answered wrongly before, tested here in wordings of
 * our own: a wait in the queue told as a death offered for deletion as a threat, sarcasm about a post thanked for its
 * kind words, a case with a kind word thanked as praise, glad words taken for criticism, a scornful idiom answered with
 * the opening hours, a journalist and a business owner answered as a case and as an argument, an insult missed, and
 * problems told without the usual words left unanswered; and from real comments (training parts only), a login
 * case read as a defect and a rant about the country answered as criticism of us.
 */

describe("what is deletable", () => {
  it("does not read a wait in the queue told as a death as a threat; a death wished on someone still is one", () => {
    const queue = goldenAnswer("rheinwerk", "Zweimal in der Hotline verreckt, Kundennummer 4411023, macht endlich was");
    expect(queue.assessment.verdict).not.toBe("may-delete");
    expect(queue.assessment.violations.map((v) => v.kind)).not.toContain("threat");
    const wished = goldenAnswer("rheinwerk", "Ihr sollt alle in der Hölle verrecken");
    expect(wished.assessment.violations.map((v) => v.kind)).toContain("threat");
  });

  it("reads a member of staff called a stuck-up cow as an insult", () => {
    const cow = goldenAnswer("kaffeekollektiv", "The woman at the till in Ottensen is a stuck up cow.");
    expect(cow.assessment.violations.map((v) => v.kind)).toContain("insult");
  });
});

describe("sarcasm and praise", () => {
  it("does not thank sarcasm about a post beside what is still missing or waited for", () => {
    for (const text of [
      "Great post about customer care. Would be even better if someone answered my emails.",
      "Lovely campaign. We wait now 40 days for the installer to come back.",
    ]) {
      const answer = goldenAnswer("rheinwerk", text, "linkedin");
      expect(answer.assessment.intent.complaint).toBeDefined();
      expect(answer.first?.strategy).not.toBe("thank-specifically");
      expect(answer.first?.text ?? "").not.toMatch(/kind words|thank you/iu);
    }
    const portal = goldenAnswer(
      "rheinwerk",
      "Nice to see Rheinwerk posting about 'service excellence' while my final bill still isn't in the portal.",
      "linkedin",
    );
    expect(portal.assessment.intent.complaint?.problem).toBe("billing");
  });

  it("answers a case told beside a kind word as the case, not as praise", () => {
    const boxes = goldenAnswer(
      "kaffeekollektiv",
      "Wir haben bei euch 10 Geschenkboxen bestellt. Die Tassen sind schön, die Idee kam sonst super an – aber bei 3 davon waren die Tüten aufgerissen. Wie läuft das mit Ersatz?",
    );
    expect(boxes.first?.strategy).not.toBe("thank-specifically");
    expect(boxes.first?.text ?? "").not.toMatch(/Lob|freundlichen Worte/u);
  });

  it("thanks praise that tells of the writer's own attempts failing", () => {
    const bun = goldenAnswer(
      "kaffeekollektiv",
      "Loved the cardamom bun in Leipzig, been trying to bake it at home for weeks and failing 😂 Thank you!",
    );
    expect(bun.assessment.tone).toBe("positive");
    expect(bun.first?.strategy).toBe("thank-specifically");
  });

  it("reads no sarcasm into another shop's coffee and no missing thing into longing", () => {
    const supermarket = goldenAnswer(
      "kaffeekollektiv",
      "Is your decaf any good? The supermarket stuff tastes like cardboard",
      "x",
    );
    expect(supermarket.assessment.intent.sarcasm).toBe(false);
    expect(supermarket.first?.strategy).toBe("holding-reply");
    const longing = goldenAnswer(
      "kaffeekollektiv",
      "Do you have decaf? Missing real coffee so much since I'm pregnant",
      "x",
    );
    expect(longing.assessment.intent.complaint).toBeUndefined();
  });
});

describe("questions", () => {
  it("answers scorn and an invoice to a firm without the opening hours", () => {
    const scorn = goldenAnswer("kaffeekollektiv", "3,90 für nen Espresso? Habt ihr den Arsch offen?");
    expect(scorn.assessment.intent.question).not.toBe("opening-hours");
    expect(scorn.first?.text ?? "").not.toMatch(/Öffnungszeiten|geöffnet/u);
    const invoice = goldenAnswer(
      "kaffeekollektiv",
      "Wir sind ein Büro in Leipzig mit 40 Leuten. Macht ihr auch Lieferung auf Rechnung auf die Firma?",
      "linkedin",
    );
    expect(invoice.assessment.intent.question).toBe("other");
    expect(invoice.first?.text ?? "").not.toMatch(/geöffnet/u);
  });

  it("holds a journalist's request and a business owner's question instead of a case or an argument", () => {
    const press = goldenAnswer(
      "kaffeekollektiv",
      "I'm writing a piece on the staff shortage in cafés. Could someone talk to me this week?",
      "linkedin",
    );
    expect(press.assessment.intent.complaint).toBeUndefined();
    expect(press.first?.text ?? "").not.toMatch(/sorry/iu);
    const owner = goldenAnswer(
      "rheinwerk",
      "I run a small physio practice in Porz. Can tenants order a solar system with you or must the landlord do it?",
      "linkedin",
    );
    expect(owner.assessment.role).not.toBe("opinion-leader");
    expect(owner.first?.strategy).toBe("holding-reply");
  });

  it("reads questions asked without their mark", () => {
    const grind = goldenAnswer("kaffeekollektiv", "kriegt man die bohnen auch gemahlen oder is das bei euch tabu", "x");
    expect(grind.assessment.intent.question).toBeDefined();
    const how = goldenAnswer(
      "rheinwerk",
      "Im Brief steht, wir sollen die Zahlen selbst durchgeben. Wie geht das denn, ich habe kein Handy mit Apps.",
    );
    expect(how.assessment.tone).toBe("question");
  });

  it("answers a question about oat milk with the saved answer, lactose intolerance told or not", () => {
    const oat = goldenAnswer(
      "kaffeekollektiv",
      "Kostet Hafermilch bei euch in Kreuzberg auch extra?? Bei den meisten Cafés zahl ich 50 cent drauf und das nervt als Laktoseintolerante echt",
    );
    expect(oat.first?.savedReplyId).toBe("kk-pflanzendrinks");
  });

  it("reads a queue asked about as a question, not as a wait had", () => {
    const queue = goldenAnswer(
      "rheinwerk",
      "Muss ich wirklich in der Warteschleife hängen, um meinen Abschlag zu ändern?",
    );
    expect(queue.assessment.intent.complaint).toBeUndefined();
    expect(queue.first?.text ?? "").not.toMatch(/warten mussten/u);
  });

  it("leaves politics the writer says the company cannot help to the readers", () => {
    const law = goldenAnswer("rheinwerk", "Das Heizungsgesetz ist Murks aus Berlin, da könnt ihr ja nix dafür.");
    expect(law.assessment.replyNeeded).toBe(false);
    expect(law.first?.strategy).toBe("no-reply-needed");
  });
});

describe("cases told in other words", () => {
  it("reads staff who shrugged, a cable left dangling and bags torn half open as cases", () => {
    const shrug = goldenAnswer(
      "kaffeekollektiv",
      "the cold brew at Ottensen tasted like water and the guy at the counter just shrugged",
    );
    expect(shrug.assessment.intent.complaint).toBeDefined();
    expect(shrug.first?.text ?? "").not.toMatch(/trouble with the counter/u);
    const cable = goldenAnswer(
      "rheinwerk",
      "Seit dem Einbau baumelt bei uns das Kabel aus der Wand. Wer repariert das?",
    );
    expect(cable.assessment.intent.complaint).toBeDefined();
    const torn = goldenAnswer("kaffeekollektiv", "die tüte war halb offen und die hälfte bruch. bestellung KK-33321");
    expect(torn.first?.text ?? "").toMatch(/beschädigt angekommen/u);
  });

  it("says the wrong goods came when the right ones are asked for", () => {
    const wrong = goldenAnswer(
      "kaffeekollektiv",
      "Order KK-22222 arrived with two bags of decaf. Can you send the right ones?",
    );
    expect(wrong.first?.text ?? "").toMatch(/didn't arrive as ordered/u);
  });

  it("takes up a job left unfinished with its reference, whose capitals are no shouting", () => {
    const roof = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk roof was meant to be finished on Monday, nobody's turned up since. job ref AB-XYZ-12345",
      "x",
    );
    expect(roof.first?.strategy).toMatch(/^case-/u);
    expect(roof.first?.text ?? "").toContain("AB-XYZ-12345");
    const check = checkDraft(
      "We're checking your request RW-SOL-20931 and will get back to you by Wednesday.",
      { language: "en" },
      { ...GOLDEN_GUIDELINES.rheinwerk, required: { greeting: false, thanks: false, name: false } },
    );
    expect(check.findings.map((finding) => finding.code)).not.toContain("all-caps");
  });
});

describe("real comments (training parts only)", () => {
  it("reads an account the writer cannot log into as a login case", () => {
    const login = goldenAnswer("kaffeekollektiv", "Since the update I can't log into the shop anymore. Help?", "x");
    expect(login.assessment.intent.complaint?.problem).toBe("login");
  });

  it("leaves a rant about the country to the readers", () => {
    const rant = goldenAnswer("kaffeekollektiv", "Die wollen das Schland endgültig ruinieren 🤢", "x");
    expect(rant.assessment.intent.offTopic).toBe(true);
    expect(rant.first?.text ?? "").not.toMatch(/nehmen wir ernst/u);
  });
});

/**
 * Second round (batches 335–342): a grandson away and a son who cannot help read as failures of ours, praise of a
 * course answered as an espresso fault, an adviser's argument and a billboard answered as a case, sarcasm in low
 * quotes thanked, a shop's price rise answered as the customer's bill, a scornful idiom matched to the grants answer,
 * a taunt's slang read as a part that fell off, others' waits answered as the writer's.
 */
describe("second round: no case where there is none", () => {
  it("reads family away or unable to help as no failure, and answers the meter reading", () => {
    for (const text of [
      "Ich hab kein Handy und meine Tochter ist gerade nicht da. Wie kann ich den Zählerstand melden?",
      "Meine Mutter ist 80, mein Sohn wohnt weit weg und kann nicht helfen. Wie melde ich den Zählerstand ohne App?",
    ]) {
      const meter = goldenAnswer("rheinwerk", text);
      expect(meter.assessment.intent.complaint).toBeUndefined();
      expect(meter.first?.savedReplyId).toBe("rw-zaehlerstand");
    }
  });

  it("thanks praise that tells how an old fault at home was understood", () => {
    const course = goldenAnswer(
      "kaffeekollektiv",
      "Der Barista-Kurs bei Ole war richtig stark. Endlich versteh ich, warum mein Espresso immer so sauer war (zu grob gemahlen, viel zu schnell durchgelaufen). Erster Shot heute in 28 Sekunden!",
    );
    expect(course.assessment.intent.complaint).toBeUndefined();
    expect(course.first?.strategy).toBe("thank-specifically");
  });

  it("takes an adviser's argument, a billboard and others' waits seriously without opening a case", () => {
    for (const [company, site, text] of [
      [
        "rheinwerk",
        "linkedin",
        "Sehe ich bei meinen Kunden jede Woche: Die Stromrechnung explodiert nach dem Einbau, weil niemand die Heizlast rechnet. Ehrlicher wäre, das offen zu sagen.",
      ],
      [
        "rheinwerk",
        "linkedin",
        "Drove past your new billboard at the station: 'Heat pumps for everyone'. Marketing like that erodes trust.",
      ],
      [
        "rheinwerk",
        "facebook",
        "Eure Plakate hängen überall, aber wer bei euch eine Wärmepumpe bestellt, wartet Monate. Meine Nachbarn warten seit Mai. Steckt das Geld lieber in Monteure.",
      ],
      ["rheinwerk", "x", "Meanwhile the waiting list for a heat pump install is months long and nobody admits it."],
    ] as const) {
      const answer = goldenAnswer(company, text, site);
      expect(answer.assessment.intent.complaint).toBeUndefined();
      expect(answer.first?.strategy).not.toMatch(/^case-/u);
    }
  });

  it("answers a shop's price rise as criticism of the price, not as the customer's bill", () => {
    for (const text of [
      "Die Hausmischung ging von 12,90 auf 14,90 hoch. Ganz ehrlich, ich überlege, ob ich bleibe.",
      "The decaf went from €8,90 to €10,90 this year and nobody explained why.",
    ]) {
      const rise = goldenAnswer("kaffeekollektiv", text, "linkedin");
      expect(rise.first?.strategy).toBe("take-seriously");
      expect(rise.first?.text ?? "").toMatch(/Preiserhöhung|price increase/u);
    }
  });

  it("reads slang of a taunt and a scornful idiom as no fault and no question about grants", () => {
    const ratio = goldenAnswer("rheinwerk", "heat pumps fell off, ratio 💀", "x");
    expect(ratio.assessment.intent.complaint).toBeUndefined();
    const scorn = goldenAnswer("rheinwerk", "42 Cent pro kWh?? Ihr habt echt den Schuss nicht gehört");
    expect(scorn.first?.savedReplyId).toBeUndefined();
    expect(scorn.first?.text ?? "").not.toMatch(/Schuss|Förderung/u);
  });
});

describe("second round: sarcasm, praise and cases in other words", () => {
  it("does not thank sarcasm in low quotes or a wait counted in weeks with applause", () => {
    const stale = goldenAnswer(
      "kaffeekollektiv",
      "danke für den ‚frischen‘ Kaffee 🙏 Röstdatum vor acht Wochen. Schmeckt bestimmt super.",
      "x",
    );
    expect(stale.assessment.intent.sarcasm).toBe(true);
    expect(stale.first?.strategy).not.toBe("thank-specifically");
    const waiting = goldenAnswer(
      "rheinwerk",
      "Great job @Rheinwerk 👏 14 weeks waiting on the installer, date moved 4 times.",
      "x",
    );
    expect(waiting.assessment.intent.complaint).toBeDefined();
    expect(waiting.first?.text ?? "").not.toMatch(/kind words|thank you/iu);
  });

  it("thanks glad words for a course and a box, without naming 'Hooked'", () => {
    const course = goldenAnswer(
      "kaffeekollektiv",
      "Took the home barista class in Leipzig – worth every minute, genuinely proud of my first flat white.",
      "linkedin",
    );
    expect(course.first?.strategy).toBe("thank-specifically");
    const box = goldenAnswer("kaffeekollektiv", "The handwritten note in my first box was such a sweet touch. Hooked.");
    expect(box.first?.strategy).toBe("thank-specifically");
    expect(box.first?.text ?? "").not.toMatch(/Hooked/u);
  });

  it("reads a payment shown twice, a surcharge paid and an amount in the bank app as billing", () => {
    const twice = goldenAnswer("kaffeekollektiv", "my card shows the payment two times, 2x 9,80€, order KK-44120");
    expect(twice.first?.text ?? "").toMatch(/charged 9,80 € twice/u);
    const surcharge = goldenAnswer(
      "kaffeekollektiv",
      "Heute in Kreuzberg 50 Cent extra für Sojamilch gezahlt, obwohl ihr ohne Aufpreis schreibt.",
    );
    expect(surcharge.assessment.intent.complaint?.problem).toBe("billing");
    expect(surcharge.first?.savedReplyId).toBeUndefined();
    const bank = goldenAnswer("kaffeekollektiv", "Paid 4,20 for a latte in Ottensen but my banking app shows 42,00 €!");
    expect(bank.assessment.intent.complaint?.problem).toBe("billing");
    expect(bank.first?.text ?? "").not.toMatch(/our app|app version/iu);
  });

  it("reads a device showing nothing but its fault and a zipper gone as cases", () => {
    const inverter = goldenAnswer(
      "rheinwerk",
      "Unser Wechselrichter zeigt seit Montag nur noch 'Netzfehler'. Wer kommt vorbei?",
    );
    expect(inverter.assessment.intent.complaint).toBeDefined();
    expect(inverter.first?.text ?? "").toMatch(/Wechselrichter/u);
    const zipper = goldenAnswer("kaffeekollektiv", "Der Zipper ist nach einer Woche schon durch, bei der neuen Tüte.");
    expect(zipper.assessment.intent.complaint).toBeDefined();
  });

  it("takes scorn for the marketing seriously and names neither an idiom's handle nor slang money", () => {
    const ad = goldenAnswer(
      "kaffeekollektiv",
      "wer macht bei euch eigentlich die werbung?? das neue video ist so peinlich",
      "x",
    );
    expect(ad.first?.strategy).toBe("take-seriously");
    expect(ad.first?.text ?? "").not.toMatch(/danke/iu);
    const handle = goldenAnswer(
      "kaffeekollektiv",
      "Zum dritten Mal lauwarmer Cappuccino in Ottensen, kriegt das mal in den Griff",
    );
    expect(handle.first?.text ?? "").not.toMatch(/Griff/u);
    const money = goldenAnswer("rheinwerk", "18 Öcken für 250g Bohnen?! Ihr habt doch nen Knall");
    expect(money.first?.text ?? "").not.toMatch(/Öcken/u);
  });

  it("answers a question on grants with the grants answer and a request without its mark", () => {
    const grants = goldenAnswer(
      "rheinwerk",
      "Bekommt man noch Zuschüsse für ne Wärmepumpe im Reihenhaus, Baujahr 1975? Und helft ihr beim Antrag oder muss ich mich allein durch die KfW-Seiten kämpfen?",
    );
    expect(grants.first?.savedReplyId).toBe("rw-foerderung");
    const hours = goldenAnswer("kaffeekollektiv", "Kindly share the opening hours of your Leipzig café", "linkedin");
    expect(hours.first?.savedReplyId).toBeDefined();
  });

  it("leaves politics the company cannot help to the readers, however the sentence runs", () => {
    const law = goldenAnswer("rheinwerk", "Das Heizungsgesetz ist Murks. Ihr könnt da ja nix für.");
    expect(law.first?.strategy).toBe("no-reply-needed");
  });
});

/**
 * Third round (batches 343–350): money gone from the bank account read as a lost login, praise read as criticism
 * ("vorher wusste keiner", "am zweiten Tag", "neither of us could tell"), longing read as a missing parcel, thanks that
 * wave the company off thanked, sarcasm about a dream job, a sustainability post or a shop gone down thanked, an
 * argument's missing thought read as a bill, and the company's nickname taken for the thing that failed.
 */
describe("third round", () => {
  it("reads money gone from the bank account as billing, not as a lost login", () => {
    const debit = goldenAnswer(
      "kaffeekollektiv",
      "Ihr habt mir das Abo doppelt abgebucht, zweimal 24,90 € vom Konto weg!",
    );
    expect(debit.assessment.intent.complaint?.problem).toBe("billing");
    expect(debit.first?.text ?? "").not.toMatch(/einloggen/u);
  });

  it("thanks praise that tells what nobody knew before, a rainy day's work, and a decaf nobody could tell apart", () => {
    for (const [company, text] of [
      [
        "kaffeekollektiv",
        "Der Workshop war super, vorher wusste keiner im Team, was ein Mahlgrad ist. Große Empfehlung!",
      ],
      ["rheinwerk", "Trotz Dauerregen am zweiten Tag alles montiert, sauber hinterlassen, super Team!"],
      [
        "kaffeekollektiv",
        "Ordered the decaf for my wife (pregnant, misses proper coffee lol) and neither of us could tell it was decaf. You've got a regular now 👌",
      ],
      ["kaffeekollektiv", "Your Sidamo is seriously better than most cafés in Rome. Respect."],
    ] as const) {
      const praise = goldenAnswer(company, text);
      expect(praise.assessment.tone).toBe("positive");
      expect(praise.first?.strategy).toBe("thank-specifically");
    }
  });

  it("reads longing and a thought missing from an argument as nothing undelivered", () => {
    const longing = goldenAnswer(
      "kaffeekollektiv",
      "Ich bin nach Wien gezogen und mir fehlt euer Espresso so sehr 😭 liefert ihr nach Österreich?",
    );
    expect(longing.assessment.intent.complaint).toBeUndefined();
    expect(longing.first?.savedReplyId).toBeDefined();
    const argued = goldenAnswer("rheinwerk", "Mir fehlt in eurer Werbung jeder Gedanke an Leute ohne eigenes Dach.");
    expect(argued.assessment.intent.complaint).toBeUndefined();
  });

  it("does not thank thanks that wave the company off, nor sarcasm about a dream job, a post or a shop gone down", () => {
    for (const [company, site, text] of [
      ["rheinwerk", "facebook", "heat pumps are a scam, my oil boiler works perfectly fine thank you very much"],
      [
        "kaffeekollektiv",
        "linkedin",
        '"Baristas mit Herz" 😍 und Schichtpläne, die man am Donnerstag für Montag kriegt. Klingt nach nem echten Traumjob.',
      ],
      [
        "rheinwerk",
        "facebook",
        "Immer nur Solar und Wärmepumpe hier. Schön für Hausbesitzer, wir Mieter haben null davon.",
      ],
      [
        "rheinwerk",
        "linkedin",
        "Love the 'people first' campaign. Would be even more convincing if someone answered my emails from March.",
      ],
      ["kaffeekollektiv", "x", "shop 2 tage down direkt vor weihnachten. ganz starke leistung 👏👏"],
    ] as const) {
      const answer = goldenAnswer(company, text, site);
      expect(answer.first?.strategy).not.toBe("thank-specifically");
      expect(answer.first?.text ?? "").not.toMatch(/kind words|netten Worte|Lob|thank you so much/iu);
    }
  });

  it("reads paper still sent after going paperless, a gutter bent and a surcharge for soy as cases", () => {
    const paper = goldenAnswer(
      "rheinwerk",
      "Switched to paperless billing in March and still get a paper bill every month. Lovely sustainability post though.",
      "linkedin",
    );
    expect(paper.assessment.intent.complaint).toBeDefined();
    const gutter = goldenAnswer("rheinwerk", "Euer Monteur hat bei der Montage unsere Regenrinne abgeknickt.");
    expect(gutter.assessment.intent.complaint).toBeDefined();
    const soy = goldenAnswer(
      "kaffeekollektiv",
      "charged me 50c for soy milk at Kreuzberg although your site says no surcharge",
      "x",
    );
    expect(soy.assessment.intent.complaint?.words.join(" ") ?? "").toMatch(/charged/u);
  });

  it("answers a cancelled visit with the case, never taking the company's nickname for what failed", () => {
    const cancelled = goldenAnswer(
      "rheinwerk",
      "Ihr Saftladen habt mir zum dritten Mal den Monteur abgesagt!!! Auftragsnummer WP-2024-11873",
    );
    expect(cancelled.first?.strategy).not.toBe("acknowledge");
    expect(cancelled.first?.text ?? "").toContain("WP-2024-11873");
    expect(cancelled.first?.text ?? "").not.toMatch(/Saftladen/u);
  });

  it("reads a rise of the instalment told in two amounts as a billing case", () => {
    const rise = goldenAnswer("rheinwerk", "Abschlagserhöhung von 90 auf 150 Euro, ein Witz. Wer rechnet sowas aus");
    expect(rise.assessment.intent.complaint?.problem).toBe("billing");
    expect(rise.first?.strategy).toMatch(/^case-/u);
  });
});
