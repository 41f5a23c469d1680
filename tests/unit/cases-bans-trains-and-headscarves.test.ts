import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From the fifteenth session of 2026-12-06, first round (batches 303–310) and the real comments left over from the
 * session before, each answered wrongly before, tested here in wordings of our own: a ban on the platform answered as
 * our login case, a wait for the railway answered as a journey of ours, praise answered as a question or as a bill,
 * "haven't recommended you" thanked, a rude question answered with the opening hours, a roast date said to be the day
 * the bag was bought, a technician who never came answered as a parcel, and staff counted by their headscarves
 * thanked for their "Lob".
 */

describe("what the comment is about", () => {
  it("reads a ban served on the platform as nobody's login case, an account locked with us still as one", () => {
    const banned = goldenAnswer(
      "kaffeekollektiv",
      "@Jens Maier @Maria Roth Mich haben sie gestern für 3 Tage gesperrt, wegen nem Witz!!",
    );
    expect(banned.assessment.intent.complaint).toBeUndefined();
    expect(banned.first?.text ?? "").not.toMatch(/einloggen/u);
    const locked = goldenAnswer("kaffeekollektiv", "Mein Kundenkonto ist seit 3 Tagen gesperrt, ich komme nicht rein.");
    expect(locked.assessment.intent.complaint?.problem).toBe("login");
  });

  it("leaves the railway's wait to the railway, not a wait at our counter after it", () => {
    const train = goldenAnswer(
      "kaffeekollektiv",
      "Mit der Bahn heute wieder 30 Minuten auf den Zug gewartet – euer Flat White am Bahnhof hat den Tag gerettet!",
    );
    expect(train.assessment.intent.complaint).toBeUndefined();
    expect(train.assessment.intent.sarcasm).toBe(false);
    expect(train.first?.text ?? "").not.toMatch(/Reise|Buchung/u);
    const ours = goldenAnswer(
      "kaffeekollektiv",
      "Mit der DB heute 2 Stunden Verspätung, dann bei euch noch 20 Minuten auf den Flat White gewartet. Läuft.",
    );
    expect(ours.assessment.intent.complaint).toBeDefined();
  });

  it("answers a joke on the name as mockery, whatever fails in the joke", () => {
    const joke = goldenAnswer(
      "kaffeekollektiv",
      "kaffeekollektiv klingt wie ne WG die über jede Bohne im Plenum abstimmt und nach 3 std immer noch keinen Kaffee hat lol",
      "x",
    );
    expect(joke.assessment.intent.complaint).toBeUndefined();
    expect(joke.first?.strategy).toBe("do-not-reply");
  });

  it("does not read a technician who never came as a parcel, nor a box that never came as a visit", () => {
    const visit = goldenAnswer(
      "rheinwerk",
      "The technician hasn't turned up for the second time now, order 4455667788. Took another day off for nothing.",
      "x",
    );
    expect(visit.first?.text ?? "").toMatch(/nobody turned up/u);
    expect(visit.first?.text ?? "").not.toMatch(/hasn't arrived|never arrived/u);
  });

  it("reads a box that did not come, a dead inverter nobody calls back about and beans that never arrived", () => {
    expect(
      goldenAnswer("kaffeekollektiv", "Meine Box ist diesen Monat schon wieder nicht gekommen 😤", "x").assessment
        .intent.complaint?.problem,
    ).toBe("delivery");
    expect(
      goldenAnswer("rheinwerk", "solar inverter on red for a week, zero output, nobody calls back", "x").assessment
        .intent.complaint,
    ).toBeDefined();
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "We ordered 2 kg of espresso for our office in Leeds 10 days ago and still nothing has arrived.",
        "linkedin",
      ).assessment.intent.complaint?.problem,
    ).toBe("delivery");
  });

  it("hears a person without the internet and an old phone as who they are, not as an outage of ours", () => {
    const father = goldenAnswer(
      "rheinwerk",
      "Mein Vater (79, kein Smartphone, kein Internet) kommt bei Ihrer Hotline nie durch, zuletzt 50 Minuten Warteschleife.",
    );
    expect(father.assessment.intent.complaint?.words ?? []).not.toContain("kein Internet");
    const phone = goldenAnswer(
      "rheinwerk",
      "Wo gebe ich den Zählerstand ohne App ein? Hab ein altes Smartphone, da läuft die App nicht drauf.",
    );
    expect(phone.assessment.intent.complaint).toBeUndefined();
    expect(phone.first?.text ?? "").toMatch(/zaehlerstand/u);
    expect(
      goldenAnswer("rheinwerk", "Seit gestern kein Internet und kein Telefon, Router blinkt rot").assessment.intent
        .complaint,
    ).toBeDefined();
  });

  it("reads what readers told a journalist as no case of the journalist's", () => {
    const asked = goldenAnswer(
      "rheinwerk",
      "Mehrere Leser schreiben mir, sie warten seit Monaten auf ihren Einbau. Wie erklären Sie das? Frage für einen Artikel.",
      "linkedin",
    );
    expect(asked.assessment.intent.complaint).toBeUndefined();
    expect(asked.first?.text ?? "").not.toMatch(/Vorgangsnummer|auf eine Antwort/u);
  });
});

describe("praise, questions and criticism", () => {
  it("thanks credit given where it is due, and staff who stayed to help", () => {
    const fixed = goldenAnswer(
      "rheinwerk",
      "Credit where it's due: Rheinwerk fixed our heating fault within a day and the engineer even called ahead.",
    );
    expect(fixed.assessment.tone).toBe("positive");
    expect(fixed.first?.strategy).toBe("thank-specifically");
    const helped = goldenAnswer(
      "kaffeekollektiv",
      "Big thanks to Jana in Ottensen, who took ten minutes after closing to help me pick a grinder.",
    );
    expect(helped.assessment.intent.question).toBeUndefined();
    expect(helped.first?.strategy).toBe("thank-specifically");
  });

  it("never thanks for 'kind words' when the writer has not recommended us", () => {
    const first = goldenAnswer(
      "rheinwerk",
      "Honest feedback: your quotes expire after 7 days, and that is the reason I haven't recommended you to my neighbours.",
      "linkedin",
    ).first;
    expect(first?.strategy).not.toBe("thank-specifically");
    expect(first?.text ?? "").not.toMatch(/kind words/u);
  });

  it("answers a question asked after a clause of when as a question", () => {
    const first = goldenAnswer(
      "rheinwerk",
      "@rheinwerk wenn ich zum 1.1. zu euch wechsel, kündigt ihr dann meinen alten vertrag oder muss ich das selbst machen?",
      "x",
    ).first;
    expect(first?.strategy).toBe("holding-reply");
    expect(first?.text ?? "").not.toMatch(/Kritik|Selbst/u);
  });

  it("never answers a question asked in scorn with thanks or the opening hours", () => {
    const arse = goldenAnswer("kaffeekollektiv", "4,90 für nen flat white in ottensen, habt ihr den arsch offen", "x");
    expect(arse.suggestions.map((s) => s.strategy)).not.toContain("saved-reply");
    const shot = goldenAnswer("kaffeekollektiv", "6,20 für en Cappuccino?? Ihr hend doch en Schuss net ghört.");
    expect(shot.first?.strategy).not.toBe("holding-reply");
    expect(shot.first?.text ?? "").not.toMatch(/danke/iu);
    const money = goldenAnswer(
      "rheinwerk",
      "Your logo all over the football stadium. Maybe put that marketing money into answering emails?",
      "x",
    );
    expect(money.first?.strategy).toBe("take-seriously");
  });

  it("checks a correction of where a quarter lies instead of quoting the opening hours", () => {
    const first = goldenAnswer(
      "kaffeekollektiv",
      "Quick correction to your post: Kreuzberg is in Berlin, not Brandenburg 😉 Greetings from an ex-Berliner in Leeds",
      "linkedin",
    ).first;
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text ?? "").not.toMatch(/7:30|open Monday/u);
  });
});

describe("the case said back", () => {
  it("says the roast date read on the bag, not the day it was bought", () => {
    const first = goldenAnswer(
      "kaffeekollektiv",
      "Am Freitag in Ottensen Bohnen gekauft, Röstdatum 2. Juni. Ein halbes Jahr alt?!",
    ).first;
    expect(first?.text ?? "").toMatch(/Röstdatum vom 2\. Juni/u);
  });

  it("reads 'für den Preis erwarte ich' as what the price entitles to, not a bill", () => {
    const burst = goldenAnswer(
      "kaffeekollektiv",
      "Zwei Tüten bestellt, eine kam aufgerissen an. Für den Preis erwarte ich eine ordentliche Verpackung! KK-40001",
    );
    expect(burst.assessment.intent.complaint?.problem).not.toBe("billing");
    expect(burst.first?.text ?? "").not.toMatch(/Abrechnung/u);
  });

  it("never says 'nothing instead of' what was ordered, nor 'charged twice' for two bags", () => {
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "Wir haben 10 Gutscheine für unser Team bestellt und bezahlt, angekommen ist NIX.",
      ).first?.text ?? "",
    ).not.toMatch(/statt/u);
    expect(
      goldenAnswer("kaffeekollektiv", "abo pausiert und trotzdem kam heute 2x Hausmischung, 25,80 abgebucht. KK-77001")
        .first?.text ?? "",
    ).not.toMatch(/doppelt/u);
  });

  it("never names a town with the number of weeks or the day that follows it", () => {
    const text =
      goldenAnswer(
        "kaffeekollektiv",
        "ordered beans to Leeds 3 weeks ago and the tracking hasnt moved since",
        "facebook",
      ).first?.text ?? "";
    expect(text).not.toMatch(/Leeds 3/u);
    expect(
      goldenAnswer(
        "rheinwerk",
        "I moved out from my flat in Nippes 30 of June and gave the final reading, but you still take 58€ every month.",
      ).first?.text ?? "",
    ).not.toMatch(/Nippes 30/u);
  });

  it("does not call a shouted 'AND' a model, nor a plain 'uses' a thing asked about", () => {
    expect(
      goldenAnswer("kaffeekollektiv", "the advent calendar doors 4 AND 11 were empty, not cool", "x").first?.text ?? "",
    ).not.toMatch(/AND 11/u);
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "Does the Hamburg café have step-free access? My mum uses a walker and we're visiting in May.",
      ).first?.text ?? "",
    ).not.toMatch(/\buses\b/u);
  });
});

describe("what needs no reply, and what needs a stance", () => {
  it("answers staff counted by their headscarves with the company's stance, never with thanks", () => {
    const first = goldenAnswer(
      "kaffeekollektiv",
      "Überall nur noch Kopftücher an der Kasse, da kauf ich nicht mehr.",
    ).first;
    expect(first?.strategy).toBe("state-stance");
    expect(
      goldenAnswer("kaffeekollektiv", "Gibt es die Kopftücher aus Seide nur noch in Blau?").assessment.verdict,
    ).toBe("keep");
  });

  it("leaves a call to the polls and a sigh about the world's prices unanswered", () => {
    expect(
      goldenAnswer(
        "rheinwerk",
        "Während die in Berlin das Land gegen die Wand fahren, verkauft ihr Solaranlagen. Leute wacht auf!",
      ).assessment.intent.offTopic,
    ).toBe(true);
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "coffee is getting pricier everywhere because of the harvests, soon 8 euro a cup? we're all doomed ☕",
      ).first?.strategy,
    ).toBe("no-reply-needed");
  });
});

/**
 * Second round (batches 311–318), each answered wrongly before, in wordings of our own: praise that turns on "Nur:",
 * sarcasm about prices, packaging and silence thanked, a comparison answered with the saved phone number, "seek help"
 * answered as a request, "call yourself specialty" warned of phishing, a reply to a friend thanked for its "Lob", a
 * heating gone off answered as a wait, a question about shipping read as a case for what the supermarket sells.
 */
describe("round two: praise, sarcasm and taunts", () => {
  it("reads praise that turns on 'Nur:' as criticism, not thanks", () => {
    const first = goldenAnswer(
      "rheinwerk",
      "Tolle Kampagne „Handwerk hat Zukunft“. Nur: Ihre Monteure arbeiten jedes zweite Wochenende, das erzählen mir Bekannte.",
      "linkedin",
    ).first;
    expect(first?.strategy).not.toBe("thank-specifically");
    expect(first?.text ?? "").not.toMatch(/zufrieden|Lob/u);
  });

  it("never thanks sarcasm about prices, packaging or silence", () => {
    for (const [company, text] of [
      [
        "kaffeekollektiv",
        "7 € für nen Chai 😍 danke dass ihr so auf meine Figur achtet, ohne euch hätte ich am Ende des Monats noch Geld übrig 🙏",
      ],
      [
        "kaffeekollektiv",
        "the 'zero waste' beans came in a box big enough for a bike, plus bubble wrap. very eco guys 👏",
      ],
      [
        "rheinwerk",
        "Genuinely impressed. Asked for a quote three weeks ago, two reminders, silence. Communication on a whole new level.",
      ],
    ] as const) {
      const answer = goldenAnswer(company, text, "x");
      expect(answer.assessment.intent.sarcasm).toBe(true);
      expect(answer.first?.strategy).not.toBe("thank-specifically");
    }
  });

  it("leaves a taunt alone: no phone number for a bill likened to one, no holding reply to 'seek help'", () => {
    const bill = goldenAnswer(
      "rheinwerk",
      "rheinwerk solar: for when you want your bill to look like a phone number 🤡",
      "x",
    );
    expect(bill.first?.strategy).toBe("do-not-reply");
    const help = goldenAnswer(
      "rheinwerk",
      "saw your ad with the guy hugging his heat pump, mate please seek help 😭",
      "x",
    );
    expect(help.assessment.intent.question).toBeUndefined();
    expect(help.first?.strategy).toBe("do-not-reply");
  });

  it("never warns of phishing when a customer calls stale beans a scam", () => {
    const first = goldenAnswer(
      "kaffeekollektiv",
      "bought a bag in your Ottensen cafe, roasted 3 months ago!! you sell stale coffee and call yourself specialty, this is a scam honestly",
    ).first;
    expect(first?.strategy).not.toBe("warn-of-scam");
  });

  it("does not answer a reply to a friend with thanks", () => {
    const answer = goldenAnswer("kaffeekollektiv", "Jana Peters jaaa lass uns Sonntag hin, die Zimtschnecken 😍");
    expect(answer.assessment.intent.addressedTo).toBe("commenter");
    expect(answer.first?.strategy).toBe("no-reply-needed");
  });

  it("reads the climate argued with the other readers as needing no reply", () => {
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "38 degrees in Hamburg again. anyone still saying climate change is fake is delusional",
        "x",
      ).first?.strategy,
    ).toBe("no-reply-needed");
  });
});

describe("round two: what the case is", () => {
  it("reads a locked café door as the opening hours, never as a login", () => {
    const answer = goldenAnswer(
      "kaffeekollektiv",
      "stood outside a locked door at 8 this morning, the sign says you open at 7:30. great 🙃",
      "x",
    );
    expect(answer.assessment.intent.complaint?.problem).not.toBe("login");
    expect(answer.first?.text ?? "").not.toMatch(/log in|app version/u);
  });

  it("answers a question about shipping, not what the supermarket sells", () => {
    const answer = goldenAnswer(
      "kaffeekollektiv",
      "Do you ship to Ireland? My cousin brought me a bag and now supermarket coffee tastes like cardboard 😂",
    );
    expect(answer.assessment.intent.complaint).toBeUndefined();
    expect(answer.first?.strategy).not.toBe("case-next-step");
  });

  it("hears 'wer … mit kaputter Heizung dasteht' as anyone, not the writer's own fault", () => {
    expect(
      goldenAnswer(
        "rheinwerk",
        "Ihre Kampagne ist hübsch, aber wer im Winter mit kaputter Gasheizung dasteht, dem hilft Ihre Werbung wenig.",
        "linkedin",
      ).assessment.intent.complaint,
    ).toBeUndefined();
  });

  it("reads a heating gone off as the fault, whatever the hotline did", () => {
    const answer = goldenAnswer(
      "rheinwerk",
      "unsere Heizung ist seit heute früh aus, Hotline nur Warteschleife, wen soll ich anrufen?",
    );
    expect(answer.assessment.intent.complaint?.problem).toBe("defect");
    expect(answer.first?.text ?? "").not.toMatch(/in der Warteschleife warten/u);
  });

  it("reads money taken after cancelling as a bill, a parcel that never came, a voucher cut short and milk that made someone ill", () => {
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "cancelled my plan two weeks ago and you've just taken another €30 off my card??",
        "x",
      ).assessment.intent.complaint?.problem,
    ).toBe("billing");
    expect(
      goldenAnswer("kaffeekollektiv", "Bestellt vor 10 Tagen, Geld ist abgebucht, aber weder Versandmail noch Paket.")
        .assessment.intent.complaint?.problem,
    ).toBe("delivery");
    expect(
      goldenAnswer("kaffeekollektiv", "Gutschein über 30 € eingelöst, aber nur mit 20 angerechnet, Bon hab ich noch")
        .assessment.intent.complaint,
    ).toBeDefined();
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "Hafer-Latte bestellt, da war normale Milch drin, lag danach den ganzen Abend flach",
      ).assessment.intent.complaint,
    ).toBeDefined();
  });
});

describe("round two: questions", () => {
  it("holds a question asked after who is asking, and an applicant's question, for an answer", () => {
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "We run two cafés in Bremen. Do you supply beans wholesale for cafés? Would be great to chat.",
        "linkedin",
      ).first?.strategy,
    ).toBe("holding-reply");
    expect(
      goldenAnswer(
        "rheinwerk",
        "Ich bin Elektromeisterin und habe Ihre Ausschreibung für den Service in Porz gesehen. Ist die Stelle auch mit 30 Wochenstunden möglich?",
        "linkedin",
      ).first?.strategy,
    ).toBe("holding-reply");
  });

  it("offers the saved answer on what is asked before one on what is told around it", () => {
    expect(
      goldenAnswer(
        "rheinwerk",
        "Gibt es für eine Wärmepumpe noch Zuschuss? Unser Haus ist Baujahr 1968, die Gasheizung ist 30 Jahre alt.",
      ).first?.text ?? "",
    ).toMatch(/Förder/u);
  });

  it("hears a question asked without its mark after a long story", () => {
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "Guten Tag, mein Arzt hat mir Koffein verboten, haben Sie auch einen entkoffeinierten Espresso als ganze Bohne",
      ).assessment.intent.question,
    ).toBeDefined();
  });
});

describe("real comments read after round two", () => {
  it("reads a headline that opens with a tag as no question", () => {
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "#Stadtrat gibt #Bürgermeisterin freie Hand beim Radwegeplan - #Kommunalpolitik #Leipzig",
        "x",
      ).assessment.intent.question,
    ).toBeUndefined();
  });

  it("reads an account still not verified as a case", () => {
    expect(
      goldenAnswer("kaffeekollektiv", "I sent every document you asked for, but my account has not been approved.", "x")
        .assessment.intent.complaint,
    ).toBeDefined();
  });
});

/**
 * Third round (batches 319–326), each answered wrongly before, in wordings of our own: a law called "Murks" offered
 * for deletion as an insult, a barista called a "stupid blonde cow" kept, a trainer's illness answered as the
 * customer's injury, "Nein danke" and "I'd be more impressed if …" thanked, an order stuck with the carrier left
 * unanswered, and a wait told before praise for the advert thanked.
 */
describe("round three", () => {
  it("never offers a law called 'Murks' for deletion, while a politician called a fool still is", () => {
    expect(
      goldenAnswer("rheinwerk", "#Mietpreisbremse war der größte Murks der Regierung. punkt.", "x").assessment.verdict,
    ).not.toBe("may-delete");
    expect(goldenAnswer("rheinwerk", "Merz ist ein Vollpfosten", "x").assessment.verdict).toBe("may-delete");
  });

  it("deletes a barista called a 'stupid blonde cow' and still helps with the double charge", () => {
    const answer = goldenAnswer(
      "kaffeekollektiv",
      "the stupid blonde cow at the Ottensen till charged me twice for my flat white",
      "linkedin",
    );
    expect(answer.assessment.verdict).toBe("may-delete");
    expect(answer.first?.strategy).toBe("boundary-and-help");
  });

  it("reads a trainer's illness as the reason a class was cancelled, not as harm done to the customer", () => {
    const first = goldenAnswer(
      "kaffeekollektiv",
      "Booked the cupping class at your Kreuzberg café for Friday, it was cancelled because the trainer was sick. Fine, but I asked for my money back two weeks ago and still nothing.",
    ).first;
    expect(first?.text ?? "").not.toMatch(/taken ill|safety/u);
  });

  it("never thanks 'Nein danke' or praise only wished for", () => {
    expect(
      goldenAnswer("rheinwerk", "Wärmepumpe aufs Dach, 15 Jahre abzahlen und am Ende verdient ihr. Nein danke.").first
        ?.strategy,
    ).not.toBe("thank-specifically");
    expect(
      goldenAnswer(
        "kaffeekollektiv",
        "Congrats I guess, but let's be honest, most awards are pay-to-enter. I'd be way more impressed if you published what you actually pay per kilo of green coffee instead of posting trophies.",
        "linkedin",
      ).first?.strategy,
    ).not.toBe("thank-specifically");
  });

  it("answers an order stuck with the carrier as the customer's case", () => {
    const answer = goldenAnswer(
      "kaffeekollektiv",
      "KK-60233 seit 5 tagen 'in zustellung' bei hermes 🙄 wo bleibt mein espresso",
      "x",
    );
    expect(answer.assessment.intent.complaint?.problem).toBe("delivery");
    expect(answer.first?.text ?? "").toMatch(/KK-60233/u);
  });

  it("reads weeks waited since the site visit as a case, whatever the advert is praised for", () => {
    const answer = goldenAnswer(
      "rheinwerk",
      "@rheinwerk bei uns sind's jetzt 17 wochen seit dem vor-ort-termin. aber das video is echt schön 👌",
      "x",
    );
    expect(answer.assessment.intent.complaint).toBeDefined();
    expect(answer.first?.strategy).not.toBe("thank-specifically");
  });
});

describe("a job open to someone", () => {
  it("never answers whether a job is 'offen für Quereinsteiger' with the opening hours", () => {
    const answer = goldenAnswer(
      "kaffeekollektiv",
      "Hallo zusammen, kurze Frage zu eurer Stelle „Barista (Teilzeit)“ in Hamburg: Ist die auch offen für Quereinsteiger? Ich war 5 Jahre im Einzelhandel.",
      "linkedin",
    );
    expect(answer.assessment.intent.question).not.toBe("opening-hours");
    expect(answer.first?.text ?? "").not.toMatch(/Öffnungszeiten|7:30/u);
  });
});
