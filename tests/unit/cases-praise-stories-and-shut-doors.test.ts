import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From the stop of 2026-12-05 (eleventh session), fresh batches 227–234, each answered wrongly before: praise told
 * as a story with a problem in it read as a complaint, the weather and good wishes thanked or told to mind their
 * tone, sarcasm thanked, rudeness beside a case let through without a boundary, a café shut at its opening time and
 * a debit taken twice missed, and a number given asked for again.
 */

describe("praise told as a story is thanked, and the one praised is named", () => {
  it("thanks the barista whose name is only guessed, not the train that made the writer late", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Ein Hoch auf die Zimtschnecken-Königin von Ottensen 👑👑 ich glaub sie heißt Merle? Hat mir heute die letzte Schnecke zurückgelegt obwohl ich 10 min zu spät war weil die S-Bahn mal wieder… ihr wisst schon. Tag gerettet!!!",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toContain("Merle");
    expect(first?.text ?? "").not.toContain("Thema Hoch");
  });

  it("thanks the agent who walked a father through the app, not the screen", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Small thank-you: my mum called Rheinwerk because she couldn't find her bill in the app. Dario from customer service stayed on the phone with her for half an hour and walked her through every screen. That's what good service looks like.",
      "linkedin",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toContain("Dario");
  });

  it("reads a heat pump quieter than the fridge as praise of the heat pump", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "I know this sounds mad but our new WP 12 is genuinely quieter than our fridge. Now the neighbours are asking who installed it 😂",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").not.toMatch(/fridge|criticism/iu);
  });

  it("does not read 'from blob to tulip' in quotes as sarcasm", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "I have to give credit to Jana, who got ten beginners from 'blob' to 'wonky heart' in one afternoon. Most patient teacher ever.",
    );
    expect(assessment.tone).toBe("positive");
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("thanks a customer whose wrong parcel was swapped, and one who had it sorted after a call back", () => {
    const swapped = goldenAnswer(
      "kaffeekollektiv",
      "Kurzes Update zu meinem Ärger von letzter Woche: Die falsche Lieferung wurde ohne Diskussion ausgetauscht und der richtige Kaffee war nach 2 Tagen da. Danke Leute!",
    );
    expect(swapped.assessment.intent.complaint).toBeUndefined();
    expect(swapped.first?.strategy).toBe("thank-specifically");
  });

  it("reads a husband who asks everything three times and a load worked out as no failure", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Ganz herzlichen Dank an Herrn Brandt, der bei uns die Heizlast ausgerechnet hat. Hat sich viel Zeit genommen, auch für meinen Mann, der ja alles dreimal fragt 😄",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("greets one of ours by name as praise, not as a wish to everyone", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Liebe Grüße an Tarek aus dem Café in Leipzig!! Merkt sich seit Wochen meine komplizierte Bestellung ❤️",
    );
    expect(first?.strategy).toBe("thank-specifically");
  });
});

describe("the weather, good wishes, memories and views on the world need no reply", () => {
  it.each([
    ["rheinwerk", "Bei uns in Hürth hagelt es grad wie verrückt!!! ⛈️ Leute stellt eure Autos unter"],
    ["rheinwerk", "Absolutely chucking it down in Bonn and I left my brolly on the bus. Typical ☔"],
    ["rheinwerk", "Allen hier ein gesundes und erfolgreiches neues Jahr! Herzliche Grüße aus Troisdorf"],
    ["kaffeekollektiv", "Happy Thanksgiving to everyone celebrating, from a homesick Texan in Hamburg 🦃"],
    ["kaffeekollektiv", "Ach Kreuzberg ❤️ da hatte ich 1994 meine erste WG. Lang ists her..."],
    ["kaffeekollektiv", "Hat heute noch jemand den Regenbogen über der Spree gesehen?? 🌈"],
    [
      "kaffeekollektiv",
      "honestly the state of the trains in this country... 3 hours from Hamburg to Berlin today. unreal",
    ],
    ["kaffeekollektiv", "Unpopular opinion: the 4-day week will be normal everywhere in ten years."],
  ])("%s: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company as "rheinwerk", text);
    expect(assessment.verdict).toBe("keep");
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("still answers a view on the company announced as unpopular", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Unpopular opinion: your house blend is better than the single origins and you should stop hiding it.",
    );
    expect(first?.strategy).not.toBe("no-reply-needed");
  });

  it("leaves a friend tagged and asked to call back alone", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "@Sabine Köhler guck mal, das wär doch was für euer Carport 😄 ruf mich heut abend an",
    );
    expect(assessment.intent.addressedTo).toBe("commenter");
  });

  it("marks a follower-and-giveaway pitch as spam", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Hey ihr Lieben 😍 Tolle Seite!! Folgt mir doch auch mal, ich verlose jede Woche Gutscheine 🎁 insta: gewinn.welt",
    );
    expect(assessment.violations.map((violation) => violation.kind)).toContain("spam");
  });
});

describe("sarcasm and criticism are never thanked", () => {
  it.each([
    [
      "kaffeekollektiv",
      "Danke @kaffeekollektiv dass ihr am Sonntag um 15 uhr in Ottensen schon zu hattet obwohl bei google 18 uhr steht. schöner spaziergang umsonst 🙂",
    ],
    [
      "kaffeekollektiv",
      "Wow, 'new and improved' lids that now need an engineering degree to open. Really improving my mornings, thanks guys",
    ],
    [
      "rheinwerk",
      "Bit disappointed you've stopped offering the fixed-price tariff to new customers. It was the reason I recommended you to my sister 😕",
    ],
    [
      "kaffeekollektiv",
      "Honest feedback: £9.50 shipping to Ireland makes you hard to recommend to friends there, however good the coffee is.",
    ],
  ])("%s: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company as "rheinwerk", text);
    expect(assessment.tone).not.toBe("positive");
    expect(first?.strategy).not.toBe("thank-specifically");
    expect(first?.text ?? "").not.toMatch(/kind words|vielen Dank für|danke für/iu);
  });

  it("takes a wait set against the website's promise as a wait, not a broken website", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Super, Rheinwerk! 15 Wochen warte ich jetzt schon auf meine Wärmepumpe, auf eurer Website steht 8 bis 12.",
    );
    expect(assessment.intent.complaint?.problem).toBe("waiting");
    expect(assessment.intent.sarcasm).toBe(true);
  });

  it("asks nothing back when a campaign is asked about rhetorically", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Sie werben mit 'Ökostrom aus der Region' und sind an einem Kohlekraftwerk beteiligt. Wie passt das zusammen? Für mich ist das Etikettenschwindel.",
    );
    expect(first?.strategy).toBe("take-seriously");
  });
});

describe("rudeness beside a case gets a boundary and help", () => {
  it.each([
    [
      "rheinwerk",
      "Wärmepumpe zeigt seit Montag Fehler, Techniker war für heute angekündigt, Auftrag 4410-2291. Keiner da. Bei euch arbeiten echt nur Schlafmützen.",
    ],
    ["rheinwerk", "Abschlag von 79 auf 131 € hochgesetzt, Kundennr. 6003-11842. Ihr habt sie doch nicht alle."],
    ["rheinwerk", "third time your engineer has no-showed for my boiler swap. Job ref HP-55120. Absolute clowns."],
  ])("%s: %s", (company, text) => {
    const { first } = goldenAnswer(company as "rheinwerk", text);
    expect(first?.strategy).toBe("boundary-and-help");
  });

  it("says the engineer did not come, not that the heat pump is at fault", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "your engineer has no-showed for my heat pump service again. Job ref HP-55120.",
      "x",
    );
    expect(first?.text ?? "").toContain("nobody turned up");
    expect(first?.text ?? "").not.toContain("no-showed");
  });
});

describe("cases told without the usual words", () => {
  it.each([
    ["kaffeekollektiv", "your cafe in Leipzig was closed this morning even tho the door says open at 7:30"],
    ["kaffeekollektiv", "Stand heute um acht vor eurem Laden in Ottensen. Gitter unten, kein Zettel, nix."],
  ])("reads a café shut at its opening time as a case: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company as "rheinwerk", text);
    expect(assessment.intent.complaint?.problem).toBe("service");
    expect(first?.text ?? "").toMatch(/closed|verschlossener Tür/u);
  });

  it.each([
    [
      "rheinwerk",
      "Bei mir ist der Abschlag diesen Monat zwei mal runtergegangen, 74 Euro und nochmal 74 Euro am selben Tag.",
      /74 Euro doppelt abgebucht/u,
    ],
    ["rheinwerk", "Rheinwerk took my monthly payment twice this month. Same amount, same day.", /charged twice/u],
  ])("reads a debit taken twice: %s", (company, text, said) => {
    const { assessment, first } = goldenAnswer(company as "rheinwerk", text);
    expect(assessment.intent.complaint?.problem).toBe("billing");
    expect(first?.text ?? "").toMatch(said);
  });

  it("does not call an item twice on the bill a double debit of another sum", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Die Inbetriebnahme steht zweimal drauf und der Abschlag ist plötzlich 40 € höher. Kundennummer 7203418",
    );
    expect(first?.text ?? "").not.toContain("40 € doppelt");
  });

  it("names a blocked ramp at our café as ours, and no delivery", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Visited your Leipzig café with my dad who uses a wheelchair. The ramp at the entrance was blocked by delivery crates for 20 minutes. We felt really unwelcome.",
    );
    expect(first?.strategy).not.toBe("thank-specifically");
    expect(first?.text ?? "").toContain("the ramp");
    expect(first?.text ?? "").not.toMatch(/your ramp|your delivery/u);
  });

  it("never asks for the project number already given", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Für unser Mehrfamilienhaus in Bonn haben wir den Umstieg auf eine WP 12 beauftragt (Projekt RW-P-7710). Der Einbau wurde schon zweimal verschoben.",
    );
    expect(first?.text ?? "").toContain("RW-P-7710");
    expect(first?.text ?? "").not.toContain("Vorgangsnummer");
  });

  it("reads the app's menu label as where the app fails, with its capital", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "seit dem update stürzt die rheinwerk app bei „zähler“ jedes mal ab. kann so keinen zählerstand eingeben",
    );
    expect(first?.text ?? "").toContain("App");
    expect(first?.text ?? "").not.toContain("Zähler gibt");
  });

  it("reads a slip in our post as a correction, not a wait", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "In Ihrem Post zur Hotline ist ein Zahlendreher, die 0221 555 0910 klingelt ins Leere.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("check-correction");
  });

  it("reads a system asking for what was already bought as the writer's case", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "the app says I need to buy the voucher again but I bought it last year, what do I do",
      "x",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.text ?? "").not.toContain("hasn't arrived");
  });
});

describe("round 3 (batches 235–238): what a lead would never have posted", () => {
  it("does not thank a reminder letter said with 'Super Start in die Woche, danke'", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Heute eine Mahnung im Briefkasten, obwohl der Abschlag ganz normal abgebucht wurde. Super Start in die Woche, danke Rheinwerk…",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
    expect(first?.strategy).not.toBe("thank-specifically");
  });

  it("reads a reminder from the writer's former supplier as no case of ours", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "mein alter versorger hat mir schon wieder eine mahnung geschickt obwohl ich seit mai gar nicht mehr kunde bin 🙃",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });

  it("thanks praise for a bill explained, framed as praise", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Kurzes Lob an Ihren Kundenservice: Frau Okafor hat mir in zehn Minuten erklärt, warum die Jahresabrechnung höher ausgefallen ist. So stelle ich mir Service vor.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toContain("Okafor");
  });

  it("leaves a football result alone, however speechless the writer is", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Hat einer gestern das Derby gesehen?? 2:1 in der Nachspielzeit, ich kann immer noch nicht 😂⚽",
    );
    expect(["no-reply-needed", "do-not-reply"]).toContain(first?.strategy);
  });

  it("does not state the hotline hours as the time an event begins", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Kleiner Hinweis: im Post steht Beginn 18 Uhr, auf der Anmeldeseite steht 18:30. Was stimmt denn jetzt?",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text ?? "").not.toContain("0221");
  });

  it("reads 'konsequenz ist euer zweiter vorname 👍🙃' as sarcasm", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "letzte woche noch ein nachhaltigkeitsbericht und heute plastikkapseln launchen. konsequenz ist euer zweiter vorname 👍🙃",
    );
    expect(first?.strategy).not.toBe("thank-specifically");
  });

  it("answers whether a heat pump copes in the cold, and calls nobody a troll for asking", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "We live in a 1930s semi with old radiators. Does the WP 12 actually cope when it's minus 15 outside, or would we be freezing in January?",
    );
    expect(assessment.role).not.toBe("troll");
    expect(first?.strategy).not.toBe("do-not-reply");
  });

  it("does not offer the plant-milk answer to a question about a nut allergy", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Wir kommen Samstag mit den Kindern nach Kreuzberg. Problem: mein Sohn hat eine Erdnussallergie. Kann man irgendwo sehen, in welchen Kuchen Nüsse sind?",
    );
    expect(first?.strategy).toBe("holding-reply");
    expect(first?.text ?? "").not.toContain("ohne Aufpreis");
  });

  it("does not answer an offer to host a meetup with the opening hours", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Hi! I run a monthly book club in Hamburg. Would you be open to hosting us one evening at your Ottensen café?",
    );
    expect(first?.strategy).not.toBe("saved-reply");
  });

  it("sets a boundary for 'verarschen kann ich mich alleine' beside a debit", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "euer abo ist ne frechheit. hab gekündigt und trotzdem wieder 24,90 abgebucht. verarschen kann ich mich alleine",
    );
    expect(first?.strategy).toBe("boundary-and-help");
  });
});

describe("real comments read at the end of the eleventh session", () => {
  it("reads a video blocked as no login", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Der Clip ist gesperrt, angeblich wegen Urheberrecht.",
    );
    expect(assessment.intent.complaint?.problem).not.toBe("login");
    expect(first?.text ?? "").not.toContain("einloggen");
  });

  it("does not take 'Wie so ein … sagte' for a question", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Wie so ein Professor mal sagte, es ist ein Kampf der Eliten gegen alle anderen!",
    );
    expect(assessment.tone).not.toBe("question");
  });

  it("reads a system asking for what the writer already has as their case", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "the app says i need to log in with my account even tho im logged in already, can you help?",
      "x",
    );
    expect(assessment.intent.complaint).toBeDefined();
  });

  it("reads a renewal without approval, with a refund expected, as a bill to check", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "why are you renewing my subscription without my consent and charging me again? I expect a full refund",
      "x",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
  });
});
