import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From the thirteenth session of 2026-12-05, first two rounds (batches 263–270), each answered wrongly before: a
 * Swabian "fliege" (to fly) read as an insect in the coffee, sarcasm about a slow parcel or a price thanked, "I'd
 * appreciate more honesty" thanked as kind words, a name joke answered as a customer's case, "schickt den zurück wo er
 * herkommt" kept as criticism, a correction taken for a wait, staff insulted beside oat milk served as cow's milk
 * answered with the boundary alone, and politics, rent and the trains answered as our matter.
 */

describe("what the words mean here", () => {
  it("reads a Swabian 'fliege' as flying, never as an insect in the product", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Bei dene Spritpreis kann sich koiner meh was leischte. Aber die in Berlin fliege ständig in dr Weltgschicht rum. Danke für nix.",
    );
    expect(assessment.intent.complaint?.problem).not.toBe("safety");
    expect(first?.text ?? "").not.toMatch(/Insekt/);
  });

  it("still reads a fly in the cake as a safety case", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Heute in Ottensen war eine tote Fliege im Käsekuchen. Echt eklig, hab ihn zurückgegeben.",
    );
    expect(assessment.intent.complaint?.problem).toBe("safety");
  });

  it("reads 'most decaf tastes like cardboard' as coffee in general and holds the question", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "quick q: is your decaf done with the CO2 method? caffeine makes me jittery but most decaf tastes like cardboard to me",
      "x",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("holding-reply");
  });

  it("reads 'Solange das fehlt' as an argument, not a broken website", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Ihr redet viel über Transparenz, aber ich finde nirgends, was ihr den Bauern pro Kilo zahlt. Solange das fehlt, bleibt 'fair' ein Werbewort.",
      "linkedin",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text ?? "").not.toMatch(/Probleme mit unserer Website/);
  });

  it("does not read a 'nicht' opening the next sentence into 'funktioniert'", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Früher kam die Ablesekarte per Post, das hat doch auch funktioniert. Nicht jeder hat ein Smartphone, meine Tante ist 81.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });

  it("reads 'Ihr schreibt viel über …, aber' as criticism, not a correction", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Ihr schreibt ständig über Nachhaltigkeit, aber eure Becher in Kreuzberg sind immer noch Einweg. Passt nicht.",
      "linkedin",
    );
    expect(assessment.role).not.toBe("know-it-all");
  });

  it("thanks a latte art class called 'an absolute blast' despite the writer's own wonky hearts", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "big thanks to the Leipzig crew for sunday's latte art workshop, my hearts still look like blobs but I had an absolute blast ❤️",
      "x",
    );
    expect(assessment.tone).toBe("positive");
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("does not thank 'I'd appreciate a bit more honesty'", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Your solar ads keep saying 'free electricity from the roof' but never mention the battery costs. I'd appreciate a bit more honesty, people deserve the full picture.",
      "linkedin",
    );
    expect(assessment.tone).not.toBe("positive");
    expect(first?.text ?? "").not.toMatch(/kind words|thank/i);
  });
});

describe("sarcasm, name jokes and taunts", () => {
  it("reads 'da wär ich zu Fuß schneller gewesen' after a slow parcel as sarcasm", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "6 tage für ein paket von leipzig nach leipzig. rekordverdächtig, hut ab 👏 zu fuß wär ich schneller gewesen",
      "x",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.text ?? "").not.toMatch(/Dank|Lob/);
  });

  it("reads 'irgendwer muss ja die neue Einrichtung bezahlen' beside a price as sarcasm", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Flat White in Leipzig jetzt 5,10 😍 schmeckt gleich viel besser. Irgendwer muss ja die neue Einrichtung bezahlen.",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.text ?? "").not.toMatch(/Dank|Lob/);
  });

  it("reads thanks, a failure and 'Service 10/10' as sarcasm, never as praise", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Danke @Rheinwerk 👍 Der Zählerwechsel war für Montag angekündigt, seit zwei Wochen warte ich und kein Techniker weit und breit. Service 10/10",
      "x",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.strategy).not.toBe("thank-specifically");
  });

  it("leaves a joke on the name alone, without reading a customer into it", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Kaffeekollektiv klingt wie ne Kommune, wo man erst nach dem dritten Plenum einen Espresso bestellen darf 🙏☕",
      "x",
    );
    expect(assessment.role).not.toBe("disappointed-customer");
    expect(assessment.replyNeeded).toBe(false);
    expect(first?.strategy).toBe("do-not-reply");
  });

  it("leaves 'comrades' and the five-year plan alone", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "so when does the collective nationalise the oat milk, comrades? ☭ next five-year plan: free cortados for all",
      "x",
    );
    expect(first?.strategy).toBe("do-not-reply");
  });

  it("never thanks a claim of ours laughed at", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Heizen bis −20 Grad 😂😂 bei uns heizt nur die Nachzahlung, die wärmt so schön 🔥",
    );
    expect(first?.text ?? "").not.toMatch(/Dank|zufrieden/);
  });
});

describe("hate and insults with a case", () => {
  it("reads 'schickt den zurück wo er herkommt' about a barista as identity hate", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Schon wieder ein Neuer an der Theke in Leipzig, der kein Deutsch kann. Schickt den zurück wo er herkommt.",
    );
    expect(assessment.verdict).toBe("may-delete");
    expect(assessment.violations.map((v) => v.kind)).toContain("identity-hate");
    expect(first?.strategy).toBe("boundary");
  });

  it("sets the boundary and helps when staff are insulted beside cow's milk served for oat", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Die blöde Kuh an der Kasse in Ottensen hat mir Vollmilch in den Cappuccino gemacht, obwohl ich zweimal Hafer gesagt hab. Ich bin laktoseintolerant.",
    );
    expect(assessment.verdict).toBe("may-delete");
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/Ottensen/);
  });

  it("sets the boundary and helps when a barista is insulted after laughing at the writer", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Der Barista Tim in Leipzig is ne arrogante dumme Sau. Hab 30 Minuten gewartet, freundlich nachgefragt und wurde ausgelacht.",
    );
    expect(first?.strategy).toBe("boundary-and-help");
  });
});

describe("cases, corrections and questions", () => {
  it("checks a post's opening hours against the sign on the door instead of asking where", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Im Post steht Kreuzberg hat samstags ab 8 auf? Wir standen um halb 9 vor verschlossener Tür, auf dem Schild an der Tür steht 9.",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text ?? "").not.toMatch(/in welcher Filiale/);
  });

  it("checks a 'Kleiner Hinweis zu Ihrem Beitrag' instead of apologising for a wait", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Kleiner Hinweis zu Ihrem Beitrag: Da steht, die Hotline ist bis 20 Uhr erreichbar. In meiner Mail stand aber 18 Uhr, und um 19 Uhr ging keiner mehr ran.",
    );
    expect(first?.strategy).toBe("check-correction");
  });

  it("reads a heat pump off for days, said with sarcasm, as a case", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Ganz großes Kino 👏 Heizung seit Sonntag aus, Störungsdienst sagt 'Techniker kommt', das war vor drei Tagen. Aber passt schon, ist ja nur 1 Grad draußen.",
    );
    expect(assessment.intent.complaint?.problem).toBe("defect");
    expect(first?.strategy).toMatch(/^case-/);
  });

  it("reads a leaking tank we fitted as a defect, not a parcel that did not come", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "The hot water cylinder you installed in Troisdorf in March is leaking from the bottom valve, there's a puddle every morning. Order no. 3318800123. Can someone come and look?",
    );
    expect(assessment.intent.complaint?.problem).toBe("defect");
    expect(first?.text ?? "").not.toMatch(/arrived/);
  });

  it("reads whole beans delivered for ground as the order gone wrong", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Hab zwei Tüten Espresso bestellt, extra ganze Bohnen angeklickt, angekommen ist gemahlen 🙈 Wie läuft das jetzt?",
    );
    expect(assessment.intent.complaint).toBeDefined();
  });

  it("reads another coffee in the parcel than the one ordered as a case", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Hi, order KK-50999 arrived today but inside is the House Blend and not the Kenya Nyeri I ordered. Can you swap it?",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toMatch(/^case-/);
  });

  it("reads 'da stimmt doch was mit der Ablesung nicht' as a billing case", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Jahresabrechnung heute: 540 € Nachzahlung?? Wir sind zu zweit, nie im Leben so viel verbraucht. Da stimmt doch was mit der Ablesung nicht",
      "x",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
    expect(first?.strategy).not.toBe("saved-reply");
  });

  it("answers 'is there anyone at your hotline who speaks English' without apologising for a call", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "hi @Rheinwerk does anyone at your hotline speak english? just moved to Bonn and my german is not good enough for the phone yet",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/sorry|went so badly/i);
  });

  it("answers a meter reading without a smartphone with the saved way, not a missing bill", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Guten Tag, der Ableser war dieses Jahr nicht da und ich soll den Zählerstand selbst melden. Ein Smartphone für die App habe ich nicht. Geht das auch anders?",
    );
    expect(first?.text ?? "").not.toMatch(/Abrechnung noch nicht da/);
  });

  it("does not repeat a saved fact the commenter quotes and doubts", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Pflanzendrinks ohne Aufpreis klingt ja nett – aber zahlen das am Ende nicht einfach alle über höhere Grundpreise? Oder ist das reines Marketing?",
      "x",
    );
    expect(first?.strategy).not.toBe("saved-reply");
  });
});

describe("praise names the people and what they did", () => {
  it("thanks two fitters named at the start of the story", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Muss mal Danke sagen! Timo und Deniz waren letzte Woche bei uns in Brühl und haben die Wallbox montiert. Super ordentlich und alles erklärt.",
    );
    expect(first?.text).toMatch(/Timo/);
    expect(first?.text).toMatch(/Deniz/);
  });

  it("thanks 'Kemal und Jonas von Rheinwerk' by name, and no word of the story as a topic", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Kemal und Jonas von Rheinwerk haben bei strömendem Regen noch bis acht die Außeneinheit aufs Fundament gesetzt. Danke euch beiden!!",
    );
    expect(first?.text).toMatch(/Kemal/);
    expect(first?.text ?? "").not.toMatch(/Thema Fundament/);
  });

  it("never names what the writer calls themselves, nor their own latte art", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "War beim Latte-Art-Kurs in Kreuzberg und Ole hat sich echt für jeden Zeit genommen, auch für mich Totalversagerin 😂 Ich krieg jetzt zumindest ne Tulpe hin.",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Ole/);
    expect(first?.text ?? "").not.toMatch(/Totalversagerin|Thema Tulpe/);
  });
});

describe("not ours to answer", () => {
  it("leaves the rent and the city council to the readers", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Kann mal jemand was gegen die Mieten in Hamburg machen? 16 € kalt in Ottensen. Stadtrat pennt.",
    );
    expect(assessment.replyNeeded).toBe(false);
  });

  it("leaves 'not coffee related but' rent talk alone, never as a correction", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Not coffee related but can we talk about Berlin rents? My landlord just added 15%. Unlivable.",
    );
    expect(assessment.role).not.toBe("know-it-all");
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("leaves subsidies and 'this country has lost the plot' alone", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Meanwhile Berlin keeps handing out subsidies to everyone except ordinary working people. This country has lost the plot.",
    );
    expect(assessment.replyNeeded).toBe(false);
  });

  it("leaves the S-Bahn falling apart alone", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "is it just me or is the hamburg s-bahn completely falling apart this week?? 30 min for 2 stops",
      "x",
    );
    expect(assessment.replyNeeded).toBe(false);
  });
});
