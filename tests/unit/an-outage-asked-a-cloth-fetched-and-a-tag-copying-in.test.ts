import { describe, expect, it } from "vitest";
import { assessComment } from "../../src/analysis";
import { snapshotOf } from "../../src/analysis/snapshot";
import { composeReplies } from "../../src/replies";
import { GOLDEN_GUIDELINES } from "../golden/guidelines";
import { goldenAnswer } from "./company-answers";

/**
 * Round thirty-two (batches 655–662, 2026-12-07) and real comments of the training part (seeds 1228–1230), tested in
 * wordings of our own: an outage asked about read as abuse, a cloth fetched read as an insult, a thing one opens read
 * as opening hours, praise with a story of an old complaint in it read as a case, politics and a train rant announced
 * as off topic answered, and a tag that only copies the company in.
 */

describe("an outage asked about is a case, not abuse", () => {
  it('"are you down rn" gets the help, with no line on the tone', () => {
    const { assessment, first } = goldenAnswer("rheinwerk", "are you guys down right now", "x");
    expect(assessment.verdict).toBe("keep");
    expect(assessment.intent.complaint?.problem).toBe("defect");
    expect(first?.strategy).toBe("case-next-step");
    expect(first?.text ?? "").not.toMatch(/civil|respectful/u);
  });

  it('"are you down for …" is an invitation, no outage', () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "are you down for a cupping session with our club next month",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });
});

describe("a thing the writer opens is no question of opening hours", () => {
  it("an app that fails whenever it is opened", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Why does the meter app freeze every time I open it on my tablet?",
      "x",
    );
    expect(assessment.intent.question).not.toBe("opening-hours");
    expect(first?.text ?? "").not.toMatch(/opening hours/iu);
  });

  it("a café's Sunday hours stay opening hours", () => {
    const { assessment } = goldenAnswer("kaffeekollektiv", "is the Ottensen café open on Sunday mornings?");
    expect(assessment.intent.question).toBe("opening-hours");
  });
});

describe("a cloth is no insult", () => {
  it("a barista who fetched the cloth is thanked, not told off", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Kleine Liebeserklärung an euer Team in der Südvorstadt: mir ist der Cappuccino vom Tablett gerutscht, Pia hat sofort den Lappen geholt und mir einen neuen hingestellt. Danke!",
    );
    expect(assessment.verdict).toBe("keep");
    expect(assessment.violations.filter((violation) => violation.kind === "insult")).toEqual([]);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").not.toMatch(/Umgangston|beleidigend/u);
  });

  it('"Penner!" said to the company is still an insult beside the case', () => {
    const { assessment, first } = goldenAnswer("kaffeekollektiv", "Penner! Zweimal 19,90 fürs Abo abgebucht");
    expect(assessment.verdict).toBe("may-delete");
    expect(first?.strategy).toBe("boundary-and-help");
  });
});

describe("praise that tells of an old complaint is praise", () => {
  it("a complaint settled is thanked, with the one who settled it", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Muss auch mal was Positives loswerden: hatte mich letzten Monat beschwert weil die Bohnen falsch gemahlen waren. Jonte aus eurem Support hat sofort neue geschickt 💛",
    );
    expect(assessment.tone).toBe("positive");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toMatch(/Jonte/u);
  });

  it("a creator with reach who thanks is thanked, not argued with", () => {
    const guidelines = GOLDEN_GUIDELINES.kaffeekollektiv;
    const comment = snapshotOf(
      "Ich war für meinen Blog bei euch in Ottensen und will mich öffentlich bedanken: Jara hat sich eine Stunde Zeit genommen und alles zur Röstung erklärt.",
      { site: "linkedin", author: { name: "Timo Berg", followers: 12000, badges: ["Creator"] } },
    );
    const assessment = assessComment(comment, guidelines);
    const [first] = composeReplies(comment, assessment, guidelines, {
      now: new Date("2026-12-01T09:00:00Z"),
      timeZone: "Europe/Berlin",
    });
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").toMatch(/Jara/u);
  });
});

describe("sarcasm over a long wait is criticism", () => {
  it("a second ticket number for every reminder, applauded", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Great process, Rheinwerk. Call once: get a ticket. Call again: get a new ticket number while chasing the old one. Outstanding 👏",
      "linkedin",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.strategy).not.toBe("thank-specifically");
  });

  it("emails none of which were answered, beside praise for a campaign, are a wait", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Really enjoying the new service campaign. Four emails about my meter since March, none answered, but the video is lovely.",
      "linkedin",
    );
    expect(assessment.intent.complaint?.problem).toBe("waiting");
    expect(first?.text ?? "").not.toMatch(/kind words/u);
  });

  it("a post praised, and room left to do better, is criticism", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Schöner Post über faire Löhne. Ich hab ein Jahr bei euch gearbeitet, das Trinkgeld wurde nie transparent verteilt. Da ist noch Luft nach oben.",
    );
    expect(assessment.tone).toBe("critical");
    expect(first?.strategy).not.toBe("thank-specifically");
  });

  it("a household's wait for a promised offer is a case", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Toll, wie Sie die Wärmewende bewerben 👏 Unsere Hausgemeinschaft in Ehrenfeld wartet seit März auf das versprochene Angebot.",
      "linkedin",
    );
    expect(assessment.intent.complaint?.problem).toBe("waiting");
  });

  it("a third party's wait elsewhere is no case of ours", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Während ihr über Röstprofile postet, wartet meine Tante seit 4 Monaten auf einen Termin beim Orthopäden. Die Politik hat versagt.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });
});

describe("off topic, politics and tags", () => {
  it("a train rant announced as something else needs no reply", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Mal was ganz anderes: findet ihr die Bahn nicht auch unmöglich? Gestern Köln–Berlin, 2 Std Verspätung, Klimaanlage kaputt.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(assessment.replyNeeded).toBe(false);
  });

  it("news from parliament put to the readers needs no reply", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Habt ihr gesehen, dass der Bundestag schon wieder über das Heizungsgesetz streitet? Wir Bürger zahlen am Ende die Zeche.",
    );
    expect(assessment.replyNeeded).toBe(false);
  });

  it('"ihr" after a plural verb is "their", no company spoken to', () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Die in Berlin sollen mal ihr Gebäudeenergiegesetz sauber machen, typisch Politik.",
    );
    expect(assessment.intent.addressedTo).not.toBe("company");
    expect(assessment.replyNeeded).toBe(false);
  });

  it("a tag closing words to a friend only copies the company in", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "@mara_brueht Mara, du trinkst doch selber nur Filter 😂 seit wann bist du Team Espresso? @Kaffeekollektiv",
    );
    expect(assessment.intent.addressedTo).toBe("commenter");
    expect(first?.strategy).toBe("no-reply-needed");
  });
});

describe("short comments", () => {
  it("a time set right is a correction", () => {
    const { assessment, first } = goldenAnswer("kaffeekollektiv", "Ottensen macht samstags um 8 auf, nicht 9!");
    expect(assessment.role).toBe("know-it-all");
    expect(first?.strategy).toBe("check-correction");
  });

  it("a figure the graphic should say", () => {
    const { first } = goldenAnswer("rheinwerk", "The chart should say 55 °C, not 65?", "x");
    expect(first?.strategy).toBe("check-correction");
  });

  it("an app that needs an overhaul is criticism, with no adverb named", () => {
    const { first } = goldenAnswer("rheinwerk", "Your portal seriously needs an overhaul.", "x");
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").not.toMatch(/seriously and|the portal seriously/u);
  });

  it("a question without a mark about bringing a dog", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv darf man in ottensen eigentlich mit hund rein, unsere lotte ist ganz brav",
    );
    expect(assessment.intent.question).toBeDefined();
    expect(first?.text ?? "").not.toMatch(/Lob/u);
  });

  it('"Where is my order" names no "where"', () => {
    const { first } = goldenAnswer("kaffeekollektiv", "Where is my order, it's been ten days", "x");
    expect(first?.text ?? "").not.toMatch(/\(where\)/iu);
  });
});

describe("second pass: cases told plainly, criticism said calmly", () => {
  it("a bag that came torn open is a delivery case", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Hallo zusammen, die Abo-Lieferung kam heute mit zerrissener Tüte an, überall Bohnen im Karton 🙄",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toMatch(/^case-/u);
  });

  it("an app that keeps throwing the writer out is a defect", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "your app throws me out every single time I try to send my meter reading, Pixel 7",
      "x",
    );
    expect(assessment.intent.complaint).toBeDefined();
  });

  it("an estimate only suspected is not told back as fact", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Abrechnung sagt 3.950 kWh, ich hab im Januar selbst abgelesen und gemeldet, da war es viel weniger. Habt ihr einfach geschätzt?",
    );
    expect(first?.strategy).toBe("case-question");
    expect(first?.text ?? "").not.toMatch(/geschätzt wurde/u);
    expect(first?.text ?? "").toMatch(/Kundennummer/u);
  });

  it("a parcel abroad asked about without a mark gets the shipping answer", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "moin, mein bruder lebt in linz und ich würd ihm gern bohnen schicken lassen, kommt das überhaupt bis nach österreich und mit was muss ich da rechnen",
    );
    expect(first?.source).toBe("saved");
  });

  it('"still curious" after a question is no complaint', () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "A barista in Ottensen said he'd check for me last month: do you sell raw green beans for home roasting? Still curious 🙂",
    );
    expect(assessment.tone).toBe("question");
    expect(first?.strategy).toBe("holding-reply");
  });

  it("a subscription that used to be the highlight is criticism", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "The subscription used to be the highlight of my month, but lately it feels like it's on autopilot: same two coffees again and again.",
    );
    expect(first?.strategy).toBe("take-seriously");
  });

  it("fine print that gives no certainty to plan is criticism", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Als Handwerksbetrieb sage ich: Ihre Tarifänderungen mit sechs Seiten Kleingedrucktem geben uns keine Planungssicherheit.",
    );
    expect(first?.strategy).toBe("take-seriously");
  });

  it("scorn for the coffee gets a line on the tone; laughed at, it is left alone", () => {
    expect(goldenAnswer("kaffeekollektiv", "Hipsterbrühe. Mehr sag ich nicht.").first?.strategy).toBe(
      "boundary-and-help",
    );
    expect(goldenAnswer("kaffeekollektiv", "Hipsterplörre für Jutebeutelträger lol", "x").first?.strategy).toBe(
      "do-not-reply",
    );
  });

  it("something won that is now gone is a case, its words not told back", () => {
    const { first } = goldenAnswer("rheinwerk", "I got the bonus credit in the app last week and now its gone.", "x");
    expect(first?.strategy).toMatch(/^case-/u);
    expect(first?.text ?? "").not.toMatch(/its gone/u);
  });

  it("a game's progress reset is no sarcasm about progress", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "I restarted the app and my progress got reset, all my points are gone",
      "x",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(assessment.intent.complaint).toBeDefined();
  });
});

describe("third pass: praise words that only make a fault stronger", () => {
  it('"super slow" is criticism, not praise', () => {
    const { assessment, first } = goldenAnswer("rheinwerk", "the customer portal is super slow today", "x");
    expect(assessment.tone).not.toBe("positive");
    expect(first?.strategy).not.toBe("thank-specifically");
  });

  it('"echt spät" is criticism, not praise', () => {
    const { first } = goldenAnswer("kaffeekollektiv", "Die Lieferung war diesmal echt spät");
    expect(first?.strategy).not.toBe("thank-specifically");
  });

  it('"super schnell" stays praise', () => {
    const { assessment } = goldenAnswer("kaffeekollektiv", "super schnell geliefert, danke!");
    expect(assessment.tone).toBe("positive");
  });

  it("a battery that drains quickly is a case, with no sarcasm read into it", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "hey! the battery of my storage unit seems to drain super quickly since the update, help pls",
      "x",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toMatch(/^case-/u);
  });

  it("a refund asked for in four words is a case", () => {
    const { assessment } = goldenAnswer("kaffeekollektiv", "hi i want refund please", "x");
    expect(assessment.intent.complaint?.problem).toBe("refund");
  });

  it("a reward never received is a case", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "I collected 10 stamps on my card in March but still i have not received the free bag you promised",
      "x",
    );
    expect(first?.strategy).toMatch(/^case-/u);
    expect(first?.text ?? "").not.toMatch(/\(not received\)/u);
  });

  it("a shout-out for another fantastic day of an app that does not work is sarcasm", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Shout out to the great folks @Rheinwerk for another fantastic day of non-functioning meter app! #truth",
      "x",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.text ?? "").not.toMatch(/kind words|Truth/u);
  });
});

describe("numbers as people write them", () => {
  it("a customer number in groups of four, three and two is said back whole", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Nachzahlung von 980 € für 55 qm, das kann nicht stimmen. Kundennummer 5512 304 77, bitte prüfen.",
    );
    expect(first?.text ?? "").toMatch(/5512 304 77/u);
  });

  it("an appointment's number is no year", () => {
    const { first } = goldenAnswer("rheinwerk", "Termin 40913, Techniker nicht erschienen, Heizung kalt.", "x");
    expect(first?.text ?? "").toMatch(/40913/u);
    expect(goldenAnswer("rheinwerk", "Termin 2025 wurde schon zweimal verschoben!").first?.text ?? "").not.toMatch(
      /2025\)/u,
    );
  });
});
