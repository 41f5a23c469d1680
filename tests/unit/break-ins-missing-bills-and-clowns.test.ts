import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From the eighteenth session of 2026-12-06 (batches 375–390 and real comments of the training parts), each answered
 * wrongly before, tested here in wordings of our own: a stranger at the writer's account scolded for "wtf" and told
 * "how frustrating"; a bill that never came read as a wrong bill or a question; a clown's joke about our product
 * answered as a case; sarcasm thanked; praise read as sarcasm, a case or mockery; slang read as someone taken ill; a
 * stereotype beside a real case answered without the case; the city's politics answered as ours; saved answers missed
 * for want of the words people use.
 */

describe("a stranger at the writer's account", () => {
  // The first test of the file loads the model; on a busy machine that takes longer than vitest's default.
  it("is met with sorry and safety, not a reprimand for 'wtf' or 'how frustrating'", { timeout: 30_000 }, () => {
    const english = goldenAnswer(
      "kaffeekollektiv",
      "yo wtf somebody keeps trying to log into my account, I get login codes texted every few minutes",
      "x",
    );
    expect(english.assessment.intent.complaint?.problem).toBe("login");
    const text = english.first?.text ?? "";
    expect(text).not.toMatch(/civil|respectful|frustrat|app version/iu);
    expect(text).toMatch(/codes/iu);
    expect(text).toMatch(/email address (?:on|your account)/iu);
  });

  it("reads an account broken into, in German too", () => {
    const german = goldenAnswer(
      "rheinwerk",
      "Seit heute früh versucht jemand dauernd, sich in mein Kundenkonto einzuloggen. Ich bekomme laufend Codes per SMS.",
    );
    expect(german.assessment.intent.complaint?.problem).toBe("login");
    expect(german.first?.text ?? "").toMatch(/Codes/u);
    expect(german.first?.text ?? "").toMatch(/E-Mail-Adresse/u);
    const hacked = goldenAnswer("rheinwerk", "Mein Konto wurde gehackt, jemand hat meine Bankverbindung geändert!!");
    expect(hacked.assessment.intent.complaint?.problem).toBe("login");
    expect(hacked.first?.text ?? "").toMatch(/Zugang zu Ihrem Konto verschafft/u);
  });
});

describe("a bill that never came", () => {
  it("is sent again, found by the order, never checked as a wrong bill", () => {
    const english = goldenAnswer(
      "kaffeekollektiv",
      "I ordered a grinder in your web shop but the invoice wasn't sent, not in the parcel and not by e-mail. How do I get it?",
      "x",
    );
    expect(english.assessment.intent.complaint?.problem).toBe("billing");
    expect(english.first?.text ?? "").toMatch(/invoice didn't reach you/u);
    expect(english.first?.text ?? "").toMatch(/order number/u);
    const german = goldenAnswer(
      "kaffeekollektiv",
      "Hab letzte Woche im Shop bestellt, aber die Rechnung war nicht im Paket und per Mail kam auch keine. Wo krieg ich die her?",
    );
    expect(german.first?.text ?? "").toMatch(/Rechnung nicht bei dir angekommen/u);
    expect(german.first?.text ?? "").not.toMatch(/Abrechnung etwas nicht stimmt/u);
  });
});

describe("a clown's joke about our product", () => {
  it("is left alone, not answered as the writer's case", () => {
    const joke = goldenAnswer(
      "rheinwerk",
      "Rheinwerk Wallbox = teuerster Blumenkasten im Rheinland 🤡 lädt halt nix, aber hey wenigstens leuchtet sie schön",
      "x",
    );
    expect(joke.assessment.intent.mockery).toBe(true);
    expect(joke.assessment.intent.complaint).toBeUndefined();
    expect(joke.first?.strategy).toBe("do-not-reply");
  });

  it("still answers a visit told with its figures, clown or not", () => {
    const visit = goldenAnswer(
      "kaffeekollektiv",
      "ey euer café in leipzig is echt das letzte. 25 min angestanden, dann is hafermilch aus und für soja wollte die kasse 60 cent extra?? 🤡🤡",
    );
    expect(visit.assessment.intent.complaint).toBeDefined();
    expect(visit.assessment.intent.mockery).toBeUndefined();
    expect(visit.first?.strategy).not.toBe("do-not-reply");
  });
});

describe("sarcasm is never thanked", () => {
  it("reads a wait thanked for, a brochure in plastic, a loan for coffee and a pigeon as sarcasm", () => {
    for (const [company, text] of [
      [
        "kaffeekollektiv",
        "Danke für das tolle Erlebnis, 30 Minuten in Kreuzberg auf einen Cappuccino zu warten. Hab nebenbei alle Mails abgearbeitet. Effizient!!",
      ],
      [
        "kaffeekollektiv",
        "Love that your sustainability brochure arrived at our office in a plastic sleeve. Really drives the zero-waste point home 🌱👏",
      ],
      [
        "kaffeekollektiv",
        "Glückwunsch, 16,50 für ein Pfund Kenia. Bald nehm ich fürs Frühstück nen Kleinkredit auf. Danke 👏",
      ],
      ["kaffeekollektiv", "5 Tage für ein Päckchen nach Passau. A Brieftaubn wär schneller gwesn. Respekt 👍"],
      [
        "kaffeekollektiv",
        '"plastikfrei verschickt" steht auf eurer Seite. Angekommen in Luftpolsterfolie, zugeklebt mit Plastikklebeband. Respekt, konsequent durchgezogen 👏',
      ],
      [
        "rheinwerk",
        "Love the new Rheinwerk app. Logged out every single time right at the last step of my meter reading. Top engineering 👌",
      ],
      ["rheinwerk", "heat pump installed ✅ living room now an igloo ✅ thanks Rheinwerk 🥶 #heatpumpfail"],
    ] as const) {
      const answer = goldenAnswer(company, text, "x");
      expect(answer.assessment.intent.sarcasm, text).toBe(true);
      expect(answer.first?.strategy, text).not.toBe("thank-specifically");
    }
  });

  it("says back neither the hours they were told nor a time in quotes as the topic", () => {
    const stand = goldenAnswer(
      "rheinwerk",
      "Super Organisation 👍 Extra zum Stand am Energietag wegen „Förderberatung 10–14 Uhr“. Um 11 heißt es, der Kollege ist krank, kommen Sie doch nächstes Jahr wieder 😂",
    );
    expect(stand.assessment.intent.sarcasm).toBe(true);
    expect(stand.first?.text ?? "").not.toMatch(/14 Uhr/u);
  });

  it("hears 'who is building these things??' as a reproach, not a question to hold", () => {
    const app = goldenAnswer(
      "rheinwerk",
      "honestly your app is a joke. 40 seconds to open it, every time. who is building these things?? 🙄",
      "x",
    );
    expect(app.first?.strategy).not.toBe("holding-reply");
    expect(app.first?.text ?? "").not.toMatch(/thanks for your question/iu);
  });
});

describe("praise is thanked", () => {
  it("does not read no queue, a job done in days, a child's spill or a crashed laptop as a failure", () => {
    for (const [company, text] of [
      [
        "rheinwerk",
        "shoutout an herrn yilmaz von eurer hotline, hat mir in 5 min den umzug nach porz umgemeldet. ganz ohne warteschleife!!",
      ],
      [
        "rheinwerk",
        "Hello, we moved to Bonn last year. Your team installed 12 panels on our roof in only 3 days and explained everything. Very friendly people, thank you!",
      ],
      [
        "kaffeekollektiv",
        "Ein dickes Danke an Timo in Ottensen! Meine Tochter (3) hat ihren Kakao über den ganzen Tisch gekippt, er hat ohne Augenrollen sofort einen neuen gemacht 💛",
      ],
      [
        "kaffeekollektiv",
        "Wollte mal danke sagen an Pia aus der Südvorstadt 💛 Mitten in der Hausarbeit ist mir der Laptop abgeschmiert und sie hat mir einfach einen Tee hingestellt. Hat echt meinen Tag gerettet",
      ],
    ] as const) {
      const answer = goldenAnswer(company, text);
      expect(answer.assessment.intent.sarcasm, text).toBe(false);
      expect(answer.assessment.intent.complaint, text).toBeUndefined();
      expect(answer.first?.strategy, text).toBe("thank-specifically");
    }
  });

  it("thanks a class laughed about, and names who helped the family", () => {
    const course = goldenAnswer(
      "kaffeekollektiv",
      "Riesen Dank an Mia aus Leipzig für den Latte-Art-Kurs! Endlich weiß ich, warum mein Milchschaum immer zusammenfällt 😂",
    );
    expect(course.assessment.intent.mockery).toBeUndefined();
    expect(course.first?.strategy).toBe("thank-specifically");
    const placement = goldenAnswer(
      "rheinwerk",
      "Big shoutout to your training team in Hürth. Our 16-year-old did a work placement there and Lukas let him wire a real control cabinet.",
      "linkedin",
    );
    expect(placement.first?.text ?? "").toMatch(/Lukas/u);
    const grant = goldenAnswer(
      "rheinwerk",
      "Honest shoutout to your funding team. Aylin took us through the whole grant application in one morning, and approval came six weeks later.",
      "linkedin",
    );
    expect(grant.assessment.intent.sarcasm).toBe(false);
    expect(grant.first?.text ?? "").toMatch(/Aylin/u);
  });
});

describe("what needs no answer, and what does", () => {
  it("does not take slang for someone taken ill", () => {
    const slang = goldenAnswer(
      "kaffeekollektiv",
      "@jonas_brews you going to the latte art night on saturday?? last one was sick",
      "x",
    );
    expect(slang.assessment.intent.complaint).toBeUndefined();
    expect(slang.first?.text ?? "").not.toMatch(/ill|safety/iu);
  });

  it("leaves the city's doings to the readers", () => {
    const city = goldenAnswer(
      "kaffeekollektiv",
      "is it just me or was the christmas market tiny this year. city really cheaped out",
      "x",
    );
    expect(city.assessment.replyNeeded).toBe(false);
  });

  it("answers the case beside a sweeping judgement, after the stance", () => {
    const stance = goldenAnswer(
      "rheinwerk",
      "your hotline is full of foreigners who cant speak proper german. 50 mins on hold then some guy couldnt even find my contract. acc no 5502811111",
      "x",
    );
    expect(stance.first?.strategy).toBe("state-stance");
    expect(stance.first?.text ?? "").toMatch(/5502811111/u);
  });

  it("says a grind that came wrong, never that nobody came", () => {
    const ground = goldenAnswer(
      "kaffeekollektiv",
      "Hab am Montag 1 kg Kenia bestellt (KK-60211), extra ganze Bohnen angeklickt – gekommen ist alles gemahlen. Was soll ich damit?",
    );
    expect(ground.first?.text ?? "").toMatch(/nicht so angekommen ist wie bestellt/u);
    expect(ground.first?.text ?? "").not.toMatch(/niemand gekommen/u);
  });
});

describe("saved answers found in the words people use", () => {
  it("meets a hard frost, a brother in Vienna, the lead time and an instalment lowered", () => {
    expect(
      goldenAnswer(
        "rheinwerk",
        "Genuine question: everyone back in Leeds says heat pumps give up when it gets properly cold. Does yours keep up in a hard frost?",
        "linkedin",
      ).first?.strategy,
    ).toBe("saved-reply");
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "Mein Bruder lebt in Wien und ist süchtig nach eurem Espresso. Kann ich ihm den direkt von euch hinschicken lassen?",
      ).first?.strategy,
    ).toBe("saved-reply");
    expect(
      goldenAnswer(
        "rheinwerk",
        "Der Eigentümer unseres Mehrfamilienhauses denkt über eine Wärmepumpe nach. Mit welcher Vorlaufzeit muss man bei Ihnen rechnen? Die Mieter wollen das natürlich auch wissen.",
      ).first?.strategy,
    ).toBe("saved-reply");
    expect(
      goldenAnswer(
        "rheinwerk",
        "seit dem frühjahr haben wir pv auf dem dach, trotzdem bucht ihr jeden monat 96 € ab. krieg ich das irgendwie selbst runter?",
        "x",
      ).first?.strategy,
    ).toBe("saved-reply");
  });
});

describe("round two: an insult beside a case gets the boundary and the help", () => {
  it("reads a broken promise, a rude word at the till and a reaction as the case beside the insult", () => {
    for (const [company, text] of [
      [
        "rheinwerk",
        "Euer Berater Jens ist ein Lügner und Schwätzer. Hat uns ein Angebot „bis Freitag“ versprochen – das war vor drei Wochen. Seitdem geht er nicht mehr ans Telefon.",
      ],
      [
        "kaffeekollektiv",
        "Die Kassiererin in Leipzig, diese dumme Kuh, hat mich gestern vor allen angemacht, weil ich mit Karte zahlen wollte.",
      ],
      [
        "kaffeekollektiv",
        "Die dumme Kuh an der Theke in Ottensen hat mir trotz Ansage Erdnussallergie Erdnussmus in den Smoothie gemacht. Ich hatte danach Quaddeln im Gesicht.",
      ],
    ] as const) {
      const answer = goldenAnswer(company, text);
      expect(answer.assessment.verdict, text).toBe("may-delete");
      expect(answer.assessment.intent.complaint, text).toBeDefined();
      expect(answer.first?.strategy, text).toBe("boundary-and-help");
    }
  });

  it("hears 'fauler Sack' and 'the clown at your café' as insults, and still helps", () => {
    const lazy = goldenAnswer(
      "rheinwerk",
      "euer Techniker Jan ist ein fauler Sack. kam 4h zu spät und war nach 10 min wieder weg. Auftrag 2024-555123",
      "x",
    );
    expect(lazy.assessment.verdict).toBe("may-delete");
    expect(lazy.first?.strategy).toBe("boundary-and-help");
    expect(lazy.first?.text ?? "").toMatch(/2024-555123/u);
    const clown = goldenAnswer(
      "kaffeekollektiv",
      "the clown at your hamburg café refused my voucher, said it's \"expired\". it's from march",
      "x",
    );
    expect(clown.assessment.violations.map((v) => v.kind)).toContain("insult");
    expect(clown.first?.strategy).toBe("boundary-and-help");
  });

  it("keeps the help on X when the boundary and the case leave no room for the clause", () => {
    const tight = goldenAnswer(
      "rheinwerk",
      "@rheinwerk euer Monteur Tobias ist ein komplettes Arschloch. Hat mich in meinem eigenen Keller angeschnauzt und die Außeneinheit total schief an die Hauswand gehängt. WP 12, Einbau letzten Dienstag in Bergisch Gladbach.",
      "x",
    );
    expect(tight.first?.strategy).toBe("boundary-and-help");
    expect(tight.first?.text.length ?? 0).toBeLessThanOrEqual(280);
  });
});

describe("round two: sarcasm and mockery", () => {
  it("reads a report set beside a paper cup, a 'thriving' culture and a fresh-roast promise as sarcasm", () => {
    for (const [company, text] of [
      [
        "kaffeekollektiv",
        "Stark, 30 Seiten Klimabericht 🌱 und im Café in Leipzig gibt's den Cappuccino to go im Einwegbecher mit Plastikdeckel. Sehr konsequent 👏",
      ],
      [
        "kaffeekollektiv",
        "Love that you're hiring a 'Chief Happiness Officer' 🙌 meanwhile your Leipzig café had one barista and a queue out the door all Saturday. Happiness is clearly thriving.",
      ],
      [
        "kaffeekollektiv",
        "„Frisch geröstet, schnell bei dir“ 🤣 meine Bohnen: Röstdatum 2. Mai, geliefert Ende Juli. frischer gehts nicht",
      ],
    ] as const) {
      const answer = goldenAnswer(company, text, "x");
      expect(answer.assessment.intent.sarcasm, text).toBe(true);
      expect(answer.first?.strategy, text).toBe("take-seriously");
      expect(answer.first?.text ?? "", text).not.toMatch(/Seiten/u);
    }
  });

  it("leaves a clown's jeer at an award alone, and hears a price refused as no price charged", () => {
    const award = goldenAnswer(
      "kaffeekollektiv",
      'lol Kaffeekollektiv wins "best employer" again 🏆🤡 next up: best company at giving itself awards',
      "x",
    );
    expect(award.assessment.intent.mockery).toBe(true);
    expect(award.first?.strategy).toBe("do-not-reply");
    const belgium = goldenAnswer(
      "kaffeekollektiv",
      "do you ship to Belgium? my sister in Ghent loves your Kenya and I'm not paying 25 euro shipping lol",
      "x",
    );
    expect(belgium.assessment.intent.sarcasm).toBe(false);
    expect(belgium.first?.strategy).toBe("saved-reply");
  });

  it("hears 'who do you lot think you are' as a reproach, never a question to hold", () => {
    const snob = goldenAnswer(
      "kaffeekollektiv",
      "29 euros for a bag of beans lol. who do you lot think you are, some fancy London roastery? absolute joke",
      "x",
    );
    expect(snob.first?.strategy).not.toBe("holding-reply");
  });
});

describe("round two: praise and questions read as such", () => {
  it("thanks amazement and a day that was usually good but not today", () => {
    for (const text of [
      "Big shoutout to the Ottensen team for the latte art class on Friday. Never knew milk could do that?! Already booked the next one 🙌",
      "Ok the new oat milk is legit. Not one split latte all week. And a paper bag instead of plastic?? small thing but I noticed 👌",
    ]) {
      expect(goldenAnswer("kaffeekollektiv", text).first?.strategy, text).toBe("thank-specifically");
    }
    const today = goldenAnswer(
      "kaffeekollektiv",
      "Cappuccino in Ottensen heute lauwarm und 20 min gewartet. sonst top aber heute echt nicht 😕",
    );
    expect(today.first?.strategy).not.toBe("thank-specifically");
    const busy = goldenAnswer(
      "kaffeekollektiv",
      "We came to your Leipzig café five times in one week. Sara never rushed us, even when the line was out the door. Thank you!",
    );
    expect(busy.assessment.intent.sarcasm).toBe(false);
  });

  it("finds the saved answer for hours, the service line, frost, the instalment and the wait", () => {
    for (const [company, site, text] of [
      ["kaffeekollektiv", "x", "r u open on good friday?? in hamburg with the kids and they want ur cinnamon buns"],
      [
        "rheinwerk",
        "facebook",
        "Moin, gibts bei euch eine Nummer, wo man auch samstags jemanden erreicht? Bin unter der Woche auf Montage.",
      ],
      [
        "rheinwerk",
        "facebook",
        "Schafft eure WP das eigentlich, wenn es im Januar -18 Grad hat? Unser Haus ist Baujahr 1925.",
      ],
      [
        "rheinwerk",
        "x",
        "seit der PV auf dem dach zahl ich 130€ im monat, viel zu viel. geht das irgendwie selber dass ihr weniger abbucht",
      ],
      [
        "rheinwerk",
        "facebook",
        "Guten Tag, letzte Woche war Ihr Mitarbeiter zum Ausmessen da. Mein Mann will jetzt wissen, wann die Handwerker anrücken und wie viele Tage wir dann ohne Heizung sind.",
      ],
    ] as const) {
      const answer = goldenAnswer(company, text, site);
      expect(answer.assessment.intent.complaint, text).toBeUndefined();
      expect(answer.first?.strategy, text).toBe("saved-reply");
    }
  });

  it("owes no answer to a question about whom the company votes for, or to migration politics", () => {
    for (const text of [
      "Mal ehrlich, wen wählt ihr eigentlich bei der Landtagswahl? Bei dem Namen doch eh alle links 😏",
      "Wer die Zuwanderung allein den Grenzländern überlässt, hat nichts verstanden.",
    ]) {
      const answer = goldenAnswer("kaffeekollektiv", text);
      expect(answer.assessment.replyNeeded, text).toBe(false);
      expect(answer.first?.strategy, text).toBe("no-reply-needed");
    }
  });
});

describe("round three: coffee talk, jeers and good news", () => {
  it("reads an espresso shot pulled at home as coffee, never a threat", () => {
    const shot = goldenAnswer(
      "kaffeekollektiv",
      "Shoutout to Mia at the Ottensen café who spent 10 min helping me dial in my new grinder, with a queue behind me and all. Best shot I've pulled at home so far ☕",
    );
    expect(shot.assessment.violations).toEqual([]);
    expect(shot.assessment.verdict).toBe("keep");
    expect(shot.first?.strategy).toBe("thank-specifically");
  });

  it("leaves 'X is what happens when …' and a clown's question about the intern alone", () => {
    const flat = goldenAnswer(
      "kaffeekollektiv",
      "kaffeekollektiv is what happens when a student flat starts charging €16 for 250g because the bag has a fox in sunglasses 🦊😎",
      "x",
    );
    expect(flat.assessment.intent.mockery).toBe(true);
    expect(flat.first?.strategy).toBe("do-not-reply");
    const intern = goldenAnswer(
      "rheinwerk",
      "Hat der Azubi wieder den Insta-Account übernommen? 🤡 nächsten Post bitte in Comic Sans",
    );
    expect(intern.first?.strategy).toBe("do-not-reply");
  });

  it("thanks a bill lower than before, a roast nobody should change and a wait nobody had", () => {
    for (const [company, text] of [
      [
        "rheinwerk",
        "erste abrechnung mit der wärmepumpe: 61 € statt 140 € im monat 🤯 danke rheinwerk, der planer hat echt alles erklärt",
      ],
      [
        "kaffeekollektiv",
        "seit einem jahr jeden morgen euren elbufer in der french press und ich bin immer noch nicht drüber hinweg wie nussig der ist. bitte nie die röstung ändern 🙏",
      ],
      [
        "kaffeekollektiv",
        "Huge thanks to the Leipzig crew who catered our conference – 60 people and somehow nobody waited more than three minutes for a flat white. Special mention to Ida!",
      ],
    ] as const) {
      const answer = goldenAnswer(company, text, "x");
      expect(answer.assessment.intent.complaint, text).toBeUndefined();
      expect(answer.assessment.intent.sarcasm, text).toBe(false);
      expect(answer.first?.strategy, text).toBe("thank-specifically");
      expect(answer.first?.text ?? "", text).not.toMatch(/Ändern|Huge/u);
    }
  });
});

describe("from real comments of the training parts", () => {
  it("does not ask again for the address of an account broken into, and leaves missiles to the readers", () => {
    const given = goldenAnswer(
      "kaffeekollektiv",
      "Hi, my account has been hacked, please help me get it back. It's mila.berg@example.org, any other address is the hacker's",
      "x",
    );
    expect(given.assessment.intent.complaint?.problem).toBe("login");
    expect(given.first?.text ?? "").not.toMatch(/email address/iu);
    const missiles = goldenAnswer(
      "rheinwerk",
      "Da hätten die Südkoreaner mal zeigen können, was ihre Abwehrraketen taugen, als Nordkorea wieder getestet hat.",
    );
    expect(missiles.assessment.intent.offTopic).toBe(true);
    expect(missiles.first?.strategy).toBe("no-reply-needed");
  });
});
