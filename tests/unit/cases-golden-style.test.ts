import { describe, expect, it } from "vitest";
import { assessComment } from "../../src/analysis";
import { snapshotOf } from "../../src/analysis/snapshot";
import { composeReplies } from "../../src/replies";
import { caseTerms } from "../../src/replies/case/terms";
import type { SiteId } from "../../src/shared/sites";
import { GOLDEN_GUIDELINES } from "../golden/guidelines";

/**
 * Fresh comments written for the sixth stop of 2026-12-01 the way the golden set is written (a plan and what the
 * first suggestion must name, decided before the reply was read), to the golden set's two companies and with their
 * guidelines, but none taken from the golden set. Each was answered wrongly before: sarcasm thanked, praise only
 * read along, a political rant answered as a broken product, a saved reply missed for a plural, a correction held
 * as a question, what was said named in other words or not at all.
 */
function answer(
  company: "rheinwerk" | "kaffeekollektiv",
  text: string,
  site: SiteId = "facebook",
  name = "Jo Lenz",
  followers?: number,
) {
  const guidelines = GOLDEN_GUIDELINES[company];
  const comment = snapshotOf(text, { site, author: { name, ...(followers ? { followers } : {}) } });
  const assessment = assessComment(comment, guidelines);
  const suggestions = composeReplies(comment, assessment, guidelines, {
    now: new Date("2026-12-01T09:00:00Z"),
    timeZone: "Europe/Berlin",
  });
  return { assessment, first: suggestions[0], suggestions };
}

/** The plan of the first suggestion. */
function planOf(company: "rheinwerk" | "kaffeekollektiv", text: string, site: SiteId = "facebook") {
  return answer(company, text, site).first?.strategy;
}

/**
 * A customer's case: read as a complaint, answered with the case (or the boundary and the case), named as said.
 * Sarcasm said as such ("… and now I'm overdrawn. great.") is taken seriously with the case in the same reply.
 */
function namesTheCase(
  company: "rheinwerk" | "kaffeekollektiv",
  text: string,
  named: RegExp,
  plan = /^(?:case-|take-seriously$)/,
) {
  const result = answer(company, text);
  expect(result.assessment.intent.complaint).toBeDefined();
  expect(result.first?.strategy).toMatch(plan);
  expect(result.first?.text).toMatch(named);
  return result;
}

/** Sarcasm is criticism: taken seriously, never thanked. */
function takesSeriously(company: "rheinwerk" | "kaffeekollektiv", text: string) {
  const { first } = answer(company, text);
  expect(first?.strategy).toBe("take-seriously");
  expect(first?.text).not.toMatch(/dank|thank/i);
  return first;
}

describe("sarcasm in new forms is criticism, never thanked", () => {
  it.each([
    [
      "rheinwerk",
      "Super Service! 55 Minuten in der Hotline gehangen und dann rausgeflogen. Ganz großartig, Rheinwerk.",
    ],
    ["kaffeekollektiv", "love paying 80 cents extra for oat milk in 2026. truly revolutionary pricing"],
  ] as const)("%s: %s", (company, text) => {
    takesSeriously(company, text);
  });

  it("names what the price is for, and only that", () => {
    expect(
      answer("kaffeekollektiv", "love paying 80 cents extra for oat milk in 2026. truly revolutionary pricing").first
        ?.text,
    ).toMatch(/criticism (?:of our prices for|about) the oat milk|criticism of our prices for oat milk/);
    // "Werbung" is no thing the prices are for.
    expect(
      answer(
        "rheinwerk",
        "Ihr Halsabschneider. Erst Preise erhöhen und dann noch Werbung für Weihnachtsaktionen machen.",
      ).first?.text,
    ).not.toMatch(/Preisen für/);
  });

  it("names the installation date moved again", () => {
    const text =
      "Brilliant. Installation date moved for the fourth time. Really looking forward to installation date number five.";
    expect(answer("rheinwerk", text, "x").first?.text).toMatch(/installation date/);
  });
});

describe("praise said as a verdict is thanked, naming what was praised", () => {
  it("thanks for the cinnamon rolls in Ottensen, in the plural", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Die Zimtschnecken in Ottensen sind einfach unschlagbar. Jeden Samstag mein Highlight!",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/die Zimtschnecken in Ottensen bei dir so gut ankommen/);
  });

  it("thanks for a recommendation of the solar system", () => {
    const text =
      "Nach einem Jahr mit unserer Solaranlage von Rheinwerk: 9.400 kWh erzeugt, Service jederzeit erreichbar. Klare Empfehlung.";
    const { first } = answer("rheinwerk", text, "linkedin", "Dr. Frank Weber");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Solaranlage/);
  });

  it("does not read a genitive as a plural", () => {
    const text = "Danke fürs Spendieren des Kaffees nach meinem Missgeschick mit dem Becher heute morgen, super nett!";
    expect(answer("rheinwerk", text).first?.text).not.toMatch(/die Kaffees/);
  });
});

describe("standing said in a profession's verb, and the argument named without it", () => {
  it("reads 'Ich berate seit zehn Jahren Röstereien' as standing and names the argument", () => {
    const text =
      "Ich berate seit zehn Jahren Röstereien. „Direkthandel“ steht bei euch auf jeder Tüte, aber ohne Preise pro Kilo ist das nur ein Etikett. Warum veröffentlicht ihr die nicht?";
    const { assessment, first } = answer("kaffeekollektiv", text, "linkedin", "Elif Demir");
    expect(assessment.role).toBe("opinion-leader");
    expect(first?.strategy).toBe("engage-argument");
    expect(first?.text).toMatch(/Direkthandel/);
    expect(first?.text).not.toMatch(/Röstereien/);
  });

  it("keeps the argument in the sentence that states the standing", () => {
    const text =
      "Als Energieökonomin frage ich mich, warum Rheinwerk die gestiegenen Netzentgelte nicht transparent ausweist. Kundinnen können so kaum vergleichen, was Beschaffung und was Netz kostet.";
    expect(answer("rheinwerk", text, "linkedin", "Prof. Anja Seidel").first?.text).toMatch(/Netzentgelte/);
  });

  it("does not make a customer who plans a heat pump an opinion leader", () => {
    const text = "Ich plane seit zwei Jahren den Umstieg auf eine Wärmepumpe. Lohnt sich das im Reihenhaus?";
    expect(answer("rheinwerk", text).assessment.role).not.toBe("opinion-leader");
  });

  it("says an English argument's nouns, not their verbs", () => {
    const text =
      "Energy journalist here. A dynamic tariff sounds great until a cold snap hits and prices spike. Who protects the customers who can't shift their load?";
    const { first } = answer("rheinwerk", text, "x", "Tom Baker");
    expect(first?.text).toMatch(/the dynamic tariff and the cold snap/);
  });
});

describe("corrections name what the post says and what is set against it", () => {
  it("names the origin set against the post's", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Im Post steht, der Yirgacheffe kommt aus Kenia. Der kommt aber aus Äthiopien 😉",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toMatch(/Yirgacheffe, Kenia und Äthiopien/);
  });

  it.each([
    ["Your post says Rheinwerk was founded in 1989, but your own website says 1998. Which one is it?", /1989 and 1998/],
    [
      "Your post says the new tariff starts on 1 March, but your website says 1 April. Which one is it?",
      /1 March and 1 April/,
    ],
  ])("checks '%s' as a correction, not a question to hold", (text, named) => {
    const { first } = answer("rheinwerk", text);
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toMatch(named);
    expect(first?.text).not.toMatch(/good question/i);
  });
});

describe("questions meet the saved reply in other forms of its words, and name what is asked", () => {
  it.each([
    [
      "rheinwerk",
      "Wie kann ich mein Passwort für die Rheinwerk-App neu setzen? Ich komme nicht mehr rein.",
      /Passwort vergessen/,
    ],
    ["kaffeekollektiv", "Kann man bei euch Gutscheine auch im Café einlösen?", /einlösbar online wie im Café/],
  ] as const)("%s: %s", (company, text, saved) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(saved);
  });

  it.each([
    ["Do you install solar panels on flat roofs too?", /solar panels/],
    ["do you guys sell the espresso machine you use in the café?", /espresso machine/],
  ])("%s", (text, named) => {
    const { first } = answer(text.includes("solar") ? "rheinwerk" : "kaffeekollektiv", text, "x", "Emma Clarke");
    expect(first?.strategy).toBe("holding-reply");
    expect(first?.text).toMatch(named);
    expect(first?.text).not.toMatch(/\bcaf\b/);
  });
});

describe("complaints named as said", () => {
  it("says what came instead of the decaf ordered", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Order KK-10930 came with regular beans instead of the decaf I ordered. I'm pregnant so kind of a big deal.",
    );
    expect(first?.strategy).toBe("case-next-step");
    expect(first?.text).toMatch(/regular beans instead of decaf/);
  });

  it("names the appointment and what it is for", () => {
    const text =
      "Der Zählerwechsel war für den 12.11. angekündigt, seitdem warte ich seit 3 Wochen auf einen neuen Termin. Kundennummer 5512093.";
    expect(answer("rheinwerk", text).first?.text).toMatch(/auf einen neuen Termin für den Zählerwechsel warten/);
  });

  it("names the call back and what it is about, with no weekday torn from its sentence", () => {
    const text =
      "Ich habe am Montag um Rückruf wegen meiner Wärmepumpen-Wartung gebeten. Bis heute nichts. So geht das nicht.";
    const { first } = answer("rheinwerk", text);
    expect(first?.text).toMatch(/auf unseren Rückruf wegen Ihrer Wärmepumpen-Wartung warten/);
  });

  it("says the credit owed in the commenter's word", () => {
    const text =
      "Laut Jahresabrechnung habe ich 312 Euro Guthaben. Wann wird die Gutschrift endlich überwiesen? Das ist jetzt zwei Monate her.";
    expect(answer("rheinwerk", text).first?.text).toMatch(/Ihre Gutschrift noch aussteht/);
  });

  it("reads beans that smell rancid as spoilt goods, not a parcel that did not come", () => {
    const text =
      "Die Bohnen aus meiner letzten Lieferung riechen irgendwie ranzig 😕 Mindesthaltbarkeit ist noch bis März.";
    const { assessment, first } = answer("kaffeekollektiv", text);
    expect(assessment.intent.complaint?.problem).toBe("other");
    expect(first?.text).not.toMatch(/nicht angekommen/);
    expect(first?.text).toMatch(/riechen ranzig/);
  });

  it("reads a bent crank as a complaint about the grinder", () => {
    const text =
      "Hab am Sonntag die Handmühle bestellt (KK-10877), heute kam sie an und die Kurbel ist verbogen. Schade.";
    const { assessment, first } = answer("kaffeekollektiv", text);
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.text).toMatch(/Handmühle/);
  });

  it("says who did not turn up", () => {
    const { first } = answer(
      "rheinwerk",
      "Your engineer didn't turn up on Tuesday. I took the day off work for nothing.",
    );
    expect(first?.text).toMatch(/nobody turned up for your appointment/);
    expect(first?.text).toMatch(/on Tuesday/);
  });
});

describe("rudeness and politics", () => {
  it("sets a boundary for 'geldgierige Halsabschneider' and still hears the criticism", () => {
    const { first } = answer("rheinwerk", "Ihr seid doch alle nur geldgierige Halsabschneider mit euren Preisen.");
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/an unseren Preisen/);
  });

  it("keeps the case's number on X when the boundary comes first", () => {
    const text =
      "Ihr Abzocker habt meine Abrechnung schon wieder falsch gemacht. Auftrag A-24-0519. Unfassbar dieser Laden.";
    const { first } = answer("rheinwerk", text, "x");
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/A-24-0519/);
  });

  it("owes no reply to a rant about the government, however 'kaputt'", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "Die Regierung macht unser Land kaputt, da kann man nur noch auswandern.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("no-reply-needed");
  });
});

describe("a second batch of 40, read the same way", () => {
  it.each([
    [
      "kaffeekollektiv",
      "Bestellung KK-11023: Der Deckel der Vorratsdose war gebrochen, als das Paket ankam. Der Rest ist ok.",
      /dass der Deckel der Vorratsdose gebrochen war/,
    ],
    [
      "rheinwerk",
      "Since your heat pump install (A-23-0990) the upstairs radiators barely get warm. Engineer came once, nothing changed.",
      /that the upstairs radiators barely get warm/,
    ],
    [
      "rheinwerk",
      "Warum wurde mein Abschlag gleich zweimal im November abgebucht?? Ich will mein Geld zurück.",
      /dass Ihr Abschlag doppelt abgebucht wurde/,
    ],
    [
      "kaffeekollektiv",
      "Ich hatte French Press Mahlgrad ausgewählt und bekommen hab ich Espresso-fein. Toll.",
      /dass du Espresso-fein statt French Press Mahlgrad bekommen hast/,
    ],
  ] as const)("names the case as said: %s", (company, text, said) => {
    const { assessment, first } = answer(company, text);
    expect(assessment.intent.complaint).toBeDefined();
    // "… Espresso-fein. Toll.": sarcasm said as such is taken seriously, with the case in the same reply.
    expect(first?.strategy).toMatch(/^(?:case-|take-seriously$)/);
    expect(first?.text).toMatch(said);
  });

  it("does not read a parcel that came with a broken lid as one that never came", () => {
    const text = "Bestellung KK-11023: Der Deckel der Vorratsdose war gebrochen, als das Paket ankam. Der Rest ist ok.";
    expect(answer("kaffeekollektiv", text).first?.text).not.toMatch(/nicht angekommen/);
  });

  it("thanks for what came as ordered", () => {
    const { first } = answer(
      "rheinwerk",
      "Ich hab extra Hafermilch bestellt und auch Hafermilch bekommen, danke fürs Aufpassen!",
    );
    expect(first?.strategy).toBe("thank-specifically");
  });

  it.each([
    ["kaffeekollektiv", "4,90 für einen Cappuccino. Da freut sich mein Konto aber.", /4,90 für einen Cappuccino/],
    [
      "kaffeekollektiv",
      "Oh wie schön, jetzt macht ihr sonntags erst um 11 auf. Genau das, was man als Frühaufsteherin braucht 🙄",
      /an den Öffnungszeiten/,
    ],
    [
      "rheinwerk",
      "Danke für die tolle Rechnung, jetzt weiß ich endlich, wofür ich arbeiten gehe. Sehr kundenfreundlich.",
      /Kritik/,
    ],
    ["rheinwerk", "Thrilled to spend my lunch break on hold with Rheinwerk again. Highlight of my week.", /criticism/],
  ] as const)("takes sarcasm seriously without thanks: %s", (company, text, named) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).not.toMatch(/dank|thank/i);
    expect(first?.text).toMatch(named);
  });

  it.each([
    // Answered in German since "Punkt." tells the language: the croissant is named.
    ["kaffeekollektiv", "Bestes Croissant der Stadt gibt's in Kreuzberg. Punkt.", /Croissant|Kreuzberg/],
    [
      "rheinwerk",
      "Die Montage unserer PV-Anlage lief vorbildlich: pünktlich, sauber, alles erklärt. So stelle ich mir Handwerk vor.",
      /die Montage/,
    ],
    ["kaffeekollektiv", "the Nachtschicht blend is ridiculously good. ordering my third bag", /Nachtschicht blend/],
  ] as const)("thanks for praise with no word of thanks: %s", (company, text, named) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(named);
  });

  it("reads a blogger's standing said in German and names the quoted claim", () => {
    const text =
      "Zero-Waste-Bloggerin hier: Eure „kompostierbaren“ Becher landen bei den meisten im Restmüll. Ohne Rücknahmesystem ist das Greenwashing.";
    const { assessment, first } = answer("kaffeekollektiv", text, "linkedin", "Nora Vogel");
    expect(assessment.role).toBe("opinion-leader");
    expect(first?.strategy).toBe("engage-argument");
    expect(first?.text).toMatch(/kompostierbar/);
  });

  it("engages an expert who disputes a claim without figures; one who cites a study corrects", () => {
    const argues =
      'As an energy analyst: your claim that home batteries "stabilise the grid" needs evidence. Most of them sit idle at night.';
    expect(answer("rheinwerk", argues, "x", "Sam Patel").first?.strategy).toBe("engage-argument");
    const cites =
      "As someone who has advised utilities for 15 years: your claim that heat pumps cut bills by 40 % is not supported by the field study. Happy to share the data.";
    expect(answer("rheinwerk", cites, "x", "Sam Patel").assessment.role).toBe("know-it-all");
  });

  it("checks 'ended in 2025, not 2024' as a correction", () => {
    const { first } = answer(
      "rheinwerk",
      "Pretty sure the subsidy you mention ended in 2025, not 2024.",
      "x",
      "Tom Fisher",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toMatch(/2025/);
  });

  it("names what 'is there …' asks about", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "is there wifi at the Hamburg café? need to work for a couple of hours",
      "x",
    );
    expect(first?.text).toMatch(/wifi/);
    expect(first?.text).not.toMatch(/couple/);
  });

  it("says the campaign in the commenter's word", () => {
    const { first } = answer("rheinwerk", "Was für ein Schwachsinn ist denn diese Werbung? Wer bezahlt euch dafür?");
    expect(first?.text).toMatch(/an unserer Werbung/);
  });

  it("keeps a measured wait over the general topic", () => {
    const { first } = answer("rheinwerk", "Super, 55 Minuten in der Warteschleife und dann aufgelegt. Toller Service!");
    expect(first?.text).toMatch(/55 Minuten/);
  });
});

describe("a third batch of 40", () => {
  it.each([
    [
      "rheinwerk",
      "Wir sind Gewerbekunde (Vertrag R-88231) und warten seit 5 Wochen auf die Inbetriebnahme unserer PV-Anlage auf dem Hallendach. Jeder Tag kostet uns Geld.",
      /auf die Inbetriebnahme Ihrer PV-Anlage warten/,
    ],
    ["rheinwerk", "Ich bekomme keine E-Mail zum Zurücksetzen vom Passwort. Schon dreimal probiert.", /E-Mail-Adresse/],
    [
      "kaffeekollektiv",
      "Habe gestern einen Gutschein für meine Schwester gekauft, aber die Mail mit dem PDF ist nie angekommen.",
      /E-Mail-Adresse, mit der du bestellt hast/,
    ],
    [
      "rheinwerk",
      "Ihr Verbrecher habt meinen Abschlag auf 250 Euro hochgesetzt. Was soll der Mist?",
      /Abschlag auf 250 Euro erhöht/,
    ],
    [
      "rheinwerk",
      "Outdoor unit of the heat pump you installed (A-24-0712) is leaking water onto the patio since the frost.",
      /leaking/,
    ],
  ] as const)("names what was said and asks what moves it: %s", (company, text, said) => {
    expect(answer(company, text).first?.text).toMatch(said);
  });

  it("asks the address of the account for a reset mail that never comes", () => {
    const { first } = answer(
      "rheinwerk",
      "Ich bekomme keine E-Mail zum Zurücksetzen vom Passwort. Schon dreimal probiert.",
    );
    expect(first?.strategy).toBe("case-question");
    expect(first?.text).toMatch(/Mail zum Zurücksetzen Ihres Passworts nicht ankommt/);
  });

  it("reads an upset stomach after a drink as someone taken ill, said with what they had", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "got a bad stomach after the chai latte yesterday. not sure what was in it",
      "x",
    );
    expect(assessment.intent.complaint?.problem).toBe("safety");
    expect(first?.text).toMatch(/you were taken ill after the chai latte/);
  });

  it("reads a bill far above the usual one as a billing case, not a good question", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Why is my bill £210 this month? It's usually £90. Nothing has changed at home.",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
    expect(first?.text).not.toMatch(/good question/i);
    expect(first?.text).toMatch(/customer number/);
  });

  it("holds a question about a power cut supposed, not had", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Funktioniert die Solaranlage bei einem Stromausfall auch als Notstrom?",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("holding-reply");
  });

  it("thanks the person named with where they work", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Mia aus dem Café in Leipzig hat mir heute den Tag gerettet ☕️ Danke!!",
    );
    expect(first?.text).toMatch(/Mia/);
  });

  it.each([
    [
      "Wahnsinn, nur 12 Tage Lieferzeit für eine Tüte Kaffee. Da war die Post mit der Kutsche schneller.",
      /12 Tage Lieferzeit/,
    ],
    ['love how the Leipzig café is "temporarily closed" for the third week in a row', /"temporarily closed"/],
    ["Klasse Planung! Termin für 8 Uhr, Monteur kommt um 14 Uhr. Wer braucht schon einen Arbeitstag.", /ernst/],
  ])("takes sarcasm seriously: %s", (text, named) => {
    const { first } = answer(text.includes("Monteur") ? "rheinwerk" : "kaffeekollektiv", text);
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).toMatch(named);
    expect(first?.text).not.toMatch(/Beitrag|\brow\b|dank/i);
  });

  it.each([
    ["rheinwerk", "Ihr Förderservice hat uns den ganzen Papierkram für die Wärmepumpe abgenommen. Das war Gold wert."],
  ] as const)("thanks for praise: %s", (company, text) => {
    expect(answer(company, text).first?.strategy).toBe("thank-specifically");
  });

  it.each([
    ["kaffeekollektiv", "your coffee is overpriced trash and your baristas are clueless"],
    ["kaffeekollektiv", "wtf is wrong with you people, KK-11200 charged twice and nobody answers emails"],
  ] as const)("sets a boundary for contempt of staff or the company: %s", (company, text) => {
    expect(answer(company, text, "x").first?.strategy).toBe("boundary-and-help");
  });

  it("names what an argument is about, not its verbs or its evaluation", () => {
    const text =
      "Mieterstrom klingt gut, scheitert aber in der Praxis an der Bürokratie. Wie wollen Sie das für Vermieter attraktiv machen? Ich forsche seit Jahren dazu.";
    expect(answer("rheinwerk", text, "linkedin", "Prof. Markus Lehmann").first?.text).toMatch(/Mieterstrom/);
    const english =
      "Selling heat pumps without insulation advice is setting customers up for failure. Where is your retrofit guidance?";
    const { first } = answer("rheinwerk", english, "x", "Dr. Lisa Chen");
    expect(first?.text).toMatch(/heat pumps/);
    expect(first?.text).not.toMatch(/failure/);
  });

  it("names the value an English correction sets against the post", () => {
    const { first } = answer("kaffeekollektiv", "your post says the Sidamo is from Kenya, it's from Ethiopia", "x");
    expect(first?.text).toMatch(/Sidamo, Kenya and Ethiopia/);
  });

  it("leaves a question to other readers to them", () => {
    const { first } = answer("kaffeekollektiv", "Weiß jemand, ob heute der Weihnachtsmarkt am Südplatz offen hat?");
    expect(first?.strategy).toBe("no-reply-needed");
  });
});

describe("a fourth batch of 40", () => {
  it.each([
    [
      "rheinwerk",
      "Ich habe meinen Umzug vor 6 Wochen gemeldet (Vertragsnummer R-55102) und bekomme immer noch Rechnungen für die alte Wohnung.",
      /noch Rechnungen für Ihre alte Wohnung bekommen/,
    ],
    [
      "kaffeekollektiv",
      "your discount code WINTER10 didn't apply at checkout and I was charged full price",
      /your discount code WINTER10 didn't apply.*order number/s,
    ],
    [
      "kaffeekollektiv",
      "Heute wurde mir beim Bezahlen ein Cappuccino zu viel berechnet. Hab's erst zuhause gesehen.",
      /dass dir zu viel berechnet wurde.*Filiale/s,
    ],
    [
      "kaffeekollektiv",
      "Die Filtertüten, die ihr mir geschickt habt, passen nicht in meinen V60. Falsche Größe?",
      /Filtertüten.*Bestellnummer/s,
    ],
    [
      "kaffeekollektiv",
      "order KK-11350, the cold brew bottle was cracked and leaked all over the box",
      /the cold brew bottle was cracked/,
    ],
    ["kaffeekollektiv", "KK-11400 arrived smashed. your packing is garbage, sort it out", /KK-11400/],
  ] as const)("moves the case as said: %s", (company, text, said) => {
    const { assessment, first } = answer(company, text);
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toMatch(/^case-|boundary-and-help/);
    expect(first?.text).toMatch(said);
  });

  it.each([
    [
      "rheinwerk",
      "Hotline nur noch bis 16 Uhr, klasse Idee. Berufstätige rufen ja bekanntlich vormittags an.",
      /an den Zeiten unserer Hotline/,
    ],
    [
      "kaffeekollektiv",
      "Ah, jetzt also „nachhaltig“ mit Plastikdeckel. Respekt für so viel Konsequenz.",
      /„nachhaltig“/,
    ],
    ["rheinwerk", "my smart meter says I used 0 kWh all month. wish that were true. great tech", /./],
    [
      "kaffeekollektiv",
      "only waited 35 minutes for a flat white today, new personal best",
      /35 minutes for a flat white/,
    ],
    ["rheinwerk", "Bravo, Rheinwerk. Dritter verschobener Termin für die Wartung. Man gewöhnt sich an alles.", /./],
  ] as const)("reads sarcasm, never thanks it: %s", (company, text, named) => {
    const { first } = answer(company, text);
    expect(first?.strategy).not.toMatch(/thank|saved-reply/);
    expect(first?.text).not.toMatch(/dank|thank/i);
    expect(first?.text).toMatch(named);
  });

  it.each([
    ["kaffeekollektiv", "the new Ottensen café is so cozy, spent the whole afternoon there ☕", /Ottensen/],
    [
      "kaffeekollektiv",
      "Die Geburtstagstorte für meine Tochter war ein Traum! Alle Gäste waren begeistert.",
      /die Geburtstagstorte/,
    ],
  ] as const)("thanks naming what was praised: %s", (company, text, named) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(named);
  });

  it("engages a journalist's question about the supply chain, naming it, before any saved answer", () => {
    const text =
      "Ich schreibe für ein Food-Magazin: Wie transparent ist eure Lieferkette wirklich? Wer röstet, wer importiert, wer zertifiziert?";
    const { first } = answer("kaffeekollektiv", text, "linkedin", "Julian Ross");
    expect(first?.strategy).toBe("engage-argument");
    expect(first?.text).toMatch(/Lieferkette/);
    expect(first?.text).not.toMatch(/Food-Magazin/);
  });

  it("names an English argument's opening subject", () => {
    const text =
      "Dynamic pricing pushes risk onto households that can't shift usage. I'd like to hear how Rheinwerk protects vulnerable customers.";
    const { first } = answer("rheinwerk", text, "x", "Priya Raman", 80000);
    expect(first?.text).toMatch(/dynamic pricing/);
  });

  it.each([
    [
      "kaffeekollektiv",
      "Ihr schreibt, der Markt ist am Sonntag – auf dem Plakat steht aber Samstag. Was stimmt?",
      /Sonntag und Samstag/,
    ],
    ["rheinwerk", "how long does a solar install usually take from signing to switch-on?", /solar install/],
  ] as const)("names what is disputed or asked: %s", (company, text, named) => {
    expect(answer(company, text).first?.text).toMatch(named);
  });

  it("does not answer a twist of the company's name", () => {
    expect(answer("kaffeekollektiv", "kaffeekollektiv more like kaffeekollapse 💀", "x").first?.strategy).toMatch(
      /do-not-reply|factual-line/,
    );
  });
});

describe("a fifth batch of 40", () => {
  it.each([
    [
      "rheinwerk",
      "Ich habe vor 8 Wochen gekündigt und noch immer keine Kündigungsbestätigung. Was ist da los?",
      /dass Sie noch keine Kündigungsbestätigung bekommen haben/,
    ],
    ["kaffeekollektiv", "Im letzten Paket waren statt 1 kg Espresso nur 250 g. Bezahlt habe ich das Kilo.", /./],
    ["kaffeekollektiv", "loyalty stamps disappeared from the app after the update, had 9 of 10!!", /./],
    [
      "kaffeekollektiv",
      "KK-11520 was meant to be oat milk subscription, got 4 cartons of almond instead",
      /you got almond instead of oat milk/,
    ],
  ] as const)("reads a complaint, never 'good question' or reading along: %s", (company, text, said) => {
    const { assessment, first } = answer(company, text);
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toMatch(/^case-/);
    expect(first?.text).not.toMatch(/gute Frage|good question|lesen mit|reading along/i);
    expect(first?.text).toMatch(said);
  });

  it.each([
    ["rheinwerk", "Großartig, jetzt kommt die Rechnung nur noch digital. Meine 84-jährige Mutter freut sich riesig."],
    ["kaffeekollektiv", "amazing how the queue in Ottensen is longer every weekend and still only one barista 👏"],
    ["kaffeekollektiv", "Wow, 6,50 für einen Iced Latte. Bin ich hier im Ritz?"],
  ] as const)("takes sarcasm seriously, without thanks or 'good question': %s", (company, text) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).not.toMatch(/dank|thank|gute Frage|good question/i);
  });

  it.each([
    ["kaffeekollektiv", "Der Kürbis-Chai ist zurück 😍 bester Herbst ever", /der Kürbis-Chai/],
    [
      "kaffeekollektiv",
      "Danke an das Kaffeekollektiv für das Catering bei unserer Konferenz in Leipzig – 300 Gäste, null Wartezeit.",
      /das Catering/,
    ],
  ] as const)("thanks for what was praised: %s", (company, text, named) => {
    const { first } = answer(company, text, "linkedin");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(named);
  });

  it.each([
    ["kaffeekollektiv", "Ihr Amateure habt KK-11600 an die falsche Adresse geschickt. Zum zweiten Mal!!", "facebook"],
    ["rheinwerk", "you absolute clowns charged me £300 for a month I wasn't even a customer. sort it", "x"],
  ] as const)("sets a boundary and still moves the case, on X too: %s", (company, text, site) => {
    const { first } = answer(company, text, site);
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/KK-11600|£300/);
  });

  it("meets the saved grant answer for 'Zuschüsse'", () => {
    expect(answer("rheinwerk", "Welche Zuschüsse gibt es für eine neue Wärmepumpe?").first?.strategy).toBe(
      "saved-reply",
    );
  });

  it("names a correction's weekdays, 'mittwochs' and 'Dienstag'", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Ihr schreibt Röstung ist mittwochs, im letzten Newsletter stand aber Dienstag.",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toMatch(/mittwochs und Dienstag/);
  });
});

describe("a sixth batch of 40", () => {
  it("does not read a soaring bill as an explosion", () => {
    const text =
      "Hallo Rheinwerk, bei uns läuft seit Tagen nur noch der Heizstab, die Stromrechnung explodiert. Auftrag A-24-1388. Bitte dringend melden.";
    const { assessment, first } = answer("rheinwerk", text);
    expect(assessment.intent.complaint?.problem).not.toBe("safety");
    expect(first?.strategy).toMatch(/^case-/);
    expect(first?.text).not.toMatch(/Explosion|verletzt/);
  });

  it("takes an accusation of taking customers for fools as criticism, not an insult to delete", () => {
    const { assessment } = answer(
      "rheinwerk",
      "So ein Blödsinn, diese Werbung. Für wie dumm haltet ihr eure Kunden eigentlich?",
    );
    expect(assessment.verdict).not.toBe("may-delete");
    expect(answer("rheinwerk", "Ihr seid so dumm.").assessment.verdict).toBe("may-delete");
  });

  it.each([
    [
      "rheinwerk",
      "Der Störungsdienst hat gestern gesagt, heute kommt jemand. Es ist 17 Uhr und niemand war da.",
      /niemand gekommen/,
    ],
    [
      "kaffeekollektiv",
      'Mein Abo sollte diese Woche kommen, im Tracking steht seit Montag "in Zustellung". Nichts passiert.',
      /Abo|Bestellung|Lieferung/,
    ],
  ] as const)("reads a visit or a parcel that did not come as a case: %s", (company, text, said) => {
    const { assessment, first } = answer(company, text);
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toMatch(/^case-/);
    expect(first?.text).toMatch(said);
  });

  it("does not state a saved fact that only shares 'gilt' and 'nächsten' with the correction", () => {
    const text =
      "Im Beitrag steht, die Förderung läuft Ende Dezember aus. Laut BAFA-Seite gilt sie aber bis Ende Oktober nächsten Jahres.";
    expect(answer("rheinwerk", text).first?.text).not.toMatch(/Abbuchungstermin/);
  });

  it.each([
    [
      "kaffeekollektiv",
      "Super Atmosphäre, man versteht bei der Musik sein eigenes Wort nicht. Gemütlich!",
      "take-seriously",
    ],
    [
      "kaffeekollektiv",
      "Die Weihnachtsröstung ist dieses Jahr noch besser als letztes. Hab gleich drei Tüten gekauft 🎄",
      "thank-specifically",
    ],
    [
      "rheinwerk",
      "shoutout to the two engineers who fitted our heat pump today, tidy, friendly and done by 3pm",
      "thank-specifically",
    ],
  ] as const)("reads praise and its irony: %s", (company, text, plan) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toBe(plan);
  });

  it("thanks the engineers, not the heat pump", () => {
    const { first } = answer(
      "rheinwerk",
      "shoutout to the two engineers who fitted our heat pump today, tidy, friendly and done by 3pm",
    );
    expect(first?.text).toMatch(/engineers/);
  });

  it("thanks for the collaboration said with an adjective", () => {
    const text =
      "Wir haben mit Rheinwerk 40 Ladepunkte für unsere Firmenflotte umgesetzt. Vielen Dank für die tolle Zusammenarbeit!";
    expect(answer("rheinwerk", text, "linkedin").first?.text).toMatch(/die Zusammenarbeit/);
  });

  it("reads 'Kaffee-Einkäuferin hier' as standing", () => {
    const text =
      'Kaffee-Einkäuferin hier: Eure Preise pro Kilo an die Farmer würden mich sehr interessieren. Ohne Zahlen ist "fair" nur ein Wort.';
    expect(answer("kaffeekollektiv", text, "linkedin").assessment.role).toBe("opinion-leader");
  });
});

describe("a seventh batch of 40", () => {
  it.each([
    [
      "kaffeekollektiv",
      "Super, jetzt gibt's Hafermilch nur noch gegen Aufpreis. Nachhaltigkeit für Besserverdiener 👏",
    ],
    ["rheinwerk", "Tolles neues Kundenportal. Ich brauche nur 20 Minuten, um meine Rechnung zu finden. Fortschritt!"],
  ] as const)("takes sarcasm seriously: %s", (company, text) => {
    takesSeriously(company, text);
  });

  it.each([
    [
      "rheinwerk",
      "Der Störungsdienst kam an Heiligabend um 22 Uhr und hat unsere Heizung repariert. Ganz herzlichen Dank!",
      /unser Störungsdienst/,
    ],
    [
      "rheinwerk",
      "Großes Lob an das Projektteam von Rheinwerk: Die PV-Anlage auf unserem Schuldach lief vom ersten Tag an störungsfrei.",
      /unser Projektteam/,
    ],
    [
      "kaffeekollektiv",
      "Der Barista-Kurs am Samstag war großartig, ich mache jetzt Latte Art wie ein Profi 😄",
      /der Barista-Kurs/,
    ],
    ["kaffeekollektiv", "Kreuzberg crew, you made my rainy Monday. thank you!", /Kreuzberg/],
  ] as const)("thanks whom or what was praised: %s", (company, text, named) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(named);
    expect(first?.text).not.toMatch(/Samstag sehr|the rainy/);
  });

  it.each([
    ["kaffeekollektiv", "the travel mug from KK-11930 leaks as soon as you tilt it. lid doesn't seal", /leaks/],
    [
      "kaffeekollektiv",
      "Mein Gutscheincode wird im Shop als ungültig angezeigt, obwohl er bis 2027 gilt.",
      /Gutscheincode/,
    ],
  ] as const)("reads a fault said in its own verb as a case: %s", (company, text, named) => {
    const { assessment, first } = answer(company, text);
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.text).toMatch(named);
  });

  it("reads 'Seit 15 Jahren in der Energieforschung' as standing", () => {
    const text =
      "Seit 15 Jahren in der Energieforschung: Wasserstoff für Privathaushalte zu bewerben, halte ich für unseriös. Die Effizienzverluste sind enorm.";
    const { assessment, first } = answer("rheinwerk", text, "linkedin");
    expect(assessment.role).toBe("opinion-leader");
    expect(first?.strategy).toBe("engage-argument");
  });

  it.each([
    [
      "rheinwerk",
      "Sie schreiben 10 Jahre Garantie auf die Wärmepumpe. In meinem Vertrag stehen aber 15 Jahre.",
      /10 Jahre.*15 Jahre/,
    ],
    [
      "kaffeekollektiv",
      "the roast card says Yirgacheffe, but the bag says Sidamo. which one did I get?",
      /Yirgacheffe.*Sidamo/,
    ],
  ] as const)("checks a correction and names both sides: %s", (company, text, named) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toMatch(named);
  });

  it("reads '300 Euro Abschlag abgebucht statt 150' as billed instead of agreed, with a boundary", () => {
    const { first } = answer(
      "rheinwerk",
      "Ihr Abzockerverein habt mir 300 Euro Abschlag abgebucht statt 150. Sofort zurück!",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/300 Euro/);
  });
});

describe("sincere praise with a count or a price in it stays praise", () => {
  it.each([
    ["kaffeekollektiv", "Hafermilch ohne Aufpreis, super! Danke euch."],
    ["kaffeekollektiv", "Ich komme jedes Mal wieder, der Kuchen ist einfach super."],
    ["kaffeekollektiv", "Zum dritten Mal diese Woche hier, die Zimtschnecken sind zu gut 😍"],
    ["rheinwerk", "Der Techniker war nach nur 20 Minuten fertig, super Arbeit!"],
  ] as const)("%s: %s", (company, text) => {
    const { assessment, first } = answer(company, text);
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
  });
});

describe("sincere praise the stop's new sarcasm facts must not turn", () => {
  it("thanks a meter reading sent in 30 seconds, a 'personal best' of speed", () => {
    const text = "New personal best: meter reading submitted in 30 seconds with the app. great job";
    expect(answer("rheinwerk", text, "x").first?.strategy).toBe("thank-specifically");
  });

  it("does not read a low price praised as sarcasm", () => {
    expect(answer("kaffeekollektiv", "Still only €3 for a filter coffee, love it!").assessment.intent.sarcasm).toBe(
      false,
    );
  });

  it("does not read a hotline staffed until 8 as a busy line", () => {
    const { assessment } = answer("rheinwerk", "Super, dass ihr die Hotline jetzt bis 20 Uhr besetzt habt!");
    expect(assessment.intent.complaint).toBeUndefined();
  });
});

describe("an eighth batch of 30", () => {
  it.each([
    ["rheinwerk", "Danke Rheinwerk, dank euch kann ich mir jetzt Heizen nur noch im Sommer leisten."],
    ["kaffeekollektiv", "Schön, dass man bei euch samstags eine Stunde ansteht. Man hat ja sonst nichts vor."],
    ["kaffeekollektiv", "£4.80 for a small latte. what a deal"],
  ] as const)("takes sarcasm seriously, never thanks it: %s", (company, text) => {
    takesSeriously(company, text);
  });

  it("thanks for 'den besten Cortado, den ich je getrunken habe'", () => {
    const { first } = answer("kaffeekollektiv", "In Ottensen gibt's den besten Cortado, den ich je getrunken habe.");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Cortado/);
  });

  it("reads a cup refused though asked for as a complaint, not reading along", () => {
    const text =
      "Heute im Café wurde mir der Cappuccino im Pappbecher serviert, obwohl ich ausdrücklich eine Tasse wollte.";
    const { assessment, first } = answer("kaffeekollektiv", text);
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.text).not.toMatch(/lesen mit/);
  });
});

describe("a ninth batch of 30", () => {
  it.each([
    ["rheinwerk", "Ihr seid ja wirklich super erreichbar. Dreimal angerufen, dreimal aus der Leitung geflogen."],
    ["kaffeekollektiv", "Tolle Lieferzeit, der Kaffee ist zum Glück nicht schlecht geworden in den zwei Wochen."],
  ] as const)("takes sarcasm seriously: %s", (company, text) => {
    takesSeriously(company, text);
  });

  it.each([
    [
      "rheinwerk",
      "Job A-24-1711: scaffolding has been left in our garden for 3 weeks since the install finished.",
      /the scaffolding has been left in your garden/,
    ],
    ["rheinwerk", "the smart meter display has been blank since Tuesday", /meter/],
    [
      "kaffeekollektiv",
      "KK-12400 still not here after 2 weeks. absolute shambles, sort it out",
      /KK-12400 hasn't arrived/,
    ],
    ["rheinwerk", "Warum bekomme ich auf einmal zwei Rechnungen für denselben Monat?", /./],
  ] as const)("reads the case: %s", (company, text, said) => {
    const { assessment, first } = answer(company, text);
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.text).toMatch(said);
    expect(first?.text).not.toMatch(/gute Frage|good question|damaged/i);
  });

  it("leaves a German question to other readers to them, in German", () => {
    const { assessment, first } = answer("kaffeekollektiv", "Kennt jemand ein gutes Café in Dresden?");
    expect(assessment.language).toBe("de");
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("checks 'post says …, your newsletter said …' as a correction", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "post says new beans drop on Monday, your newsletter said Tuesday",
      "x",
    );
    expect(first?.strategy).toBe("check-correction");
  });

  it("thanks the gingerbread latte, not 'the life'", () => {
    const { first } = answer("kaffeekollektiv", "the gingerbread latte is back and my life is complete 🎄", "x");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).not.toMatch(/the life/);
  });

  it("reads 'Ich berate seit Jahren Gewerbekunden' as standing", () => {
    const text =
      "Ich berate seit Jahren Gewerbekunden zu PV. Ihre Angebote ohne Speicher sind für die meisten Betriebe wirtschaftlich nicht sinnvoll.";
    expect(answer("rheinwerk", text, "linkedin").assessment.role).toBe("opinion-leader");
  });
});

describe("the misses left open by the sixth stop", () => {
  it("reads a repeat in scare quotes as sarcasm, never as praise", () => {
    const first = takesSeriously(
      "rheinwerk",
      'Another "planned maintenance" during the evening peak. Great planning as always.',
    );
    expect(first?.text).toMatch(/planned maintenance/);
    takesSeriously("kaffeekollektiv", "Schon wieder eine „Optimierung“ der Karte. Großartig.");
  });

  it("names two debits where one was due, without asking for what was not said", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Jeden Monat zwei Abbuchungen vom Konto, obwohl ich nur einen Vertrag habe. Was soll das?",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
    expect(first?.text).toMatch(/zwei Abbuchungen statt einer/);
    expect(first?.text).not.toMatch(/gute Frage/);
  });

  it("names the bill that did not come, with how long", () => {
    const { first } = answer("rheinwerk", "Ihr seid echt unfähig. Seit zwei Monaten keine Rechnung bekommen!");
    expect(first?.text).toMatch(/dass Sie seit zwei Monaten keine Rechnung bekommen haben/);
  });

  it("asks about a contract, not 'Vertrag und Frau'", () => {
    const { first } = answer("rheinwerk", "Wie kann ich den Vertrag auf meine Frau umschreiben lassen?");
    expect(first?.text).toMatch(/Vertrag/);
    expect(first?.text).not.toMatch(/und Frau/);
  });

  it.each([
    [
      "Das WLAN-Modul der Wärmepumpe verliert ständig die Verbindung.",
      /dass das WLAN-Modul der Wärmepumpe ständig die Verbindung verliert/,
    ],
    ["Mein Wechselrichter fällt seit Tagen ständig aus.", /dass Ihr Wechselrichter seit Tagen ständig ausfällt/],
    [
      "The wifi module on my heat pump keeps dropping the connection.",
      /that the wifi module on your heat pump keeps dropping the connection/,
    ],
  ])("says the fault as the sentence said it: %s", (text, said) => {
    const { assessment, first } = answer("rheinwerk", text);
    expect(assessment.intent.complaint?.problem).toBe("other");
    expect(first?.strategy).toMatch(/^case-/);
    expect(first?.text).toMatch(said);
  });

  it("does not say an adverb back as the verb", () => {
    const { first } = answer(
      "rheinwerk",
      "Seit dem Einbau der Wärmepumpe wird das Obergeschoss nicht mehr richtig warm. Nur 17 Grad oben.",
    );
    expect(first?.text).not.toMatch(/das Obergeschoss mehr/);
  });
});

/**
 * A seventh batch of forty, written the same way on 2026-12-01 (17 of 40 accepted at first reading): each case here
 * was answered wrongly before.
 */
describe("a seventh batch: what was missed at first reading", () => {
  it.each([
    [
      "kaffeekollektiv",
      "Kartenzahlung in Leipzig geht seit Tagen nicht, nur bar. Wer hat heute noch Bargeld dabei?",
      /dass die Kartenzahlung in Leipzig seit Tagen nicht funktioniert/,
    ],
    [
      "rheinwerk",
      "Der Monteur war für heute 8–12 Uhr angekündigt, jetzt ist 14 Uhr und niemand hat sich gemeldet.",
      /noch auf den Monteur warten/,
    ],
    [
      "kaffeekollektiv",
      "Ich hab mein Abo pausiert und trotzdem kam diese Woche ein Paket. Und abgebucht wurde auch.",
      /trotz pausiertem Abo ein Paket kam und abgebucht wurde/,
    ],
    [
      "rheinwerk",
      "Seit der Installation läuft der Heizstab der Wärmepumpe fast durchgehend. Die Stromrechnung explodiert.",
      /dass der Heizstab der Wärmepumpe fast durchgehend läuft/,
    ],
    [
      "rheinwerk",
      "Asked for a heat pump quote three weeks ago. Nothing. Do you actually want customers?",
      /still waiting for your heat pump quote/,
    ],
    [
      "rheinwerk",
      "Ich habe vor vier Wochen ein Angebot für eine Wärmepumpe angefragt. Bis heute nichts.",
      /noch auf Ihr Angebot für eine Wärmepumpe warten/,
    ],
    ["kaffeekollektiv", "ordered decaf, got regular, now I'm wide awake at 3am", /you got regular instead of decaf/],
    [
      "kaffeekollektiv",
      "Hatte heute in Ottensen einen Oat Flat White und bin mir sicher, dass da Kuhmilch drin war. Jetzt Bauchschmerzen.",
      /dass du nach dem Oat Flat White Bauchschmerzen hast/,
    ],
    [
      "kaffeekollektiv",
      "I had a chai latte at your Kreuzberg cafe and now I have a stomach ache",
      /stomach pain after the chai latte/,
    ],
    [
      "rheinwerk",
      "Kundennummer 4471209. Der Batteriespeicher zeigt seit dem Update nur noch 0 % an, obwohl die Anlage Strom produziert.",
      /dass der Batteriespeicher seit dem Update nur noch 0 % anzeigt/,
    ],
  ] as const)("takes a case as the customer's and names it: %s: %s", (company, text, named) => {
    const { first } = namesTheCase(company, text, named);
    expect(first?.text).not.toMatch(/gute Frage|good question/);
  });

  it("asks nothing of a drink served at a named café: there is no batch number", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Hatte heute in Ottensen einen Oat Flat White und bin mir sicher, dass da Kuhmilch drin war. Jetzt Bauchschmerzen.",
    );
    expect(first?.text).not.toMatch(/Chargennummer|Foto/);
  });

  it("insults around a bill 'doppelt so hoch' get the boundary and the case together", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Ihr seid doch alles Betrüger und Arschlöcher! Meine Rechnung ist doppelt so hoch wie letztes Jahr.",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
    expect(first?.strategy).toBe("boundary-and-help");
  });

  it("hears hold music on a loop as sarcasm", () => {
    takesSeriously(
      "rheinwerk",
      "Toll, die Hotline hat jetzt Wartemusik in Dauerschleife. Nach 40 Minuten kann ich sie mitsingen. 👏",
    );
  });

  it.each([
    [
      "rheinwerk",
      "Ihre neue Kampagne wirkt austauschbar. Stockfotos und Floskeln, kein einziger echter Kunde.",
      /Kampagne/,
    ],
    [
      "kaffeekollektiv",
      "Still serving takeaway in single-use cups while preaching sustainability. Pick one.",
      /single-use cups/,
    ],
  ] as const)("takes criticism of empty work seriously and names it: %s", (company, text, named) => {
    const first = takesSeriously(company, text);
    expect(first?.text).toMatch(named);
  });

  it.each([
    [
      "kaffeekollektiv",
      "your post says the new single origin is from Colombia but the bag says Peru",
      /Colombia and Peru/,
    ],
    ["kaffeekollektiv", "the post says the tasting is 8,50 but your website says 9,50", /8,50 and 9,50/],
  ] as const)("names both values a correction sets against each other: %s", (company, text, named) => {
    const { first } = answer(company, text, "x");
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toMatch(named);
  });

  it("reads 'I've audited … for twelve years' as standing, and engages the argument", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      'I\'ve audited coffee supply chains for twelve years. "Direct trade" without published prices is just marketing.',
      "linkedin",
    );
    expect(assessment.role).toBe("opinion-leader");
    expect(first?.strategy).toBe("engage-argument");
  });

  it.each([
    [
      "rheinwerk",
      "Wo kann ich meinen Zählerstand eintragen? Finde das im Kundenportal nicht.",
      /Zählerstand können Sie/,
    ],
    ["kaffeekollektiv", "Liefert ihr auch nach Graz?", /nach Österreich/],
    ["rheinwerk", "what time does your service line close on fridays?", /Mon–Fri/],
  ] as const)("answers with the saved reply whose topic is asked in other words: %s", (company, text, answered) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(answered);
  });

  it("names what is asked about, not where it is for: EV chargers", () => {
    expect(answer("rheinwerk", "Do you install EV chargers for flats with shared parking?", "x").first?.text).toMatch(
      /EV chargers/,
    );
  });

  it.each([
    ["kaffeekollektiv", "Bester Flat White in ganz Leipzig, und das Team ist immer gut gelaunt ☕", /der Flat White/],
    [
      "rheinwerk",
      "Großes Kompliment an das Projektteam für die Sanierung unserer Schule – termingerecht und sauber.",
      /Projektteam/,
    ],
  ] as const)("thanks praise said as a verdict, naming what: %s", (company, text, named) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(named);
  });
});

/** An eighth batch of forty (20 accepted at first reading): each case here was answered wrongly before. */
describe("an eighth batch: what was missed at first reading", () => {
  it.each([
    [
      "kaffeekollektiv",
      'Asked for oat milk in Kreuzberg this morning, got told you\'d "run out" at 9am. On a Saturday.',
      /we'd run out of oat milk in Kreuzberg/,
    ],
    [
      "kaffeekollektiv",
      "Samstag um 10 Uhr in Altona und die Hafermilch war schon aus. Ernsthaft?",
      /dass es in Altona keine Hafermilch mehr gab/,
    ],
    [
      "rheinwerk",
      "Wir warten seit sechs Wochen auf das überarbeitete Angebot für unseren Gewerbespeicher. Für ein Projekt dieser Größe ist das enttäuschend.",
      /auf das überarbeitete Angebot für Ihren Gewerbespeicher warten/,
    ],
    [
      "rheinwerk",
      "Ihr Monteur hat beim Einbau der Wärmepumpe das Abgasrohr nicht richtig abgedichtet, sagt der Schornsteinfeger.",
      /dass laut Schornsteinfeger das Abgasrohr nicht richtig abgedichtet wurde/,
    ],
    [
      "kaffeekollektiv",
      "Die Geschenkbox mit dem Adventskalender kam ohne die Tassen an, die auf dem Foto zu sehen sind.",
      /ohne die Tassen/,
    ],
    [
      "rheinwerk",
      "you took my direct debit a week early and now I'm overdrawn. great.",
      /your direct debit was taken a week early/,
    ],
  ] as const)("takes a case as the customer's and names it: %s: %s", (company, text, named) => {
    const { assessment, first } = namesTheCase(company, text, named);
    expect(assessment.verdict).toBe("keep");
    expect(first?.text).not.toMatch(/dank|thank/i);
  });

  it("keeps the case beside the boundary when an insult calls a meter fast", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Ihr verlogenen Drecksäcke, der neue Zähler läuft doppelt so schnell wie der alte!",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("boundary-and-help");
  });

  it("answers a 'Saftladen' with the boundary and the case", () => {
    const { first } = answer(
      "rheinwerk",
      "Was für ein Saftladen! Dreimal den Termin verschoben und keiner ruft zurück.",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).not.toMatch(/gute Frage/);
  });

  it.each([
    [
      "rheinwerk",
      "Danke für die Erhöhung meines Abschlags um 60 Euro. Jetzt kann ich im Winter wenigstens sparen, indem ich nicht heize. 👍",
    ],
    ["kaffeekollektiv", "love how the new app needs 4 taps to order one coffee. progress"],
    [
      "kaffeekollektiv",
      'Schöne Bilder vom Farmbesuch, aber ohne veröffentlichte Einkaufspreise ist "Direct Trade" nur ein Etikett.',
    ],
  ] as const)("takes sarcasm and praise undone by 'aber' seriously: %s", (company, text) => {
    takesSeriously(company, text);
  });

  it("never names what they call the company as the topic", () => {
    expect(
      answer("kaffeekollektiv", "Ihr seid so ein überteuerter Hipsterladen, echt zum Kotzen.").first?.text,
    ).not.toMatch(/Hipsterladen/);
  });

  it("checks 'you wrote … but the flyer says …' as a correction naming both days", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "you wrote the market stall is on Sunday but the flyer says Saturday",
      "x",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toMatch(/Sunday and Saturday/);
  });

  it("answers 'Abschlag selbst runtersetzen' with the saved reply on changing it", () => {
    const { first } = answer(
      "rheinwerk",
      "Kann ich meinen monatlichen Abschlag selbst runtersetzen? Wir verbrauchen weniger seit die Kinder ausgezogen sind.",
    );
    expect(first?.strategy).toBe("saved-reply");
  });

  it.each([
    ["kaffeekollektiv", "that new Kenya filter roast is unreal. bought three bags already", /our Kenya filter roast/],
    [
      "rheinwerk",
      "Our office installation went exactly to plan. Great crew, tidy site, no surprises.",
      /the office installation!/,
    ],
  ] as const)("thanks what was praised, not a word in passing: %s", (company, text, named) => {
    const { first } = answer(company, text, "x");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(named);
  });

  it("asks about training places without 'Sommer' or 'Platz' as topics", () => {
    const { first } = answer(
      "rheinwerk",
      "Bilden Sie auch Anlagenmechaniker SHK aus? Mein Sohn sucht ab Sommer einen Platz.",
      "linkedin",
    );
    expect(first?.text).toMatch(/Anlagenmechaniker/);
    expect(first?.text).not.toMatch(/Sommer|Platz/);
  });
});

/** A ninth batch of forty (17 accepted at first reading): each case here was answered wrongly before. */
describe("a ninth batch: what was missed at first reading", () => {
  it("never deletes a cracked cup as an insult, and names the injury with the cup and the café", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "In Kreuzberg hatte meine Tasse heute einen Sprung, hab mir fast die Lippe aufgeschnitten.",
    );
    expect(assessment.verdict).toBe("keep");
    expect(assessment.intent.complaint?.problem).toBe("safety");
    expect(first?.text).toMatch(/an einer Tasse mit Sprung in Kreuzberg verletzt/);
    expect(first?.text).not.toMatch(/Chargennummer|Foto/);
  });

  it("still deletes 'einen Sprung in der Schüssel' said of a person", () => {
    expect(answer("kaffeekollektiv", "Du hast doch einen Sprung in der Schüssel.").assessment.verdict).toBe(
      "may-delete",
    );
  });

  it.each([
    [
      "rheinwerk",
      "Unsere Photovoltaikanlage speist seit dem Zählertausch nichts mehr ein. Laut App 0 kWh seit dem 12.11.",
      /dass Ihre Photovoltaikanlage seit dem Zählertausch nichts mehr einspeist/,
    ],
    [
      "rheinwerk",
      "engineer was booked for 8-12 today, it's now 3pm. no call, no text, nothing",
      /still waiting for the engineer/,
    ],
    [
      "kaffeekollektiv",
      "wifi in the Leipzig café has been down all week, hard to work from there 😕",
      /the wifi in Leipzig isn't working/,
    ],
    ["kaffeekollektiv", "Ihr Penner habt meine Bestellung jetzt zum zweiten Mal falsch gepackt!!", /Bestellung/],
    [
      "rheinwerk",
      "smart meter's been stuck on the same reading since 3 Nov, so my bills are all estimated now",
      /smart meter/,
    ],
  ] as const)("takes a case as the customer's: %s: %s", (company, text, named) => {
    namesTheCase(company, text, named, /^case-|^boundary-and-help$/);
  });

  it("thanks an emergency call-out that put a failure right, naming the service", () => {
    const { first } = answer(
      "rheinwerk",
      "Heiligabend fiel die Heizung aus, und euer Notdienst war in einer Stunde da. Ganz großes Danke!",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/unser Notdienst/);
  });

  it("thanks the barista named with her café", () => {
    const { first } = answer("kaffeekollektiv", "Lina in Ottensen macht den besten Cortado. Jedes Mal.");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Lina/);
  });

  it.each([
    [
      "rheinwerk",
      "Der Arbeitspreis im Beitrag ist falsch: Es sind 32,9 Cent pro Kilowattstunde, nicht 29,9.",
      /29,9 Cent und 32,9 Cent/,
    ],
    [
      "kaffeekollektiv",
      "Kleiner Fehler: Auf dem Foto ist die Sidamo-Packung, im Text steht aber Yirgacheffe.",
      /Sidamo und Yirgacheffe/,
    ],
    [
      "rheinwerk",
      "The grant isn't from KfW anymore for this, it's BAFA since 2024. Your post is out of date.",
      /KfW and BAFA/,
    ],
    ["rheinwerk", "Die Nummer im Beitrag ist falsch. Richtig ist 0221 555 0190, nicht 0221 555 0109.", /0221 555 0190/],
  ] as const)("names both sides of a correction: %s", (company, text, named) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toMatch(named);
  });

  it("names the opening hours a sarcastic comment is about", () => {
    const first = takesSeriously(
      "kaffeekollektiv",
      "Super, dass ihr sonntags jetzt erst um 11 aufmacht. Brunch um 9 war eh überbewertet. 🙄",
    );
    expect(first?.text).toMatch(/Öffnungszeiten/);
  });

  it("answers a 'Verbrecherbande' with a line on the tone", () => {
    expect(answer("rheinwerk", "Wer bei euch Kunde ist, ist selber schuld. Verbrecherbande.").first?.strategy).toMatch(
      /^boundary/,
    );
  });

  it("names the grind asked about", () => {
    expect(answer("kaffeekollektiv", "which grind should i pick for an aeropress?", "x").first?.text).toMatch(
      /the grind/,
    );
  });
});

describe("fresh comments read through the CLI as a lead would", () => {
  it("names paying twice after a move, with the date once and one full stop", () => {
    const { first } = answer(
      "rheinwerk",
      "Seit dem Umzug am 1.10. zahle ich doppelt: an euch und an den neuen Anbieter. Die Kündigung habe ich rechtzeitig geschickt.",
    );
    expect(first?.text).toMatch(/dass Sie doppelt zahlen/);
    expect(first?.text).not.toMatch(/\d\.\.(?!\.)/);
  });

  it("names the wrong goods sent to someone allergic, and asks for the order, not a batch", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "ordered the oat milk 6 pack, got 6 cartons of soy. I'm allergic to soy.",
      "x",
    );
    expect(first?.text).toMatch(/you got soy instead of the oat milk 6 pack/);
    expect(first?.text).not.toMatch(/were hurt|batch/);
  });

  it("never names 'Aussage' as what an expert argues about", () => {
    const { first } = answer(
      "rheinwerk",
      "Als Bauphysikerin: Ihre Aussage, jede Wärmepumpe spare 40 % CO2, ist ohne Angabe des Strommixes nicht haltbar.",
      "linkedin",
    );
    expect(first?.strategy).toBe("engage-argument");
    expect(first?.text).not.toMatch(/Aussage/);
  });
});

/** A tenth batch of forty (16 accepted at first reading): each case here was answered wrongly before. */
describe("a tenth batch: what was missed at first reading", () => {
  it("reads 'unfassbar gut' as praise, never as anger", () => {
    const { assessment, first } = answer("kaffeekollektiv", "Eure Zimtschnecken sind einfach unfassbar gut 😍");
    expect(assessment.tone).toBe("positive");
    expect(first?.strategy).toBe("thank-specifically");
  });

  it.each([
    [
      "kaffeekollektiv",
      "Heute 25 Minuten in Altona angestanden, weil nur eine Person an der Kasse war. Am Samstag!",
      /dass du in Altona 25 Minuten anstehen musstest/,
    ],
    [
      "rheinwerk",
      "your installer left a pile of rubble in our front garden and hasn't been back for 2 weeks",
      /a pile of rubble was left in your front garden/,
    ],
    [
      "kaffeekollektiv",
      "KK-14002: statt Filterkaffee kam Espresso-Mahlung. Ich hab nur eine Filtermaschine…",
      /Espresso-Mahlung statt Filterkaffee/,
    ],
    [
      "rheinwerk",
      "Auf meiner Rechnung steht eine falsche Zählernummer. Das ist nicht mein Zähler!",
      /dass auf Ihrer Rechnung eine falsche Zählernummer steht/,
    ],
    [
      "rheinwerk",
      "Ich habe vor 3 Monaten gekündigt und immer noch keine Bestätigung bekommen.",
      /noch keine Kündigungsbestätigung/,
    ],
    ["rheinwerk", "radiators upstairs still cold after your engineer 'fixed' the heat pump yesterday", /heat pump/],
  ] as const)("takes a case as the customer's: %s: %s", (company, text, named) => {
    const { first } = namesTheCase(company, text, named);
    expect(first?.text).not.toMatch(/Person|dank|thank/i);
  });

  it("takes a reproach dressed as a question seriously: 'Passt nicht zu eurem Öko-Image'", () => {
    const first = takesSeriously(
      "kaffeekollektiv",
      "Warum sind eure Kekse einzeln in Plastik verpackt? Passt nicht zu eurem Öko-Image.",
    );
    expect(first?.text).toMatch(/Verpackung/);
    expect(first?.text).not.toMatch(/gute Frage/);
  });

  it("never says back what they called the company: 'bunch of cowboys'", () => {
    expect(answer("rheinwerk", "rheinwerk = bunch of cowboys", "x").first?.text).not.toMatch(/cowboys/);
  });

  it.each([
    ["kaffeekollektiv", "that bag is Guatemala, not Honduras like your post says", /Guatemala and Honduras/],
    [
      "rheinwerk",
      "Kleine Korrektur: Rheinwerk gibt es nicht seit 30, sondern seit 25 Jahren. Steht so in Ihrem eigenen Impressum.",
      /30 Jahre und 25 Jahre/,
    ],
    ["rheinwerk", "Das Foto zeigt gar nicht die WP 9, sondern die WP 12. Sieht man am Display.", /WP 9 und WP 12/],
  ] as const)("names both sides of a correction: %s", (company, text, named) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toMatch(named);
  });

  it("thanks 'that's service' and the PV-Projekt, naming them", () => {
    expect(
      answer("kaffeekollektiv", "the Altona team remembered my order after one visit. that's service", "x").first
        ?.strategy,
    ).toBe("thank-specifically");
    expect(
      answer("rheinwerk", "Das PV-Projekt auf unserem Schuldach lief vorbildlich. Danke an das ganze Team!", "linkedin")
        .first?.text,
    ).toMatch(/das PV-Projekt/);
  });

  it("reads 'follow me for free crypto tips' as spam", () => {
    expect(answer("kaffeekollektiv", "FOLLOW ME FOR FREE CRYPTO TIPS 🚀🚀", "x").assessment.verdict).toBe("may-delete");
  });

  it("names what a price criticised by its amount is for, never 'the confidence'", () => {
    const first = takesSeriously("kaffeekollektiv", "€7.20 for a pumpkin spice latte. bold move, love the confidence");
    expect(first?.text).toMatch(/the pumpkin spice latte/);
    expect(first?.text).not.toMatch(/confidence/);
  });
});

/** An eleventh batch of thirty, in English (9 accepted at first reading): each case here was answered wrongly before. */
describe("an eleventh batch, in English: what was missed at first reading", () => {
  it.each([
    ["kaffeekollektiv", '"next day delivery" they said. it\'s day 6. love that for me'],
    ["rheinwerk", "your customer service used to be great. now it's a chatbot that can't answer anything"],
    ["rheinwerk", "45 mins on hold to be told to check the website. thanks so much, really helpful 🙃"],
  ] as const)("takes it seriously and thanks nothing: %s", (company, text) => {
    takesSeriously(company, text);
  });

  it.each([
    ["rheinwerk", "Just got a bill for £1,240 for three months. We're a two bed flat. This can't be right.", /bill/],
    [
      "rheinwerk",
      "app crashes every time I try to submit a meter reading. Pixel 8, latest version",
      /our App|the app|our app/i,
    ],
    [
      "rheinwerk",
      "Our school's heat pump was supposed to be commissioned on 15 November. Still waiting, no date given.",
      /waiting for the commissioning of your school's heat pump/,
    ],
    [
      "kaffeekollektiv",
      "I skipped this month's subscription delivery in the app but you still charged me £18.50",
      /charged even though you had skipped the delivery/,
    ],
  ] as const)("takes a case as the customer's: %s", (company, text, named) => {
    namesTheCase(company, text, named);
  });

  it("greets Phil by his first name: 'phil' is a faculty only after 'Dr.'", () => {
    expect(
      answer("rheinwerk", "Brilliant, another price rise right before Christmas.", "x", "Phil Dawson").first?.text,
    ).toMatch(/^Hello Phil,/);
    expect(
      answer("rheinwerk", "Kleine Frage zur Förderung?", "facebook", "Dr. phil. Anna Berg").first?.text,
    ).not.toMatch(/phil/);
  });

  it("reads 'nothing to do with you lot I know' as not about the company", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Energy prices are a scam by the government, nothing to do with you lot I know",
      "facebook",
    );
    expect(assessment.intent.offTopic).toBe(true);
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("sets a boundary for 'Absolute shower of incompetents'", () => {
    expect(answer("rheinwerk", "Absolute shower of incompetents, the lot of you").first?.strategy).toMatch(/^boundary/);
  });

  it("checks 'Minor point: … closer to 3.5' as a correction", () => {
    expect(
      answer(
        "rheinwerk",
        "Minor point: your post quotes a COP of 5 for air source heat pumps in winter. Realistic figures are closer to 3.5.",
        "linkedin",
      ).first?.strategy,
    ).toBe("check-correction");
  });

  it("thanks the install team by name, not 'place spotless'", () => {
    const { first } = answer(
      "rheinwerk",
      "huge thanks to the install team, in and out in two days and left the place spotless",
      "x",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/the install team/);
    expect(first?.text).not.toMatch(/spotless/);
  });
});

/** A twelfth batch of forty (20 accepted at first reading): each case here was answered wrongly before. */
describe("a twelfth batch: what was missed at first reading", () => {
  it.each([
    ["rheinwerk", "Ganz toller Service, die Hotline legt nach 20 Minuten einfach auf. Weiter so!"],
    ["kaffeekollektiv", "oh good, the oat milk surcharge is back. just what I needed"],
    ["kaffeekollektiv", "Lauwarmer Kaffee für 4,50 €. Ein echtes Erlebnis. 😒"],
  ] as const)("takes sarcasm seriously and thanks nothing: %s", (company, text) => {
    const { first } = answer(company, text);
    expect(first?.text).not.toMatch(/dank|thank/i);
    expect(first?.strategy).not.toBe("thank-specifically");
  });

  it.each([
    [
      "kaffeekollektiv",
      "Habe heute in Altona ein Croissant gekauft, das war innen noch roh. Schade.",
      /dass dein Croissant in Altona innen noch roh war/,
    ],
    [
      "rheinwerk",
      "meter swap appointment cancelled the morning of, for the second time. I took a day off for this",
      /your meter swap appointment was cancelled again/,
    ],
    [
      "rheinwerk",
      "Warum wurde mein Abschlag diesen Monat gar nicht abgebucht? Jetzt habe ich Angst vor einer Mahnung.",
      /dass Ihr Abschlag nicht abgebucht wurde/,
    ],
    [
      "rheinwerk",
      "Für unseren Wartungsvertrag wurde die Pauschale ohne Ankündigung um 35 % erhöht. Bitte um Erklärung.",
      /dass die Pauschale um 35 % erhöht wurde/,
    ],
    ["rheinwerk", "inverter beeping every night since the install, can't sleep. who do I call?", /inverter/],
    ["kaffeekollektiv", "Die Kaffeemühle kam heute an, aber der Mahlwerk-Einsatz fehlt komplett.", /Kaffeemühle/],
  ] as const)("takes a case as the customer's: %s", (company, text, named) => {
    const { first } = namesTheCase(company, text, named);
    expect(first?.text).not.toMatch(/gute Frage|good question|Angst/);
  });

  it("asks nothing of a croissant bought at a named café", () => {
    expect(
      answer("kaffeekollektiv", "Habe heute in Altona ein Croissant gekauft, das war innen noch roh. Schade.").first
        ?.text,
    ).not.toMatch(/Bestellnummer/);
  });

  it("sets a boundary for 'garbage people', never naming 'the earth'", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "kaffeekollektiv is literally the worst company on earth, garbage people",
      "x",
    );
    expect(first?.strategy).toMatch(/^boundary/);
    expect(first?.text).not.toMatch(/earth/);
  });

  it("checks a misleading chart as a correction", () => {
    expect(
      answer("rheinwerk", "Die Grafik im Beitrag ist irreführend: Die y-Achse beginnt bei 80 statt bei 0.", "linkedin")
        .first?.strategy,
    ).toBe("check-correction");
  });

  it.each([
    ["rheinwerk", "Rückruf kam nach 10 Minuten, Problem gelöst. So stelle ich mir Kundenservice vor.", /der Rückruf/],
    [
      "rheinwerk",
      "Die Schulung Ihrer Techniker für unsere Installateure war praxisnah und top organisiert.",
      /die Schulung/,
    ],
  ] as const)("thanks praise naming what was praised: %s", (company, text, named) => {
    const { first } = answer(company, text, "linkedin");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(named);
  });
});

/** A thirteenth batch of twenty-five (9 accepted at first reading): each case here was answered wrongly before. */
describe("a thirteenth batch: what was missed at first reading", () => {
  it("never sends 'Früher hat man einfach einen Pullover mehr angezogen' to review", () => {
    const { assessment, first } = answer("rheinwerk", "Früher hat man einfach einen Pullover mehr angezogen.");
    expect(assessment.verdict).toBe("keep");
    expect(first?.text).not.toMatch(/Ton/);
  });

  it("sets no line on the tone for a mild word said of a situation, and still for one said of them", () => {
    const { first } = answer(
      "kaffeekollektiv",
      'Die Toilette in Kreuzberg ist seit einer Woche abgeschlossen, "defekt". Für Gäste echt blöd.',
    );
    expect(first?.strategy).toMatch(/^case-/);
    expect(first?.text).toMatch(/die Toilette in Kreuzberg/);
    expect(answer("kaffeekollektiv", "Ihr seid echt blöd.").first?.strategy).toMatch(/^boundary/);
  });

  it.each([
    ["kaffeekollektiv", "Bestellt am 2., geliefert am 19. Ihr seid echt die Schnellsten. 🐌"],
    [
      "rheinwerk",
      "Danke, dass ihr mir einen Abschlag von 0 Euro berechnet und dann 900 Euro nachfordert. Super Planung!",
    ],
    ["kaffeekollektiv", "the new app update deleted my loyalty stamps. amazing work everyone"],
  ] as const)("thanks no sarcasm: %s", (company, text) => {
    const { first } = answer(company, text);
    expect(first?.strategy).not.toBe("thank-specifically");
    expect(first?.text).not.toMatch(/dank|thank/i);
  });

  it.each([
    ["rheinwerk", "Als Geschäftskundin erwarte ich Antworten innerhalb von 48 Stunden, nicht nach drei Wochen."],
    ["kaffeekollektiv", "6,20 für einen Chai Latte ist einfach nicht mehr normal."],
  ] as const)("takes criticism without a complaint word seriously: %s", (company, text) => {
    takesSeriously(company, text);
  });

  it("names lower-case weekdays a correction sets against each other", () => {
    expect(
      answer(
        "kaffeekollektiv",
        "post says the new roast drops thursday but the newsletter said tuesday. which one?",
        "x",
      ).first?.text,
    ).toMatch(/Thursday and Tuesday/);
  });

  it("reads 'Wo bleibt das Geld?' after money owed back as a refund case", () => {
    const { assessment } = answer(
      "rheinwerk",
      "Laut Schlussrechnung bekomme ich 180 € zurück. Das war im September. Wo bleibt das Geld?",
    );
    expect(assessment.intent.complaint?.problem).toBe("refund");
  });

  it("names the three-word thing a 'which …' question asks about", () => {
    expect(answer("kaffeekollektiv", "which oat milk brand do you use in the cafés?", "x").first?.text).toMatch(
      /the oat milk brand/,
    );
  });
});

describe("a dozen more read through the CLI", () => {
  it("takes 'nur noch geldgierig' seriously instead of reading along", () => {
    takesSeriously(
      "rheinwerk",
      "Ihr seid doch nur noch geldgierig. Früher war Rheinwerk mal ein ordentlicher Versorger.",
    );
  });

  it("never names 'the size' of 'a company this size'", () => {
    expect(
      answer(
        "rheinwerk",
        "shocked that a company this size still can't send a simple confirmation email after a meter reading",
        "x",
      ).first?.text,
    ).not.toMatch(/size/);
  });
});

describe("batch eighteen: forty fresh comments", () => {
  it.each([
    ["kaffeekollektiv", "5,20 für einen Cappuccino. Bald muss man dafür einen Kredit aufnehmen. 👏"],
    [
      "kaffeekollektiv",
      '"Frisch geröstet und schnell geliefert" – drei Wochen später sind die Bohnen dann auch schön abgelagert.',
    ],
  ] as const)("thanks no sarcasm: %s", (company, text) => {
    takesSeriously(company, text);
    expect(answer(company, text).first?.text).not.toMatch(/dank|thank/i);
  });

  it("names the delivery a quoted promise of speed is held against", () => {
    expect(
      answer(
        "kaffeekollektiv",
        '"Frisch geröstet und schnell geliefert" – drei Wochen später sind die Bohnen dann auch schön abgelagert.',
      ).first?.text,
    ).toMatch(/an der Lieferung/);
  });

  it("still thanks a move put through two days later", () => {
    expect(
      answer("rheinwerk", "Umzug gemeldet, zwei Tage später war alles umgestellt. Danke, so einfach kann es sein.")
        .first?.strategy,
    ).toBe("thank-specifically");
  });

  it("still thanks a quick delivery told with 'even though'", () => {
    expect(
      answer(
        "kaffeekollektiv",
        "Thanks for the quick delivery! Even though I ordered on Sunday, the beans were here by Tuesday 🙌",
      ).first?.text,
    ).not.toMatch(/criticism/);
  });

  it("offers the saved reply on shipping to Austria whatever verb asks", () => {
    for (const text of ["Versendet ihr auch nach Österreich?", "Verschickt ihr auch nach Wien?"]) {
      expect(answer("kaffeekollektiv", text).first?.savedReplyId).toBe("kk-versand-at");
    }
    expect(answer("kaffeekollektiv", "Liefert ihr auch in die Schweiz?").first?.savedReplyId).not.toBe("kk-versand-at");
  });

  it("names work that keeps being put off as what they wait for", () => {
    namesTheCase(
      "rheinwerk",
      "Die PV-Anlage ist seit 5 Wochen fertig montiert, aber die Inbetriebnahme wird immer wieder verschoben.",
      /seit 5 Wochen auf die Inbetriebnahme warten/,
    );
    namesTheCase(
      "rheinwerk",
      "Our heat pump installation keeps getting postponed, this is the third time now",
      /waiting for the heat pump installation/,
    );
  });

  it("takes beans that taste burnt with 'Ist da was schiefgelaufen?' as a case, not a question", () => {
    namesTheCase(
      "kaffeekollektiv",
      "Die Bohnen aus meinem Abo schmecken diesen Monat total verbrannt. Ist da was schiefgelaufen?",
      /Bohnen/,
      /^case-next-step$/,
    );
  });

  it("names dairy served when oat milk was asked for", () => {
    namesTheCase(
      "kaffeekollektiv",
      "Asked for oat milk at Altona, clearly got dairy. I'm lactose intolerant. Not great.",
      /dairy instead of oat milk/,
    );
  });

  it("reads a meter reading the app will not take as the app's fault, not the bill's", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Eure App ist Müll und ihr seid alle unfähige Idioten. Seit Tagen kann ich meinen Zählerstand nicht eintragen.",
    );
    expect(assessment.intent.complaint?.problem).toBe("defect");
    expect(first?.text).toMatch(/App/);
    expect(first?.text).not.toMatch(/Abrechnung/);
  });

  it("reads a subscription box that did not come as a delivery", () => {
    const { first } = answer("kaffeekollektiv", "my subscription box didn't come this month, anyone else?", "x");
    expect(first?.text).toMatch(/order number/);
    expect(first?.text).not.toMatch(/bill/);
  });

  it("reads 'no power meter' as a meter left unfitted, not a power cut", () => {
    const { first } = answer(
      "rheinwerk",
      "the engineer came to fit the smart meter, took the old one off, and left without fitting the new one. no power meter now??",
      "x",
    );
    expect(first?.text).toMatch(/work on your smart meter was left unfinished/);
    expect(first?.text).not.toMatch(/no power|damaged/);
  });
});

describe("batch eighteen: what needs no reply, and whom to greet", () => {
  it.each([
    ["rheinwerk", "Die Politik hat die Energiewende komplett verbockt, da könnt ihr auch nichts dafür."],
    ["kaffeekollektiv", "Früher gab's Kaffee noch für 50 Pfennig. Das waren Zeiten."],
  ] as const)("needs no reply: %s", (company, text) => {
    expect(answer(company, text).first?.strategy).toBe("no-reply-needed");
  });

  it("greets an outlet by its whole name, not its first word", () => {
    const leader = answer(
      "kaffeekollektiv",
      "Schöne Cafés, aber dass es bei euch immer noch Einwegbecher ohne Pfandsystem gibt, passt nicht zu eurem Nachhaltigkeitsversprechen.",
      "facebook",
      "Hamburg isst nachhaltig",
      41000,
    ).first?.text;
    expect(leader).toMatch(/^Hi Hamburg isst nachhaltig,/);
    // What was granted before "aber" is not the argument.
    expect(leader).toMatch(/Einwegbecher/);
    expect(leader).not.toMatch(/Cafés/);
    expect(
      answer("rheinwerk", "Your tariff comparison leaves out the base fee.", "x", "Energy Watch DE", 53000).first?.text,
    ).toMatch(/^Hi Energy Watch DE,/);
    expect(answer("rheinwerk", "Toller Service, danke!", "facebook", "Ursula von der Leyen").first?.text).toMatch(
      /Ursula von der Leyen,/,
    );
  });

  it("still names both places a correction sets against each other after 'aber'", () => {
    expect(
      answer("kaffeekollektiv", "Im Post steht Ottensen, aber das neue Café ist doch in Altona, oder?").first?.text,
    ).toMatch(/Ottensen/);
  });
});

describe("batch nineteen: forty comments written by someone else", () => {
  it("thanks praise that credits the roasting team, never calls it criticism", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Just finished the Guji from this month's subscription and wow. The blueberry notes weren't marketing speak, they were actually there. Well done to the roasting team.",
    );
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("reads a café that 'lost the vibe' as criticism, not a trip gone wrong", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "your cafés used to be cosy, now it's laptops wall to wall and you can't get a seat after 10am. kind of lost the vibe tbh",
      "x",
    );
    expect(first?.text).not.toMatch(/trip|booking/);
  });

  it("engages an opinion leader's argument about what is not published, no bill in sight", () => {
    const { first } = answer(
      "kaffeekollektiv",
      `You market your beans as "direct trade" but I can't find a single farm name or price paid anywhere on your website. If you're genuinely paying above Fairtrade minimums, publish the numbers.`,
      "facebook",
      "Lena Hoffmann – Bohnenblog",
      32000,
    );
    expect(first?.strategy).toBe("engage-argument");
    expect(first?.text).toMatch(/direct trade/);
  });

  it("names the bag and the box of a sarcastic 'premium experience', not a bill", () => {
    const text =
      "oh brilliant, €12 for 250g and the bag turns up half crushed with beans all over the box. premium experience right there";
    takesSeriously("kaffeekollektiv", text);
    expect(answer("kaffeekollektiv", text, "x").first?.text).toMatch(/the bag and the box/);
  });

  it("sets a boundary and still takes up staff who ignored a guest at the counter", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Eure Leute in Altona sind echt die unfreundlichsten Idioten der Stadt. Ich steh Sonntag 10 Minuten am Tresen, drei Mitarbeiter quatschen miteinander und keiner guckt mich an.",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/Altona/);
    expect(first?.text).not.toMatch(/Sonntag 10/);
  });

  it("names cow's milk served for oat milk in the Schanze, no order number asked", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "War heute Mittag in der Schanze, Flat White mit Hafermilch bestellt und Kuhmilch bekommen. Hab's beim Kassieren gesagt, der Barista hat nur mit den Schultern gezuckt.",
    );
    expect(first?.text).toMatch(/Kuhmilch statt Hafermilch/);
    expect(first?.text).toMatch(/Schanze/);
    expect(first?.text).not.toMatch(/Bestellnummer/);
    // Ordered on Sunday and got it on Tuesday is no swap.
    expect(
      answer("kaffeekollektiv", "Sonntag bestellt und Dienstag bekommen, super schnell!").assessment.intent.complaint,
    ).toBeUndefined();
  });

  it("asks nothing a correction about a branch's hours already said", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Kleiner Hinweis zu eurem Post von gestern: Da steht, Kreuzberg hat sonntags bis 18 Uhr offen, bei Google und an der Tür steht 17 Uhr. Was stimmt denn jetzt? Stand gestern um 17:20 vor verschlossener Tür.",
    );
    expect(first?.text).toMatch(/Kreuzberg/);
    expect(first?.text).not.toMatch(/in welcher Filiale/);
  });

  it("thanks the barista named with the café that helped", () => {
    expect(
      answer(
        "kaffeekollektiv",
        "Wollte nur mal sagen: Ole in Altona hat mir heute 15 Minuten lang erklärt, wie ich meine Siebträgermaschine richtig einstelle. Danke!! ☕️",
      ).first?.text,
    ).toMatch(/Ole/);
  });

  it("hears a subscription's suspense as sarcasm, not a question", () => {
    takesSeriously(
      "kaffeekollektiv",
      "Super Sache mit dem Abo, endlich jeden Monat eine Überraschung: Wann kommt der Kaffee diesmal? Dienstag? Nächste Woche? Gar nicht? Spannender als jede Netflix-Serie.",
    );
  });

  it("names paying for both homes after a move", () => {
    namesTheCase(
      "rheinwerk",
      "Umzug von Köln nach Düsseldorf-Bilk am 1.2., Ummeldung rechtzeitig gemacht. Jetzt zahle ich seit zwei Monaten Abschlag für BEIDE Wohnungen. Kundennummer 700339871. Wer dreht das zurück?",
      /für beide Wohnungen zahlen/,
    );
  });

  it("names a grind chosen for a brewing method and what came", () => {
    expect(
      answer(
        "kaffeekollektiv",
        'Hatte extra "für French Press" angeklickt und bekommen hab ich Pulver fein wie Mehl. Die Presse geht kaum runter 🙄',
      ).first?.text,
    ).toMatch(/Pulver statt der Mahlung für French Press/);
  });

  it("names a ramp that is not there, not the website that mentions it", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Visited your Kreuzberg café on Saturday with my mum who uses a wheelchair - the ramp mentioned on your website doesn't exist, staff had to lift her chair over the step.",
    );
    expect(first?.text).toMatch(/no ramp in Kreuzberg/);
    expect(first?.text).not.toMatch(/website|in Saturday/);
  });
});

describe("batch twenty: forty more comments written by someone else", () => {
  it("never answers an opinion leader's argument with the café hours or a saved fact first", () => {
    const { first } = answer(
      "kaffeekollektiv",
      'Ich schreib seit Jahren über Kaffee in Hamburg und mag euch wirklich. Aber wer "direct trade" auf die Tüte schreibt, sollte auch die Einkaufspreise offenlegen. Warum ihr nicht?',
      "facebook",
      "Kaffeeklatsch Hamburg",
      21000,
    );
    expect(first?.strategy).toBe("engage-argument");
    expect(first?.text).not.toMatch(/geöffnet/);
    const heat = answer(
      "rheinwerk",
      "I looked at Rheinwerk's heat pump offer for older houses in Cologne. Their quote assumes a seasonal performance factor of 3.8 for a 1960s building. I'd like to see the numbers behind it.",
      "x",
      "Felix Brand",
      18000,
    );
    expect(heat.first?.strategy).toBe("engage-argument");
  });

  it("helps with money taken twice beside the boundary for an insult", () => {
    const { first } = answer(
      "rheinwerk",
      "whoever runs your billing dept is a complete idiot. €134 taken TWICE from my account on 1st April for the same month. fix it.",
      "x",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/charged €134 twice/);
  });

  it("reads 'läuft nicht mehr übers BAFA, sondern … über die KfW' as a correction naming both", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Kleine Korrektur zu eurem Post: Die Förderung für Wärmepumpen läuft nicht mehr übers BAFA, sondern seit letztem Jahr über die KfW. Nicht dass hier jemand den falschen Antrag stellt.",
    );
    expect(assessment.role).toBe("know-it-all");
    expect(first?.text).toMatch(/BAFA und KfW/);
  });

  it.each([
    [
      "rheinwerk",
      "Ehrlich gesagt finde ich eure Kommunikation bei den Preiserhöhungen unterirdisch. Erst groß mit Preisgarantie werben und dann im Kleingedruckten rumeiern. So gewinnt man kein Vertrauen.",
    ],
    [
      "rheinwerk",
      'every energy company says theyre "customer first" and then makes it impossible to reach an actual human. Rheinwerk no different fr',
    ],
    [
      "rheinwerk",
      "Honestly the whole heat pump push feels like one big sales funnel. Every letter from you now comes with a heat pump flyer. Maybe get the basics right first.",
    ],
  ] as const)("takes criticism without a swear word seriously: %s", (company, text) => {
    takesSeriously(company, text);
  });

  it("reads a battery that has not charged as a fault, not a bill", () => {
    const { first } = answer(
      "rheinwerk",
      "Our solar battery hasn't charged since the update last week. Panels are producing fine but the storage just sits at 4%.",
    );
    expect(first?.strategy).toMatch(/^case-/);
    expect(first?.text).toMatch(/battery/);
    expect(first?.text).not.toMatch(/bill/);
  });

  it("names a named roast asked for and what came, with its article", () => {
    expect(
      answer(
        "kaffeekollektiv",
        "got my order today and it's the wrong beans. asked for the Ethiopia filter roast, got espresso.",
        "x",
      ).first?.text,
    ).toMatch(/espresso instead of the Ethiopia filter roast/);
    // A kind of milk takes none.
    expect(
      answer("kaffeekollektiv", "Asked for oat milk at Altona, clearly got dairy. I'm lactose intolerant.").first?.text,
    ).toMatch(/dairy instead of oat milk/);
  });

  it("names an instalment raised from one figure to another", () => {
    namesTheCase(
      "rheinwerk",
      "Mein Abschlag wurde ohne jede Ankündigung von 89 auf 147 Euro hochgesetzt. Kein Brief, nix in der App, einfach abgebucht. Was soll das??",
      /Ihr Abschlag von 89 Euro auf 147 Euro gestiegen ist/,
    );
  });

  it("names cow's milk served for oat at a named café, with no order number asked", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "War gestern Nachmittag bei euch in der Schanze, hab 25 min auf nen Flat White gewartet und dann wars auch noch Kuhmilch statt Hafer. Bin laktoseintolerant.",
    );
    expect(first?.text).toMatch(/Kuhmilch statt Hafer/);
    expect(first?.text).not.toMatch(/Bestellnummer/);
  });
});

describe("read through the CLI: a credit still open", () => {
  it("takes up a credit open since August beside the boundary, asking the customer number", () => {
    const { first } = answer(
      "rheinwerk",
      "Euer Kundenservice ist eine Katastrophe, ihr unfähigen Clowns. Meine Gutschrift von 230 € ist seit August offen.",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/seit August auf Ihre Gutschrift über 230 € warten/);
    expect(first?.text).toMatch(/Kundennummer/);
  });
});

describe("batch twenty: contempt for the staff without a swear word", () => {
  it.each([
    [
      "kaffeekollektiv",
      "Der Typ mit dem Dutt an der Kasse in Altona ist so ein arroganter Lackaffe. Hat mir heut morgen das Wechselgeld hingeknallt und dabei 5 Euro zu wenig rausgegeben.",
    ],
    [
      "kaffeekollektiv",
      "your coffee tastes like burnt tyres and your baristas are smug little hipsters. overpriced garbage",
    ],
  ] as const)("gets a line on the tone: %s", (company, text) => {
    expect(answer(company, text).first?.strategy).toBe("boundary-and-help");
  });
});

describe("batch eighteen, second look", () => {
  it("names money taken after a cancellation", () => {
    namesTheCase(
      "kaffeekollektiv",
      "Ich habe mein Abo im Oktober gekündigt und trotzdem wurde im November wieder abgebucht.",
      /trotz deiner Kündigung wieder abgebucht/,
    );
  });

  it("names unfriendly service in the Schanze with its article", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "In der Schanze wurde ich heute richtig unfreundlich bedient, als ich nach einem Glas Wasser gefragt habe.",
    );
    expect(first?.strategy).toMatch(/^case-/);
    expect(first?.text).toMatch(/in der Schanze/);
  });
});

describe("batch twenty: a coffee praised by its name", () => {
  it.each([
    [
      "the Yirgacheffe in this month's subscription is honestly the best coffee I've had at home. blueberry notes for real. thank u",
      /our Yirgacheffe/,
    ],
    [
      "Just finished the Guji from this month's subscription and wow. The blueberry notes were actually there. Well done to the roasting team.",
      /our Guji/,
    ],
  ] as const)("thanks the coffee, not the subscription: %s", (text, named) => {
    expect(answer("kaffeekollektiv", text, "x").first?.text).toMatch(named);
  });
});

describe("batch twenty-one (written by a helper that never saw the code)", () => {
  it("answers a furious customer without hot water with the case, never only 'we read along'", () => {
    const { first } = answer(
      "rheinwerk",
      'Verdammte Scheiße nochmal. Seit 9 TAGEN kein warmes Wasser, eure WP 12 zeigt Hochdruckstörung, der Störungsdienst sagt "wir melden uns" und dann NIX. Ihr seid echt der letzte Saftladen. Kundennummer 55201938, ruft mich gefälligst heute noch an!!!',
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/seit 9 Tagen kein Warmwasser/);
    expect(first?.text).toMatch(/Kundennummer 55201938/);
    // What the hotline said is speech, not the case's topic.
    expect(first?.text).not.toMatch(/wir melden uns“/);
  });

  it("reads a bill that no longer comes as the customer's case", () => {
    namesTheCase(
      "rheinwerk",
      "Seit ich im Februar auf Strom Flex umgestellt wurde krieg ich keine einzige Rechnung mehr. In der App ist das Postfach leer. Abgebucht wird aber fleißig.",
      /keine Rechnung bekommen/,
    );
  });

  it("reads a part missing from a parcel that came, never a parcel that did not", () => {
    const { first } = namesTheCase(
      "rheinwerk",
      "hab bei euch das Balkonkraftwerk-Set bestellt, heute kam das paket: 2 module, halterung, kabel... aber kein Wechselrichter 🤡",
      /unvollständig angekommen/,
    );
    expect(first?.text).not.toMatch(/noch nicht angekommen/);
  });

  it("thanks a decaf that does not taste like cardboard", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "shoutout to the \"Nachtschicht\" decaf. first decaf that doesn't taste like cardboard. pregnant wife approved, I'm on my 3rd bag 🙌",
      "x",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("never says the power was cut off, or that they had paid, when they only fear it", () => {
    const { first } = answer(
      "rheinwerk",
      "Today we got a letter addressed to the previous tenant saying the meter will be blocked if the balance isn't paid within 14 days. We've never even had a bill from you. Who do we talk to so the power doesn't get cut off?",
    );
    expect(first?.text).toMatch(/letter meant for the previous tenant/);
    expect(first?.text).not.toMatch(/cut off|had paid/);
  });

  it("does not read a courteous 'bei allem Respekt' as sarcasm, so an expert's argument is engaged", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Bei allem Respekt für die Kampagne: Eine JAZ von 4,0 im unsanierten Altbau zu versprechen, ist unseriös. Ich berate seit 15 Jahren Hausbesitzer und sehe die Enttäuschung danach. Warum nicht ehrlich kommunizieren?",
      "linkedin",
      "Frank Meisenberg",
      24000,
    );
    expect(assessment.role).toBe("opinion-leader");
    expect(first?.strategy).toBe("engage-argument");
  });

  it("does not ask for the customer number the commenter gave as 'Kd-Nr'", () => {
    const { first } = answer(
      "rheinwerk",
      "Bin zum 30.04. ausgezogen, Kündigung bestätigt bekommen (Kd-Nr 30417765). Eine Schlussrechnung hab ich bis heute nicht. Wie lange soll das noch gehen??",
    );
    expect(first?.strategy).toBe("case-next-step");
    expect(first?.text).toMatch(/30417765/);
  });

  it("thanks Jonas by name for a 'dickes Dankeschön an Jonas'", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Ein dickes Dankeschön an Jonas in Kreuzberg! Er hat meiner Tochter ein Einhorn in den Kakao gezaubert 🦄❤️",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Jonas/);
  });

  it("names a ramp out of order, not the coffee brought outside", () => {
    const { first } = namesTheCase(
      "kaffeekollektiv",
      '@kaffeekollektiv die mobile rampe in ottensen ist seit 2 wochen "in reparatur" und ich komm mit dem rolli nicht über die stufe. musste draußen warten bis mir jemand nen kaffee rausbringt.',
      /dass die Rampe (?:in Ottensen )?seit 2 Wochen nicht funktioniert/,
    );
    expect(first?.text).not.toMatch(/Kaffee\)|Antwort wart/);
  });

  it("reads a feed-in payment that stopped coming as money owed, in the commenter's word", () => {
    namesTheCase(
      "rheinwerk",
      "Seit März ist keine Einspeisevergütung mehr auf unserem Konto angekommen. Der Zähler zählt brav mit. Kundennummer 71884203. Es geht inzwischen um knapp 400 €.",
      /seit März auf Ihre Einspeisevergütung über 400 € warten/,
    );
  });

  it.each([
    [
      "kaffeekollektiv",
      "kinda annoyed the new subscription is 1kg bags only. I'm not getting through a kilo before it goes stale.",
    ],
    [
      "rheinwerk",
      "Sie werben mit „100 % Ökostrom aus der Region“. Gleichzeitig sind Sie am Gaskraftwerk Rheinbogen beteiligt. Das ist mindestens erklärungsbedürftig, finde ich.",
    ],
  ] as const)("takes criticism seriously, neither a bill nor a line that only reads along: %s", (company, text) => {
    takesSeriously(company, text);
  });

  it("never says back a bare dative span or a greeting as a topic", () => {
    const bags = answer(
      "kaffeekollektiv",
      "Seid ihr eigentlich zu blöd zum Packen?? Bestellung KK-60214, bezahlt 1 kg Bohnen, im Karton 500g. Zweites Mal in drei Monaten.",
    ).first;
    expect(bags?.text).not.toMatch(/\(drei Monaten\)/);
    const table = answer(
      "kaffeekollektiv",
      "Hallo ihr Lieben, kann man in Leipzig für Samstag in zwei Wochen einen Tisch für ca. 12 Leute reservieren?",
    ).first;
    expect(table?.text).not.toMatch(/Lieben/);
    const monteur = answer(
      "rheinwerk",
      'Ganz großes Kino, Rheinwerk 👏👏 Der Monteur für die Wärmepumpenwartung kommt jetzt schon zum dritten Mal "ganz sicher morgen". Weiter so!!',
    ).first;
    expect(monteur?.text).not.toMatch(/Thema Der /);
  });
});

describe("batch twenty-one: unpacking is no insult", () => {
  it("keeps a gift box complaint that says 'beim Auspacken' ('*spacken' is an insult, 'auspacken' is not)", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      'Hab meinem Vater die Geschenkbox "Röstreise" geschenkt (Bestellung KK-58830) und beim Auspacken waren statt vier verschiedenen Sorten zweimal Sidamo drin. Ist schon bisschen peinlich wenn man sowas verschenkt 😬',
    );
    expect(assessment.verdict).toBe("keep");
    expect(first?.strategy).toMatch(/^case-/);
    expect(answer("kaffeekollektiv", "Du Vollspacken, wo bleibt meine Bestellung?").assessment.verdict).toBe(
      "may-delete",
    );
  });
});

describe("batch twenty-two (written by a helper that never saw the code)", () => {
  it("never answers a wallbox fault as a journey because the commenter now takes the bus to work", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Am 14.10. wurde eure Wallbox montiert. Seitdem fliegt jedes mal nach ca 20 min laden die Sicherung raus. Kundennr. 40219586. Auto steht halbvoll in der Einfahrt und ich fahr mit dem Bus zur Arbeit 🙄",
    );
    expect(assessment.intent.complaint?.problem).not.toBe("travel");
    expect(first?.text).toMatch(/Wallbox/);
    expect(first?.text).not.toMatch(/Reise|Buchung/);
  });

  it("escalates a wrong allergen label without inventing an injury", () => {
    const { first } = namesTheCase(
      "kaffeekollektiv",
      '@kaffeekollektiv in der Südvorstadt stand am Samstag am Hefezopf "ohne Nüsse", drauf waren aber gehobelte Mandeln 😳 meine Tochter hat ne Mandelallergie, zum Glück hab ichs vorm ersten Bissen gesehen.',
      /Allergenkennzeichnung nicht gestimmt/,
    );
    expect(first?.text).not.toMatch(/verletzt|krank/);
  });

  it("reads an appointment nobody kept, not a wait for an answer", () => {
    const { first } = answer(
      "rheinwerk",
      "Two appointments for the smart meter installation, 4 Nov and 18 Nov, both times I took a day off work and both times nobody turned up. Reference on the letter is ZM-55302.",
    );
    expect(first?.text).toMatch(/nobody turned up/);
    expect(first?.text).not.toMatch(/waiting for an answer|a day\)/);
  });

  it("asks the customer number for a shouted annual bill, naming the amount whole", () => {
    const { first } = answer(
      "rheinwerk",
      "JAHRESABRECHNUNG BEKOMMEN UND FAST VOM STUHL GEFALLEN!!! 14.000 kWh sollen wir verbraucht haben, wir sind zwei Rentner!!! Da hat doch einer bei euch ne Null zu viel getippt. 1.870 € Nachzahlung, wie stellt ihr euch das vor???",
    );
    expect(first?.strategy).toBe("case-question");
    expect(first?.text).toMatch(/Jahresabrechnung/);
    expect(first?.text).toMatch(/Kundennummer/);
    expect(first?.text).not.toMatch(/(?<![.\d])870 €/);
  });

  it("reads an app that closes itself as an app fault and asks its version", () => {
    const { first } = answer(
      "rheinwerk",
      '@Rheinwerk the Rheinwerk Zuhause app closes itself every time I tap on "Zähler" since the last update. can\'t submit my reading and the deadline is friday. anyone else??',
      "x",
    );
    expect(first?.strategy).toBe("case-question");
    expect(first?.text).toMatch(/app version/);
    expect(first?.text).not.toMatch(/good question/i);
  });

  it("reads a parcel stuck in tracking as a delivery, not a bill, when the payment went through", () => {
    const { assessment } = answer(
      "kaffeekollektiv",
      'We ordered 12 kg of espresso beans for our office in Hamburg two weeks ago. Payment went through the same day, but the tracking hasn\'t moved since "label created". Who can I talk to about this?',
    );
    expect(assessment.intent.complaint?.problem).toBe("delivery");
  });

  it("never says a box that came pre-ground or lukewarm has not arrived", () => {
    const ground = answer(
      "kaffeekollektiv",
      "@kaffeekollektiv THIRD box in a row shows up pre-ground when my subscription clearly says whole beans. do you people even read the orders",
      "x",
    ).first;
    expect(ground?.text).not.toMatch(/hasn't arrived/);
    const lukewarm = answer(
      "kaffeekollektiv",
      "Wir hatten 4 Pumpkannen Kaffee bei euch bestellt (Auftrag B-2291), Lieferung für 8:30. Gekommen ist der Fahrer um 9:50. Und der Kaffee in den Pumpkannen war nur noch lauwarm.",
    ).first;
    expect(lukewarm?.text).toMatch(/nur noch lauwarm/);
    expect(lukewarm?.text).not.toMatch(/noch nicht angekommen/);
  });

  it("answers a request left unanswered for eleven days, never stays silent", () => {
    const { first } = answer(
      "rheinwerk",
      '"Antwort innerhalb von 24 Stunden" steht in eurer Mail. Meine Anfrage wegen dem Angebot für die PV-Anlage ist jetzt 11 Tage alt. Ihr rechnet vermutlich in Rheinwerk-Stunden 😂 @Rheinwerk',
    );
    expect(first?.strategy).toMatch(/^case-/);
  });

  it("takes criticism of a letter seriously, never promising to correct 'the post'", () => {
    const first = takesSeriously(
      "rheinwerk",
      "Constructive feedback for Rheinwerk: the price change letter my parents received is four pages long and the actual new price per kWh only shows up on page 3, buried in a table. Information like that belongs on page 1.",
    );
    expect(first?.text).not.toMatch(/correct the post|parents/);
  });

  it("checks a corrected opening year, without an unrelated saved fact", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Small correction to your anniversary post: the Ottensen café didn't open in 2016, it was spring 2017 – I was at the opening 😄 Congrats anyway!",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toMatch(/2017/);
    expect(first?.text).not.toMatch(/Monday to Friday/);
  });

  it("holds a real question about a listed building; 'can you still install' is no complaint", () => {
    const { first } = answer(
      "rheinwerk",
      "@Rheinwerk quick one: our house in Brühl is a listed building, can you still install a heat pump there or does the outdoor unit need special approval?",
    );
    expect(first?.strategy).toBe("holding-reply");
  });

  it("never names a fault as part of the product, nor a promise quoted as the topic", () => {
    const { first } = answer(
      "rheinwerk",
      'Ihr seid echt ein Haufen Amateure!!! Seit 3 Wochen zeigt die Wärmepumpe Fehler E27, euer Techniker "kommt nächste Woche" – das hör ich jetzt zum dritten Mal. Kd-Nr 55120938. Ich will HEUTE noch nen Termin!!!',
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/Fehler E27/);
    expect(first?.text).not.toMatch(/Wärmepumpe Fehler|nächste Woche“/);
  });

  it("never takes a sentence-opening verb for a topic ('Wohne zur Miete')", () => {
    const { first } = answer(
      "rheinwerk",
      "Bietet ihr auch ein Balkonkraftwerk an? Wohne zur Miete in Ehrenfeld und unser Balkon hat ein Geländer aus Glas, geht das da überhaupt?",
    );
    expect(first?.text).not.toMatch(/Wohne/);
  });
});

describe("batch twenty-two, second look", () => {
  it("offers the saved meter-reading answer to someone with a computer but no smartphone", () => {
    const { first } = answer(
      "rheinwerk",
      "Guten Tag, wo kann ich meinen Zählerstand eingeben wenn ich diese App nicht habe? Ich habe kein Smartphone, nur den Computer. Danke im Voraus.",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(/rheinwerk\.example\/zaehlerstand/);
  });

  it("takes up a booked room given away beside the insult to the shift lead", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "@kaffeekollektiv your Leipzig shift lead is a complete idiot. booked the back room for my book club on the 12th weeks ago, confirmed by email, we show up with 9 people and it's been given to some birthday party.",
      "x",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/room you booked/);
  });
});

describe("read through the CLI (second stop of 2026-12-02)", () => {
  it("never answers a gate left open as a trip, nor invents damage", () => {
    const { first } = answer(
      "rheinwerk",
      "Your engineer left our garden gate open and the dog got out. Found him two streets away. Please tell your staff to close gates!",
    );
    expect(first?.text).toMatch(/garden gate was left open/);
    expect(first?.text).not.toMatch(/trip|booking|damaged/);
  });

  it("names a cold brew served watery at a branch, but leaves coffee mocked in general alone", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "the cold brew in Leipzig was basically brown water yesterday. 5.40 for that? come on",
      "x",
    );
    expect(first?.strategy).toMatch(/^case-/);
    expect(first?.text).toMatch(/cold brew at our Leipzig branch was watery/);
    expect(answer("kaffeekollektiv", "Kaffee ist eh nur braunes Wasser lol").first?.strategy).toBe("do-not-reply");
  });

  it("reads a figure the portal does not show as the customer's case", () => {
    namesTheCase(
      "rheinwerk",
      "Die Solaranlage läuft seit Juni, aber die Einspeisung wird im Portal nicht angezeigt. Anlagen-Nr. PV-22817.",
      /PV-22817/,
    );
  });

  it("takes 'das war nix' about a new blend seriously", () => {
    takesSeriously(
      "kaffeekollektiv",
      "Eure neue Wintermischung schmeckt wie verbrannter Reifen. Sorry, aber das war nix.",
    );
  });
});

describe("batch twenty-two, third look: what a fitted thing does", () => {
  it.each([
    [
      "Am 14.10. wurde eure Wallbox montiert. Seitdem fliegt jedes mal nach ca 20 min laden die Sicherung raus. Kundennr. 40219586.",
      /dass bei Ihrer Wallbox die Sicherung rausfliegt/,
    ],
    [
      "Since the installation our heat pump keeps tripping the breaker every night. Order A-24-5521.",
      /heat pump keeps tripping the fuse/,
    ],
    [
      "Vor drei Wochen habt ihr uns die WP 12 eingebaut. Aber das Außengerät brummt nachts so laut. Auftragsnummer WP-0871.",
      /dass Ihr Außengerät brummt/,
    ],
  ] as const)("names it: %s", (text, named) => {
    const { first } = namesTheCase("rheinwerk", text, named);
    expect(first?.text).not.toMatch(/hasn't arrived|noch nicht angekommen/);
  });
});

describe("batch twenty-two, last look", () => {
  it("does not ask for the customer number given as 'customer ref'", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Hi team, we've had the office subscription with you since spring (customer ref KB-7713), but the invoices for September and October were issued without our VAT ID. Could someone reissue them?",
      "linkedin",
    );
    expect(first?.strategy).toBe("case-next-step");
    expect(first?.text).toMatch(/KB-7713/);
  });

  it("never makes 'Ende' of 'bis Ende 2025' a topic", () => {
    const { first } = answer(
      "rheinwerk",
      'Betrügerbande!!! Ich hab "Rheinwerk Fix 24" abgeschlossen MIT Preisgarantie bis Ende 2025 und jetzt kommt ein Brief dass der Arbeitspreis um 4 Cent steigt. Ihr verlogenen Halsabschneider.',
    );
    expect(first?.text).not.toMatch(/und Ende/);
  });
});

describe("batches twenty-three and twenty-four: sarcasm and an insult to staff, never thanked", () => {
  it.each([
    [
      "kaffeekollektiv",
      'Toll, "frisch geröstet" 👏 Röstdatum auf der Tüte: 14. Januar, geliefert am 3. März. Ihr habt echt ne sehr eigene Definition von frisch 😂',
    ],
    [
      "rheinwerk",
      'Love the new "customer first" campaign. Very on brand that it took me seven weeks and four emails to get a written confirmation of my cancellation. 👏',
    ],
  ] as const)("%s: %s", (company, text) => {
    takesSeriously(company, text);
  });

  it("reads 'die dümmste Person' said of the cashier as an insult, and helps with the voucher refused", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      'Eure Kassiererin in Leipzig ist echt die dümmste Person die mir je begegnet ist. Ich zeig ihr den Gutschein auf dem Handy (online bei euch gekauft, 25 €) und sie sagt "gilt hier nicht". Danke auch.',
    );
    expect(assessment.verdict).toBe("may-delete");
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/Gutschein/);
    expect(first?.text).not.toMatch(/Lob|Dank/);
  });
});

describe("batches twenty-three and twenty-four: nothing invented about the case", () => {
  it("does not call '2 x 45 €' and 'zweimal geschrieben' a double charge", () => {
    const { first } = namesTheCase(
      "kaffeekollektiv",
      "Hab zwei Plätze im Workshop gebucht (2 x 45 €), der einen Tag vorher abgesagt wurde. Das ist jetzt 5 Wochen her und das Geld ist immer noch nicht zurück. Buchungsnr. WS-0412-07. Ich hab zweimal geschrieben.",
      /Erstattung/,
    );
    expect(first?.text).not.toMatch(/doppelt/);
  });

  it("reads leaking bottles, not the bill, when the order is labelled with its invoice number", () => {
    const { first } = namesTheCase(
      "kaffeekollektiv",
      "Unsere Bestellung von 12 Flaschen Cold Brew (Rechnung KK-B-7710) kam gestern an: 5 Flaschen ausgelaufen, Karton durchgeweicht.",
      /beschädigt/,
    );
    expect(first?.text).not.toMatch(/Abrechnung/);
  });

  it("names a reminder after a returned direct debit, not the portal", () => {
    namesTheCase(
      "rheinwerk",
      "Neue IBAN im Portal eingetragen, trotzdem vom alten Konto abgebucht, das ist geplatzt und jetzt hab ich Rücklastschriftgebühr und Mahngebühr UND ne Sperrandrohung. Kundennr. 200-118-554",
      /dass Sie eine Mahnung bekommen haben/,
    );
  });

  it("names the discount code that does not work, not a wait for an answer", () => {
    const { first } = namesTheCase(
      "kaffeekollektiv",
      'euer newsletter-code HERBST20 geht nicht, da kommt nur "Code ungültig". in der mail steht gültig bis 30.11.',
      /Code HERBST20 nicht funktioniert/,
    );
    expect(first?.text).not.toMatch(/Antwort/);
  });

  it("names the café's wifi, not a login, and not the coffee they buy there", () => {
    const { first } = namesTheCase(
      "kaffeekollektiv",
      "Das WLAN im Café in der Südvorstadt ist seit 2 Wochen tot. Passwort auf der Tafel geht nicht. Ich lass jedes Mal 2 Kaffee da.",
      /dass das WLAN in der Südvorstadt (?:seit 2 Wochen )?nicht funktioniert/,
    );
    expect(first?.text).not.toMatch(/einloggen|Kaffee gibt/);
  });

  it("names what came instead of what was ordered, counted", () => {
    namesTheCase(
      "kaffeekollektiv",
      "ordered 2x Brazil whole bean (order #KK-80021), got 2x Kenya Nyeri ground for filter. I have an espresso machine.",
      /you got Kenya Nyeri instead of Brazil/,
    );
  });

  it("says a surcharge back as a surcharge", () => {
    namesTheCase(
      "kaffeekollektiv",
      "was charged 60 cents extra for oat milk at the Hamburg café today, your website says no surcharge. order KK-1",
      /charged extra/,
    );
  });
});

describe("batch twenty-four: a critic of a café's new corner is not sent to review", () => {
  it("keeps it and takes it seriously", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "Seit ihr die Ecke in Kreuzberg für die Laptop-Leute umgebaut habt, ist das kein Café mehr sondern ein Coworking mit Kaffee. Mit Kinderwagen kommt man nicht mal mehr bis zur Theke. Früher war das unser Treffpunkt, jetzt gehen wir halt woanders hin.",
    );
    expect(assessment.verdict).toBe("keep");
    expect(first?.strategy).toBe("take-seriously");
  });
});

describe("batches twenty-three and twenty-four, second look: a case where there was a question or nothing", () => {
  it("reads card payment out for a week at a quarter written small as the branch's case", () => {
    namesTheCase(
      "kaffeekollektiv",
      'kartenzahlung in altona geht seit ner woche nicht, heute wieder "nur bar sorry". hatte kein bargeld dabei',
      /dass die Kartenzahlung in Altona nicht funktioniert/,
    );
  });

  it("reads a warning shown for a week as a fault, not a question to hold", () => {
    const { first } = namesTheCase(
      "kaffeekollektiv",
      "The coffee machine you provide for our Hamburg office has been showing a descaling warning for over a week. Who is responsible for sending someone?",
      /coffee machine/,
    );
    expect(first?.text).not.toMatch(/good question/i);
  });

  it("says a short delivery back as part of the order", () => {
    namesTheCase(
      "kaffeekollektiv",
      "We were invoiced for 20 kg of beans for May, but only 15 kg were actually delivered to our Berlin office. Who do I talk to?",
      /only part of your order was delivered/,
    );
  });

  it("says someone else's bill shown in the portal back as someone else's data, not a wrong bill", () => {
    const { first } = namesTheCase(
      "rheinwerk",
      "Hab heute im Portal-Postfach ne Rechnung gefunden die gar nicht mir gehört. Name und Adresse von jemand anderem, alles. Datenschutz?? Bitte dringend melden",
      /Daten einer anderen Person/,
    );
    expect(first?.text).not.toMatch(/Abrechnung etwas nicht stimmt/);
  });

  it("says a driveway scratched at the fitting back, with the boundary, even on X", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "@Rheinwerk euer Techniker ist ein inkompetenter Vollidiot. Hat bei der Montage der Außeneinheit unsere neue Einfahrt zerkratzt, 3 Platten kaputt und behauptet die waren schon so.",
      "x",
    );
    expect(assessment.verdict).toBe("may-delete");
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/Ihre Einfahrt beschädigt/);
  });

  it("does not make a customer's own calls a call-back nobody made", () => {
    const { first } = answer(
      "rheinwerk",
      "Seit dem Einbau der Wärmepumpe am 14.10. ist unser Warmwasser nur noch lauwarm. Hab zweimal beim Service angerufen. Auftrag 2023-WP-4410",
    );
    expect(first?.text).not.toMatch(/Rückruf/);
  });

  it("reads 'Ich find's daneben, dass …' as criticism to take seriously", () => {
    const { first } = answer(
      "rheinwerk",
      "Ich find's ehrlich gesagt daneben, dass man bei Ihnen fast alles nur noch über App oder Portal erledigen kann. Meine Mutter ist 81 und hat kein Smartphone.",
    );
    expect(first?.strategy).toBe("take-seriously");
  });
});

describe("batches twenty-three and twenty-four, third look", () => {
  it.each([
    [
      "kaffeekollektiv",
      'Schöner Post über "faire Arbeitsbedingungen" 👌 Gilt das auch für die Baristas in Leipzig, die mit 13,50 € die Stunde einsteigen? Aber hey, Hauptsache die Latte-Art stimmt.',
    ],
    [
      "kaffeekollektiv",
      "wow, 30 minutes for a flat white in Altona on a monday. truly artisanal. i could've roasted the beans myself in that time",
    ],
  ] as const)("takes sarcasm seriously: %s", (company, text) => {
    const first = takesSeriously(company, text);
    expect(first?.text).not.toMatch(/myself|korrigieren/);
  });

  it("does not hold 'Passt für mich nicht zusammen' after a question as a question", () => {
    const { first } = answer(
      "rheinwerk",
      "Ökostrom-Werbung überall, aber gleichzeitig Hauptsponsor beim Autorennen am Nürburgring? Passt für mich nicht zusammen.",
    );
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).not.toMatch(/Frage/);
  });

  it("reads 'ist echt ein arroganter Arsch' said of the man at the till as an insult", () => {
    const { assessment } = answer(
      "kaffeekollektiv",
      "Der Typ an der Kasse in Altona ist echt ein arroganter Arsch. Wollte meinen Becher für den Mehrwegrabatt nehmen, er berechnet trotzdem Einweg.",
    );
    expect(assessment.verdict).toBe("may-delete");
  });

  it("says a final invoice above the fixed price back with both amounts", () => {
    namesTheCase(
      "rheinwerk",
      'Your sales rep promised us in writing a "fixed price" of €19,800 for the heat pump. The final invoice says €22,450 because of "extra pipework". Order A-25-1180.',
      /the final invoice says €22,450 although you were given a fixed price of €19,800/,
    );
  });

  it("does not ask for an order number when the customer number is given and nothing was ordered", () => {
    const { first } = answer(
      "rheinwerk",
      "Switched to Rheinwerk in May because of the €100 welcome bonus. Your first annual statement arrived yesterday and there's no bonus anywhere on it. Customer no. 4471-2290-3.",
    );
    expect(first?.text).not.toMatch(/order number/);
  });
});

describe("batches twenty-three and twenty-four, last look", () => {
  it("says scaffolding left standing back as such, not as an order awaited", () => {
    const { first } = namesTheCase(
      "rheinwerk",
      "Our PV system in Brühl was finished on 4 October. Four weeks later the scaffolding is still up around the whole house. Nobody answers the number on the delivery note. Order PV-24-5521.",
      /scaffolding is still up/,
    );
    expect(first?.text).not.toMatch(/waiting .* for your order/);
  });

  it("does not read 'berechnet trotzdem' as charged after cancelling", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Der Typ an der Kasse in Altona ist echt ein arroganter Arsch. Ich frag ob ich meinen Becher für den Mehrwegrabatt nehmen kann, er berechnet trotzdem Einweg.",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).not.toMatch(/Kündigung/);
  });
});

describe("a dozen fresh comments through the command line, 2026-12-02 (third stop)", () => {
  it("reads an inverter that shows only 'Störung' as a fault said of the thing", () => {
    const { first } = answer(
      "rheinwerk",
      "Unser Wechselrichter zeigt seit letzter Woche nur noch Störung an, rote LED blinkt die ganze Zeit. Hotline sagt ich soll ne Mail schreiben. Super. Kann mir hier irgendwer helfen??",
    );
    expect(first?.strategy).toMatch(/^case-/);
    expect(first?.text).toMatch(/dass Ihr Wechselrichter seit letzter Woche nur noch Störung anzeigt/);
  });

  it("reads 'Herr Krämer aus dem Vertrieb ist echt der größte Schwätzer' as an insult beside the case", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Ihr Herr Krämer aus dem Vertrieb ist echt der größte Schwätzer vor dem Herrn. Hat uns im Januar die Inbetriebnahme bis Ostern versprochen, jetzt ist Juni. Auftragsnummer WP-23-0977.",
    );
    expect(assessment.verdict).toBe("may-delete");
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/WP-23-0977/);
  });

  it("does not make 'include' part of what a question is about", () => {
    const { first } = answer(
      "rheinwerk",
      "Does the wallbox installation include the registration with the grid operator, or do I have to do that myself?",
      "linkedin",
    );
    expect(first?.text).not.toMatch(/include/);
  });

  it("says no hot water before a fault code when both are told", () => {
    namesTheCase(
      "rheinwerk",
      "Die Wärmepumpe zeigt seit gestern Störung E311 und wir haben kein Warmwasser. Notdienst geht nicht ran.",
      /kein Warmwasser/,
    );
  });
});

describe("batches 25 and 26 (2026-12-02, fourth stop)", () => {
  it("reads an espresso 'Shot' as the drink, never a threat", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "Hab letzte Woche 2x 500g Guji bestellt (#KK-30981), gemahlen für Siebträger. Drin ist aber eindeutig Filtermahlung, der Shot läuft in 9 Sekunden durch 😩 Was mach ich jetzt mit 1kg Kaffee den meine Maschine nicht kann?",
    );
    expect(assessment.verdict).toBe("keep");
    expect(first?.strategy).toMatch(/^case-/);
    expect(first?.text).toMatch(/KK-30981/);
    // A shot fired at someone is still a threat.
    expect(answer("rheinwerk", "I will shoot the manager.").assessment.verdict).toBe("may-delete");
  });

  it("thanks for a blend written in small letters, by its name", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "der neue weihnachtsblend mit kardamom ist einfach unfassbar gut, bin schon bei der dritten tüte 🎄☕",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Weihnachtsblend/);
  });

  it("reads a heat pump cold since Friday as the customer's case", () => {
    namesTheCase("rheinwerk", "unsere Wärmepumpe ist seit Freitag kalt.", /seit Freitag/);
  });

  it("takes an advert running while the heat pump is cold as sarcasm", () => {
    takesSeriously(
      "rheinwerk",
      "schön dass eure wärmepumpen-werbung bei -3 grad im radio läuft während unsere seit freitag kalt ist. timing ist alles 😂",
    );
  });

  it.each([
    "hi! do you rent out the Leipzig café for private events? thinking about a small book launch (~25 ppl) on a sunday evening in may, after closing. would love to do it there 📚",
    "Do you guys do wholesale for small cafés? We're opening a tiny place in Dresden in spring and we're obsessed with your Brazil Mogiana 👀",
  ])("does not answer opening a shop or 'after closing' with the opening hours: %s", (text) => {
    const { assessment, first } = answer("kaffeekollektiv", text);
    expect(assessment.intent.question).not.toBe("opening-hours");
    expect(first?.strategy).toBe("holding-reply");
  });

  it("still answers when the cafés close with the opening hours", () => {
    expect(answer("kaffeekollektiv", "what time do you close on saturdays in Leipzig?").first?.strategy).toBe(
      "saved-reply",
    );
  });

  it("leaves a tip to another commenter who had 'genau dasselbe' to them", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "@Klaus Dietrich wir hatten genau dasselbe mit der WP 12 letztes Jahr, am Ende wars nur der verdreckte Filter im Heizkreis. Ruf mal beim Störungsdienst an, die waren bei uns echt fix da.",
    );
    expect(assessment.intent.addressedTo).toBe("commenter");
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("answers damage done at a service with the case, not with thanks for a question", () => {
    const { first } = answer(
      "rheinwerk",
      "Ihr Techniker war letzten Dienstag zur Wartung bei uns und hat dabei den Außenfühler abgerissen (der hing danach nur noch am Kabel). Seitdem läuft die Wärmepumpe nur noch im Notbetrieb und der Stromverbrauch ist enorm. Wer zahlt mir das??",
    );
    expect(first?.strategy).toMatch(/^case-/);
    expect(first?.text).not.toMatch(/Frage/);
  });

  it("thanks the barista named in brackets, and reads no question in '(Anton, glaub ich?)'", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "Kleine Liebeserklärung an den Barista mit dem Schnurrbart in Leipzig (Anton, glaub ich?) – der stellt meinem Hund jeden Morgen nen Wassernapf hin bevor ich überhaupt bestellt hab 🐶❤️ Hat mir den Tag schon öfter gerettet.",
    );
    expect(assessment.tone).toBe("positive");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Anton/);
    expect(first?.text).toMatch(/Leipzig/);
  });

  it("thanks for a breakdown put right at night, naming who helped", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Muss auch mal was Positives loswerden. Samstagnacht um 2 ist bei uns die Wärmepumpe ausgefallen, beim Störungsdienst war sofort jemand dran. Frau Öztürk hat mich ganz ruhig am Telefon durch den Reset geführt und um halb 3 lief alles wieder. Ganz großes Danke!!",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Frau Öztürk/);
  });

  it("needs no reply to a rant that the country is broken", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Die in Berlin sollen endlich das ganze Heizungsgesetz in die Tonne treten, dieser grüne Wahnsinn macht das Land kaputt. Aber wählt ruhig weiter so",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("names a heat pump short-cycling by its model, with no weekday or children as its topic", () => {
    const { first } = namesTheCase(
      "rheinwerk",
      "@Rheinwerk unsere WP 12 taktet seit Samstag alle paar min an und aus, im OG sinds noch 16 grad. Kundennr 700 418 223. Störungsdienst sagt frühestens Montag. Mit zwei kleinen Kindern echt nicht lustig",
      /WP 12/,
    );
    expect(first?.text).toMatch(/700 418 223/);
    expect(first?.text).not.toMatch(/Thema Samstag|Kindern|paar min|alle\)/);
  });

  it("sets the boundary and helps with a voucher refused at the till", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      'Die Tussi an der Kasse in Hamburg ist so ne dumme Kuh, wollte meinen Gutschein über 25€ nicht nehmen weil der angeblich "nur online" geht. Lernt eure Leute mal an ihr Idioten',
    );
    expect(assessment.verdict).toBe("may-delete");
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/Gutschein/);
    expect(first?.text).toMatch(/Hamburg/);
  });

  it.each([
    [
      "rheinwerk",
      "Wollte einfach mal sagen: Herr Kaya und sein Kollege haben letzte Woche bei uns die WP 9 eingebaut, alles picobello sauber hinterlassen, sogar die Schuhe ausgezogen 😄 und meiner Mutter ganz geduldig das Display erklärt. So muss das laufen.",
      /WP 9/,
    ],
    [
      "kaffeekollektiv",
      "Riesen Dank an Mo aus dem Laden in der Südvorstadt!! Hat mir heute bestimmt 20 Minuten erklärt wie ich meine alte Bialetti richtig benutze und sogar gleich die Dichtung getauscht. Zum ersten Mal schmeckt mein Kaffee nicht verbrannt 😍",
      /Bialetti/,
    ],
  ] as const)("names what was praised beyond the person: %s", (company, text, named) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(named);
  });

  it("takes a 'plastic-free' packaging with a plastic valve as sarcasm", () => {
    takesSeriously(
      "kaffeekollektiv",
      'love that your "plastic-free" packaging comes with a plastic valve, a plastic zip and a plastic sticker. very on brand 🌱',
    );
  });

  it("answers whether one can lower the instalment oneself with that saved answer, and invents no wait on hold", () => {
    const { first } = answer(
      "rheinwerk",
      "Hallo, seit wir die PV-Anlage haben ist unser Abschlag mit 210 € eindeutig zu hoch. Kann ich den selber runtersetzen oder muss ich dafür bei der Hotline anrufen? Hab da echt keine Lust auf Warteschleife 😅",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(/Abschlag/);
    expect(first?.text).not.toMatch(/Warteschleife/);
  });

  it("asks no order number of a student who always ordered something", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Find ich echt schade, dass ihr in Kreuzberg am Wochenende jetzt keine Laptops mehr erlaubt. Für uns Studis war das der beste Ort zum Lernen, man hat ja auch immer was bestellt. Dann geh ich halt woanders hin.",
    );
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).not.toMatch(/Bestellnummer/);
  });

  it("names a quote still not given after 11 weeks, not 'trouble with your heat pump'", () => {
    const { first } = answer(
      "rheinwerk",
      'Inspiring post about putting customers first. I\'ve been putting my heat pump quote first for 11 weeks now – site visit done in February, still no number. Guess "first" means something different in Cologne 🙂',
    );
    expect(first?.text).toMatch(/heat pump quote/);
    expect(first?.text).not.toMatch(/trouble with|the about/);
  });

  it("reads an invoice for 60 guests where 35 came as a billing case, not a good question", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "Hi Kaffeekollektiv team, you did the coffee bar for our team day in Hamburg last Thursday and the espresso was a hit! One issue though: the invoice we received is for 60 guests, but we were 35, and we confirmed that number by email beforehand. Who can I speak to about getting it corrected?",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
    expect(first?.strategy).toMatch(/^case-/);
    expect(first?.text).not.toMatch(/good question/i);
  });

  it("answers whether a heat pump copes with -15 Grad in an old house with the saved winter answer", () => {
    const { first } = answer(
      "rheinwerk",
      "Wir wohnen in der Eifel auf knapp 600 m, im Januar haben wir hier öfter mal -15 Grad. Schafft so ne Wärmepumpe das überhaupt oder sitzt man dann im Kalten? Haus ist Baujahr 1978.",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(/−20 °C/);
  });

  it("names neither 'Grünstrom-Gelaber' nor the 'Kohle' they say the company wants to make", () => {
    const { first } = answer(
      "rheinwerk",
      "Euer ganzes Grünstrom-Gelaber geht mir so auf den Sack. Ihr seid auch nur ein Konzern der Kohle machen will, sonst nix. Hört auf mit dem Schmarrn.",
    );
    expect(first?.text).not.toMatch(/Gelaber|Kohle|Schmarrn/);
  });

  it("reads 'im kreuzberger laden' as the Kreuzberg branch and a cold cappuccino as a case", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "war heute früh im kreuzberger laden, 25 min auf nen flat white gewartet, dann war er lauwarm und mit kuhmilch obwohl ich 2x hafer gesagt hab. bin laktoseintolerant also danke für den restlichen tag 🙃",
    );
    // Sarcasm said as such (🙃): the criticism heard, the case moved in the same reply.
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).toMatch(/Kreuzberg\b/);
    expect(first?.text).not.toMatch(/Kreuzberger/);
    namesTheCase(
      "kaffeekollektiv",
      "Die Leipziger Filiale hat mir gestern einen kalten Cappuccino serviert.",
      /Leipzig\b/,
    );
  });

  it("never takes ads on a bus stop for a bus that failed", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Your heat pump ads are on literally every bus stop in Cologne, but half my street signed up last autumn and is still waiting for an install date. Maybe spend less on posters and more on installers?",
    );
    expect(assessment.intent.complaint?.problem).not.toBe("travel");
    expect(first?.text).not.toMatch(/trip|booking/);
    expect(first?.text).toMatch(/install date/);
  });

  it("names neither the person thanked again nor how long they took as what was praised", () => {
    const yilmaz = answer(
      "rheinwerk",
      "Großes Lob an Herrn Yilmaz und seine zwei Kollegen, die am Samstag bei strömendem Regen unsere PV-Anlage aufs Dach gebracht haben!! Alles sauber hinterlassen, jeden Schritt erklärt und sogar die Regenrinne wieder festgeschraubt, die vorher schon locker war. So stellt man sich das vor 👍☀️",
    ).first?.text;
    expect(yilmaz).not.toMatch(/Thema Herrn/);
    const jonas = answer(
      "kaffeekollektiv",
      "Muss mal was loswerden: Jonas aus eurem Café in der Südvorstadt hat mir letzte Woche eine Viertelstunde lang erklärt, wie ich meine alte Bialetti richtig benutze (warmes Wasser rein, Hitze runter 😅). Seitdem schmeckt mein Kaffee nicht mehr verbrannt. Danke!!",
    ).first?.text;
    expect(jonas).toMatch(/Jonas/);
    expect(jonas).not.toMatch(/Thema (?:Jonas|Viertelstunde)/);
  });

  it("asks no order number for two Flat Whites ordered at the counter of a branch", () => {
    const { first } = answer(
      "kaffeekollektiv",
      'War Samstag gegen 15 Uhr bei euch in der Südvorstadt. Zwei Flat White bestellt, bezahlt, 40 Minuten gewartet. Irgendwann nachgefragt: der Bon war wohl untergegangen. Kein Sorry, nix, nur "kommt gleich". Meine Freundin musste dann los zum Zug. Schade, sonst mag ich den Laden echt.',
    );
    expect(first?.text).not.toMatch(/Bestellnummer/);
    expect(first?.text).toMatch(/Südvorstadt/);
  });

  it("asks no app version when the app only shows an inverter's fault code", () => {
    const { first } = answer(
      "rheinwerk",
      'Guten Tag, unsere PV-Anlage (Inbetriebnahme Oktober) produziert laut App seit 3 Wochen 0,0 kWh, der Wechselrichter im Keller blinkt rot und zeigt Fehler E-017. Die Hotline sagt, das Gerät sei "nicht in ihrem System". Kundennummer 300 448 912. Bitte um Rückmeldung, wer da zuständig ist.',
    );
    expect(first?.strategy).toBe("case-next-step");
    expect(first?.text).not.toMatch(/App-Version/);
    expect(first?.text).toMatch(/E-017/);
  });

  it.each([
    [
      "rheinwerk",
      "Unser Batteriespeicher lädt seit dem Software-Update letzte Woche nicht mehr über 40 %. Vorher ging er immer bis 100. Die ganze Mittagssonne geht jetzt ins Netz statt in den Speicher... ist das ein bekanntes Problem??",
    ],
    [
      "kaffeekollektiv",
      "Bunch of clueless idiots at the Kreuzberg café. Your barista knocked a full oat latte over my camera bag on Sunday and just laughed. The camera won't even turn on now. So who's paying for that, morons?",
    ],
  ] as const)("reads a thing that no longer charges or turns on as a complaint: %s", (company, text) => {
    const { assessment, first } = answer(company, text);
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toMatch(/^case-|boundary-and-help/);
  });

  it("takes a 'personal energy advisor' loved with applause as sarcasm", () => {
    takesSeriously(
      "rheinwerk",
      'love that my "personal energy advisor" from @Rheinwerk calls 4 times a week to sell me a heat pump. I rent a 3rd floor flat. truly personalised service 👏👏',
    );
  });

  it("does not note 'zwei Tage vorher' as how long it has lasted", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Ihr habt meinen Baristakurs im Februar zwei Tage vorher abgesagt und gesagt, das Geld kommt zurück. Jetzt ist April und auf meinem Konto ist nichts angekommen. Auf Mails antwortet auch keiner. Was ist da los?",
    );
    expect(first?.text).not.toMatch(/zwei Tage/);
  });

  it("takes a queue at a one-person counter, said in sarcasm, as criticism, not a case to look into", () => {
    const first = takesSeriously(
      "kaffeekollektiv",
      "Danke, dass man in Ottensen jetzt samstags morgens 20 Minuten für einen Filterkaffee ansteht, weil nur eine Person hinterm Tresen steht. Entschleunigung pur, ich hab sogar mein Buch fertig gelesen ☕🙃",
    );
    expect(first?.text).toMatch(/Ottensen/);
    expect(first?.text).not.toMatch(/Kundenservice/);
  });
});

describe("batch 28 (2026-12-02, fourth stop)", () => {
  it("takes 50 cents charged at a café for oat milk as a case, not an occasion for the saved answer", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "war heute im café in ottensen, mir wurden 50 cent extra für hafermilch berechnet. auf eurer seite steht ohne aufpreis?? bon hab ich noch 🧾",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toMatch(/^case-/);
    expect(first?.text).toMatch(/Ottensen/);
    expect(first?.text).not.toMatch(/Kundennummer|Bestellnummer/);
  });

  it("never says a bill has not come for '47 Minuten in der Warteschleife'", () => {
    const { first } = answer(
      "rheinwerk",
      "Herzlichen Dank an die Rheinwerk-Hotline für 47 Minuten Panflöte in der Warteschleife. Ich bin jetzt tiefenentspannt und weiß immer noch nicht, warum mein Abschlag gestiegen ist 🧘‍♂️",
    );
    expect(first?.text).not.toMatch(/noch nicht da|Danke|dank/i);
  });

  it("takes a price with rolled eyes as sarcasm", () => {
    takesSeriously(
      "kaffeekollektiv",
      "5,20 € für nen Flat White in Kreuzberg. Kaffee für alle, hieß es doch mal, oder? 🙃 Ihr seid echt das Kollektiv der Herzen.",
    );
  });

  it("checks a correction that cites the bag bought, asking no order number", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Small correction to your post: you describe the Ethiopia Guji as a washed coffee, but the bag I bought last week says natural process on the label. Which one is right? (Tastes very natural to me – blueberry all the way 🫐)",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toMatch(/Guji/);
  });

  it("says a parcel marked delivered but never received as such", () => {
    namesTheCase(
      "kaffeekollektiv",
      "laut dhl wurde mein paket gestern zugestellt. hier ist aber nix angekommen, nachbarn haben auch nix. super ärgerlich weil das n geschenk war",
      /als zugestellt gilt, aber nicht angekommen ist/,
    );
  });

  it("names the maintenance waited in for, not an answer", () => {
    namesTheCase(
      "rheinwerk",
      "Third time waiting in all day for the annual heat pump maintenance and nobody turns up. No call, no email. Took the day off work for this. @Rheinwerk sort it out.",
      /annual heat pump maintenance/,
    );
  });

  it("takes no word about the argument for its topic, and notes no failure in general beside the thing", () => {
    const argued = answer(
      "rheinwerk",
      "Ein Punkt, der in der Debatte um Komplettpakete von Versorgern zu kurz kommt: Wer Wärmepumpe, Stromtarif und Wartung aus einer Hand kauft, bindet sich faktisch.",
      "linkedin",
      "Katrin Vogelsang",
      12000,
    ).first?.text;
    expect(argued).not.toMatch(/Thema Punkt|Debatte/);
    const wallbox = answer(
      "rheinwerk",
      '@Rheinwerk seit dem Update vor 3 Wochen zeigt meine Wallbox in der App nur noch "offline". Überschussladen mit PV geht nicht mehr, lädt also alles ausm Netz. Ticket 88123 ist seit 10 Tagen offen. Was ist da los?',
    ).first?.text;
    expect(wallbox).toMatch(/88123/);
    expect(wallbox).not.toMatch(/geht nicht/);
  });

  it("tells no calm critic of a sour espresso to mind the tone, and takes no comparative for a noun", () => {
    for (const text of [
      "Euer neuer Espresso ist mir zu sauer, früher war der besser.",
      "euer neuer espresso ist mir zu sauer, früher war der besser",
    ]) {
      // The model still doubts it ("sauer" weighs as anger); the reply must not tell a calm critic to mind the tone.
      const { first } = answer("kaffeekollektiv", text);
      expect(first?.strategy).toBe("take-seriously");
      expect(first?.text).not.toMatch(/sachlich|Besser/);
    }
  });

  it("does not take the bill helped with for what was praised", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "danke an die nette frau am telefon gestern, hat mir super bei der abrechnung geholfen",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).not.toMatch(/Abrechnung/);
  });
});

describe("batch 29", () => {
  it.each([
    [
      "rheinwerk",
      "@Jürgen Haas du hast echt keine Ahnung. Bei uns läuft die WP seit drei Jahren im Altbau von 1958, null Probleme. Lies dich halt mal ein bevor du hier rumpöbelst",
    ],
    [
      "rheinwerk",
      "Das Heizungsgesetz ist doch das eigentliche Problem, egal bei welchem Anbieter. Die in Berlin haben keine Ahnung vom echten Leben. Nächstes Jahr wird abgewählt!!",
    ],
  ] as const)("needs no reply to a reader argued with or to politics: %s", (company, text) => {
    const { assessment, first } = answer(company, text);
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("still reads clueless staff as a customer's complaint", () => {
    const { assessment } = answer("rheinwerk", "Eure Hotline hatte null Ahnung, der Monteur hatte auch keine Ahnung.");
    expect(assessment.intent.complaint).toBeDefined();
  });

  it("holds a 'quick question' as a question about what it asks, not as criticism", () => {
    const { first } = answer(
      "rheinwerk",
      "quick question, do you guys also clean solar panels? ours are covered in pollen and bird mess after 4 years. is it even worth it or does the rain do the job",
    );
    expect(first?.strategy).toBe("holding-reply");
    expect(first?.text).toMatch(/solar panels/);
    expect(first?.text).not.toMatch(/criticism/);
  });

  it("reads an old roast date as a complaint, names it and asks for the order", () => {
    const de = answer(
      "kaffeekollektiv",
      "Ähm… Bohnen letzte Woche im Shop bestellt und das Röstdatum auf der Tüte ist vom 2. Januar?? Wir haben März. Dachte ihr röstet frisch 🤔",
    ).first;
    expect(de?.strategy).toBe("case-question");
    expect(de?.text).toMatch(/Röstdatum vom 2\. Januar/);
    expect(de?.text).toMatch(/Bestellnummer/);
    const en = answer("kaffeekollektiv", "the roast date on my bag says 3 July, it's October now. order KK-5521").first;
    expect(en?.text).toMatch(/roast date on your bag says 3 July/);
  });

  it("reads the wrong coffee sent instead as a complaint about the order", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "Hey ihr Lieben, hab am Montag 2x Äthiopien Guji 500g bestellt (Bestellung KK-10482) und heute kam stattdessen zweimal Brasilien Cerrado 😕 Schmeckt bestimmt auch, aber ich wollte den Guji für meinen Papa zum Geburtstag am Samstag. Könnt ihr das noch hinkriegen?",
    );
    expect(assessment.intent.complaint?.problem).toBe("delivery");
    expect(first?.text).toMatch(/KK-10482 nicht so angekommen ist wie bestellt/);
  });

  it("offers the meter-reading answer, with its website, to someone with no smartphone", () => {
    const { first } = answer(
      "rheinwerk",
      "Wo kann ich meinen Zählerstand eintragen? Ich hab kein Smartphone und die App will ich auch nicht",
    );
    expect(first?.strategy).toBe("saved-reply");
  });

  it("checks two figures or two sources set against each other as a correction", () => {
    const de = answer(
      "rheinwerk",
      "Kleine Anmerkung zum Post: Hier steht 12.000 installierte Wärmepumpen in 2023, im Nachhaltigkeitsbericht auf S. 14 sind es 9.800. Welche Zahl stimmt denn? Wäre gut, das zu korrigieren, sonst wird das gleich wieder irgendwo zitiert.",
      "linkedin",
    ).first;
    expect(de?.strategy).toBe("check-correction");
    expect(de?.text).toMatch(/12\.000 und 9\.800/);
    const en = answer(
      "rheinwerk",
      "Your graphic says the WP 12 runs fine down to -25°C but your own product page says -20. Which one is it? Kinda matters when you're deciding for an old farmhouse",
    ).first;
    expect(en?.strategy).toBe("check-correction");
  });

  it("names what was out, not how the writer describes herself", () => {
    const first = takesSeriously(
      "kaffeekollektiv",
      'love that decaf is "out today" at Leipzig for the 4th saturday in a row. really feeling the love as a pregnant coffee addict 🙃☕',
    );
    expect(first?.text).toMatch(/decaf/);
    expect(first?.text).not.toMatch(/pregnant/);
  });

  it("draws the line at 'Sauhaufen', never names it, and names the carport roof scratched", () => {
    const { first } = answer(
      "rheinwerk",
      "Was für ein Sauhaufen ehrlich. Eure Monteure haben beim PV Aufbau das Carport Dach komplett zerkratzt, Fotos hab ich gemacht. Schadensmeldung SM-4471 ist seit 6 Wochen offen und keiner fühlt sich zuständig. Wenn ich so arbeiten würde wär ich längst gefeuert",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/Ihr Carport-Dach beschädigt/);
    expect(first?.text).not.toMatch(/Sauhaufen/);
  });

  it("asks someone who already wrote twice for the number that finds their messages", () => {
    const { first } = answer(
      "rheinwerk",
      "Guten Tag, seit Januar warte ich auf die Einspeisevergütung für letztes Jahr. Die PV Anlage läuft seit 2021 ohne Probleme aber Geld kommt keins. Hab schon zwei mal ne Mail geschrieben, keine Antwort. Langsam reicht es mir",
    );
    expect(first?.strategy).toBe("case-question");
    expect(first?.text).toMatch(/bisherigen Nachrichten/);
    expect(first?.text).toMatch(/Kundennummer/);
    expect(first?.text).not.toMatch(/Bestellnummer/);
  });

  it("names the drink served lukewarm after 'Euer'", () => {
    const { first } = answer("kaffeekollektiv", "Euer Flat White in Kreuzberg war gestern lauwarm, echt schade.");
    expect(first?.text).toMatch(/dein Flat White in Kreuzberg lauwarm war/);
  });
});

describe("batch 30", () => {
  it("hears no swearing in 'beim packen' and names the cracked cup, not a parcel that never came", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "hey ihr, bestellung 20931 kam heute an, kaffee top aber die große tasse (die blaue mit dem logo) hat nen riss quer durch bis zum henkel 😕 war eigentlich gut verpackt, muss beim packen schon passiert sein. foto kann ich schicken",
    );
    expect(assessment.violations).toEqual([]);
    expect(first?.strategy).toBe("case-next-step");
    expect(first?.text).toMatch(/die Tasse einen Riss hat/);
    expect(first?.text).not.toMatch(/sachlich|nicht angekommen|Mit\b/);
  });

  it("thanks the Leipzig team for a birthday candle, however lower-case", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "the leipzig team put a tiny birthday candle next to my flat white yesterday 🥹 i didn't even say anything, they just saw the card my friend gave me. thank you, made my day!!",
      "x",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Leipzig/);
  });

  it("reads 'so gut wie nichts' as nothing, and thanks an idea by its topic", () => {
    const { first } = answer(
      "rheinwerk",
      "Ihre Werbung zur Wärmepumpe zeigt immer nur freistehende Häuser mit riesigem Garten. Wir im Reihenhaus haben 3 Meter bis zum Schlafzimmerfenster der Nachbarn, und zum Thema Geräusche findet man auf Ihrer Seite so gut wie nichts. Das wäre mal ne wirklich hilfreiche Info.",
    );
    expect(first?.strategy).toBe("feedback-to-team");
    expect(first?.text).toMatch(/(?:Anregung|Hinweis) zum Thema Werbung/);
    expect(first?.text).not.toMatch(/zufrieden|besser machen/);
  });

  it("takes music too loud to hear oneself as sarcasm, never thanked", () => {
    const first = takesSeriously(
      "kaffeekollektiv",
      "shoutout to the hamburg café for the music volume this morning, finally a place where i can't hear my own thoughts OR my friend across the table. 10/10 club vibes at 9am ☕🔊",
    );
    expect(first?.text).toMatch(/music volume/);
  });

  it("holds a question about leasing; their own means are no failure", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Is it possible to lease or rent one of your heat pumps instead of buying it outright? I'm retired and 30k in one go just isn't possible for me, but our old oil boiler is on its last legs.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("holding-reply");
  });

  it.each([
    [
      "kaffeekollektiv",
      "hab leider keine mühle, nur so ne alte bialetti von meiner oma 😅 kann ich bei euch trotzdem was bestellen oder gibts nur ganze bohnen?",
      /Herdkanne/,
    ],
    [
      "rheinwerk",
      "Wir hatten letzte Woche den Termin mit Ihrem Techniker im Haus. Mit wie viel Vorlauf muss man rechnen bis die Handwerker anrücken, und wie lange haben wir dann die Baustelle im Keller? Wir wollen im Februar in Urlaub.",
      /8 bis 12 Wochen/,
    ],
  ] as const)("offers the saved answer to a question asked in other words: %s", (company, text, said) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(said);
  });

  it("states no saved fact that shares only a figure, a verb, a day or a place with a correction", () => {
    const grant = answer(
      "rheinwerk",
      "Kleine, aber wichtige Präzisierung: Im Beitrag steht „bis zu 70 % Förderung für Ihre Wärmepumpe“. Die Grundförderung liegt bei 30 %, auf 70 % kommt man nur mit Geschwindigkeits- UND Einkommensbonus. So verkürzt weckt das Erwartungen, die viele Hausbesitzer dann enttäuscht sehen.",
      "linkedin",
    ).first;
    expect(grant?.strategy).toBe("check-correction");
    expect(grant?.text).not.toMatch(/E-Mail-Adresse|Spam|Link/);
    expect(grant?.text).toMatch(/Förderung, 70 % und 30 %/);
    const tasting = answer(
      "kaffeekollektiv",
      "Small thing: the post says the tasting evening in Hamburg is on Friday, but your website says Thursday 21 Nov. Which one is right? Don't want to show up on the wrong night 😅",
    ).first;
    expect(tasting?.strategy).toBe("check-correction");
    expect(tasting?.text).not.toMatch(/open Monday/);
  });

  it("answers a quote promised and not come as the complaint, not with the saved heat-load answer", () => {
    const { first } = answer(
      "rheinwerk",
      "Kommt ihr eigentlich mal aus dem Quark? Heizlastberechnung bei uns war am 4. September, der Herr meinte das Angebot kommt in zwei Wochen. Jetzt ist Mitte November und NICHTS. So verliert man Kunden, aber offenbar habt ihr ja genug davon",
    );
    expect(first?.strategy).not.toBe("saved-reply");
    expect(first?.text).not.toMatch(/Quark|Herr\b/);
  });

  it("reads a consumption figure far from the usual as a billing case", () => {
    const { first } = answer(
      "rheinwerk",
      "Jetzt mal ehrlich, in meiner Jahresabrechnung steht ein Verbrauch von 9.800 kWh. Wir sind zu zweit in ner Wohnung, sonst immer so um die 3.500. Entweder hat da jemand nen Zahlendreher gemacht oder ich weiß auch nicht. Wer prüft sowas bei euch??",
    );
    expect(first?.strategy).toBe("case-question");
    expect(first?.text).toMatch(/Kundennummer/);
  });

  it("names stamps gone from the account and asks for its address", () => {
    const de = answer(
      "kaffeekollektiv",
      "Seit dem app update sind alle meine stempel weg 😭 hatte 8 von 10 zusammen, fast alle im Café in Leipzig gesammelt. Im Café meinten sie ich soll hier schreiben. Das Konto läuft auf meine gmail adresse, kann ich euch per dm schicken",
    ).first;
    expect(de?.text).toMatch(/deine Stempel weg sind/);
    expect(de?.text).toMatch(/E-Mail-Adresse deines Kontos/);
    expect(answer("kaffeekollektiv", "after the app update my stamps are gone, had 9 of 10").first?.text).toMatch(
      /your stamps are gone/,
    );
  });

  it("checks a photo that shows another model as a correction", () => {
    const { first } = answer(
      "rheinwerk",
      "Nur so am Rande: auf dem Foto ist keine WP 12, das ist noch die alte WP 9, erkennt man am Display und am Gehäuse 😉",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toMatch(/WP 12 und WP 9/);
    expect(first?.text).not.toMatch(/Rande/);
  });

  it("names a new-customer bonus not credited, not a debit", () => {
    const { first } = answer(
      "rheinwerk",
      "Hallo zusammen, mir wurde beim Wechsel ein Neukundenbonus von 100 € versprochen, gutgeschrieben nach 3 Monaten. Jetzt bin ich im 7. Monat und auf keiner Rechnung taucht der auf. Hab 2x per Mail nachgefragt, keine Antwort. Kundennummer 3318-0472. Wäre nett wenn sich da mal jemand drum kümmert.",
    );
    expect(first?.text).toMatch(/Ihr Neukundenbonus über 100 € noch nicht gutgeschrieben/);
    expect(first?.text).not.toMatch(/Abbuchung/);
  });

  it("names the appointment put off again", () => {
    const { first } = answer(
      "rheinwerk",
      "Wie unprofessionell kann man eigentlich sein?! Zum DRITTEN mal wird meine Energieberatung verschoben, jedes mal per SMS am Vorabend um 21 Uhr. Ich nehm mir dafür extra frei. Vorgang EB-20417. Kriegt euren Laden mal geregelt oder lasst es.",
    );
    expect(first?.text).toMatch(/Ihre Energieberatung schon wieder verschoben wurde/);
    expect(first?.text).toMatch(/EB-20417/);
  });

  it("takes no favourite spot for an advert, and no 'Dankeschön' for what was praised", () => {
    const laptop = answer(
      "kaffeekollektiv",
      "Since the new laptop rule in Kreuzberg (only at the big table, and only before 11) I basically can't work there anymore. I get that you need the seats, but it was my favourite spot in the neighbourhood and now it kind of feels like people like me aren't wanted. bit sad tbh",
    ).first;
    expect(laptop?.text).toMatch(/laptop rule/);
    expect(laptop?.text).not.toMatch(/campaign|spot/);
    const thanks = answer(
      "kaffeekollektiv",
      "Riesen Dankeschön an Mira in Ottensen!! Die hat sich heute 10 min Zeit genommen und mir erklärt wie ich mit dem V60 richtig aufgieße obwohl hinter mir schon ne Schlange war. Zuhause direkt ausprobiert, schmeckt endlich nicht mehr bitter 😍☕",
    ).first;
    expect(thanks?.strategy).toBe("thank-specifically");
    expect(thanks?.text).not.toMatch(/Thema Dankeschön/);
  });

  it("engages an energy adviser's argument about customers in general, no complaint of his own", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Als Energieberater seh ich das jeden Tag: Das Problem sind nicht die 8–12 Wochen bis zum Einbau, sondern dass Kunden zwischen Angebot und Förderzusage monatelang festhängen und nicht anfangen dürfen. Da könntet ihr als großer Anbieter ruhig mal politisch Druck machen statt nur Hochglanzwerbung zu schalten.",
      "facebook",
      "Thomas Engel",
      12500,
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("engage-argument");
  });
});

describe("batch 31", () => {
  it("reads 'Make 3000€ a week from home!! DM me' as spam", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      '🔥🔥 Make 3000€ a week from home!! DM me "INFO" 🔥🔥 coffee lovers are getting rich right now',
    );
    expect(assessment.violations.map((v) => v.kind)).toContain("spam");
    expect(first?.strategy).toBe("do-not-reply");
  });

  it("needs no reply to a question about last night's match", () => {
    const { first } = answer("kaffeekollektiv", "did anyone watch the match last night?? that ref was a joke 🤬🤬");
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("holds a question with 'nicht … sondern' in it; no correction, no unrelated fact", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Kann man bei Ihnen den Wartungsvertrag für die Wärmepumpe auch abschließen wenn die WP nicht von Ihnen ist sondern von nem anderen Installateur eingebaut wurde?",
    );
    expect(assessment.role).not.toBe("know-it-all");
    expect(first?.strategy).toBe("holding-reply");
    expect(first?.text).toMatch(/Wartungsvertrag/);
  });

  it.each([
    [
      "kaffeekollektiv",
      "Leute echt jetzt. In Ottensen kriegt man 5€ zu wenig Wechselgeld raus und die Kassiererin guckt mich an als wollt ich sie abzocken. peinlich ist das. Samstag so gegen 11",
      /du in Ottensen 5€ zu wenig Wechselgeld bekommen hast/,
    ],
    [
      "kaffeekollektiv",
      "Was ist denn bei euch los?? Gutscheinkarte über 25€ geschenkt bekommen, an der Kasse in Leipzig heißt es Guthaben 0,00. Ich bin doch nicht bescheuert, die Karte war NIE benutzt!! Kartennummer endet auf 4471. Kriegt ihr das hin oder muss ich erst nen Anwalt holen",
      /deine Gutscheinkarte über 25€ in Leipzig kein Guthaben zeigt/,
    ],
    [
      "rheinwerk",
      "Meine Adresse ist im Vertrag falsch, da steht Am Lindenhof statt Lindenweg, deswegen kommt die Post seit Monaten nicht an. Hab das schon zweimal gemeldet!!",
      /Ihre Adresse falsch eingetragen ist.*Kundennummer/,
    ],
  ] as const)("names money at the till and details entered wrong: %s", (company, text, named) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toMatch(/^case-/);
    expect(first?.text).toMatch(named);
    expect(first?.text).not.toMatch(/sachlich|Abrechnung/);
  });

  it("swears at nobody in 'Ich bin doch nicht bescheuert'", () => {
    const { assessment } = answer(
      "kaffeekollektiv",
      "Was ist denn bei euch los?? Gutscheinkarte über 25€ geschenkt bekommen, an der Kasse in Leipzig heißt es Guthaben 0,00. Ich bin doch nicht bescheuert, die Karte war NIE benutzt!!",
    );
    expect(assessment.violations).toEqual([]);
  });

  it.each([
    [
      "kaffeekollektiv",
      "Hab mich bei der Bestellung vertan und die falsche Sorte genommen, Packung ist noch zu. krieg ich mein Geld wieder wenn ich die zurückschick?",
      /zurückschicken/,
    ],
    [
      "kaffeekollektiv",
      "Hallo! Meine Schwester wohnt in Graz, kann ich ihr direkt von euch was schicken lassen oder geht das nur innerhalb D?",
      /Österreich/,
    ],
    [
      "rheinwerk",
      "Meine Mutter hat nen Brief gekriegt sie soll die Zahlen vom Stromkasten durchgeben, sie hat aber kein Smartphone und keine App. wie macht sie das am besten?",
      /zaehlerstand/,
    ],
  ] as const)(
    "offers the saved answer to a question of one's own slip or in plain words: %s",
    (company, text, said) => {
      const { assessment, first } = answer(company, text);
      expect(assessment.intent.complaint).toBeUndefined();
      expect(first?.strategy).toBe("saved-reply");
      expect(first?.text).toMatch(said);
    },
  );

  it("answers a call-back promised nine days ago as a case, never thanked, and names no Swiss clockwork", () => {
    const { first } = answer(
      "rheinwerk",
      'Toll, wirklich toll. Rückruf für "spätestens morgen" versprochen bekommen. Das war vor neun Tagen. Zuverlässig wie ein Schweizer Uhrwerk seid ihr 😂',
    );
    // Sarcasm said as such ("Toll, wirklich toll."): the criticism heard, the call-back owed in the same reply.
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).toMatch(/Rückruf/);
    expect(first?.text).not.toMatch(/dank|Uhrwerk/i);
  });

  it("takes a contract made out to 'Herrn Sabine' as sarcasm, not as praise of a Herr Sabine", () => {
    const first = takesSeriously(
      "rheinwerk",
      'Großartig Rheinwerk! Vertrag auf "Herrn Sabine Krüger" ausgestellt. Mein Mann freut sich bestimmt über seine neue Frau 😂 Man fühlt sich so richtig gesehen',
    );
    expect(first?.text).not.toMatch(/geholfen|Lob/);
  });

  it.each([
    [
      "kaffeekollektiv",
      "Idee: macht doch ne Pfandbecher-Option mit Recup oder so, ich hab keine Lust jeden Morgen nen Einwegbecher wegzuschmeißen. Würd auch 1€ Pfand zahlen",
    ],
    [
      "rheinwerk",
      "Bin mit der App eigentlich zufrieden, aber wär mega wenn man den Verbrauch der Wärmepumpe pro Tag als Grafik sehen könnte, nicht nur pro Monat. Dann sieht man viel besser was die Nachtabsenkung bringt",
    ],
  ] as const)("thanks an idea and passes it on: %s", (company, text) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toBe("feedback-to-team");
  });

  it("leaves a clown mocking the company alone", () => {
    const { first } = answer(
      "rheinwerk",
      "Rheinwerk: the company that sells you a 30k air conditioner and calls it heating 🤡🤡",
      "x",
    );
    expect(first?.strategy).toBe("do-not-reply");
  });

  it("takes no elephant in the room for a topic", () => {
    const { first } = answer(
      "rheinwerk",
      'Interessanter Beitrag, aber ihr verschweigt den Elefanten im Raum: die Netzentgelte. Wer heute eine WP mit "günstigem Wärmestrom" bewirbt, sollte dazusagen, dass die Netzentgelte in Teilen NRWs seit 2023 um bis zu 30 % gestiegen sind und der Preisvorteil damit zur Hälfte weg ist. Wo ist die ehrliche Rechnung für den Endkunden?',
      "linkedin",
      "Katrin Vogt",
      23000,
    );
    expect(first?.text).not.toMatch(/Elefant/);
  });
});

describe("batch 32", () => {
  it("names dirt trodden in by the technician as the case it is", () => {
    const { first } = answer(
      "rheinwerk",
      "Euer Techniker war heute zur Wartung bei uns in Sankt Augustin und hat ne Dreckspur quer durch den hellen Flur hinterlassen. Keine Entschuldigung nix. Unverschämtheit ist das, ihr könnt die Reinigung zahlen, aber zackig!",
    );
    expect(first?.strategy).toMatch(/^case-|boundary-and-help/);
    expect(first?.text).toMatch(/Schmutzspur/);
  });

  it("reads a barista rolling her eyes as how a guest was treated at the branch", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "your Ottensen barista literally rolled her eyes at me when I asked for a smaller cup for my kid. Tuesday around 4pm. get some manners honestly, pathetic",
    );
    expect(assessment.intent.complaint?.problem).toBe("service");
    expect(first?.text).toMatch(/Ottensen/);
  });

  it.each([
    [
      "rheinwerk",
      'great to see Rheinwerk celebrating "Kundennähe" while the service point in Siegburg closed in January and nobody bothered to tell us 👏 very close indeed',
    ],
    [
      "kaffeekollektiv",
      'Richtig gemütlich bei euch in Kreuzberg, vor allem die 40 min auf nen Tisch warten weil die halbe Fläche "reserviert – Event" war und dann kam keiner. Top 👌',
    ],
  ] as const)("never thanks sarcasm about a closure or a wait: %s", (company, text) => {
    const first = takesSeriously(company, text);
    expect(first?.text).not.toMatch(/auf eine Antwort/);
  });

  it.each([
    [
      "kaffeekollektiv",
      "the carrot cake at Ottensen is hands down the best in the city and trust me I've tried a LOT 🥕🍰",
      /Ottensen/,
    ],
    [
      "rheinwerk",
      "shoutout to the Rheinwerk crew who did our solar roof in Hennef, Piotr and Lukas, finished a day early and left the garden spotless 🙌",
      /Piotr/,
    ],
  ] as const)("thanks praise with 'hands down' and 'left … spotless' in it: %s", (company, text, named) => {
    const { assessment, first } = answer(company, text, "x");
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(named);
    expect(first?.text).not.toMatch(/in Rheinwerk|the Piotr/);
  });

  it("reads market prices argued about as no bill of one's own", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "Nice post on your direct-trade partners. But the C-price roughly doubled since 2021 and your retail prices went up about 8%. So either margins were huge before, or the farmers aren't seeing much of the increase. Which is it? Genuinely curious, this is the conversation specialty coffee needs.",
      "linkedin",
      "Sarah Mitchell",
      15000,
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("engage-argument");
    expect(first?.text).not.toMatch(/customer number|bill/);
  });

  it.each([
    [
      "rheinwerk",
      "Im Video sagen Sie, eine WP 9 reicht für 200 m² Wohnfläche. In Ihrem eigenen Datenblatt steht max. 140 m². Was stimmt denn jetzt?",
      /200 m², 140 m²/,
    ],
    [
      "kaffeekollektiv",
      'Ihr habt im Post "neue Röstung aus Kenia" geschrieben, auf der Tüte steht aber Ruanda. Ist da was vertauscht?',
      /Ruanda/,
    ],
  ] as const)("checks a claim set against a data sheet or the bag as a correction: %s", (company, text, named) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toMatch(named);
  });

  it.each([
    [
      "rheinwerk",
      "Just moved to Cologne and my German is still terrible 🙈 is there anyone at Rheinwerk I can actually talk to in English?",
      /help in English/,
    ],
    [
      "kaffeekollektiv",
      "Wie schnell ist das Zeug bei mir wenn ich heute abend bestell? Brauch den Kaffee bis Samstag weil Besuch kommt",
      /Werktage/,
    ],
    [
      "rheinwerk",
      "Mein Steuerberater will die Stromabrechnung vom letzten Jahr, das Papier ist aber weg. Kommt man da irgendwie nochmal ran?",
      /Jahresabrechnung finden Sie/,
    ],
  ] as const)("offers the saved answer to a question in other words: %s", (company, text, said) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(said);
  });

  it("holds 'Gibts … Parkplätze?' as a question, and thanks 'Wäre es nicht sinnvoll …?' as an idea", () => {
    expect(
      answer(
        "kaffeekollektiv",
        "Gibts in der Nähe vom Café in Leipzig Parkplätze oder muss man mit der Bahn kommen? Komm mit meiner Oma die schlecht laufen kann",
      ).first?.strategy,
    ).toBe("holding-reply");
    expect(
      answer(
        "rheinwerk",
        "Wäre es nicht sinnvoll, in der App eine Push-Nachricht zu schicken wenn der Zählerstand fällig ist? Ich vergess das jedes Jahr und krieg dann ne Schätzung",
      ).first?.strategy,
    ).toBe("feedback-to-team");
  });

  it("leaves a joke acted out alone, with no case made of it", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      `Rheinwerk employees right now: *unplugs the sun* "sorry your solar is broken, that'll be 800€" 😂😂`,
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("do-not-reply");
  });

  it.each([
    [
      "rheinwerk",
      "Mir wurde am Telefon ein Bonus für die Vertragsverlängerung zugesagt, auf der Rechnung taucht der nirgends auf. So gehts ja nicht",
      /Ihr Bonus noch nicht gutgeschrieben/,
    ],
    [
      "kaffeekollektiv",
      "Hab im Shop die Reinigungstabletten für den Siebträger mitbestellt, im Paket war nur der Kaffee. Auf der Rechnung stehen die Tabletten aber drauf 🤔",
      /unvollständig angekommen.*Bestellnummer/,
    ],
    [
      "rheinwerk",
      'Wir haben beim Benefizlauf "Rhein läuft" für die Tafel gespendet und am 2. Mai die Spendenquittung beantragt. Bis heute nix gekommen, ich brauch die für die Steuer',
      /noch keine Spendenquittung bekommen/,
    ],
  ] as const)("names what did not come as it was said: %s", (company, text, named) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toBe("case-question");
    expect(first?.text).toMatch(named);
    expect(first?.text).not.toMatch(/Termin niemand/);
  });
});

describe("batches 33 and 34", () => {
  it.each([
    [
      "kaffeekollektiv",
      "Neue Becher @kaffeekollektiv 😍 so schick, dass der Deckel beim ersten Schluck abspringt. Hab jetzt Latte-Muster auf der Hose. #danke",
    ],
    [
      "kaffeekollektiv",
      'Wie schön, dass Ottensen jetzt vier Wochen "Sommerpause" macht. Ausgerechnet im August, wenn die ganze Stadt draußen sitzen will. Echt starke Geschäftsidee 👌',
    ],
  ] as const)("never thanks sarcasm about a lid that pops off or a summer break: %s", (company, text) => {
    const first = takesSeriously(company, text);
    expect(first?.text).not.toMatch(/Hose|Lob/);
  });

  it("draws the line at 'müll-shop' and hears the basket that expires", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "@kaffeekollektiv euer warenkorb läuft nach 10 min ab?? dreimal alles neu zusammengeklickt, 4 sorten für unsere büroküche. was für ein müll-shop ehrlich",
      "x",
    );
    expect(assessment.verdict).toBe("keep");
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/Warenkorb/);
    expect(first?.text).not.toMatch(/gute Frage|danke/i);
  });

  it("thanks 'nehmt doch mal … auf die Karte' as an idea", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "@kaffeekollektiv nehmt doch mal ne Filterkaffee-Kanne für 2-3 Leute auf die Karte, wir holen eh immer drei Tassen einzeln ☕☕☕",
      "x",
    );
    expect(first?.strategy).toBe("feedback-to-team");
    expect(first?.text).toMatch(/Filterkaffee-Kanne/);
  });
});

describe("fresh comments through gelassen suggest, fifth stop of 2026-12-02", () => {
  it("names a maintenance report that never came, in its gender", () => {
    const { first } = answer(
      "rheinwerk",
      "@Rheinwerk Wartungsprotokoll von der Wärmepumpe sollte per Mail kommen, kam nie. Brauch ich aber für die Garantie 🙄",
    );
    expect(first?.text).toMatch(/noch kein Wartungsprotokoll bekommen/);
  });

  it("holds a question that asks 'oder heißt es dann …?', with no spirit given up for a topic", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Mal ne Frage im Voraus: Falls die Wärmepumpe am Wochenende den Geist aufgibt, gibts da jemanden den man anrufen kann, oder heißt es dann bis Montag frieren?",
    );
    expect(assessment.role).not.toBe("know-it-all");
    expect(first?.text).not.toMatch(/Geist|Voraus/);
  });

  it("takes no short tag for a topic and no fragment across a sentence's end for a detail", () => {
    expect(
      answer(
        "rheinwerk",
        '@Rheinwerk kleiner Fehler im Post: Leverkusen schreibt man mit v, nicht "Leferkusen" 😉 #Lev',
      ).first?.text,
    ).not.toMatch(/\bLev\b/);
    expect(
      answer(
        "rheinwerk",
        'We had Rheinwerk install a 14 kWp system on our office building in Neuss in April. For three weeks now the monitoring shows the east string producing nothing. Ticket SR-22917 is still "open". Not what I expect from a partner we recommended to others.',
      ).first?.text,
    ).not.toMatch(/\. Not/);
  });
});

describe("batch 33, second look", () => {
  it("thanks Herr Nowak, who serviced the heat pump: 'gewartet' is no wait", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Großes Lob an Herrn Nowak, der heute unsere Wärmepumpe gewartet hat! Hat alles in Ruhe erklärt, uns den Filter gezeigt und sogar die Schuhe ausgezogen 😄 So stellt man sich das vor.",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Herr Nowak/);
  });

  it("asks no app version when the app only reports what the plant yields", () => {
    const { first } = answer(
      "rheinwerk",
      "Unsere PV-Anlage (9,8 kWp, seit März aufm Dach) bringt laut App grad mal 60% von dem was im Angebot hochgerechnet war. Auftragsnummer PV-40317. Hab schon 2x ne Mail geschrieben, keine Antwort. Prüft das mal jemand??",
    );
    expect(first?.text).toMatch(/PV-40317/);
    expect(first?.text).not.toMatch(/App-Version|mit unserer App/);
  });

  it.each([
    [
      "kaffeekollektiv",
      'tried to pay with PayPal in your shop 3 times now, every time "payment could not be completed" and then my cart is empty 🙄 i just want the 1kg house blend, not a puzzle game',
      /payment in our shop didn't go through/,
    ],
    [
      "kaffeekollektiv",
      "Paket kam heute, auf der Rechnung stehen 2x Espresso Forte, drin war aber nur eine Packung 🤔 hab extra zwei bestellt weil ich eine verschenken wollte",
      /Paket unvollständig angekommen.*Bestellnummer/,
    ],
    [
      "rheinwerk",
      "Honestly what a sloppy bunch. Your technician serviced our heat pump yesterday and left cable ties, foil and a cover panel lying in the garden. The outdoor unit wasn't even closed properly. Pathetic.",
      /cable ties, foil and a cover panel were left lying in your garden/,
    ],
  ] as const)("names a failed payment, a parcel short of an item, things left lying: %s", (company, text, named) => {
    const { first } = answer(company, text);
    // "… Pathetic." beside the case: the boundary comes with the help (tenth session, batches 219–222).
    expect(first?.strategy).toMatch(/^case-|^boundary-and-help$/);
    expect(first?.text).toMatch(named);
    expect(first?.text).not.toMatch(/customer number|Kundennummer|damaged/);
  });

  it.each([
    [
      "kaffeekollektiv",
      "Hab aus Versehen zweimal den Äthiopien Guji bestellt, eine Tüte ist noch zu. Kann ich die irgendwie zurückgeben?",
      /retoure/,
    ],
    [
      "rheinwerk",
      "Neues Handy, Ihre App neu installiert und jetzt will die ein Kennwort, das ich nie aufgeschrieben hab 🙈 Wie komm ich da wieder rein?",
      /Passwort vergessen/,
    ],
  ] as const)("offers the saved answer to 'zurückgeben' and a forgotten 'Kennwort': %s", (company, text, said) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(said);
  });
});

describe("batch 34, second look", () => {
  it("reads registering a balcony plant with the grid operator as no login", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Unser Balkonkraftwerk ist seit zwei Wochen montiert, aber die Anmeldung beim Netzbetreiber, die Sie laut Angebot übernehmen, ist immer noch nicht raus. Kundennummer 6620 1183. Wie lange soll das noch dauern?",
    );
    expect(assessment.intent.complaint?.problem).not.toBe("login");
    expect(first?.text).toMatch(/6620 1183/);
    expect(first?.text).not.toMatch(/einloggen|App-Version/);
  });

  it("checks a correction of an opening day before any saved answer on opening hours", () => {
    const { first } = answer(
      "kaffeekollektiv",
      '@kaffeekollektiv your post says the new Dresden café opens "Sat 14th" but the 14th is a Friday 🤔 which day should I come?',
      "x",
    );
    expect(first?.strategy).toBe("check-correction");
  });
});

describe("my missing order", () => {
  it("says a missing order has not arrived, and a parcel short of two bags arrived incomplete", () => {
    expect(
      answer("kaffeekollektiv", "I already emailed twice about my missing order and nobody replies").first?.text,
    ).toMatch(/your order hasn't arrived/);
    expect(answer("kaffeekollektiv", "My order KK-12345 arrived but two bags are missing").first?.text).toMatch(
      /arrived incomplete/,
    );
  });
});

describe("batch 33 through gelassen suggest", () => {
  it("thanks for a cold-brew recipe, not for the fridge it stood in", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Euer Cold-Brew-Rezept hab ich am WE ausprobiert, 1:8 und 18 Std im Kühlschrank – genial!! Mein Mann kauft jetzt keinen Eiskaffee mehr im Supermarkt 😍",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).not.toMatch(/Kühlschrank/);
  });

  it("draws the line at 'eure seite ist schrott' and never thanks it", () => {
    const { first } = answer(
      "kaffeekollektiv",
      'was is bitte mit eurem shop los? dreimal den code WILLKOMMEN15 eingegeben, jedes mal "ungültig". steht so in eurer insta story. entweder lügt ihr oder eure seite ist schrott',
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).not.toMatch(/dank/i);
  });
});

describe("batches 35 and 36: fresh comments of the stop of 2026-12-02 (sixth)", () => {
  it("never licenses deleting praise for a barista because 'wusste' begins like 'wuss'", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "Shoutout an Merve in Kreuzberg: war erst zweimal da und sie wusste schon meinen Namen und dass ich den Flat White extra heiß will. Sowas macht echt den Unterschied ☕❤️",
    );
    expect(assessment.verdict).toBe("keep");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Merve/);
  });

  it("thanks the colleague who put a customer's own slip right, by name, and asks for no order number", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "Ordered the wrong coffee for my dad's birthday, sent you a DM in a panic and Jonas swapped it before it even shipped. Dad loves the Sumatra. Thank you so much!",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Jonas/);
  });

  it("names both of two people thanked, with the verb for two", () => {
    expect(
      answer(
        "rheinwerk",
        "Huge thanks to Dariusz and Lena who installed our WP 9 in Pulheim last week. Tidy work, they explained every valve to us. 10/10 ☀️",
      ).first?.text,
    ).toMatch(/Dariusz and Lena/);
    expect(
      answer("rheinwerk", "Danke an Piotr und Lukas, die unsere Anlage so sauber montiert haben!").first?.text,
    ).toMatch(/Piotr und Lukas (?:Ihnen so gut geholfen haben|sehr freuen)/);
  });

  it("names the trainer thanked after her role", () => {
    const { first } = answer(
      "rheinwerk",
      "Mein Sohn Jonas hat heute seine Gesellenprüfung als Anlagenmechaniker SHK bestanden – nach drei Jahren Ausbildung bei Rheinwerk in Köln-Porz. Ein besonderer Dank an seine Ausbilderin Petra, die ihn auch durch das schwierige zweite Lehrjahr getragen hat.",
      "linkedin",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Petra/);
  });

  it("needs no reply to politics that says no company can change it", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Energy prices won't come down until the government stops pouring money into gas terminals. Nothing any company can do about that. Vote accordingly.",
    );
    expect(assessment.intent.offTopic).toBe(true);
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("draws the line at an insult and still takes on the deposit that was not paid back", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      'Ihr Idioten habt mir heute Mittag in Hamburg-Ottensen den Euro Pfand für meinen Becher nicht zurückgegeben, weil der angeblich "aus nem anderen Laden" ist. Da steht EUER LOGO drauf!!',
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/Hamburg-Ottensen/);
  });

  it("takes a wrong name on the cup as sarcasm, not as a correction answered with the opening hours", () => {
    const first = takesSeriously(
      "kaffeekollektiv",
      '10/10 personal touch from the Hamburg café today, my cup said "Hornet". my name is Henrike. I spelled it twice. honoured tbh 🐝',
    );
    expect(first?.text).not.toMatch(/open|7:30/);
  });

  it("checks a misspelt name asked to be fixed, and thanks for no 'idea'", () => {
    const { first } = answer(
      "rheinwerk",
      "Small thing, but it matters: our colleague's name is Małgorzata Nowicka, not \"Malgorzata Novicka\" as in your post about this year's apprenticeship graduates. Would be great if you could fix it, she was really proud to be featured.",
      "linkedin",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).not.toMatch(/idea/i);
  });

  it("checks a caption corrected after a compliment instead of only thanking for the compliment", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Lovely post about the new roasting team! Small note though: the photo was taken in the Leipzig-Südvorstadt café, not at the roastery as the caption says – I recognise the green tiles behind the bar 🙂",
      "linkedin",
    );
    expect(first?.strategy).toBe("check-correction");
  });

  it("reads another coffee in the parcel as the customer's case and asks for the order number", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "@kaffeekollektiv päckchen ist da aber statt dem Ethiopia Guji war der House Blend drin. wär cool wenn ihr das geradebiegt",
      "x",
    );
    expect(assessment.intent.complaint?.problem).toBe("delivery");
    expect(first?.strategy).toBe("case-question");
    expect(first?.text).toMatch(/Bestellnummer/);
  });

  it("answers a question about a French press by its German name with the saved answer on the grind", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "@kaffeekollektiv bekomm ich den kaffee bei euch auch schon fertig gemahlen für die stempelkanne? hab zuhause keine mühle",
      "x",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(/French Press/);
  });

  it("leaves a clown laughing at the price alone", () => {
    const { first } = answer(
      "kaffeekollektiv",
      'imagine paying 4 euros for bean water and calling yourselves a "collective" lmao ☕🤡',
      "x",
    );
    expect(first?.strategy).toBe("do-not-reply");
  });

  it("reads a draught at the window seat as the guest's case, with no coat to apologise for", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "Im Café in Leipzig-Südvorstadt zieht es am Fensterplatz seit Wochen so heftig, dass man die Jacke anlassen muss. War heute wieder ne Dreiviertelstunde da und hab nur gefroren. Könnt ihr da mal was abdichten oder so? 🥶",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toBe("case-next-step");
    expect(first?.text).toMatch(/Leipzig-Südvorstadt/);
    expect(first?.text).not.toMatch(/Jacke|gute Frage/);
  });

  it("hears 'geht das nicht in normalem Deutsch?' as a wish for plain letters, not a failed bill", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      'Ihre Briefe lesen sich, als hätte sie ein Übersetzungsprogramm von 2005 geschrieben. "Wir ersuchen Sie um die Zurverfügungstellung der Zählerdaten zwecks Abrechnungserstellung" – geht das nicht in normalem Deutsch? Gerade meine älteren Nachbarn verstehen bei so etwas kein Wort.',
      "linkedin",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).not.toMatch(/Abrechnung|gute Frage/);
  });

  it("does not answer 'Andere Röstereien legen offen …' with the opening hours", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "Direkthandel ist schön und gut, aber ohne veröffentlichte Einkaufspreise bleibt das Marketing. Andere Röstereien legen offen, was sie pro Kilo an die Farmen zahlen. Warum macht ihr das nicht?",
    );
    expect(assessment.intent.question).not.toBe("opening-hours");
    expect(first?.text).not.toMatch(/geöffnet|Öffnungszeiten/);
  });

  // Heiligabend, first asked here, is no public holiday: since the nineteenth session of 2026-12-06 a question about it
  // is held (the saved answer's "An Feiertagen …" does not settle it); a public holiday is asked instead.
  it("answers the opening hours asked with a smile and no question mark, and asked after 'Hi,'", () => {
    for (const text of ["wie lange habt ihr am samstag offen 🙂", "Hi, habt ihr am zweiten Weihnachtstag offen?"]) {
      const { assessment, first } = answer("kaffeekollektiv", text);
      expect(assessment.language).toBe("de");
      expect(first?.strategy).toBe("saved-reply");
      expect(first?.text).toMatch(/geöffnet/);
    }
  });

  it("warns of a phishing mail in the company's name, asked 'Ist das jetzt von euch?'", () => {
    const { first } = answer(
      "rheinwerk",
      "Ganz toll, Rheinwerk 👏 Mail „Ihre Erstattung über 86,40 € wartet“ mit Link auf rheinwerk-kundenkonto.info, ich soll dort meine IBAN eingeben. Wirkt super seriös. Ist das jetzt von euch oder nicht?!",
      "x",
    );
    expect(first?.strategy).toBe("warn-of-scam");
    expect(first?.text).toMatch(/nicht auf den Link/);
  });

  it("reads 'where's my coffee' after a click & collect order as a missing order, and asks its number", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "ordered click & collect for the Kreuzberg café, showed up at 5 and they said my bag \"wasn't there\" and I should ask online. so... asking online. where's my coffee",
      "x",
    );
    expect(assessment.intent.complaint?.problem).toBe("delivery");
    expect(first?.strategy).toBe("case-question");
    expect(first?.text).toMatch(/order number/);
    expect(first?.text).toMatch(/Kreuzberg/);
  });
});

describe("batch 37: fresh comments of the stop of 2026-12-02 (sixth)", () => {
  it("never licenses deleting a hail-cracked module ('einen Sprung') or a window 'nicht ganz dicht'", () => {
    for (const text of [
      "Nach dem Hagel am Dienstag hat eines unserer Module auf dem Garagendach einen Sprung quer durch. Hab das am Donnerstag übers Schadenformular gemeldet, Vertrag 40-73815, bis heute keine Rückmeldung. Wer schaut sich das an bevor da Wasser reinläuft?",
      "Das Fenster am Tresen in Ottensen ist nicht ganz dicht, es zieht furchtbar.",
      "Es waren nicht alle Tassen im Paket, zwei fehlen.",
    ]) {
      expect(answer("rheinwerk", text).assessment.verdict).toBe("keep");
    }
    expect(answer("rheinwerk", "Du bist doch nicht ganz dicht.").assessment.verdict).toBe("may-delete");
    expect(answer("rheinwerk", "Ihr habt doch einen Vogel.").assessment.verdict).toBe("may-delete");
  });

  it("answers a plant drink and its surcharge, asked in other words, with the saved answer", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Hallo ihr Lieben, meine Schwester verträgt keine Kuhmilch – habt ihr für den Cappuccino auch was mit Soja und muss man da draufzahlen? Wollen am Wochenende mal vorbeikommen 😊",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(/Soja/);
  });

  it("answers how many days the fitters are in the house with the saved answer on the fitting", () => {
    const { first } = answer(
      "rheinwerk",
      "Guten Tag, unsere Wärmepumpe ist bestellt, der Termin vor Ort war auch schon. Wie viele Tage sind Ihre Handwerker dann tatsächlich bei uns im Haus? Muss ich mir dafür die ganze Woche Urlaub nehmen?",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(/zwei bis drei Tage/);
  });

  it("answers 'is there anyone we can ring' at night with the saved service line, not criticism of 'conks'", () => {
    const { first } = answer(
      "rheinwerk",
      "quick q for @Rheinwerk: if our heat pump conks out at 2am on a saturday, is there actually anyone we can ring or do we just freeze till monday? 🥶",
      "x",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(/day and night/);
  });

  it("never thanks a redesign called a step backwards", () => {
    const first = takesSeriously(
      "kaffeekollektiv",
      "As someone who works in UX: the relaunched shop is a step backwards. It now takes five taps on mobile to get from the homepage to an actual coffee, and the origin filter resets every time you go back. Good coffee deserves a better shop.",
    );
    expect(first?.text).not.toMatch(/step backwards/);
  });

  it("takes a magazine nobody needs seriously, not as reading along", () => {
    takesSeriously(
      "rheinwerk",
      "Ehrlich gesagt verstehe ich nicht, warum ein Energieversorger, der sich Klimaschutz auf die Fahne schreibt, viermal im Jahr ein dickes Kundenmagazin auf Hochglanzpapier an jeden Haushalt verschickt. Das Geld und das Papier könnte man sich sparen.",
    );
  });

  it("reads congratulations before a 'but' as meant, not as sarcasm", () => {
    const { assessment } = answer(
      "rheinwerk",
      "Congratulations on 1,000 installed heat pumps, but the more interesting number is missing: how many of them run on natural refrigerants like R290? Utilities selling heat pumps at scale should be upfront about this.",
      "linkedin",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(answer("rheinwerk", "Congrats on the third price rise this year 👏").assessment.intent.sarcasm).toBe(true);
  });

  it("hears 'seit fünf Wochen meldet sich keiner' as waiting, not as reporting another comment", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Was soll der Mist eigentlich? Laut eurem Insta-Post hab ich beim Gewinnspiel im März das Röstpaket gewonnen, Screenshot hab ich noch, und seit fünf Wochen meldet sich keiner. Verarschen kann ich mich auch selbst.",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/Gewinnspiel/);
  });

  it("looks into a reminder sent for a bill paid on time, not into a debit of its fee", () => {
    const { first } = answer(
      "rheinwerk",
      "Heute kam eine Mahnung mit 5 € Mahngebühr, obwohl ich die Rechnung am 28.02. pünktlich überwiesen habe. Kundennummer 7710 4482, der Kontoauszug liegt vor mir. Bitte nehmen Sie die Mahnung zurück und streichen Sie die Gebühr.",
    );
    expect(first?.text).toMatch(/Kundennummer 7710 4482/);
    expect(first?.text).not.toMatch(/Abbuchung/);
  });

  it("reads a ladder left lying in the garden as the customer's case", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Ihr Techniker war heute früh zum Ausmessen vom Dach für unsere PV-Anlage da und hat seine Aluleiter bei uns im Garten liegen lassen. Die liegt jetzt quer über meinem Beet. Holt die noch jemand ab oder darf ich die behalten? 😅",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.text).not.toMatch(/gute Frage/);
  });

  it("names no salutation quoted from a letter as a topic", () => {
    const { first } = answer(
      "rheinwerk",
      'Seit 6 Jahren Kundin und im neuen Brief steht schon wieder "Sehr geehrter Herr Rommerskirchen". Hab das letztes Jahr schon gemeldet. Ist das wirklich so schwer zu ändern??',
    );
    expect(first?.text).not.toMatch(/Thema[^.]*\bSehr\b/);
  });
});

describe("batches 38 and 39: swearing at things, rooms at home, groups never praised", () => {
  it.each([
    [
      "rheinwerk",
      "So ein Mist, der Abschlag ist im März doppelt abgebucht worden, zweimal 142 €. Mein Konto ist jetzt im Minus und die Bank zieht mir für den Dispo das Fell über die Ohren. Wer kümmert sich da drum??",
    ],
    [
      "rheinwerk",
      "The bloody inverter on our solar system has been flashing red since Saturday, error code F-203, and the app shows zero production. Customer number 5520-1187. It's sunny as hell out there and we're generating nothing.",
    ],
    [
      "kaffeekollektiv",
      "hab vor zwei wochen bestellt und immer noch nix da. langsam frag ich mich ob ihr die bohnen einzeln aus kolumbien holt 😤 scheiß warterei, ich hab seit montag keinen kaffee mehr zuhause",
    ],
  ] as const)(
    "answers the case without asking for a better tone when the swearing is at a thing: %s",
    (company, text) => {
      const { first } = answer(company, text);
      expect(first?.strategy).toMatch(/^case-/);
      expect(first?.text).not.toMatch(/sachlich|Ton|civil|respectful/);
    },
  );

  it("still draws the line at 'Scheiß Kaffee, scheiß Preise, scheiß Laden'", () => {
    expect(
      answer("kaffeekollektiv", "Scheiß Kaffee, scheiß Preise, scheiß Laden. Nie wieder!!! 🤮").first?.strategy,
    ).toBe("boundary-and-help");
  });

  it("asks nobody to mind their tone for dirt under the panels or a button at 'Arsch der Welt'", () => {
    const doves = answer(
      "rheinwerk",
      "Kurze Frage: Auf unserem Dach nisten Tauben, und unter den Solarmodulen sammelt sich inzwischen richtig viel Dreck und Taubenkot. Bietet ihr so ein Gitter bzw. Taubenschutz an oder muss ich da selbst hoch und die Viecher verscheuchen?",
    );
    expect(doves.assessment.violations).toEqual([]);
    expect(doves.first?.strategy).toBe("holding-reply");
    expect(doves.first?.text).not.toMatch(/Viecher/);
    const app = answer(
      "rheinwerk",
      "Was ist das denn für ein Schwachsinn mit der neuen App?? Alles verschoben, nix findet man mehr, der Knopf für den Zählerstand ist jetzt irgendwo am Arsch der Welt versteckt. Wer hat sich das bitte ausgedacht, ehrlich.",
    );
    expect(app.assessment.violations.flatMap((v) => v.evidence)).not.toContain("Arsch");
  });

  it("reads 'sich dumm und dämlich verdienen' as an idiom, not as swearing", () => {
    const { assessment } = answer(
      "rheinwerk",
      "Klimawandel gabs schon immer. Die Grünen machen Panik und die Energiekonzerne verdienen sich dumm und dämlich dran.",
    );
    expect(assessment.violations.filter((v) => v.kind === "profanity")).toEqual([]);
  });

  it("never says back who people are as what was praised, and names the barista behind the bar", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Big thanks to the Kaffeekollektiv team in Hamburg-Ottensen for hosting our team breakfast. Ahmet behind the bar was an absolute machine, 23 flat whites in what felt like five minutes, and the cardamom buns are insane. Half my team is Turkish and even they were impressed by the coffee.",
      "linkedin",
    );
    expect(first?.text).toMatch(/Ahmet/);
    expect(first?.text).not.toMatch(/Turkish/);
  });

  it("needs no reply to a rant about rents while waiting for a cortado", () => {
    expect(
      answer(
        "kaffeekollektiv",
        "Berlin rents are absolute murder right now. My landlord just hiked mine by 15% again. Cap the damn rents already. (sorry, just needed to vent somewhere while I wait for my cortado)",
        "x",
      ).first?.strategy,
    ).toBe("no-reply-needed");
  });

  it("never answers a pipe drilled through in the utility room as a trip", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Your installers came on Tuesday to mount the indoor unit of our WP 9 and drilled straight through a water pipe in the utility room wall. Emergency plumber cost us €340 and nobody from Rheinwerk has called back since, even though I rang twice. Contract 40-62318. What now?",
    );
    expect(assessment.intent.complaint?.problem).not.toBe("travel");
    expect(first?.text).not.toMatch(/trip|booking/);
    expect(first?.text).toMatch(/40-62318/);
  });

  it("answers a heat pump reading the wrong outdoor temperature as a case, not with the winter saved answer", () => {
    const { first } = answer(
      "rheinwerk",
      "Your heat pump app says it's 14°C outside at my house. It is literally snowing. Pretty sure the pump thinks it's spring and the living room is freezing. How do I get this fixed?",
      "x",
    );
    expect(first?.strategy).toBe("case-question");
    expect(first?.text).toMatch(/customer number/);
  });

  it("asks no order number for sarcasm about an English-only menu board", () => {
    const first = takesSeriously(
      "kaffeekollektiv",
      'Love that the new menu board in Leipzig is English only. My 78-year-old mum really felt welcome trying to order a "cortado" yesterday. Great job 👏',
    );
    expect(first?.text).not.toMatch(/order number/);
  });

  it("says the previous owner, not the previous tenant, as they wrote", () => {
    expect(
      answer(
        "rheinwerk",
        "Wir wohnen seit März in dem Haus und bekommen immer noch Briefe von Ihnen an den Vorbesitzer. Letzte Woche kam sogar eine Mahnung auf seinen Namen!! Wir haben den Strom doch direkt beim Einzug auf uns umgemeldet, was läuft da schief?",
      ).first?.text,
    ).toMatch(/Vorbesitzer/);
  });

  it("is sorry for a burn blister, never for a fire, and still takes the case beside the insult", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Ihr seid echt die letzten Idioten. Euer Barista in Kreuzberg hat mir am Freitag gegen 16 Uhr heißen Milchschaum über die Hand gekippt und nicht mal Entschuldigung gesagt. Ich hab jetzt eine Brandblase. Unfassbar.",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/Kreuzberg/);
    expect(first?.text).not.toMatch(/Brand\b/);
  });

  it("says paperwork hasn't arrived, in English grammar", () => {
    expect(
      answer(
        "rheinwerk",
        "Congratulations on 10,000 solar roofs! Maybe roof number 10,001 – ours in Bonn – could also get its grid registration paperwork at some point? We've only been waiting since June. Truly a milestone.",
        "linkedin",
      ).first?.text,
    ).not.toMatch(/paperwork still haven't/);
  });

  it("answers roasting days and postage asked in other words with the saved answer", () => {
    expect(
      answer(
        "kaffeekollektiv",
        "Wenn ich heute Abend bei euch bestelle, wann wird der Kaffee geröstet und wann ist er ungefähr bei mir? Und was kostet das Porto?",
        "x",
      ).first?.strategy,
    ).toBe("saved-reply");
  });

  it("moves a tariff switch stuck for weeks by asking the customer number, and a scratched floor is no missing order", () => {
    const tariff = answer(
      "rheinwerk",
      'Seit drei Wochen versuche ich meinen Tarif auf Ökostrom umzustellen und im Portal steht immer noch "in Bearbeitung". Was dauert da so lange?? Hat das überhaupt jemand auf dem Schirm',
    ).first;
    expect(tariff?.strategy).toBe("case-question");
    expect(tariff?.text).toMatch(/Kundennummer/);
    const floor = answer(
      "rheinwerk",
      "Mixed feelings about our install day in Bonn-Beuel (order WP-50217). The two technicians did solid work on the heat pump itself, but they walked in and out with muddy boots all day and nobody put down any floor protection. Our new oak floor in the hallway is scratched. Who do I speak to about this?",
      "linkedin",
    ).first;
    expect(floor?.strategy).toBe("case-next-step");
    expect(floor?.text).toMatch(/scratched/);
    expect(floor?.text).not.toMatch(/hasn't arrived/);
  });
});

describe("batch 40: what a moderator may delete on a company page", () => {
  it.each([
    // Threats told as idioms or veiled, their condition negated but not the threat.
    "Wenn der Techniker morgen wegen meiner WP 9 wieder nicht auftaucht, kann er sich warm anziehen, und zwar nicht wegen der Heizung.",
    "Passiert das nochmal, steh ich bei euch in der Zentrale, und dann fliegen da nicht nur Akten.",
    "Ich komm Samstag nach Kreuzberg, und wenn ich mein Geld nicht krieg, kriegt euer Kassierer was ganz anderes.",
    "I know his van. I'll be waiting at the depot on Monday, he won't be climbing ladders for a while.",
    "keep ignoring me and I'll come down to the Leipzig café and make sure your staff regret it",
  ])("reads a threat: %s", (text) => {
    const { assessment } = answer("rheinwerk", text);
    expect(assessment.verdict).toBe("may-delete");
    expect(assessment.violations.map((v) => v.kind)).toContain("threat");
  });

  it.each([
    "Jede Woche Fotos von eurer Azubine in Latzhose. Hab mir schon alle gespeichert. Weiß jemand, wo die wohnt?",
    "Eure Kundenberaterin auf dem Foto – hat die ne private Nummer? Schickt sie mir doch mal vorbei.",
    "that barista in Kreuzberg with the nose ring 🥵 does she do private tastings?",
    "Congrats to your apprentice, she can come install something in my bedroom anytime 😉 Send me her number.",
  ])("reads harassment of staff: %s", (text) => {
    expect(answer("kaffeekollektiv", text).assessment.violations.map((v) => v.kind)).toContain("harassment");
  });

  it.each([
    "🎉 GEWINNSPIEL: Rheinwerk schenkt 200 Haushalten je 1.000 € Stromguthaben! Jetzt hier teilnehmen und Kundennummer + IBAN bestätigen",
    "Ich hab letzten Monat 8.400 € nebenbei vom Sofa aus gemacht 💰 Ohne Vorkenntnisse, nur mit dem Handy. Schreib mir „INFO“ per DM",
    'I turned €300 into €14,600 in 3 weeks with AI crypto trading 📈 DM me "PROFIT" and I\'ll show you the app. Limited spots!',
    "Cheap followers & likes for your café page 🚀 10k real followers for €19.99, buy now",
  ])("reads spam and scams: %s", (text) => {
    expect(answer("kaffeekollektiv", text).assessment.violations.map((v) => v.kind)).toContain("spam");
  });

  it("reads hate said of a group through 'diese Leute' and 'so welche' in the next sentence, and a slur for Poles", () => {
    for (const text of [
      "Wieder so ein Werbefoto mit zwei Schwulen auf dem Sofa. Diese Leute sind krank und gehören behandelt.",
      "Seitdem in Leipzig nur noch Frauen mit Kopftuch an der Theke stehen, geh ich da nicht mehr hin. So welche gehören nicht nach Sachsen.",
      "Die Polacken klauen doch eh nur, schickt mir gefälligst einen deutschen Monteur.",
    ]) {
      expect(answer("kaffeekollektiv", text).assessment.violations.map((v) => v.kind)).toContain("identity-hate");
    }
  });

  it("keeps 'Diese Leute' that are praised, and 'nicht nur' that says 'not only'", () => {
    expect(
      answer(
        "kaffeekollektiv",
        "Bei euch in Ottensen arbeiten zwei Syrer an der Theke. Diese Leute sind super freundlich und machen den besten Flat White.",
      ).assessment.verdict,
    ).toBe("keep");
    expect(
      answer("rheinwerk", "Bei der Montage haben nicht nur die Monteure, sondern auch der Bauleiter sauber gearbeitet.")
        .assessment.verdict,
    ).toBe("keep");
  });
});

describe("batch 41 through gelassen suggest", () => {
  it("never apologises for a bill to someone whose comments were switched off under a price post", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Unter eurem letzten Preis-Post habt ihr einfach die Kommentarfunktion abgeschaltet. Feiner Stil.",
    );
    expect(first?.text).not.toMatch(/Abrechnung|Kundennummer/);
  });

  it("reads a scale charged overnight as a device, never as a bill", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "the coffee scale i got from your shop last week won't even turn on. charged it overnight, nothing 😐",
    );
    expect(first?.text).not.toMatch(/bill/);
  });

  it("is not sorry for an injury nobody had, nor for jeans as a product", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "In Ottensen guckt an der Fensterbank ne Schraube raus, hab mir heut die Jeans dran aufgerissen 😩 bitte fixen bevor sich noch wer verletzt",
    );
    expect(first?.text).not.toMatch(/verletzt|mit deiner Jeans/);
  });

  it("takes up a bent gutter beside the insult, and a socket tripping when an e-bike charges", () => {
    expect(
      answer(
        "rheinwerk",
        "Ihr Vollpfosten!! Bei der PV-Montage letzte Woche hat euer Trupp die Regenrinne vorne komplett verbogen, jetzt läuft bei jedem Regen das Wasser die Fassade runter. Echt die letzten Stümper seid ihr.",
      ).first?.strategy,
    ).toBe("boundary-and-help");
    const socket = answer(
      "rheinwerk",
      "since your electrician wired in the solar system the garage socket trips every time i charge my e-bike. fun times 🙄",
    );
    expect(socket.assessment.intent.complaint).toBeDefined();
    expect(socket.first?.text).not.toMatch(/bill/);
  });

  it("checks a map correction instead of thanking it as an idea, and thanks no sarcasm in Kölsch", () => {
    expect(
      answer(
        "kaffeekollektiv",
        "Lovely post about the new harvest, but the origin map has a mistake: it puts Huehuetenango in Honduras. It's in the western highlands of Guatemala. It would be good to get their region right.",
        "linkedin",
      ).first?.strategy,
    ).toBe("check-correction");
    takesSeriously(
      "rheinwerk",
      "Jot jemaht, Rheinwerk 👏 Zählerschrank is seit der Montage sperrangelweit op un minge Pänz finden den Hauptschalter super spannend",
    );
  });

  it("never cuts a street name at its ß", () => {
    expect(
      answer(
        "kaffeekollektiv",
        "whoever planned the new bike lane on Oranienstraße should have to cycle it at rush hour. total chaos #Berlin",
        "x",
      ).first?.text,
    ).not.toMatch(/Oranienstraß(?!e)/);
  });
});

describe("batches 42 and 43: everyday cases in new words, and what may be deleted beside what must be kept", () => {
  it.each([
    "Tell your CEO I know which school his kids go to. Might make him think twice before the next price hike.",
    "Hope the barista with the nose ring in Leipzig burns both hands on the steam wand. Smug little thing has it coming.",
  ])("reads a veiled threat or a wish of harm: %s", (text) => {
    expect(answer("kaffeekollektiv", text).assessment.violations.map((v) => v.kind)).toContain("threat");
  });

  it.each([
    "Die kleine Blonde in Ottensen darf mir gern mal was anderes aufschäumen als Milch 😏 Wann hat die Feierabend?",
  ])("reads harassment of staff: %s", (text) => {
    expect(answer("kaffeekollektiv", text).assessment.violations.map((v) => v.kind)).toContain("harassment");
  });

  it.each([
    "🎉 WIR STELLEN EIN! Röstungs-Tester im Homeoffice, 1.400 € netto für 10 Stunden im Monat. Keine Erfahrung nötig. Bewerbung ausschließlich per WhatsApp.",
    "Liebe Rheinwerk-Kunden, wegen einer Systemumstellung müssen alle Zugänge neu bestätigt werden. Bitte schicken Sie uns per PN Kundennummer, E-Mail-Adresse und Passwort, sonst wird Ihr Vertrag gesperrt.",
    "Bored waiting for your latte? 🔥 Lonely girls in Hamburg are online right now, see my private pics free, no signup",
  ])("reads spam and phishing: %s", (text) => {
    expect(answer("rheinwerk", text).assessment.violations.map((v) => v.kind)).toContain("spam");
  });

  it("reads 'the IQ of a damp sponge' and 'a useless airhead' as insults", () => {
    for (const text of [
      "Your scheduler Tobias moved our installation date for the third time. That man has the IQ of a damp sponge.",
      "Order KK-58213 still nothing after three weeks. And the girl who answered my DM is a useless airhead.",
    ]) {
      expect(answer("kaffeekollektiv", text).assessment.violations.map((v) => v.kind)).toContain("insult");
    }
  });

  it("keeps 'Nobody's calling your staff idiots, but …' and the rest of what must be kept", () => {
    for (const text of [
      "Nobody's calling your staff idiots, but this new tariff letter is a joke. Three pages of waffle and I still can't tell what I'll pay per kWh.",
      "I'd commit actual crimes for a flat white right now. Train stuck outside Altona for 40 minutes.",
      "Unsere türkische Nachbarin hat uns euer Café in der Südvorstadt empfohlen, und sie hatte völlig recht.",
      "€16.50 for 250 g? That's a scam, plain and simple.",
    ]) {
      expect(answer("kaffeekollektiv", text).assessment.verdict).toBe("keep");
    }
  });

  it("thanks no sarcasm about a room-temperature cappuccino or a lesson in patience", () => {
    takesSeriously(
      "kaffeekollektiv",
      "Danke an Leipzig-Südvorstadt für den Cappuccino in Zimmertemperatur heute früh. Sehr nachhaltig, spart bestimmt Energie.",
    );
    const patience = takesSeriously(
      "kaffeekollektiv",
      "Big shoutout to Hamburg-Ottensen for teaching me patience: 25 minutes for one flat white on Saturday morning, free life lesson included. Genuinely though, is it always like this at weekends or was someone off sick?",
    );
    expect(patience?.text).toMatch(/flat white/);
  });

  it("takes the allergic reaction beside the insult, without asking for a batch number of a café's cake", () => {
    const { first } = answer(
      "kaffeekollektiv",
      'Die dumme Kuh an der Theke in Hamburg-Ottensen hat mir heute einen Kuchen mit Haselnuss verkauft, obwohl ich extra gefragt hab und sie "nussfrei" gesagt hat. Ich hab ne Allergie und musste meine Notfalltablette nehmen. Unfassbar inkompetentes Pack.',
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/allergische Reaktion/);
    expect(first?.text).not.toMatch(/Chargennummer|verletzt/);
  });

  it("names a man praised with his crew, and one who took time in Leipzig", () => {
    expect(
      answer(
        "rheinwerk",
        "Credit where it's due: Mehmet and his crew installed our WP 9 in two days flat, covered every floor they walked on. That's how it should be done.",
        "linkedin",
      ).first?.text,
    ).toMatch(/Mehmet/);
    expect(
      answer(
        "kaffeekollektiv",
        "Muss mal gesagt werden: Jonas in Leipzig-Südvorstadt hat sich heute 10 Minuten Zeit genommen, um mir zu erklären, warum mein Espresso zuhause so sauer schmeckt. Danke!",
      ).first?.text,
    ).toMatch(/Jonas/);
  });

  it("takes 'Ein Pfandsystem wär echt das Mindeste' seriously, and never asks again for '#KK 30912'", () => {
    takesSeriously(
      "kaffeekollektiv",
      "Kleine Rückmeldung aus Kreuzberg: Ihr redet ständig über Nachhaltigkeit, aber to go gibts bei euch nur in Einwegbechern mit Plastikdeckel. Ein Pfandsystem wär echt das Mindeste.",
    );
    const parcel = answer(
      "kaffeekollektiv",
      '#KK 30912 am Montag bestellt, Sendungsverfolgung sagt seit Donnerstag "in Zustellung". Der Kaffee ist inzwischen älter als meine Geduld. Wo hängt das Paket?',
      "x",
    ).first;
    expect(parcel?.text).toMatch(/KK 30912/);
    expect(parcel?.text).not.toMatch(/Bestellnummer/);
  });
});

describe("batch 41 with the golden guidelines", () => {
  it("answers 'can she ring you on a Sat morning' and 'Ab welchem Betrag ist der Versand umsonst?' with the saved answers", () => {
    expect(
      answer(
        "rheinwerk",
        "hi, asking for my neighbour (she's 79, no email) – can she ring you on a Sat morning or only during the week?",
      ).first?.strategy,
    ).toBe("saved-reply");
    expect(
      answer(
        "kaffeekollektiv",
        "Wir sind sechs Leute im Büro und wollen künftig gesammelt bei euch Bohnen bestellen. Ab welchem Betrag ist der Versand umsonst?",
      ).first?.strategy,
    ).toBe("saved-reply");
  });

  it("never thanks 'habt ihr se noch alle?' as a good question, and takes 'Feiner Stil.' as criticism", () => {
    const smell = takesSeriously(
      "kaffeekollektiv",
      "Nu ma ehrlich, habt ihr se noch alle? Seit drei Wochen stinkt's bei uns im Hinterhaus jeden Abend bis 23 Uhr nach verbranntem Kaffee, weil euer Röster in Leipzig noch läuft. Ich wohn direkt drüber und krieg kee Fenster mehr uff.",
    );
    expect(smell?.text).not.toMatch(/gute Frage/);
    takesSeriously(
      "rheinwerk",
      "Unter eurem letzten Preis-Post habt ihr einfach die Kommentarfunktion abgeschaltet. Feiner Stil.",
    );
  });

  it("reads bent rails seen on others' roofs as an expert's argument, not the writer's own case", () => {
    const { assessment } = answer(
      "rheinwerk",
      "I review PV quotes for a living, and I rarely see snow load mentioned in them. After this winter I've seen bent rails on three roofs already. Installers should state the zone and the rated load in every quote. Will you commit to that?",
      "linkedin",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });
});

describe("batches 44 and 45: new voices, and deletable beside look-alikes", () => {
  it("never licenses deleting 'so ein Vollpfosten von Maschine' said of a coffee machine", () => {
    const { assessment } = answer(
      "kaffeekollektiv",
      "@Sandra M. der Vollautomat bei uns im Büro ist so ein Vollpfosten von Maschine, deswegen hol ich mir jeden Morgen was in Kreuzberg 😂",
    );
    expect(assessment.verdict).not.toBe("may-delete");
    expect(assessment.violations).toEqual([]);
  });

  it("never reads 'wohnt in Mehrfamilienhäusern, und in einer WEG' as someone's address told", () => {
    expect(
      answer(
        "rheinwerk",
        "Ein Großteil der Kölner wohnt in Mehrfamilienhäusern, und in einer WEG dauert allein der Beschluss für eine Wärmepumpe oft zwei Jahre.",
      ).assessment.verdict,
    ).toBe("keep");
  });

  it.each([
    "Hi, I'm from Rheinwerk support 👋 So sorry about your bill! Please DM us your login email and password so we can correct it today ✅",
    "Hallo, hier ist der Rheinwerk Kundenservice 😊 Schicken Sie uns Ihre Zugangsdaten für die App per Privatnachricht, dann klären wir das sofort.",
  ])("reads a fake support account as spam: %s", (text) => {
    expect(answer("rheinwerk", text).assessment.violations.map((v) => v.kind)).toContain("spam");
  });

  it("reads a staff member's street told in public, the terror trope as a joke, and 'die fette Sau an der Kasse'", () => {
    expect(
      answer(
        "rheinwerk",
        "Since Rheinwerk won't do anything, here's the guy who cancelled my appointment: Markus Feldhaus, lives in Köln-Nippes on Neusser Straße.",
      ).assessment.violations.map((v) => v.kind),
    ).toContain("harassment");
    expect(
      answer(
        "rheinwerk",
        "No wonder Rheinwerk hires so many Muslims, they're experts at blowing up old boilers 💥😂 it's a JOKE, relax snowflakes",
      ).assessment.violations.map((v) => v.kind),
    ).toContain("identity-hate");
    expect(
      answer(
        "kaffeekollektiv",
        "In Leipzig wurden mir trotzdem 50 Cent berechnet. Und die fette Sau an der Kasse 🐷🐷 hat nur blöd gegrinst.",
      ).assessment.verdict,
    ).toBe("may-delete");
  });

  it("thanks no 'surprise me' service sarcasm, and thanks a barista by name though a friend is tagged", () => {
    takesSeriously(
      "kaffeekollektiv",
      'Shoutout to the Leipzig café for the new "surprise me" service where you order a cortado and get a cappuccino 20 minutes later 🙌 truly innovative',
    );
    const emre = answer(
      "kaffeekollektiv",
      "@Jonas Berger guck mal, das ist der Laden, von dem ich dir erzählt hab 😍 Danke an Emre aus Ottensen, der sich am Sonntag trotz voller Schlange zehn Minuten Zeit genommen hat, mir den Unterschied zwischen Natural und Washed zu erklären. Beste Barista-Erfahrung ever.",
    ).first;
    expect(emre?.strategy).toBe("thank-specifically");
    expect(emre?.text).toMatch(/Emre/);
    expect(emre?.text).not.toMatch(/Schlange/);
  });

  it("asks a subscriber whose delivery stayed away for the order number, with no 'Ihres' in a du reply", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Liebes Kaffeekollektiv-Team, meine Enkelin hat mir zu Weihnachten ein Abonnement Ihres Kaffees geschenkt. Im Januar kam alles pünktlich, nun ist aber schon die zweite Lieferung ausgeblieben. Könnten Sie bitte einmal prüfen, was da los ist?",
    );
    expect(first?.strategy).toBe("case-question");
    expect(first?.text).toMatch(/Bestellnummer/);
    expect(first?.text).not.toMatch(/Ihres/);
  });

  it("takes 'finde ich eure aktuelle Stellenanzeige … schwierig' seriously", () => {
    takesSeriously(
      "kaffeekollektiv",
      "Als Gastronom aus Leipzig finde ich eure aktuelle Stellenanzeige für Baristas schwierig: viel „Leidenschaft“ und „Teamspirit“, aber kein Wort zum Gehalt.",
    );
  });
});

describe("batch 38 read again", () => {
  it("answers a heat pump down in an 'arschkalt' living room without a line on the tone", () => {
    const { first } = answer(
      "rheinwerk",
      "Seit Montag ist es bei uns im Wohnzimmer arschkalt, die WP 9 zeigt Fehler E17 und springt nicht mehr an. Kundennummer 4471-2093. Der Störungsdienst hat gesagt, heute kommt jemand, aber bisher: nix. Mit zwei kleinen Kindern ist das echt kein Spaß.",
    );
    expect(first?.strategy).toBe("case-next-step");
    expect(first?.text).not.toMatch(/Ton|sachlich/);
  });

  it("takes 'ist total bescheuert. Wer hat denn heute noch Bargeld dabei?' seriously, never as a good question", () => {
    const first = takesSeriously(
      "kaffeekollektiv",
      "Ich halte euch echt für schlaue Leute, aber die Idee, in Kreuzberg unter 5 € keine Kartenzahlung mehr zu nehmen, ist total bescheuert. Wer hat denn heute noch Bargeld dabei? Ich jedenfalls nicht.",
    );
    expect(first?.text).not.toMatch(/gute Frage/);
  });
});

describe("batch 46 and batch 44 read again", () => {
  it("never takes the possessive of 'an Ihren Techniker Herrn Yilmaz' for a second person thanked", () => {
    const { first } = answer(
      "rheinwerk",
      "Ein großes Dankeschön an Ihren Techniker Herrn Yilmaz! Unsere Wärmepumpe ist an Heiligabend ausgefallen, um halb zehn stand er bei uns in Bergisch Gladbach vor der Tür und hat den Lüfter getauscht.",
    );
    expect(first?.text).toMatch(/Herr Yilmaz/);
    expect(first?.text).not.toMatch(/und Ihren\b/);
  });

  it("names the meter change that opens the comment, and a time window whole", () => {
    const { first } = answer(
      "rheinwerk",
      "Zählerwechsel Kd.-Nr. 5512 0931 war für Dienstag 8–12 Uhr angekündigt. Hab mir freigenommen. Keiner da. Kein Anruf. Zweites Mal jetzt.",
      "x",
    );
    expect(first?.text).toMatch(/Zählerwechsel/);
    expect(first?.text).not.toMatch(/Dienstag 8\)|Dienstag 8,|Dienstag 8 /);
  });

  it("names 'dritte Preiserhöhung in 14 Monaten' with its span, the count in lower case", () => {
    const first = takesSeriously(
      "rheinwerk",
      "Ganz großes Kino, Rheinwerk 👏 Dritte Preiserhöhung in 14 Monaten und dazu ein Hochglanzflyer, wie „grün und fair“ ihr doch seid.",
    );
    expect(first?.text).toMatch(/14 Monaten/);
    expect(first?.text).not.toMatch(/ Dritte /);
  });

  it("says a debit's bare figure back in euros, and never 'zum Thema Mails'", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Was soll der Mist? Abo seit 3 Wochen pausiert und trotzdem heute Paket + Abbuchung 24,90. Lest ihr eure eigenen Mails nicht?? Kundennr. KK-44120",
      "x",
    );
    expect(first?.text).toMatch(/24,90 €/);
    expect(first?.text).not.toMatch(/Thema Mails/);
  });

  it("reads 'waited 25 min for a single flat white at Ottensen' as a case, named whole", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "waited 25 min for a single flat white at Ottensen this morning. Jonas was alone behind the bar doing his best but come on, saturday rush with ONE barista?? @kaffeekollektiv",
      "x",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toBe("case-next-step");
    expect(first?.text).toMatch(/Ottensen/);
    expect(first?.text).toMatch(/flat white/);
  });

  it("never thanks an argument about a '1960s block' for reporting a comment", () => {
    const { first } = answer(
      "rheinwerk",
      'With respect, your post on "every house is heat pump ready" skips the multi-family buildings entirely. In a 1960s block with 24 flats and single-pipe heating, a central heat pump without hydraulic rework is a problem waiting to happen.',
      "linkedin",
      "Ines Vogt",
      18_000,
    );
    expect(first?.strategy).toBe("engage-argument");
    expect(first?.text).not.toMatch(/remove|community guidelines|entirely/);
  });

  it("answers no opening hours to an argument about pastries binned 'at closing time'", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "Nice post about zero waste, but at closing time your cafés still bin whole trays of pastries. Why not list them on Too Good To Go like half the bakeries in Leipzig already do?",
      "linkedin",
    );
    expect(assessment.intent.question).not.toBe("opening-hours");
    expect(first?.strategy).not.toBe("saved-reply");
  });

  it.each([
    [
      "kaffeekollektiv",
      "wow the new shop checkout only needs 7 clicks and 2 captchas to buy one bag of beans. peak efficiency, truly a collective effort 🙃",
    ],
    [
      "kaffeekollektiv",
      "5,80 € für nen Flat White und der Becher is halb leer 👌 Premium-Luft aus Kreuzberg, muss man sich auch erstmal leisten können 😂",
    ],
  ] as const)("takes sarcasm without a word of praise seriously: %s", (company, text) => {
    const first = takesSeriously(company, text);
    expect(first?.text).toMatch(/checkout|5,80 € für einen Flat White/);
  });

  it("names a quoted advertising line and figures with their watts", () => {
    const { first } = answer(
      "rheinwerk",
      'Honestly, the "save up to 70% on heating costs" line in your current heat pump campaign doesn\'t help the industry. Most people I know in older houses see nothing close to that, and then everyone decides heat pumps are a scam. Please be more realistic in your ads.',
      "linkedin",
    );
    expect(first?.text).toMatch(/70%|campaign/);
    expect(first?.text).not.toMatch(/about the heating\b/);
    const watts = answer(
      "rheinwerk",
      "Kleine Korrektur zu Ihrem Beitrag: Balkonkraftwerke dürfen inzwischen bis 800 Watt Wechselrichterleistung haben, nicht 600 Watt wie im Post steht.",
    );
    expect(watts.first?.strategy).toBe("check-correction");
    expect(watts.first?.text).toMatch(/800 Watt/);
  });

  it("reads two final bills for the same period, a promised bonus never paid and a wrong size sent as cases", () => {
    namesTheCase(
      "rheinwerk",
      "Unfassbar dieser Laden. Hab zum 31.3. gekündigt und jetzt ZWEI Schlussrechnungen bekommen, einmal 212,60 € und einmal 198,15 €, für denselben Zeitraum!!! Kriegt ihr eigentlich irgendwas auf die Reihe??",
      /212,60 €/,
    );
    namesTheCase(
      "rheinwerk",
      "@Rheinwerk beim Wechsel zu Autostrom Plus wurden 120 € Wechselbonus versprochen. Erste Abrechnung nach 4 Monaten: kein Bonus weit und breit.",
      /Wechselbonus/,
    );
    namesTheCase(
      "kaffeekollektiv",
      "Hab 1 kg Espresso Nordlicht bestellt (Bestellnr. KK-58213) und bekommen hab ich ne 250g Tüte 🙈 Bezahlt hab ich natürlich das ganze Kilo. Wie kriegen wir das hin?",
      /KK-58213/,
    );
  });

  it("helps beside the boundary when someone else's plant and address show in the portal", () => {
    const { first } = answer(
      "rheinwerk",
      "ihr vollpfosten, im monitoring-portal seh ich seit gestern die anlage von jemand anderem in hürth, mit name und adresse. datenschutz schon mal gehört?? so dumm kann man doch nich sein",
      "x",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/Portal/);
  });

  it("names a request turned down and asks the customer number, never 'So geht man nicht' as the fault", () => {
    const { first } = answer(
      "rheinwerk",
      'Meine Ratenzahlung für die Solaranlage wurde abgelehnt, ohne jede Begründung. Nur ein Brief mit "leider nicht möglich". So geht man doch nicht mit Kunden um, wir sind seit 11 Jahren bei Ihnen!',
    );
    expect(first?.strategy).toBe("case-question");
    expect(first?.text).toMatch(/Antrag auf Ratenzahlung abgelehnt/);
    expect(first?.text).toMatch(/Kundennummer/);
    expect(first?.text).not.toMatch(/geht man|nicht möglich\)/);
  });

  it("finds the saved answer on the instalment for 'Vorauszahlung … runtersetzen'", () => {
    const { first } = answer(
      "rheinwerk",
      "Kurze Frage, seit die PV aufm Dach ist zahl ich jeden Monat viel zu viel Vorauszahlung. Kann ich das irgendwo selber runtersetzen oder muss ich dafür anrufen?",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(/Abschlag/);
  });
});

describe("batch 47: B2B criticism, praise around a 'but', and cases told without a complaint word", () => {
  it("thanks the person praised and never reads 'spotted two missing documents' as papers gone missing", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Shout-out to Aylin Kaya from the Rheinwerk grant team: she went through our entire funding application with us in one afternoon, spotted two missing documents and had everything submitted before the deadline. That's the kind of service that makes a heat pump decision a lot easier. Thank you!",
      "linkedin",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Aylin/);
  });

  it.each([
    [
      "Wir beziehen seit zwei Jahren eure Bohnen für unser kleines Café in Potsdam und sind mit der Qualität sehr zufrieden. Aber die neue Mindestabnahme von 20 kg pro Lieferung ist für Läden unserer Größe schlicht nicht machbar – entweder liegt der Kaffee zu lange oder wir binden Geld, das wir nicht haben. Wenn ihr kleine Cafés als Partner wollt, müsst ihr auch mit kleinen Mengen planen.",
      /Mindestabnahme von 20 kg/,
    ],
    [
      "We run a 24-room guesthouse in Lübeck and serve your coffee at breakfast. Love the beans, but for a brand that talks this much about sustainability it's strange that trade customers can only order 1 kg retail bags. We throw away dozens of bags every month. A refillable bulk option for hospitality would make a real difference.",
      /bulk option/,
    ],
    [
      "Wunderbar, dass eure neue Verpackung jetzt komplett recycelbar ist. Schade nur, dass man sie ohne Schere und Geduld nicht mehr aufbekommt und der Zipper nach dem zweiten Mal schon aufgibt. Aber auf dem Foto im Post sieht sie wirklich schön aus.",
      /Verpackung/,
    ],
  ])("takes the point after praise and a 'but' seriously, naming it: %s", (text, named) => {
    const { first } = answer("kaffeekollektiv", text, "linkedin");
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).toMatch(named);
    expect(first?.text).not.toMatch(/Dank|thank|Qualität|Beitrag|Bestellnummer|order number/i);
  });

  it("takes a facility manager's and a housing co-op's criticism seriously, no case and no 'reading along'", () => {
    const manager = answer(
      "rheinwerk",
      "As a facility manager responsible for 14 office and logistics properties around Düsseldorf I have to say: Rheinwerk's business customer service doesn't scale. Every request lands in the same general ticket queue as private households, and we get a different person every time. A dedicated key account contact for commercial portfolios would save both sides a lot of time.",
      "linkedin",
    );
    expect(manager.first?.strategy).toBe("take-seriously");
    const coop = answer(
      "rheinwerk",
      "Wir verwalten als Wohnungsgenossenschaft rund 600 Wohnungen in Köln-Mülheim und haben uns Ihr Mieterstrom-Modell genau angesehen. Die Idee ist gut, aber die Abrechnung ist für Mieter kaum nachvollziehbar: kein Ausweis, wie viel vom Dach kommt und wie viel aus dem Netz, dazu eine Grundgebühr, die bei Single-Haushalten den Vorteil komplett auffrisst. So können wir das unseren Mitgliedern nicht guten Gewissens empfehlen.",
      "linkedin",
    );
    expect(coop.assessment.intent.complaint).toBeUndefined();
    expect(coop.first?.strategy).toBe("take-seriously");
    expect(coop.first?.text).not.toMatch(/Kundennummer|Wohnungsgenossenschaft/);
  });

  it("needs no reply to a comment about last night's match", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "anyone else watching the match tonight? ref was a joke last week, can't believe this league honestly",
    );
    expect(assessment.intent.offTopic).toBe(true);
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("answers broken roof tiles beside the boundary as damage, never as a missed visit or 'zum Thema Pfuscher'", () => {
    const { first } = answer(
      "rheinwerk",
      "Ihr Pfuscher!!! Eure Monteure haben letzten Donnerstag bei der Solarmontage drei Dachziegel zerbrochen und die Scherben einfach in die Dachrinne geschoben. Seit dem Regen gestern tropft es bei uns auf den Dachboden. Kundennummer 4471093. Wenn bis morgen keiner da ist geht das an den Anwalt, ihr Amateure.",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/beschädigt/);
    expect(first?.text).not.toMatch(/niemand gekommen|Pfuscher|Thema Monteure/);
  });

  it("reads a gift voucher refused online as the voucher's case, not a bill, and no sarcasm in 'would love to'", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      'My colleagues gave me a €50 Kaffeekollektiv voucher as a farewell gift, bought at your Hamburg café in December. Every time I try to redeem it in the online shop the code comes back as "invalid". Tried three times with different browsers. Code starts with HH-2Q. Would love to actually spend it!',
      "linkedin",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.text).toMatch(/voucher/);
    expect(first?.text).not.toMatch(/\bbill\b|December, HH-2Q, in December/);
  });

  it("says someone else's order received as such and asks the order number", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Got my package today and it's somebody else's order – different name on the invoice, totally different coffees. Happy to send it back but where is mine??",
    );
    expect(first?.text).toMatch(/someone else's order/);
    expect(first?.text).toMatch(/order number/);
  });

  it("names a cancellation never confirmed, a card debit of ten times the price and an order that never came", () => {
    namesTheCase(
      "rheinwerk",
      "Ich habe vor drei Wochen meine Kündigung des Stromvertrags fristgerecht per E-Mail an Rheinwerk geschickt und bis heute keine Bestätigung bekommen. Auf Nachfragen kommt nur die automatische Eingangsbestätigung. Wer kann hier helfen?",
      /Kündigungsbestätigung/,
    );
    const { first } = namesTheCase(
      "kaffeekollektiv",
      "Hab am Dienstag in Kreuzberg nen Espresso und ein Croissant mit Karte bezahlt, 4,80 €. Abgebucht wurden 48,00 €!! Beleg hab ich noch, Uhrzeit so 8:15. Wer kann mir das zurückbuchen?",
      /48,00 € statt 4,80 € abgebucht/,
    );
    expect(first?.text).not.toMatch(/Kundennummer/);
    namesTheCase(
      "kaffeekollektiv",
      "Wir haben für unser Team vor 10 Tagen drei Kilo Espresso bei euch bestellt, angekommen ist bis heute nichts und auf meine Mail kam keine Antwort. Langsam wird's bei uns in der Küche knapp ☕",
      /Bestellnummer/,
    );
  });

  it("reads a storage battery stuck below 80 % as the customer's case, and names what came instead of the grind", () => {
    namesTheCase(
      "rheinwerk",
      "@Rheinwerk euer RW Speicher 10 lädt seit 3 wochen nicht mehr über 80 % obwohl die anlage mittags voll einspeist. firmware hab ich nicht angefasst. kundennr 5520914, wer kümmert sich?",
      /Speicher 10/,
    );
    namesTheCase(
      "kaffeekollektiv",
      "Hey ihr, hab bei Bestellung 40917 extra Mahlgrad Herdkanne ausgewählt und bekommen hab ich zwei Tüten ganze Bohnen 😩 Ich hab keine Mühle zuhause... was mach ich jetzt damit?",
      /zwei Tüten ganze Bohnen statt Mahlgrad Herdkanne/,
    );
  });
});

describe("batch 48: deletable beside look-alikes, again", () => {
  const kinds = (company: "rheinwerk" | "kaffeekollektiv", text: string) =>
    answer(company, text).assessment.violations.map((v) => v.kind);

  it("never licenses deleting a mother's 'spastische Lähmung'", () => {
    const { assessment } = answer(
      "kaffeekollektiv",
      "Mein Sohn hat eine spastische Lähmung und sitzt im Rollstuhl. Am Sonntag kamen wir in euer Café in Leipzig nicht rein, weil die Rampe komplett mit Lastenrädern zugeparkt war.",
    );
    expect(assessment.verdict).toBe("keep");
    expect(assessment.violations).toEqual([]);
  });

  it.each([
    // A slur spaced out and negated by "keinen": still the slur.
    [
      "rheinwerk",
      "Schickt mir bloß keinen K a n a k e n als Techniker, bei dem mach ich die Tür gar nicht erst auf. Will nen deutschen Handwerker. Punkt.",
    ],
    [
      "rheinwerk",
      "die energiewende is doch eh ein j*disches geschäftsmodell, deswegen ist meine stromrechnung so hoch 😂😂 wer nachdenkt weiß das #nurmalso",
    ],
    [
      "kaffeekollektiv",
      "Schönes Teamfoto aus Leipzig. Nur schade, dass man kaum noch Deutsche drauf sieht. Die sollten alle zurück in ihre Länder, da können sie den Kaffee gleich selbst anbauen.",
    ],
    [
      "rheinwerk",
      "Meine Meinung: Rumänen sollte man gar nicht erst als Monteure einstellen, die montieren tagsüber eure Module und nachts das Kupfer wieder ab. Darf man ja wohl noch sagen.",
    ],
  ] as const)("names identity hate: %s", (company, text) => {
    expect(kinds(company, text)).toContain("identity-hate");
  });

  it("names a conditional threat, a staff member's way home watched and a doxxing promise", () => {
    expect(
      kinds(
        "rheinwerk",
        "Wenn mein Stromspeicher bis Freitag nicht wieder läuft, stech ich eurem Techniker die Reifen auf und ihn gleich mit. Seit 3 Wochen warte ich auf das Ersatzteil.",
      ),
    ).toContain("threat");
    expect(
      kinds(
        "kaffeekollektiv",
        "Die Lena mit den roten Haaren aus Kreuzberg 😍 hab gesehen welche Bahn sie nach Schichtende nimmt. Sagt ihr mal sie soll netter zu mir sein.",
      ),
    ).toContain("harassment");
    expect(
      kinds(
        "rheinwerk",
        "Everyone please look up Tobias Brandt, 'Customer Success Manager' at Rheinwerk. Incompetent liar. I'll be posting his private mobile number and home street here tonight.",
      ),
    ).toContain("harassment");
  });

  it("names a rooftop income scam and crypto signals as spam", () => {
    expect(
      kinds(
        "rheinwerk",
        "💰💰 Dein Dach kann dir 2.000 € im Monat bringen!! Module direkt ab Lager, ohne Rheinwerk-Aufpreis. Schreib mir auf WhatsApp +44 7700 900417, Anzahlung per Überweisung.",
      ),
    ).toContain("spam");
    expect(
      kinds(
        "kaffeekollektiv",
        "Made €4,300 this week with crypto signals while sipping my oat latte ☕📈 DM me for the private group, only 5 spots left!! #passiveincome",
      ),
    ).toContain("spam");
  });

  it.each([
    [
      "kaffeekollektiv",
      "Man sollte nicht jeden einstellen, der sich bewirbt, aber euer Team in Kreuzberg ist großartig.",
    ],
    ["rheinwerk", "Jüdische Gemeinden in Köln kritisieren das Geschäftsmodell von Mieterstrom-Anbietern seit Jahren."],
    ["kaffeekollektiv", "Made the switch to your oat blend this week, love it. Thanks!"],
    ["rheinwerk", "Die Pakete sollten alle zurück ins Lager, hat euer Fahrer gesagt."],
  ] as const)("keeps a look-alike: %s", (company, text) => {
    expect(answer(company, text).assessment.verdict).not.toBe("may-delete");
  });
});

describe("batch 49: sarcasm with thanks, questions without a mark, and work left in a mess", () => {
  it.each([
    [
      "danke für die neuen designer-metallhocker in leipzig, nach 20 min kaffee merk ich endlich wieder dass ich einen rücken hab. wellness inklusive ✨",
    ],
    [
      "Great move taking decaf off the menu in Kreuzberg 👍 I'm sure all the pregnant regulars love sipping tap water while their friends get a flat white. Very inclusive.",
    ],
    [
      'Lovely post about "community first". Community first, except for the neighbours who\'ve been asking for months that your delivery vans stop idling on the pavement outside the Kreuzberg café at 6 am. But the photos look great.',
    ],
  ])("never thanks sarcasm: %s", (text) => {
    takesSeriously("kaffeekollektiv", text);
  });

  it("takes 'Ich mag euren Kaffee wirklich, aber die Verpackung …' as criticism of the packaging, no order case", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Ich mag euren Kaffee wirklich, aber die Verpackung der letzten Lieferung: 250 g Bohnen in vier Lagen Seidenpapier, Sticker, Dankeskarte, Flyer und ein Karton doppelt so groß wie nötig. Das passt nicht zu dem, was ihr über Nachhaltigkeit postet.",
      "linkedin",
    );
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).toMatch(/Verpackung/);
    expect(first?.text).not.toMatch(/Dank|Bestellnummer/);
  });

  it("answers staff who snapped at a dog owner as the service case, never 'gute Frage, danke'", () => {
    const { first } = answer(
      "kaffeekollektiv",
      'Seid ihr eigentlich noch ganz dicht?! Steht groß "Hunde willkommen" an der Tür in Ottensen und dann schnauzt mich euer Typ an der Theke an, ich soll mit dem Hund sofort raus. Vor allen Leuten, Sonntag gegen 11. Peinlich für EUCH.',
    );
    expect(first?.strategy).toMatch(/^case-|boundary-and-help/);
    expect(first?.text).toMatch(/Ottensen/);
    expect(first?.text).not.toMatch(/gute Frage|danke/i);
  });

  it("reads verb-first questions without a question mark, and finds the saved answer on shipping to Graz", () => {
    const graz = answer("kaffeekollektiv", "Schickt ihr eigentlich auch nach Graz und was kostet mich das dann");
    expect(graz.first?.strategy).toBe("saved-reply");
    expect(graz.first?.text).toMatch(/Österreich/);
    const leasing = answer(
      "rheinwerk",
      "Bieten Sie die WP 12 eigentlich auch im Leasing für Gewerbekunden an oder nur zum Kauf. Wir haben drei Hallen in Neuss und überlegen gerade",
      "linkedin",
    );
    expect(leasing.assessment.tone).toBe("question");
    expect(leasing.first?.strategy).toBe("holding-reply");
    expect(leasing.first?.text).toMatch(/Leasing/);
  });

  it("asks the customer number of someone whose contract was ended or whose switch never happened", () => {
    const ended = answer(
      "rheinwerk",
      "Got a letter today saying my contract with you ends on the 31st and I'll be moved to basic supply. I never cancelled anything?? Who cancelled my contract and why does nobody at Rheinwerk pick up the phone",
    );
    expect(ended.first?.strategy).toBe("case-question");
    expect(ended.first?.text).toMatch(/customer number/);
    expect(ended.first?.text).not.toMatch(/your phone/);
    const switched = answer(
      "rheinwerk",
      "hab vor 2 monaten auf euren Ökostrom-Tarif gewechselt, im portal steht immer noch Grundversorgung und abgerechnet wird auch so. langsam reichts",
      "x",
    );
    expect(switched.first?.strategy).toBe("case-question");
    expect(switched.first?.text).toMatch(/Kundennummer/);
  });

  it("says damage and a mess left by the fitters as such", () => {
    namesTheCase(
      "rheinwerk",
      'Letzten Dienstag waren Ihre Monteure für die PV-Anlage bei uns, beim Aufbau haben sie die komplette Thujahecke zum Nachbarn platt getrampelt 😡 Auftrag 4471203. Angerufen hab ich schon, da hieß es nur "wird weitergegeben". Wer ersetzt mir jetzt die Pflanzen?',
      /beschädigt/,
    );
    namesTheCase(
      "rheinwerk",
      "Was für ein Saftladen! Ihr Elektriker hat bei der PV-Montage am Montag ein Kabel quer durch meinen frisch gestrichenen Flur gezogen, überall schwarze Handabdrücke an der Wand und Bohrstaub auf dem Parkett. Aufgeräumt hat natürlich keiner.",
      /nicht aufgeräumt wurde/,
      /^case-|boundary-and-help/,
    );
  });

  it("reads an app showing an old reading, a stamp card refused, a voucher PDF never sent and a failed payment", () => {
    const app = answer(
      "rheinwerk",
      "Rheinwerk Zuhause app still showing my meter reading from 2022. third time i've reported it. absolute clowns, fix your garbage",
      "x",
    );
    expect(app.assessment.intent.complaint?.problem).toBe("defect");
    expect(app.first?.text).toMatch(/app/);
    expect(app.first?.text).not.toMatch(/your meter\b/);
    namesTheCase(
      "kaffeekollektiv",
      "War gestern in Kreuzberg mit meiner vollen Stempelkarte aus Ottensen, alle 10 Stempel drauf, und die Kollegin meinte die gilt nur im Hamburger Café 🤷‍♂️ Bin umgezogen und hab da fast ein Jahr gesammelt.",
      /Stempelkarte in Kreuzberg nicht angenommen/,
    );
    expect(
      answer(
        "kaffeekollektiv",
        "Hab am Sonntag einen Gutschien über 50 € bei euch gekauft, Geld ist abgebucht aber das PDF kam nie an, auch nicht im Spam. Die Geburtstagsfeier ist morgen!!",
      ).assessment.intent.complaint?.problem,
    ).toBe("delivery");
    expect(
      answer(
        "kaffeekollektiv",
        'ihr habt mir eine Mail geschickt "Zahlung fehlgeschlagen", aber bei PayPal ist das Geld weg. Jetzt weiß ich nicht ob die Bestellung durch ist. Klärt ihr das bitte?',
      ).first?.text,
    ).toMatch(/Zahlung/);
  });
});

describe("batch 50: reports of hate kept, and more that may be deleted", () => {
  const kinds = (company: "rheinwerk" | "kaffeekollektiv", text: string) =>
    answer(company, text).assessment.violations.map((v) => v.kind);

  it.each([
    [
      "rheinwerk",
      "Hallo Rheinwerk, unter eurem Beitrag zur Dachsanierung mit Solar steht seit heute früh ein Kommentar, der Ukrainer pauschal als Schmarotzer beschimpft. Bitte löschen, das hat hier nichts zu suchen.",
    ],
    [
      "kaffeekollektiv",
      "heads up @kaffeekollektiv, there's a comment under your Leipzig opening post calling a customer a f*ggot for holding his boyfriend's hand. reported it, please take it down.",
    ],
    [
      "rheinwerk",
      "the red idiot light on our inverter has been flashing since Tuesday but your app swears everything's fine and yield looks like half of last week. is it broken?",
    ],
  ] as const)("never licenses deleting a report of hate or a warning light: %s", (company, text) => {
    expect(answer(company, text).assessment.verdict).not.toBe("may-delete");
  });

  it("names a known home, a death wish by fire, a follower scam, a mind compared down and an exclusion", () => {
    expect(
      kinds(
        "rheinwerk",
        "@Lena Vogt aus dem Kundenservice, ich weiß jetzt wo du wohnst, Ehrenfeld, das Haus mit der grünen Tür. Antwortest du mir nicht heute, steh ich morgen davor.",
      ),
    ).toContain("threat");
    expect(
      kinds(
        "kaffeekollektiv",
        "hope your roastery goes up in flames with the owner still inside. would be the first good roast you ever did 🔥",
      ),
    ).toContain("threat");
    expect(
      kinds(
        "kaffeekollektiv",
        "🚀 Eure Seite hat Potenzial!! Jetzt 10.000 echte Follower für nur 29 € kaufen, garantiert deutsche Profile 🇩🇪 Einfach DM an @reichweite.boost",
      ),
    ).toContain("spam");
    expect(
      kinds(
        "kaffeekollektiv",
        "@Sabine Roth mit dem IQ einer Kaffeebohne solltest du dich aus der Diskussion über Röstgrade lieber raushalten 🤡",
      ),
    ).toContain("insult");
    expect(
      kinds(
        "kaffeekollektiv",
        "the girl with the nose ring at the Kreuzberg counter looks like a melted candle and is about as bright. ordered 2 bags of espresso roast, got handed decaf.",
      ),
    ).toContain("insult");
    expect(
      kinds(
        "rheinwerk",
        "die behinderten solten garnich erst ne wärmepumpe krigen wenn die die nich mal bedienen könen, dan rufen die 5 mal am tag bei euch an",
      ),
    ).toContain("identity-hate");
  });

  it("keeps 'einen IQ wie jeder andere' and an idiot-proof manual", () => {
    expect(answer("rheinwerk", "Unser Team hat im Schnitt einen IQ wie jeder andere auch.").assessment.verdict).toBe(
      "keep",
    );
    expect(
      answer("rheinwerk", "Your new app is finally idiot proof, even my dad managed to send his meter reading.")
        .assessment.verdict,
    ).toBe("keep");
  });
});

describe("batch 51: short comments, praise beside an outage, and worries that break nothing", () => {
  it("thanks a crew for staying open during a blackout, never as a case", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "shoutout to the Ottensen crew for staying open by candlelight during tuesday's blackout and handing free filter coffee to half the street ❤️",
      "x",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
  });

  it.each([
    "love the new menu board in Kreuzberg, so minimalist it doesn't even have prices on it. every order is a little surprise 😍",
    "Lovely video of your team planting 1,000 trees 🌳 Maybe plant one person at the service inbox next? 11 weeks and counting for a reply about a maintenance invoice that my service contract already covers.",
  ])("never thanks sarcasm: %s", (text) => {
    takesSeriously("kaffeekollektiv", text);
  });

  it("answers whether cleaning the modules voids the warranty as a question, not a fault", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Darf ich die Module auf dem Garagendach selbst mit Osmosewasser und weicher Bürste sauber machen, oder ist dann die Garantie futsch? Will da nix kaputt machen.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("holding-reply");
  });

  it("says a stone found in a bag as such, never an injury or a grinder in trouble", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "We found a small stone in a 1 kg bag of your Brasil Cerrado this morning (lot 0311 on the label, order KK-77120) – luckily before it went into our grinder. Happy to send photos.",
      "linkedin",
    );
    expect(first?.text).toMatch(/a stone/);
    expect(first?.text).not.toMatch(/hurt|grinder/);
  });

  it("helps beside the boundary with a street's power cut, and reads hot water that won't get hot", () => {
    const { first } = answer(
      "rheinwerk",
      "you brain-dead morons cut the power on our whole street in Kerpen-Sindorf at 7am with ZERO notice. my mum is on a home oxygen concentrator. useless company",
      "x",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toMatch(/power cut in Kerpen-Sindorf/);
    const water = answer(
      "rheinwerk",
      "new heat pump since 2 weeks and the hot water won't go above 42 degrees. showering is basically a cold plunge now 🥶 @Rheinwerk pls",
      "x",
    );
    expect(water.assessment.intent.complaint).toBeDefined();
    expect(water.first?.strategy).toMatch(/^case-/);
  });
});

describe("a dozen comments read through the CLI at the stop's end", () => {
  it("never thanks 'wow 40 minuten in der hotline und dann einfach aufgelegt … großartiger service, wirklich'", () => {
    takesSeriously(
      "rheinwerk",
      "wow 40 minuten in der hotline und dann einfach aufgelegt worden. großartiger service, wirklich",
    );
  });

  it("answers a wallbox that will not charge as a case though it ends 'Was kann ich tun?'", () => {
    namesTheCase(
      "rheinwerk",
      "Seit drei Tagen blinkt an der Wallbox in der Garage eine rote LED und das Auto lädt nicht. Neustart hab ich schon probiert. Was kann ich tun?",
      /Wallbox/,
    );
  });

  it("answers whether the café is open on Boxing Day with the saved hours, which name public holidays", () => {
    const { first } = answer("kaffeekollektiv", "Is the Leipzig café open on Boxing Day?");
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(/public holidays/);
  });

  it("names Boxing Day whole and leaves 'open' off the café", () => {
    const terms = caseTerms("Is the Leipzig café open on Boxing Day?", "en");
    expect(terms).toContain("Boxing Day");
    expect(terms.join(" ")).not.toMatch(/café open/);
  });
});

describe("batch 51 read again: papers not sent, policy criticised, a habit of ordering", () => {
  it("reads 'Geld ist abgebucht aber … keine Versandmail' and 'no welcome letter, no contract' as things not sent", () => {
    const order = answer(
      "kaffeekollektiv",
      "Hab letzten Mittwoch bestellt, Geld ist abgebucht aber bis heute keine Versandmail. Ist da was schiefgelaufen?",
      "x",
    );
    expect(order.first?.text).toMatch(/Bestellnummer/);
    expect(order.first?.text).not.toMatch(/Abrechnung/);
    const letter = answer(
      "rheinwerk",
      "Relocated to Cologne from Manchester and signed up for your electricity online four weeks ago. Since then the first payment has been taken, but no welcome letter, no contract, nothing. Is that normal?",
      "linkedin",
    );
    expect(letter.first?.text).toMatch(/welcome letter/);
    expect(letter.first?.text).not.toMatch(/good question|your bill/);
  });

  it("takes a cut to filter coffee hours seriously, no order asked for 'the only thing i order'", () => {
    const first = takesSeriously(
      "kaffeekollektiv",
      "filter coffee only until 11am now?? it's literally the only thing i order at yours and you're cutting it in the afternoon. shame",
    );
    expect(first?.text).not.toMatch(/order number/);
  });

  it.each([
    [
      "rheinwerk",
      "Your heat pump cost calculator asks for my phone number before it shows a single euro figure. I just wanted a ballpark, not a sales call. Hard pass.",
    ],
    [
      "rheinwerk",
      "24 Monate Mindestlaufzeit beim neuen Gewerbestromtarif? Andere Anbieter machen 12 oder gar keine. Als kleiner Betrieb binde ich mich nicht zwei Jahre an einen Preis, den ich nicht einschätzen kann. So gewinnt man keine Mittelständler.",
    ],
  ] as const)("takes B2B criticism seriously, never 'reading along' or thanks for asking: %s", (company, text) => {
    const { first } = answer(company, text, "linkedin");
    expect(first?.strategy).toBe("take-seriously");
  });
});

describe("batch 52: advice for next time, saved answers asked in other words, questions to the other readers", () => {
  it("takes thanks with advice for next time as sarcasm, never thanked", () => {
    takesSeriously(
      "rheinwerk",
      "Vielen Dank für das Wärmepumpen-Angebot für 240 m² Wohnfläche 👏 Wir wohnen zwar auf 110, aber schön dass Sie so groß von uns denken. Vielleicht liest beim nächsten Mal jemand den Aufnahmebogen 😉",
    );
  });

  it.each([
    [
      "rheinwerk",
      "kann man euch eigentlich auch samstags anrufen oder nur unter der woche? ich arbeite selbst bis 18 uhr 🙈",
    ],
    [
      "kaffeekollektiv",
      "Ich hab nur so eine Bialetti für den Herd und keine Mühle. Gibt's euren Kaffee auch schon fertig gemahlen oder muss ich mir erst eine Mühle kaufen?",
    ],
  ] as const)("offers the saved answer to %s: %s", (company, text) => {
    expect(answer(company, text).first?.strategy).toBe("saved-reply");
  });

  it.each([
    [
      "rheinwerk",
      "Und was sagt ihr dazu dass die in Berlin jetzt wieder über Atomkraft reden? Hätte man die Meiler mal nicht abgeschaltet, dann wär der Strom heute billig. Aber hauptsache grün 🙄",
    ],
    [
      "kaffeekollektiv",
      "anyone here running the hamburg half marathon on sunday?? need a buddy for my last long run 🏃‍♀️",
    ],
  ] as const)(
    "needs no reply to a political opinion asked for or a question to the other readers: %s",
    (company, text) => {
      expect(answer(company, text, "x").first?.strategy).toBe("no-reply-needed");
    },
  );

  it("thanks for an annual statement's new layout as praise, not an offer to answer questions", () => {
    const { first } = answer(
      "rheinwerk",
      "Credit where it's due: the new layout of the annual statement is the first energy bill I've understood without a calculator. The one-page summary with last year's comparison is exactly what customers need.",
      "linkedin",
    );
    expect(first?.strategy).toBe("thank-specifically");
  });
});

describe("batch 52 read again: an allergen served, heat that stops short, a system that yields nothing", () => {
  it("says what was served against an allergy, never an injury nobody had", () => {
    const sesame = namesTheCase(
      "kaffeekollektiv",
      "Ich hab heute Mittag in Ottensen beim Bestellen extra gesagt dass ich allergisch auf Sesam bin und dann kam der Bagel mit Sesam obendrauf. Hab's zum Glück gesehen bevor ich reingebissen hab. Sowas darf echt nicht passieren, das kann für manche Leute richtig gefährlich werden",
      /in Ottensen Sesam bekommen hast, obwohl du darauf allergisch bist/,
    );
    expect(sesame.first?.text).not.toMatch(/verletzt|Reaktion|Chargennummer/);
    const label = answer(
      "kaffeekollektiv",
      "Hab eine Nussallergie und in eurem Kuchen waren trotzdem Nüsse, obwohl nussfrei draufstand!",
    );
    expect(label.first?.text).toMatch(/Allergenkennzeichnung/);
    expect(label.first?.text).not.toMatch(/verletzt|Reaktion/);
  });

  it("names the room that stays cold, with its capital, and a roof side that yields nothing is no parcel", () => {
    const { first } = answer(
      "rheinwerk",
      "@rheinwerk seit dem hydraulischen abgleich letzte woche ist das ganze haus mollig, nur das bad kommt nicht über 17 grad. morgens duschen macht so echt keinen spaß 🥶",
      "x",
    );
    expect(first?.text).toMatch(/dass das Bad nicht über 17 Grad kommt/);
    const roof = answer(
      "rheinwerk",
      "Seit die Monteure am 12. März an der Anlage waren liefert die Ostseite vom Dach genau null, die Westseite läuft ganz normal. Vorher liefen beide 😕 Kundennr. 700 481 223",
    );
    expect(roof.assessment.intent.complaint?.problem).toBe("defect");
    expect(roof.first?.text).not.toMatch(/Bestellung/);
  });

  it("reads customs charged at the door as a billing case, not a question about shipping", () => {
    const { assessment } = answer(
      "kaffeekollektiv",
      "ordered 2 bags to Basel and DHL wanted CHF 31 at the door for customs + fees before handing it over. your checkout never said a word about that 😤",
      "x",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
  });
});

describe("batch 52: a glass served is no glass found", () => {
  it("never reads '2 € für ein Glas Leitungswasser' as glass in the food", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "2 € für ein Glas LEITUNGSWASSER in Ottensen?!? Ihr habt doch nen Knall. Ich hab vorher zwei Cappuccino bei euch bezahlt. Abzocke pur",
    );
    expect(assessment.intent.complaint?.problem).not.toBe("safety");
    expect(first?.text).not.toMatch(/Glas im Produkt|Qualitätssicherung/);
    expect(answer("kaffeekollektiv", "Da war Glas in meinem Salat!").assessment.intent.complaint?.problem).toBe(
      "safety",
    );
  });
});

describe("batches 53 and 54: irony closing thanks, problems told in a line, damage done at home", () => {
  it.each([
    [
      "rheinwerk",
      'Vielen Dank liebes Rheinwerk für die Push-Nachricht jeden Morgen um 6:12 Uhr "Ihr Verbrauch ist gestiegen!" 😍 Den Wecker hab ich jetzt abgeschafft. Abschalten kann man das in der App natürlich nirgends, aber wer will das schon.',
    ],
    [
      "kaffeekollektiv",
      "congrats on the new subscription box, it fits into exactly zero letterboxes in my building. me and my postman now meet at the post office every month, it's becoming a beautiful friendship ☕📦",
    ],
    [
      "rheinwerk",
      "Danke für die Erinnerungs-SMS am Sonntag um 6:40, dass am Montag der Monteur kommt. Jetzt bin ich wenigstens rechtzeitig wach.",
    ],
  ] as const)("never thanks irony that closes the thanks: %s", (company, text) => {
    const { first } = answer(company, text);
    expect(first?.strategy).not.toMatch(/thank/);
    expect(first?.text).not.toMatch(/vielen Dank|thanks for the kind words|freundlichen Worte/i);
  });

  it.each([
    [
      "rheinwerk",
      "Unser Sohn ist ausgezogen, wir sind nur noch zu zweit und zahlen immer noch jeden Monat den gleichen Betrag wie zu dritt. Muss ich da anrufen oder kann ich das irgendwo selber runtersetzen?",
    ],
    [
      "kaffeekollektiv",
      "Hiya, do you guys post to Dublin? My sister's been raving about your Brazil beans and I'd love to surprise her with a bag. How long would it take roughly?",
    ],
  ] as const)("offers the saved answer asked in everyday words: %s", (company, text) => {
    expect(answer(company, text).first?.strategy).toBe("saved-reply");
  });

  it("thanks for a croissant that 'should be illegal' and a plum cake never to be taken off the menu", () => {
    expect(
      answer(
        "kaffeekollektiv",
        "the pistachio croissant at kreuzberg should honestly be illegal. had two. no regrets 🥐💚",
        "x",
      ).first?.strategy,
    ).toBe("thank-specifically");
    expect(
      answer(
        "kaffeekollektiv",
        "Der Pflaumenkuchen in Ottensen schmeckt wie bei meiner Oma früher, mit Streuseln und allem. Bitte nie wieder von der Karte nehmen!!",
      ).first?.strategy,
    ).toBe("thank-specifically");
  });

  it("reads a figure said not to add up as a correction to check", () => {
    const { first } = answer(
      "rheinwerk",
      "Kleine Anmerkung zum Beitrag über die Anlage auf der Feuerwache in Brühl: 12 kWp und 38 Tonnen CO₂-Einsparung pro Jahr passt nicht zusammen. Realistisch sind bei 12 kWp eher 5–6 Tonnen im Jahr. Vermutlich sind da Jahreswert und die 25 Jahre Laufzeit durcheinandergeraten? Ansonsten ein tolles Projekt!",
      "linkedin",
    );
    expect(first?.strategy).toBe("check-correction");
  });

  it("names damage done at home and work left undone, without telling a calm customer off", () => {
    const carport = answer(
      "rheinwerk",
      "euer kranwagen hat beim module hochheben unseren carport gerammt, delle im dach + regenrinne krumm. fotos hab ich. an wen wend ich mich",
      "x",
    );
    expect(carport.first?.text).toMatch(/Ihr Carport beschädigt wurde/);
    expect(carport.first?.text).toMatch(/Kundennummer/);
    const drilled = answer(
      "rheinwerk",
      "Die Kernbohrung durch die Kellerwand für die Leitungen hat keiner abgedichtet. Bei jedem Regen läuft Wasser an der Wand runter, seit dem Einbau im Januar. Wie lange soll ich noch Handtücher hinlegen",
    );
    expect(drilled.assessment.violations).toEqual([]);
    expect(drilled.first?.text).toMatch(/dass die Kernbohrung nicht abgedichtet wurde/);
    expect(drilled.first?.text).not.toMatch(/Ton/);
  });

  it("reads problems told in a line as cases", () => {
    const plastic = answer(
      "kaffeekollektiv",
      "in meinem haferkeks war ein stück hartes plastik, südvorstadt gestern so gegen 16 uhr. zum glück nix passiert aber das geht so nich",
    );
    expect(plastic.first?.text).toMatch(/ein Stück Plastik in deinem Haferkeks/);
    expect(plastic.first?.text).not.toMatch(/verletzt/);
    const cups = answer(
      "kaffeekollektiv",
      "2 of the 6 espresso cups arrived in pieces, box looked fine from outside. want replacements not a refund pls 🙏",
      "x",
    );
    expect(cups.assessment.intent.complaint?.problem).not.toBe("refund");
    const inverter = answer(
      "rheinwerk",
      "wechselrichter blinkt seit dem gewitter am dienstag nur noch rot, anlage is grad mal ein jahr alt. wer kommt da jetzt raus??",
    );
    expect(inverter.assessment.intent.complaint).toBeDefined();
  });
});

describe("a dozen fresh comments through gelassen suggest (2026-12-03)", () => {
  it("thanks a barista for a decaf oat flat white, never sends the praise to review", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "Quick shout-out to Marta at the Kreuzberg bar who made my mum a decaf oat flat white with a heart in it on her 70th. She hasn't stopped talking about it.",
      "linkedin",
    );
    expect(assessment.verdict).toBe("keep");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/Marta/);
  });

  it("reads a child told off by staff, 'not coming back', as a case about the visit", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "your barista in Leipzig just told my 6 year old to 'stop touching everything'. she was looking at the cakes. not coming back.",
      "x",
    );
    expect(assessment.intent.complaint?.problem).toBe("service");
    expect(first?.text).toMatch(/Leipzig/);
  });

  it("needs no reply to a reader told they are wrong", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "@Tom_H mate you're wrong, the beans are roasted in Hamburg not Berlin, it says so on the bag",
      "x",
    );
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("never thanks for a question nobody asked: 'keiner ruft zurück' tells of a call not returned", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Eure Monteure sind die letzten Pfuscher. Drei Wochen nach dem Einbau tropft die Außeneinheit immer noch und keiner ruft zurück.",
    );
    expect(assessment.intent.question).toBeUndefined();
    expect(first?.text).toMatch(/Außeneinheit/);
    expect(first?.text).not.toMatch(/Frage/);
  });

  it("answers a meter showing 0 kWh since it was changed as a case, and a parcel stuck at 'label created'", () => {
    const portal = answer(
      "rheinwerk",
      "Seit dem Zählerwechsel letzte Woche zeigt das Portal bei mir 0 kWh Verbrauch an, obwohl wir ganz normal heizen. Stimmt da was nicht?",
    );
    expect(portal.first?.strategy).toMatch(/^case-/);
    const parcel = answer(
      "kaffeekollektiv",
      "Paid for next-day delivery (order KK-55781) on Monday, it's Thursday and tracking still says 'label created'. What's the point of paying extra?",
      "x",
    );
    expect(parcel.assessment.intent.complaint?.problem).toBe("delivery");
  });
});

describe("batches 55 and 56: smells, a rant with a kind word, echoed quotes, problems the model never saw", () => {
  it("names what a fault smells or tastes of, never 'do not reply' because of a 'lol'", () => {
    const water = answer(
      "rheinwerk",
      "Our hot water smells like rotten eggs since you replaced the storage tank in January 🤢 Only the hot tap, cold is fine. We've flushed it twice already. Is that the anode or something?? Kids refuse to shower lol",
    );
    expect(water.first?.strategy).toMatch(/^case-/);
    expect(water.first?.text).toMatch(/your hot water smells like rotten eggs/);
    const chai = answer(
      "kaffeekollektiv",
      "Hi, just a heads up rather than a rant: my chai latte at Kreuzberg this morning (around 9:15) tasted strongly of dish soap, like the jug wasn't rinsed. The barista was lovely and swapped it but the second one was the same. Might be worth checking the steam jug or the dishwasher.",
    );
    expect(chai.first?.strategy).toMatch(/^case-/);
    expect(chai.first?.text).toMatch(/your chai latte tasted strongly of dish soap/);
  });

  it("engages an opinion leader whose transformer 'won't cope'", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "Nice campaign, but nobody talks about the low-voltage grid. If half the houses on one street install a 9 kW heat pump, the local transformer won't cope on a cold January evening. Who pays for the reinforcement? I'd love to see Rheinwerk be honest about this instead of just selling units.",
      "linkedin",
      "Dr. Jan Weber",
      12_000,
    );
    expect(assessment.intent.mockery).toBeUndefined();
    expect(first?.strategy).toBe("engage-argument");
  });

  it.each([
    [
      "rheinwerk",
      'love how the "quick quote" for a heat pump is 14 pages long and asks for everything except my shoe size. quick indeed 👍 #heatpump',
    ],
    [
      "kaffeekollektiv",
      "Love the new minimalist bags 😍 so minimalist there's no roast date, no origin and no grind on the label anymore. Guessing what's inside is half the fun I guess.",
    ],
    [
      "rheinwerk",
      "Really impressed that your heat load engineer measured our entire 1960s house in 15 minutes without going into the basement or looking at a single radiator. Truly the famous German thoroughness 👏 Looking forward to the quote, I'm sure it'll be spot on.",
    ],
  ] as const)("never thanks sarcasm: %s", (company, text) => {
    takesSeriously(company, text);
  });

  it("needs no reply to nostalgia about laws, and thanks 'mit Abstand der beste Filterkaffee'", () => {
    expect(
      answer(
        "rheinwerk",
        "Hauptsache in Berlin wird wieder ein neues Gesetz gemacht und der kleine Mann zahlt. Früher hat man einfach geheizt und gut war.",
      ).first?.strategy,
    ).toBe("no-reply-needed");
    expect(
      answer(
        "kaffeekollektiv",
        "eure guatemala huehuetenango ist mit abstand der beste filterkaffee den ich dieses jahr hatte. diese schokonote 🤤 bitte nie wieder aus dem sortiment nehmen",
        "x",
      ).first?.strategy,
    ).toBe("thank-specifically");
  });

  it.each([
    [
      "rheinwerk",
      "Ey sagt mal, eure Monteure haben gestern in Frechen bei uns die Wanddurchführung abgedichtet und dabei die ganze Motorhaube und Windschutzscheibe von unserm Auto mit Silikon eingesaut. Wer zahlt jetzt die Aufbereitung???",
      /^case-/,
    ],
    [
      "kaffeekollektiv",
      "hab mir bei euch im shop den schwanenhals wasserkocher für 89 € geholt, nach genau 2 wochen schaltet der bei 70 grad ab egal was ich einstell. so kann man keinen filter brühen. was nun?",
      /^case-/,
    ],
    [
      "kaffeekollektiv",
      'Moin, war gestern gegen 17 Uhr in Kreuzberg, hab mit nem 50er bezahlt und 10 € zu wenig rausbekommen. Hab\'s erst draußen gemerkt, bin zurück, da hieß es "die Kasse wird erst abends gezählt". Hat schon jemand nachgezählt? 😬',
      /^case-/,
    ],
    [
      "rheinwerk",
      "Hab vor 6 Wochen die Heiratsurkunde per Mail geschickt, weil ich seit der Hochzeit anders heiße. Trotzdem kommt alle Post noch auf meinen alten Nachnamen und die Bank macht jetzt Stress beim Lastschrifteinzug. Wie lange dauert sowas bei euch??",
      /^case-/,
    ],
  ] as const)("reads a problem told in its own words as a case: %s", (company, text, plan) => {
    const { first } = answer(company, text);
    expect(first?.strategy).toMatch(plan);
    expect(first?.text).not.toMatch(/Frage|Abrechnung/);
  });

  it("offers the delivery times to 'wann hab ich den kaffee dann in kiel?'", () => {
    expect(
      answer(
        "kaffeekollektiv",
        "wenn ich heut abend bestell, wann hab ich den kaffee dann in kiel? will am wochenende meine eltern damit überraschen",
      ).first?.strategy,
    ).toBe("saved-reply");
  });
});

describe("batches 55 and 56 read again: a system changed since a visit, a quote not kept, two sources set against each other", () => {
  it("answers a setting changed by the technician as a case, without a rate read as a duration", () => {
    const { first } = answer(
      "rheinwerk",
      "Since your technician updated the heat pump settings in March, the legionella program runs EVERY night at 2 am and heats the tank to 65 degrees. Our consumption went from about 9 kWh to 16 kWh a day. Nobody told us about this, can someone please switch it back to weekly?",
    );
    expect(first?.strategy).toMatch(/^case-/);
    expect(first?.text).not.toMatch(/\(a day\)|criticism/);
  });

  it("reads a quote not kept as a case and a closing 'wtf??' as no reason for a line on the tone", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      '@Rheinwerk quote said 14 modules, installer put 12 on the roof and said "passt schon". invoice still says 14. wtf?? 🤨',
      "x",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toMatch(/^case-/);
  });

  it("checks a story set against the website, and needs no reply to prices blamed on the exchange", () => {
    expect(
      answer(
        "kaffeekollektiv",
        "ur story says leipzig opens 8am on sundays but the website says 9am. which is it, dont wanna stand in front of a closed door again 😅",
        "x",
      ).first?.strategy,
    ).toBe("check-correction");
    expect(
      answer(
        "kaffeekollektiv",
        "Die Kaffeepreise macht doch eh nur die Börse in New York, Spekulanten die nie ne Bohne gesehen haben. Da kann so ein Laden wie ihr auch nix dran ändern.",
      ).first?.strategy,
    ).toBe("no-reply-needed");
  });
});

describe("batches 57 and 58: a verb that is no taunt, irony without praise, kindness in a storm, problems told plainly", () => {
  it("offers the winter answer to a heat pump that should 'cope' at -15, never 'do not reply'", () => {
    const { first } = answer(
      "rheinwerk",
      "Does a heat pump actually cope in a 1930s brick house up in the Eifel? We regularly get -15 in January and my father-in-law swears we'll be sitting in coats.",
    );
    expect(first?.strategy).toBe("saved-reply");
  });

  it.each([
    [
      "kaffeekollektiv",
      'Herrlich, der neue Abo-Karton ist jetzt "100 % plastikfrei" 🌱 und drin sind die Bohnen dann in drei Lagen Luftpolsterfolie eingewickelt. Konsequent ist anders 😂😂',
    ],
    [
      "rheinwerk",
      'love getting a "how satisfied are you with your installation?" survey from @Rheinwerk when the installation is scheduled for next month 😂 five stars for the imaginary heat pump i guess',
    ],
  ] as const)("takes laughed-at irony seriously instead of leaving it: %s", (company, text) => {
    takesSeriously(company, text);
  });

  it("thanks a team that let soaked kids wait out a storm", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "Shoutout to the Ottensen team for letting me and my soaked kids wait out that crazy thunderstorm for over an hour on just one espresso and two hot chocolates. You even brought us paper towels ❤️",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
  });

  it.each([
    [
      "kaffeekollektiv",
      "Liebes Kaffeekollektiv, ich hatte am Mittwoch telefonisch eine Schoko-Kirsch-Torte für Samstag 14 Uhr in Ottensen bestellt und 15 € Anzahlung bar bezahlt. Als ich sie abholen wollte wusste niemand etwas davon!! Wir mussten dann auf die Schnelle Supermarktkuchen kaufen.",
    ],
    [
      "kaffeekollektiv",
      "absolute clowns. ordered 2 bags of the Nicaragua Jinotega for my dad's birthday, you sent ONE and then emailed me a 10% code \"for the trouble\". i don't want a code i want the bag I PAID FOR.",
    ],
    [
      "kaffeekollektiv",
      "Hab an Weihnachten im Café in Kreuzberg einen Gutschein über 30 € an der Kasse gekauft, auf so nem Kassenzettel-Papier. Jetzt nach 4 Monaten ist der Druck so verblasst, dass man den Code nicht mehr lesen kann. Den Kassenbon vom Kauf hab ich noch. Was nun?",
    ],
    [
      "rheinwerk",
      "We run a WP 9 in our office with four wireless room sensors and the batteries are flat every couple of months, always right when the heating matters. Is this normal?",
    ],
  ] as const)("reads a problem told plainly as a case: %s", (company, text) => {
    const { assessment, first } = answer(company, text);
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toMatch(/^case-|boundary-and-help/);
    expect(first?.text).not.toMatch(/good question|gute Frage/);
  });

  it("checks a map that puts Honduras in South America, and offers the hotline hours to 'samstags jemand am Telefon'", () => {
    expect(
      answer(
        "kaffeekollektiv",
        "Ihr habt auf der Karte im Post Honduras in Südamerika eingezeichnet 🙈 liegt in Mittelamerika, zwischen Guatemala und Nicaragua. Sonst schöner Beitrag!",
      ).first?.strategy,
    ).toBe("check-correction");
    expect(
      answer(
        "rheinwerk",
        "Moin, ist bei Ihnen samstags eigentlich jemand am Telefon oder muss ich bis Montag warten? Unter der Woche arbeite ich Schicht und komm nie durch.",
      ).first?.strategy,
    ).toBe("saved-reply");
  });
});

describe("batches 59 and 60, typed on a phone and told at length", () => {
  it("reads the kind of a question from the sentence that asks, not from the story before it", () => {
    const { assessment } = answer(
      "kaffeekollektiv",
      "Ich habe bei Ihnen den Kaffee-Adventskalender für 49,90 € für meine Tochter bestellt. Heute hat sie Türchen 7 geöffnet und es war LEER, Türchen 8 auch. Wie kann so etwas passieren?",
    );
    expect(assessment.intent.question).not.toBe("opening-hours");
    expect(answer("kaffeekollektiv", "Habt ihr am Sonntag in Leipzig geöffnet?").assessment.intent.question).toBe(
      "opening-hours",
    );
  });

  it("owes no reply to politics no deed of the company changes", () => {
    const { first } = answer(
      "rheinwerk",
      "solange die schuldenbremse heilig ist wird das mit der energiewende eh nix, egal wie viele pumpen ihr verkauft 🤷",
      "x",
    );
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("answers a customer who laughs at their own case instead of leaving it alone", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "our offer said solarwerk meister 420 w modules, the label on the back of whats on our roof now says some other brand lol. nobody asked us. is that even allowed?? install was last thursday in brühl",
    );
    expect(assessment.intent.mockery).not.toBe(true);
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toMatch(/^case-/);
  });

  it("sets the boundary and helps with the case when an insult comes with a customer's own problem", () => {
    const { first } = answer(
      "rheinwerk",
      "absolute cowboys. your installer drilled straight through our solar DC cable while mounting the heat pump bracket, half the array's been dead since tuesday. fix it THIS week or I'm done with you muppets",
      "x",
    );
    expect(first?.strategy).toBe("boundary-and-help");
  });

  it("names the thing told beside the failure, not only the product being fitted", () => {
    const { first } = answer(
      "rheinwerk",
      "Ihre Monteure waren gestern bei uns in Frechen wegen der Wärmepumpe und haben beim Gehen das Gartentor sperrangelweit offen gelassen. Unser Hund war zwei Stunden weg, wir haben ihn erst an der Landstraße wiedergefunden.",
    );
    expect(first?.text).toMatch(/Gartentor/);
    expect(first?.text).not.toMatch(/Gehen/);
  });

  it("reads 'WP 9 am 14. Oktober' as a model and a date, never as nine in the morning", () => {
    const { suggestions } = answer(
      "rheinwerk",
      "Seit dem Einbau unserer WP 9 am 14. Oktober dauert es fast drei Minuten bis warmes Wasser kommt. Ich habe am 2. November schon per Mail Bescheid gegeben aber keine Antwort erhalten.",
    );
    expect(suggestions.map((suggestion) => suggestion.text).join(" ")).not.toMatch(/9 am/);
  });

  it.each([
    [
      "rheinwerk",
      'Liebe den neuen "Eco-Modus" in eurer App. Haus hat 18 Grad, Stromverbrauch ist exakt gleich wie vorher. Sehr eco. Sehr Modus. 👏👏',
    ],
    [
      "rheinwerk",
      'Love the "your personal advisor will accompany you from offer to installation" line. Mine has been four different people since March, and every single one asks me for the roof photos again 🙂 Very personal indeed.',
    ],
    [
      "kaffeekollektiv",
      "4,50 € für ein stück zitronenkuchen in streichholzschachtel-größe. sehr exklusiv, sehr kollektiv ✨ nächstes mal bring ich ne lupe mit",
    ],
    [
      "kaffeekollektiv",
      "Riesen Lob an die Sitzkissen in Ottensen: so schön durchgesessen, dass man jede Holzlatte einzeln spürt. Rückentraining gratis zum Cappuccino, danke dafür 🙌🪑",
    ],
  ] as const)("hears a claim echoed in mockery as sarcasm and never thanks it: %s", (company, text) => {
    const { assessment, first } = answer(company, text);
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).not.toMatch(/Dank|thank|Lob zum Thema/i);
  });

  it("thanks coffee brought out to the fire brigade, and no fire is a safety case of theirs", () => {
    const { assessment, first } = answer(
      "kaffeekollektiv",
      "Als gestern neben eurem Café in Ottensen der Dachstuhl gebrannt hat, habt ihr der Feuerwehr stundenlang Kaffee rausgebracht. Mein Mann war einer davon und hat abends nur davon erzählt. Danke euch ❤️🚒",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("never takes the technician's own laptop for the customer's product", () => {
    const { assessment, first } = answer(
      "rheinwerk",
      "ur guy came for the heat load survey today w/o his laptop 🙃 took 2 photos n left, now the portal says next slot is in 6 weeks?? we both took the morning off for this. pls fix",
      "x",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toMatch(/^case-/);
    expect(first?.text).not.toMatch(/laptop/);
  });

  it("meets saved answers asked in other words: a reading given without a smartphone, a voucher redeemed in a café", () => {
    expect(
      answer(
        "rheinwerk",
        "Muss man eigentlich diese App haben, um den Zählerstand durchzugeben? Meine Mutter (81) hat kein Smartphone und die Ablesekarte kam heute.",
      ).first?.strategy,
    ).toBe("saved-reply");
    expect(
      answer(
        "kaffeekollektiv",
        "Meine Schwester wohnt in Hamburg, ich in München – kann ich bei euch online was kaufen, das sie dann bei euch im Café in Ottensen einlösen kann? 🙏",
      ).first?.text,
    ).toMatch(/Gutschein/);
  });

  it.each([
    [
      "kaffeekollektiv",
      "hey ihr, hab mein abo auf alle 2 wochen umgestellt (screenshot hab ich!!) aber jetzt kamen 3 lieferungen in 3 wochen und jedes mal 18,50 abgebucht 😅 mein schrank ist voll mit hausmischung. könnt ihr das bitte fixen und eine davon erstatten",
    ],
    [
      "rheinwerk",
      "@Rheinwerk your crew took the thermostat heads off 4 radiators on install day and never put them back. 2 weeks now, every room is either sauna or fridge. who do i even call",
    ],
    [
      "kaffeekollektiv",
      "ähm @kaffeekollektiv hab grad in kreuzberg ne zimtschnecke gekauft (so 10:40) und da war ein langes schwarzes haar drin 🤢 appetit weg. foto hab ich",
    ],
    [
      "rheinwerk",
      "Hallo ihr Stümper, beim Verlegen der Leitung zur Wärmepumpe habt ihr den Begrenzungsdraht von unserem Mähroboter durchgeschnitten, das Ding fährt jetzt fröhlich in die Beete der Nachbarn. Auf meine Mail vom 6. Mai kam natürlich nix. Kundennr 40577120, mal sehen ob ihr DAS lest",
    ],
  ] as const)("reads a case typed in a hurry as a case, not as a greeting to acknowledge: %s", (company, text) => {
    const { assessment, first } = answer(company, text, "x");
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toMatch(/^case-|boundary-and-help/);
  });

  it("names the valve that drips, not only the heat pump it belongs to", () => {
    const { first } = answer(
      "rheinwerk",
      'Guten Tag, das Sicherheitsventil am Warmwasserspeicher unserer WP 12 tropft seit dem Einbau Ende Januar ununterbrochen in den Abfluss. Der Monteur meinte am Telefon "das ist normal", aber rund um die Uhr kann doch nicht normal sein?? Bitte um einen Termin.',
    );
    expect(first?.text).toMatch(/Sicherheitsventil/);
  });

  it("thanks praise that says nothing was lost, and answers a building's owners, who are no political parties", () => {
    expect(
      answer(
        "rheinwerk",
        "Proud to share: our print shop in Bergisch Gladbach now runs on 86 kWp of rooftop solar. Big thanks to the Rheinwerk project team, who planned the installation around our shift schedule, not a single hour of production lost. Looking forward to the first full summer! #solar #Mittelstand",
        "linkedin",
      ).first?.strategy,
    ).toBe("thank-specifically");
    expect(
      answer(
        "rheinwerk",
        "Guten Tag, wir sind eine WEG mit 6 Parteien in Köln-Sülz und möchten die alte Gasheizung durch eine Wärmepumpe ersetzen. Begleiten Sie auch die Eigentümerversammlung bzw. stellen das Konzept dort vor?",
        "linkedin",
      ).first?.strategy,
    ).toBe("holding-reply");
  });

  it("hears carrier pigeons as sarcasm, takes a word's origin as a correction, and meets -15 outside as winter", () => {
    const pigeons = answer(
      "rheinwerk",
      'Love that in 2024 the only way to update my SEPA mandate is to print a form, sign it and post it to Cologne. Really fits the whole "digital energy company" vibe. Next step: carrier pigeons? 🕊️',
    );
    expect(pigeons.assessment.intent.sarcasm).toBe(true);
    expect(pigeons.first?.text).not.toMatch(/thank|good question/i);
    expect(
      answer(
        "kaffeekollektiv",
        'äh nein, espresso heißt nicht "schnell" 😅 kommt von ausgedrückt bzw. eigens zubereitet. schnell ist er trotzdem, zugegeben',
        "x",
      ).first?.strategy,
    ).toBe("check-correction");
    expect(
      answer(
        "rheinwerk",
        "buying a 1962 bungalow near aachen, partly single glazed. does a heat pump even cope when it's -15 outside or am i kidding myself? @Rheinwerk",
        "x",
      ).first?.strategy,
    ).toBe("saved-reply");
  });

  it("names the thing criticised with the branch it was at, not the branch and the thing as two topics", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "Samstag 10:15 in Ottensen und der Haferdrink ist aus?! Gab nur Kuhmilch oder Soja. Wenn ihr schon damit werbt dass Pflanzendrinks nix extra kosten, dann sollten die auch da sein. Hab meinen Flat White dann schwarz getrunken, na toll",
    );
    expect(first?.text).toMatch(/Haferdrink in Ottensen/);
    expect(first?.text).not.toMatch(/Ottensen und Haferdrink/);
  });

  it.each([
    [
      "rheinwerk",
      "Die Isolierung an den Heizungsleitungen zur WP 9 draußen ist nach gerade mal 4 Monaten komplett zerpickt, die Elstern hier im Viertel reißen sich Stücke fürs Nest raus 🐦 Jetzt liegen die Rohre teilweise blank. Gibts da nen Schutzmantel oder sowas und wer kümmert sich drum?",
      /Isolierung an den Heizungsleitungen/,
    ],
    [
      "rheinwerk",
      "Dat is nit üer Ernst. Euer Montagewagen hat drei Tage auf unserer frisch gepflasterten Einfahrt gestanden und jetzt is da ein Ölfleck so groß wie ne Pizza. Wer bezahlt die Reinigung?",
      /Ölfleck/,
    ],
  ] as const)(
    "takes up damage at their home asked about as a case, not a question to hold: %s",
    (company, text, named) => {
      namesTheCase(company, text, named);
    },
  );

  it("owes no reply to 'die in Berlin' and their grid fees", () => {
    expect(
      answer(
        "rheinwerk",
        "Die in Berlin sollen erstmal die Netzentgelte runterschrauben bevor hier jeder ne Wärmepumpe kaufen muss. Aber die kriegen ja eh nix gebacken.",
      ).first?.strategy,
    ).toBe("no-reply-needed");
  });

  it("reads a radiator hung askew as no threat, 'loyal' as no coarse word, and 'Kleine Anmerkung' as a correction", () => {
    const radiator = answer(
      "rheinwerk",
      "Ihr Versager habt beim Einbau den Heizkörper im Flur schief aufgehängt, jetzt ist die Tapete nass. Kundennummer 40-551287. Bis Freitag will ich einen Termin.",
    );
    expect(radiator.assessment.violations.map((violation) => violation.kind)).not.toContain("threat");
    expect(radiator.first?.strategy).toBe("boundary-and-help");
    const loyal = answer(
      "kaffeekollektiv",
      "wow, a whole 5% off for loyal subscribers after your price went up 15%. so generous 🙃",
      "x",
    );
    expect(loyal.assessment.violations).toEqual([]);
    expect(loyal.first?.text).not.toMatch(/tone|respectful/);
    expect(
      answer(
        "rheinwerk",
        "Kleine Anmerkung: In eurem Reel sagt ihr, die WP 9 sei die leiseste am Markt. Laut Datenblatt hat sie 48 dB, die WP 12 aber 45 dB. Welche stimmt denn nun?",
      ).first?.strategy,
    ).toBe("check-correction");
  });

  it("says a parcel that turned up late came late, never that it has not arrived", () => {
    const { first } = answer(
      "kaffeekollektiv",
      "paid 7.90 for express shipping on fri, parcel turned up today (wed) 🐌 whats the point of express rn",
      "x",
    );
    expect(first?.text).toMatch(/came late/);
    expect(first?.text).not.toMatch(/hasn't arrived/);
  });

  it("from fresh comments at the end: expired goods came, a wrong meter reading is a case, 0 kWh on a sunny day is sarcasm, 'customer 40-…' is given", () => {
    expect(
      answer(
        "kaffeekollektiv",
        "the oat milk you sell in the shop expired two weeks before it arrived. order KK-90331. not impressed",
        "x",
      ).first?.text,
    ).not.toMatch(/hasn't arrived/);
    expect(
      answer("rheinwerk", "Ihr seid echt die unfähigsten Idioten. Dritte Abschlagsrechnung mit falschem Zählerstand.")
        .first?.strategy,
    ).toBe("boundary-and-help");
    const solar = answer(
      "rheinwerk",
      "Love how the app says my solar made 0 kWh yesterday. It was sunny all day. Great monitoring 👍",
      "x",
    );
    expect(solar.assessment.intent.sarcasm).toBe(true);
    expect(solar.first?.text).not.toMatch(/thank|glad/i);
    expect(
      answer(
        "rheinwerk",
        "The heat pump outdoor unit started making a grinding noise last week and now it trips the fuse every night around 2am. Installed in March, customer 40-118845.",
      ).first?.text,
    ).not.toMatch(/customer number/);
  });
});

describe("batches 63 and 64: what failed said without guessing, thanks never for a fright, others' politics left alone", () => {
  it("never tells a broken part at home as a parcel come damaged, nor a fresh roast date as an old one", () => {
    const pump = answer(
      "rheinwerk",
      'hallo rheinwerk, unsere WP 12 in bedburg steht seit 3 wochen still weil die umwälzpumpe kaputt is und das ersatzteil angeblich "bestellt" ist. kundennr 40211873. gibts jetzt nen liefertermin oder nicht??',
    );
    expect(pump.first?.text).not.toMatch(/beschädigt angekommen|„bestellt“/);
    expect(pump.first?.text).toMatch(/Umwälzpumpe/);
    const beetles = answer(
      "kaffeekollektiv",
      "hab heute mein tansania kilimanjaro peaberry aufgemacht und beim abwiegen krabbelt da ein kleiner schwarzer käfer zwischen den bohnen, dann noch einer. die tüte war zu und das röstdatum ist 9 tage her also wie kommen die da rein??",
    );
    expect(beetles.first?.text).not.toMatch(/Röstdatum/);
    expect(beetles.first?.text).toMatch(/Käfer/);
  });

  it("names the part that failed, not a thing a room is compared with nor a kit the part came in", () => {
    const handle = answer(
      "rheinwerk",
      "The handle on my 58mm tamper unscrewed itself after a week, order KK-55555",
      "x",
    );
    expect(handle.first?.text).toMatch(/trouble with the handle/);
    expect(handle.first?.text).not.toMatch(/hasn't arrived/);
    const heads = answer(
      "rheinwerk",
      "@Rheinwerk your crew took the thermostat heads off 4 radiators on install day and never put them back. 2 weeks now, every room is either sauna or fridge. who do i even call",
      "x",
    );
    expect(heads.first?.strategy).toBe("case-next-step");
    expect(heads.first?.text).not.toMatch(/fridge/);
  });

  it("reads thanks for a heart attack as sarcasm, and a slip caught in time and thanked for as praise", () => {
    const fright = answer(
      "rheinwerk",
      "seit dem update zeigt rheinwerk zuhause meine vorlauftemperatur in fahrenheit an. 104 grad. danke für den kurzen herzinfarkt",
      "x",
    );
    expect(fright.assessment.intent.sarcasm).toBe(true);
    expect(fright.first?.text).not.toMatch(/danke|schön, dass/i);
    const merle = answer(
      "kaffeekollektiv",
      "Danke an Merle vom Kundenservice! Hatte bei der Bestellung aus Versehen noch meine alte WG-Adresse drin, sie hat das Paket noch bei DHL umleiten lassen, bevor es raus war. Kam heute pünktlich in der neuen Wohnung an ☕📦",
    );
    expect(merle.first?.strategy).toBe("thank-specifically");
  });

  it("reads ham in a vegetarian toastie and a frozen quiche as cases, a coffee morning for newly arrived families as a question", () => {
    const ham = answer(
      "kaffeekollektiv",
      'Had the "vegetarian" toastie at your Südvorstadt café on Saturday around 1pm and there was ham in it. I have been vegetarian for 22 years and I am honestly a bit shaken. The girl at the counter was lovely but just said the labels got mixed up. Can you please make sure the kitchen sorts this out?',
    );
    expect(ham.first?.strategy).toBe("case-next-step");
    expect(ham.first?.text).not.toMatch(/kind words/);
    const quiche = answer(
      "kaffeekollektiv",
      "quiche in kreuzberg today was literally still frozen in the middle 🥶 spinach one, around 12:30",
      "x",
    );
    expect(quiche.first?.text).toMatch(/your quiche at our Kreuzberg branch was still frozen/);
    const charity = answer(
      "kaffeekollektiv",
      "We run a weekly coffee morning for newly arrived families at St George's, the Anglican church in Berlin, usually 40 to 50 people. Do you offer any discount or donated beans for charities and community groups?",
    );
    expect(charity.first?.strategy).toBe("holding-reply");
  });

  it("leaves a crowded café recommended to a reader and another country's price cap alone, and checks a wrong ratio", () => {
    expect(
      planOf(
        "kaffeekollektiv",
        "@Lauren Holt honestly go to the Leipzig one next time you're over, it's smaller but the cake is unreal and they don't rush you out. Ottensen is grand but always rammed on a Saturday",
      ),
    ).toBe("no-reply-needed");
    expect(
      planOf(
        "rheinwerk",
        "meanwhile back home Ofgem put the price cap up AGAIN and half my street is on prepayment meters. at least you lot over here get to argue about heat pumps",
        "x",
      ),
    ).toBe("no-reply-needed");
    expect(
      planOf(
        "kaffeekollektiv",
        'your reel says 18 g in, 36 g out "for a 1:3 ratio". thats 1:2 mate 😅 shot looked great tho',
        "x",
      ),
    ).toBe("check-correction");
    const dog = answer(
      "rheinwerk",
      "@Rheinwerk the heat pump outside dripped some bright blue liquid onto the lawn overnight, there's a dead brown patch now. is that stuff toxic?? our dog drinks from the bowl right next to it",
      "x",
    );
    expect(dog.assessment.intent.complaint?.problem).toBe("safety");
    expect(dog.first?.text).not.toMatch(/good question/i);
  });

  it("reads a deposit not back as a refund, a cut lip as someone hurt, a cat locked in as a case beside an insult", () => {
    const deposit = answer(
      "kaffeekollektiv",
      '@kaffeekollektiv team-frühstück für 14 leute am freitag in ottensen, vorgestern per mail storniert "wegen personalmangel". 70 € anzahlung sind noch nicht zurück und ich steh jetzt ohne location da',
      "x",
    );
    expect(deposit.assessment.intent.complaint?.problem).toBe("refund");
    expect(deposit.first?.text).not.toMatch(/auf eine Antwort/);
    const lip = answer(
      "kaffeekollektiv",
      'seid ihr zu geizig für neue gläser oder was? latte macchiato in kreuzberg, glas am rand abgeplatzt, lippe aufgeschnitten, blut im milchschaum. und die barista so "passiert halt". klasse laden',
      "x",
    );
    expect(lip.assessment.intent.complaint?.problem).toBe("safety");
    expect(lip.first?.text).toMatch(/verletzt/);
    const cat = answer(
      "rheinwerk",
      "Ihr Schnarchnasen!! Eure Monteure haben am Dienstag unsere Katze Minka im Heizungsraum eingesperrt und sind abgehauen. Zwei Tage haben wir das ganze Viertel abgesucht. Tierarzt 86 €. Ich will ne Entschuldigung und das Geld.",
    );
    expect(cat.first?.strategy).toBe("boundary-and-help");
    expect(cat.first?.text).toMatch(/86 €/);
  });

  it("thanks an Italian's 'Complimenti', and never lists a sentence's first preposition as a detail", () => {
    expect(
      planOf(
        "kaffeekollektiv",
        "As Italian I am very difficult with espresso 😅 but the ristretto yesterday in Ottensen was better than in many bars in Napoli. Complimenti to the girl with the red hair who made it with so much attention!",
      ),
    ).toBe("thank-specifically");
    expect(
      answer(
        "kaffeekollektiv",
        'Ihr Abzocker. Peru Cajamarca bestellt, bezahlt, zwei Tage später Mail "leider ausverkauft, Bestellung storniert". Geld? Nach 9 Tagen immer noch nicht zurück, 32,80 €. Bestellnr KK-40562',
      ).first?.text,
    ).not.toMatch(/\(Nach,/);
  });

  it("from fresh comments: two bags ordered and others got, a siphon leaking since the fitter came, a lost thing found and credited", () => {
    expect(
      answer(
        "kaffeekollektiv",
        "ordered 2 bags of the Kenya AA, got 2 bags of decaf. KK-77812. not thrilled at 7am",
        "x",
      ).first?.text,
    ).toMatch(/you got decaf instead of the Kenya AA/);
    expect(
      planOf(
        "kaffeekollektiv",
        "Euer Monteur war super nett, aber der Siphon unter dem Waschbecken ist seitdem undicht und der Schrank darunter steht unter Wasser.",
      ),
    ).toBe("case-next-step");
    const found = answer(
      "kaffeekollektiv",
      "Shout-out to Yusuf at the Kreuzberg café who found my lost AirPods and kept them safe until I came back the next day 🙏",
      "x",
    );
    expect(found.first?.strategy).toBe("thank-specifically");
    expect(found.assessment.intent.sarcasm).toBe(false);
    expect(
      answer(
        "kaffeekollektiv",
        "Euer Kaffee ist der letzte Dreck, schmeckt wie Spülwasser, und ihr verlangt 16 € pro Tüte?!",
      ).first?.text,
    ).not.toMatch(/Spülwasser/);
  });

  it("batch 65: thanks to a fitter who stayed late is praise, a slip of one's own caught by staff too, a bundle's contents no parcel", () => {
    const stayed = answer(
      "rheinwerk",
      "Ein riesiges Dankeschön an Herrn Ahmadi! Am zweiten Einbautag lief nix wie geplant, ein Rohr passte nicht. Statt uns über Nacht ohne Heizung zu lassen ist er bis halb zehn abends geblieben, damit die WP 9 vor dem Frost läuft.",
    );
    expect(stayed.first?.strategy).toBe("thank-specifically");
    expect(stayed.first?.text).not.toMatch(/keine Heizung/);
    expect(
      planOf(
        "kaffeekollektiv",
        "Shoutout to Ida in your customer service! I'd accidentally ordered the same 1 kg bag twice within a minute and she emailed me before it went to roasting to ask if I really wanted two. Saved me 28 euros ☕",
      ),
    ).toBe("thank-specifically");
    const backup = answer(
      "rheinwerk",
      'Rheinwerk bewirbt seine Speicherpakete mit "Sicher versorgt, auch wenn das Netz ausfällt". Das stimmt so nicht: Ohne Notstrom-Umschaltbox und passenden Wechselrichter schaltet eine PV-Anlage mit Speicher bei Netzausfall aus Sicherheitsgründen ab, der Speicher nützt dann gar nichts. In meinen Energieberatungen sitzen regelmäßig enttäuschte Kunden, denen genau das niemand gesagt hat. Bitte klar kommunizieren, ob Notstrom im Paket enthalten ist.',
      "linkedin",
    );
    expect(backup.assessment.intent.complaint).toBeUndefined();
    expect(backup.first?.text).not.toMatch(/Paket|Bestellnummer/);
  });

  it("batch 65: a van in a disabled bay, a loose lightning rod and a scratched leg are cases; a train ticket is politics", () => {
    const van = answer(
      "rheinwerk",
      "absolute cowboys. your install van sat in the disabled bay outside my mum's house in Kerpen-Horrem from 7 till 5 yesterday. she's in a wheelchair and couldn't get to her own car all day. nobody even knocked",
      "x",
    );
    expect(van.assessment.intent.complaint).toBeDefined();
    expect(van.first?.text).not.toMatch(/trouble with the (?:disabled|install)/);
    expect(
      planOf(
        "rheinwerk",
        "Mein Nachbar hat mich heute drauf angesprochen: der Blitzableiter an der Giebelseite ist abgeschraubt und liegt seit dem Montagetag lose in der Dachrinne. Wann kommt da jemand und schraubt das wieder fest??",
      ),
    ).toBe("case-next-step");
    expect(
      answer(
        "kaffeekollektiv",
        "Auf der Sitzbank am Fenster in Kreuzberg guckt ein Nagel raus, hab mir heute früh die Strumpfhose und ein bisschen das Bein aufgerissen. Bitte wegmachen.",
      ).assessment.intent.complaint?.problem,
    ).toBe("safety");
    expect(
      planOf(
        "kaffeekollektiv",
        "deutschlandticket schon wieder teurer und die s-bahn fällt trotzdem jeden zweiten tag aus. irgendwer in berlin sollte mal selbst pendeln müssen 🙄",
        "x",
      ),
    ).toBe("no-reply-needed");
    expect(
      answer(
        "kaffeekollektiv",
        "Rhabarberkuchen gestern in Südvorstadt, lecker wie immer, aber mittendrin steckte ein Stück Backpapier. Bitte beim Schneiden mal besser aufpassen.",
      ).first?.text,
    ).not.toMatch(/mit dem Stück/);
  });

  it("batch 66: no thanks for a cold house behind a smiley, flat tonic, cups that compost in the hand", () => {
    for (const [company, text, site] of [
      [
        "rheinwerk",
        'Das Display der neuen WP 9 zeigt seit Montag einen lachenden Smiley und "Alles in Ordnung". Im Wohnzimmer hats 15 Grad. 😊👍',
        "facebook",
      ],
      ["kaffeekollektiv", "espresso tonic heute in ottensen. tonic ohne ein einziges bläschen. 5,40 €. 🫧✨👌", "x"],
      [
        "kaffeekollektiv",
        "Absolutely love the new compostable cups in Kreuzberg. Mine started composting in my hand halfway down Oranienstraße and gave my white trainers a lovely flat white tint. Nature really does work fast 🌱👏",
        "facebook",
      ],
      [
        "rheinwerk",
        'love the variety at @Rheinwerk: app says my heat pump install is 14 May, the email says 21 May and the hotline says "probably june". choose your own adventure 🎲🎉',
        "x",
      ],
    ] as const) {
      const { first } = answer(company, text, site);
      expect(first?.strategy).not.toMatch(/thank/);
      expect(first?.text).not.toMatch(/schön, dass|so glad|danke!|thank you!|trip|Reise/i);
    }
  });

  it("batch 66: a call-out for steam is no fire, a history set right is no late delivery, longing is no loss", () => {
    expect(
      answer(
        "rheinwerk",
        '@Rheinwerk neighbour called the fire brigade at 7am bc our new outdoor unit was "smoking". turns out its just steam when it defrosts, nobody told us that happens. now the Feuerwehr wants 230 € for the callout?? who covers that',
        "x",
      ).first?.text,
    ).not.toMatch(/there was a fire/);
    expect(
      planOf(
        "kaffeekollektiv",
        'im neuen post steht "mokka heißt so weil schokolade drin ist" 🙈 der name kommt vom hafen al-mokha im jemen, die schoko kam erst viel später dazu',
        "x",
      ),
    ).toBe("check-correction");
    expect(
      answer(
        "kaffeekollektiv",
        "Hiya! Back home in Galway after a year in Leipzig and I am already missing your filter coffee 😭 Do you post to Ireland, and roughly how long would it take and what would it cost?",
      ).assessment.intent.complaint,
    ).toBeUndefined();
    expect(
      planOf(
        "kaffeekollektiv",
        "honestly hamburg should just make the whole of ottensen car-free for good, the trial was the best summer this neighbourhood ever had. fight me",
        "x",
      ),
    ).toBe("no-reply-needed");
    expect(
      planOf(
        "rheinwerk",
        "Big thanks to Mr Özdemir who connected our new battery storage last week. Super patient, explained everything twice to my dad and even took his shoes off at the door 😄 more like him please!",
      ),
    ).toBe("thank-specifically");
  });

  it("batches 67 and 68: no thanks for a quoted promise broken, wooden forks, 'roasted today' at 11pm", () => {
    for (const [company, text, site] of [
      [
        "rheinwerk",
        "„Wir melden uns innerhalb von 24 Stunden bei Ihnen!“ 👍 So stand's in der automatischen Mail vom 3. März, nachdem ich über Ihr Formular den Wartungsvertrag kündigen wollte. Heute ist der 2. April. Vermutlich meinten Sie 24 Stunden Arbeitszeit, schön verteilt auf einen Monat. Sehr realistisch geplant, Kompliment!",
        "facebook",
      ],
      [
        "kaffeekollektiv",
        "Danke für die neuen Holzgabeln in Kreuzberg! Endlich schmeckt der Apfelstrudel wie ein Eisstiel vom Freibad 1994, so viel Nostalgie hatte ich gar nicht bestellt 🌳🍴😌",
        "facebook",
      ],
      [
        "kaffeekollektiv",
        'love that every coffee in your shop says "roasted today" 🔥 even at 11pm on a sunday. must be a very busy sunday night roastery 👀',
        "x",
      ],
    ] as const) {
      const { first } = answer(company, text, site);
      expect(first?.strategy).toBe("take-seriously");
      expect(first?.text).not.toMatch(/vielen Dank|schön, dass|so glad|thank you/i);
    }
  });

  it("batches 67 and 68: praise with a fraction, a free bag and a stay in hospital is praise; a wish is no praise to doubt", () => {
    expect(
      planOf(
        "rheinwerk",
        "Six months in, time for a thank-you: Rheinwerk's team found a way to use the waste heat from the fermentation cooling at our craft brewery in Bonn-Endenich to pre-heat our brewing water via a heat pump. Gas use in the brewhouse is down by about a third, and the engineers kept our brewing schedule running the whole time.",
        "linkedin",
      ),
    ).toBe("thank-specifically");
    expect(
      planOf(
        "kaffeekollektiv",
        "Big thanks to Paula in your customer service. I had ordered beans to my home address while I was stuck in hospital for a week, and when I mentioned it in an email she sent a second bag straight to the ward at no charge. The nurses loved it too ☕❤️",
      ),
    ).toBe("thank-specifically");
    expect(
      answer(
        "kaffeekollektiv",
        "Wir sammeln im Büro für den Abschied einer Kollegin, die ist totaler Kaffeefan. Kann man bei euch Gutscheine über 60 € kaufen und wie lange gelten die? Sie zieht wahrscheinlich nach Leipzig, wär also gut wenn man die auch im Café einlösen kann 😊",
      ).assessment.intent.sarcasm,
    ).toBe(false);
  });

  it("batches 67 and 68: a digger through a fibre line beside an insult, a slip owned up to, swollen lips, a newsletter in CC", () => {
    expect(
      planOf(
        "rheinwerk",
        "cheers for nothing you clowns. your digger went straight through our fibre line on monday while doing the trench for the heat pump. i work from home, 4 days of tethering off my phone. do it",
        "x",
      ),
    ).toBe("boundary-and-help");
    const slip = answer(
      "rheinwerk",
      "@Rheinwerk ok my bad, typed my meter reading into the app as 84213 instead of 48213 🤦 now you want 2,960 € extra on the 1st. how do I fix the reading before that money goes out??",
      "x",
    );
    expect(slip.assessment.intent.sarcasm).toBe(false);
    expect(slip.first?.text).not.toMatch(/criticism/);
    expect(
      answer(
        "kaffeekollektiv",
        "My son (9) has a tree nut allergy, so on Sunday I asked twice at the Ottensen counter whether the flapjack was nut-free and was told yes. Twenty minutes later we were giving him his antihistamine while his lips swelled up.",
      ).assessment.intent.complaint?.problem,
    ).toBe("safety");
    expect(
      planOf(
        "kaffeekollektiv",
        "ihr vollpfosten habt euren newsletter heute mit allen adressen im CC verschickt, jetzt hab ich 300 fremde mailadressen und alle anderen meine. datenschutz schon mal gehört?? was macht ihr jetzt damit",
        "x",
      ),
    ).toBe("boundary-and-help");
    expect(
      planOf(
        "rheinwerk",
        "Nice post about offshore wind, but one small error: Germany's first offshore wind farm, alpha ventus, is in the North Sea off Borkum, not in the Baltic. It went online in 2010.",
        "linkedin",
      ),
    ).toBe("check-correction");
  });

  it("from fresh comments at the end: earning 'dumm und dusslig' is no insult, a decimal comma is no clause's end, 'eurem … steht' is German", () => {
    const idiom = answer(
      "rheinwerk",
      "Diese ganze Klimahysterie geht mir auf den Sack. Und ihr verdient euch dumm und dusslig dran.",
    );
    expect(idiom.assessment.verdict).not.toBe("may-delete");
    expect(answer("rheinwerk", "Ihr seid echt dumm und dämlich.").assessment.verdict).toBe("may-delete");
    expect(
      answer(
        "rheinwerk",
        "Die Wallbox lädt seit dem Update nur noch mit 3,7 kW statt 11. Auto steht morgens halb leer da. Kundennr. 40-559120",
      ).first?.text,
    ).not.toMatch(/mit 3(?!,7)/);
    const hint = answer(
      "kaffeekollektiv",
      "Kurzer Hinweis: In eurem Instagram-Post steht, Kenia liege in Westafrika. Liegt aber in Ostafrika 😉",
    );
    expect(hint.assessment.language).toBe("de");
    expect(hint.first?.strategy).toBe("check-correction");
  });

  it("batches 63 and 64 again: a late mother is no late delivery, an energy certificate is a paper, a dog waiting is a picture", () => {
    const certificate = answer(
      "rheinwerk",
      "We're selling my late mother's house in Pulheim and the notary appointment is on the 19th. Rheinwerk installed the heat pump there last year and the energy certificate was part of the package, but it still hasn't arrived, six weeks after I first asked. Who can actually help here?",
    );
    expect(certificate.first?.text).toMatch(/energy certificate/);
    expect(certificate.first?.text).not.toMatch(/came late|package hasn't/);
    const meter = answer(
      "rheinwerk",
      'Brilliant stuff Rheinwerk. Took a full day of annual leave for your "between 7:00 and 19:00" window to swap our meter, sat by the window like a dog waiting for its owner, and your man finally rang the bell at 18:52. Really appreciate you valuing my holidays so highly 👏',
    );
    expect(meter.first?.text).not.toMatch(/waiting for an answer/);
    expect(
      answer(
        "kaffeekollektiv",
        "Hallo, heute in Kreuzberg ich habe Schwarztee bestellt für 3,50 und Wasser war überhaupt nicht heiß. Ich habe gesagt zu Kollegin, sie sagt die Maschine macht nur 80 Grad. bitte macht richtig heißes Wasser",
      ).first?.text,
    ).not.toMatch(/deiner Maschine/);
  });
});

describe("batches 69 to 72: what a reply must never say, and cases told without a complaint word", () => {
  it("never deletes a leaflet, a compound's first part or the writer's own clown, and keeps a bag a bag", () => {
    const brochure = answer(
      "rheinwerk",
      "@Rheinwerk we're up in the eifel at 600 m, nights hit -18. would a heat pump keep our old farmhouse warm or is that brochure talk?",
      "x",
    );
    expect(brochure.assessment.verdict).toBe("keep");
    const smartass = answer(
      "kaffeekollektiv",
      "Kleiner Klugscheißer-Moment 🤓 Im Post steht „Kaffeebohnen sind Hülsenfrüchte“. Sind sie nicht, es sind Samen.",
    );
    expect(smartass.assessment.verdict).toBe("keep");
    expect(smartass.first?.strategy).toBe("check-correction");
    const clown = answer(
      "rheinwerk",
      "wer is am 11.11. auch aufm heumarkt? 🎉 hoff nur es regnet nich, sonst steh ich wieder als nasser clown da 🤡 alaaf!",
      "x",
    );
    expect(clown.assessment.verdict).toBe("keep");
    const bag = answer(
      "kaffeekollektiv",
      "Nehmt ihr eure leeren Kaffeetüten zurück? Bei mir stapeln sich 20 Stück und in den Gelben Sack will ich die nicht werfen.",
    );
    expect(bag.assessment.verdict).toBe("keep");
    expect(bag.first?.strategy).not.toMatch(/boundary/);
    expect(bag.first?.text).not.toMatch(/Stück/);
    expect(answer("kaffeekollektiv", "Du Klugscheißer, halt dich raus").assessment.verdict).toBe("may-delete");
    expect(answer("rheinwerk", "Du bist ein Clown").assessment.verdict).toBe("may-delete");
  });

  it("names insults no list held: a slimeball, a pathetic excuse for a human being", () => {
    expect(
      answer(
        "rheinwerk",
        "your sales rep Dennis is a lying slimeball. swore the WP 9 fits in our utility room, it doesn't",
        "x",
      ).assessment.violations.map((v) => v.kind),
    ).toContain("insult");
    expect(
      answer(
        "kaffeekollektiv",
        "I rang an hour later and your staff had already thrown it away. What a pathetic excuse for a human being.",
      ).assessment.violations.map((v) => v.kind),
    ).toContain("insult");
  });

  it("thanks no sarcasm, no insufferable feed and no outburst put as a question", () => {
    takesSeriously(
      "rheinwerk",
      "Vielen Dank für die neue Nachbarschafts-Rangliste in der App 🏆 Platz 48 von 50. Dass die anderen 49 mit Gas heizen, ist sicher nur ein klitzekleines Detail 😇",
    );
    takesSeriously(
      "kaffeekollektiv",
      "Sooo gemütlich in Ottensen: um 18:30 werden schon die Stühle hochgestellt. Auf der Tür steht bis 19 Uhr, aber vielleicht ist das ja eher so ein Richtwert 🧹",
    );
    takesSeriously(
      "rheinwerk",
      'great livestream @Rheinwerk 👏 23 questions, every one answered with "it depends on your house". i\'ll go ask my house then 🏠',
    );
    takesSeriously(
      "kaffeekollektiv",
      "Really appreciate the Ottensen team charging 2.50 for three sips of frothed milk for my 3 year old. Great way to teach her early how expensive Hamburg is 🥛",
    );
    const feed = answer(
      "kaffeekollektiv",
      'your instagram is just beige cups on beige tables with "slow mornings ✨" captions. most insufferable feed in berlin',
      "x",
    );
    expect(feed.first?.text).not.toMatch(/thank/i);
    const outburst = answer(
      "kaffeekollektiv",
      "Habt ihr sie eigentlich noch alle? Sechs Leute in Kreuzberg, jeder will einzeln zahlen, und euer Kellner: „getrennt machen wir nicht“. Kundenfreundlich geht echt anders.",
    );
    expect(outburst.assessment.intent.question).toBeUndefined();
    expect(outburst.first?.text).not.toMatch(/dank|Frage/i);
  });

  it("reads corrections said as 'not X but Y', 'like your caption says', 'wasn't invented in'", () => {
    for (const [company, text] of [
      [
        "rheinwerk",
        "Schöner Post zum Namensgeber Ihres Unternehmens 🙂 Aber der Rhein ist nicht 1.320 km lang, sondern rund 1.230 km.",
      ],
      [
        "kaffeekollektiv",
        "cute goat reel 🐐 but the kaldi legend is set in ethiopia, not yemen like your caption says.",
      ],
      [
        "kaffeekollektiv",
        "fun post but the chemex wasn't invented in sweden 😅 peter schlumbohm, new york, 1941. love the vibes though",
      ],
    ] as const) {
      const { first } = answer(company, text);
      expect(first?.strategy).toBe("check-correction");
      expect(first?.text).not.toMatch(/Ihres Unternehmens|kind words/);
    }
  });

  it("says nothing false: no double debit of nothing, no parcel for an account gone, a contract's points or a game lost", () => {
    const zero = answer(
      "rheinwerk",
      "seit januar stand in eurer app als abschlag 0,00 € und es wurde nix abgebucht, ich hab zweimal im chat nachgefragt und heute liegt ein brief da, nachzahlung 1.380 € fällig. kundennr 40779351",
    );
    expect(zero.first?.text).not.toMatch(/doppelt|0,00/);
    expect(zero.first?.text).toMatch(/Kundennummer 40779351/);
    expect(zero.first?.text).toMatch(/1\.380 €/);
    const account = answer(
      "kaffeekollektiv",
      'what a shambles. logged in today and my whole account is just GONE. 3 yrs of orders, my sub, all of it. "no customer found with this email".',
      "x",
    );
    expect(account.assessment.intent.complaint?.problem).toBe("login");
    expect(account.first?.text).not.toMatch(/order hasn't arrived/);
    const points = answer(
      "kaffeekollektiv",
      "@kaffeekollektiv bestellung KK-67031 über 64 € und null treuepunkte gutgeschrieben?? bug oder neue regel?",
      "x",
    );
    expect(points.first?.text).not.toMatch(/angekommen/);
    expect(points.first?.text).toMatch(/treuepunkte/i);
    const street = answer(
      "rheinwerk",
      "@Rheinwerk your crane truck blocked our whole street on bin day, bin lorry couldn't get through so nobody's bins got emptied",
      "x",
    );
    expect(street.assessment.intent.complaint).toBeDefined();
    expect(street.first?.text).not.toMatch(/damaged/);
    expect(
      answer("kaffeekollektiv", "@ole_hh you lost the bet: the barista DID remember your order 😤☕", "x").first?.text,
    ).not.toMatch(/got lost/);
  });

  it("reads cases told without a complaint word: charged twice, a sting, a slip, a drip, a stair lift, a deposit", () => {
    namesTheCase(
      "kaffeekollektiv",
      "@kaffeekollektiv your app charged my pre-order twice this morning, 2 x €5.10 for ONE oat cortado in leipzig. refund pls 🙏",
      /twice/,
    );
    const sting = namesTheCase(
      "kaffeekollektiv",
      "Meine Tochter wurde gestern auf eurer Terrasse in Ottensen von einer Wespe in die Lippe gestochen, die Sirupflaschen standen offen rum.",
      /verletzt/,
    );
    expect(sting.assessment.intent.complaint?.problem).toBe("safety");
    expect(sting.first?.text).not.toMatch(/Chargennummer/);
    namesTheCase(
      "kaffeekollektiv",
      "Heute gegen 11 in Ottensen auf dem frisch gewischten Boden vor der Theke ausgerutscht. Kein Schild, nix. Knie ist blau.",
      /verletzt/,
    );
    expect(
      answer(
        "kaffeekollektiv",
        "Gestern bin ich in Kreuzberg auf der Treppe fast gestürzt, ein junger Mann hat mich zum Glück festgehalten.",
      ).first?.text,
    ).not.toMatch(/verletzt/);
    expect(
      answer(
        "kaffeekollektiv",
        "The aircon above the window bench in Kreuzberg is dripping, straight into my cappuccino. Been like that for a while.",
      ).assessment.intent.complaint,
    ).toBeDefined();
    namesTheCase(
      "rheinwerk",
      "Seit am Montag Ihre Leute die Solaranlage angeschlossen haben, fährt mein Treppenlift nicht mehr, der piept nur und bleibt stehen.",
      /Treppenlift/,
    );
    namesTheCase(
      "kaffeekollektiv",
      "heute in südvorstadt ich wollte 3 pfandbecher zurückgeben. barista sagt „nur mit bon“ und gibt kein pfand zurück. 3 euro",
      /Pfand/,
    );
  });

  it("leaves world politics and a tariff war to the commenter, and praise with a faded old bag stays praise", () => {
    for (const [company, text] of [
      [
        "rheinwerk",
        'still waiting for that "klimageld" every party promised. carbon price goes up every january, funny how that works',
      ],
      [
        "kaffeekollektiv",
        "With the new US tariffs on Brazil, coffee's going to be a luxury product soon. Thanks for nothing, Washington.",
      ],
    ] as const) {
      expect(planOf(company, text)).toBe("no-reply-needed");
    }
    expect(
      planOf(
        "kaffeekollektiv",
        "huge thanks to Jannik from customer service who worked out from a photo of a faded old bag which coffee my late grandad used to buy 🥹",
        "x",
      ),
    ).toBe("thank-specifically");
  });
});

describe("batches 71 to 74: what was said, not what the words suggest", () => {
  it("says nothing false of a label, a finger, a time machine, frost damage, an old address or a doubt voiced", () => {
    const label = answer(
      "kaffeekollektiv",
      'Went to Kreuzberg on Saturday with my vegan teenager and she picked the chocolate cake because the little sign said "vegan". Halfway through, the guy clearing tables said "oh that one\'s got butter, the sign\'s wrong".',
    );
    expect(label.first?.text).not.toMatch(/didn't arrive|guy clearing|order number/);
    const finger = answer(
      "kaffeekollektiv",
      "My daughter (3) cut her finger on the wooden toy kitchen at Südvorstadt this morning. One of the little doors has snapped and there's a sharp edge sticking out.",
    );
    expect(finger.assessment.intent.complaint?.problem).toBe("safety");
    expect(finger.first?.text).not.toMatch(/trouble with the finger/);
    expect(
      answer(
        "kaffeekollektiv",
        "@kaffeekollektiv KK-68255 arrived today, 11 June. bag says roasted 14 June 🤔 either you've got a time machine or that's the wrong label on my beans.",
        "x",
      ).first?.text,
    ).not.toMatch(/machine/);
    const frost = answer(
      "rheinwerk",
      "@Rheinwerk the cover on the DC isolator switch by our garage door cracked in the frost and now just hangs open, rain goes straight in. customer no. 40947782",
      "x",
    );
    expect(frost.first?.text).not.toMatch(/during the work/);
    expect(
      answer(
        "rheinwerk",
        "Ich bin im Herbst ausgezogen und habe Ihnen meine neue Adresse sofort mitgeteilt. Trotzdem ging meine Jahresabrechnung jetzt an die alte Adresse, also an meinen Ex-Mann.",
      ).first?.text,
    ).toMatch(/an Ihre alte Adresse gegangen/);
    expect(
      answer(
        "rheinwerk",
        "Two years ago we swapped Dublin for a slate house outside Monschau, and everyone told us a heat pump would never work up here. This was the first winter we've actually been cosy.",
      ).assessment.intent.complaint,
    ).toBeUndefined();
    const request = answer(
      "rheinwerk",
      "Seit der Wartung springt das Zeitprogramm für den Pfarrsaal jede Nacht auf die Werkseinstellung zurück. Unsere Anfrage an den Service ist seit drei Wochen unbeantwortet.",
    );
    expect(request.first?.text).not.toMatch(/dem Anfrage/);
    expect(
      answer(
        "kaffeekollektiv",
        "moving back to sevilla after 4 years in berlin 😭 the one thing i'll actually miss is the kreuzberg espresso.",
        "x",
      ).first?.text ?? "",
    ).not.toMatch(/trouble with your espresso/);
  });

  it("keeps praise praise when lukewarm was asked for, and never says 'good question'", () => {
    expect(
      planOf(
        "kaffeekollektiv",
        "danke an jule in ottensen 💛 hatte heute ne weisheitszahn-op, darf nur lauwarm, sie hat mir extra nen lauwarmen kakao mit hafer gemacht. hab fast geheult",
      ),
    ).toBe("thank-specifically");
    for (const [company, text] of [
      ["rheinwerk", "Hat die WP 9 einen SG-Ready-Eingang? Wir haben 12 kWp auf dem Dach."],
      ["kaffeekollektiv", "Do any of your cafés do a hot chocolate without added sugar?"],
      ["rheinwerk", "Do you put heat pumps in tiny houses? ours is 26 m², well insulated."],
    ] as const) {
      for (const suggestion of answer(company, text).suggestions) {
        expect(suggestion.text).not.toMatch(/gute Frage|good question/i);
      }
    }
  });

  it("reads more corrections, irony and world politics", () => {
    for (const [company, text] of [
      [
        "kaffeekollektiv",
        "Im Post zum neuen Malawi steht „Peaberry ist eine seltene Kaffeesorte“ 🤓 Ist aber keine Sorte, sondern eine Laune der Natur.",
      ],
      [
        "kaffeekollektiv",
        "love the la marzocco throwback post but they were founded in florence in 1927, not milan 😉",
      ],
    ] as const) {
      expect(planOf(company, text)).toBe("check-correction");
    }
    for (const [company, text] of [
      [
        "kaffeekollektiv",
        'two years of ordering nothing but your decaf and today\'s "picked just for you ✨" email recommends the Triple Roast ⚡ love how well you know me',
      ],
      [
        "rheinwerk",
        "thanks for the invite to the solar info evening on thursday at 7 📨 arrived friday morning. very efficient, really makes me trust your install schedules 👍",
      ],
      [
        "rheinwerk",
        "„Bis zu 620 € im Jahr sparen!“ verspricht Ihr Sparrechner. Bei einer Stromrechnung von 540 € im Jahr. Zahlen Sie mir dann 80 € raus? Ich nehm's gern 😇",
      ],
      [
        "rheinwerk",
        "Ganz toller Energiespartipp im Newsletter 👏 Und das Foto dazu: Fenster sperrangelweit auf, Heizkörper voll aufgedreht. Hab's an den Kühlschrank gehängt. Als Mahnmal 😂",
      ],
    ] as const) {
      takesSeriously(company, text);
    }
    for (const [company, text] of [
      [
        "kaffeekollektiv",
        "TIL germany still has a coffee tax from 1948, €2.19 per kilo roasted. tea isnt taxed at all 🙃 #kaffeesteuer",
      ],
      [
        "rheinwerk",
        "new PV systems get nothing for feed-in during negative price hours, going to hurt small rooftop owners #Solarspitzengesetz",
      ],
    ] as const) {
      expect(planOf(company, text)).toBe("no-reply-needed");
    }
  });
});

describe("fresh comments through gelassen suggest, for a bike shop and an internet provider", () => {
  it("names a threat to track someone down, in both languages, and never a parcel's whereabouts", () => {
    expect(
      answer(
        "rheinwerk",
        "I'll find out where your CEO lives and pay him a visit if my line isn't fixed by Friday.",
        "x",
      ).assessment.verdict,
    ).toBe("may-delete");
    expect(
      answer("rheinwerk", "Ich finde raus, wo euer Chef wohnt, wenn das nicht bis Freitag läuft.").assessment.verdict,
    ).toBe("may-delete");
    expect(answer("rheinwerk", "Can you find out where the parcel lives now? lol", "x").assessment.verdict).toBe(
      "keep",
    );
  });

  it("reads a name doubted in brackets as no question, commuting as no journey, a technician not come as a visit missed", () => {
    expect(
      planOf(
        "rheinwerk",
        "Muss mal sagen: Die Hotline-Dame heute (Frau Köhler?) war unglaublich geduldig mit meiner Mutter und hat ihr den neuen Router erklärt. Danke!",
      ),
    ).toBe("thank-specifically");
    expect(
      answer(
        "rheinwerk",
        "the frame on my City 3 cracked right at the weld after 8 months of commuting. photos in DM already, no answer for 10 days",
        "x",
      ).assessment.intent.complaint?.problem,
    ).not.toBe("travel");
    const visit = answer(
      "rheinwerk",
      "Glasfaseranschluss war für den 12. zugesagt, Techniker kam nicht, keine Absage, nix. Zweiter Urlaubstag umsonst genommen.",
    );
    expect(visit.first?.text).toMatch(/niemand gekommen/);
    expect(visit.first?.text).toMatch(/Kundennummer/);
  });
});

describe("fresh comments to an insurer through gelassen assess and suggest", () => {
  it("thanks counter-speech that calls out a comment, and sets no boundary for swearing at the weather", () => {
    const counter = answer(
      "kaffeekollektiv",
      "Jemand hat hier geschrieben 'alle Türken sind kriminell' – so ein Unsinn, schämt euch für solche Kommentare.",
    );
    expect(counter.assessment.verdict).toBe("keep");
    expect(counter.assessment.intent.countersHate).toBe(true);
    expect(counter.first?.strategy).toBe("thank-for-report");
    expect(counter.first?.text).not.toMatch(/Ton|sachlich/);
    const people = answer(
      "kaffeekollektiv",
      "Leute, die sagen, Ausländer seien faul, haben keine Ahnung. So ein Quatsch.",
    );
    expect(people.assessment.verdict).toBe("keep");
    expect(people.first?.strategy).not.toMatch(/boundary/);
    expect(
      answer("kaffeekollektiv", "Leute, die sagen, Ausländer seien faul, haben völlig recht.").assessment.verdict,
    ).toBe("may-delete");
    expect(
      planOf("rheinwerk", "Scheiße, schon wieder Glatteis und die Karre steht in der Werkstatt. Montag kann kommen 🙄"),
    ).not.toMatch(/boundary/);
  });
});

describe("batches 75 and 76: threats, exclusion and filming told apart, praise that tells of a fix", () => {
  it("deletes a threat with a gun at hand and freaks to be kept away, never a film shoot or a noise in the bedroom", () => {
    expect(
      answer(
        "rheinwerk",
        "Wenn dieser Monteur noch einmal einen Fuß auf mein Grundstück setzt, dann kann er danach nicht mehr laufen. Ich hab nen Jagdschein und die Flinte steht im Flur. Das ist keine Drohung, das ist ein Versprechen.",
      ).assessment.violations.map((v) => v.kind),
    ).toContain("threat");
    expect(
      answer(
        "kaffeekollektiv",
        'went to the kreuzberg café today and the "barista" was some guy in a dress and lipstick. disgusting. freaks like that should be kept away from food and kids.',
        "x",
      ).assessment.verdict,
    ).toBe("may-delete");
    expect(
      answer(
        "kaffeekollektiv",
        "Hi! I'm a film student in Hamburg and we'd love to shoot a 3-minute scene in your Ottensen café on a weekday morning before opening. Who should I contact?",
      ).assessment.verdict,
    ).toBe("keep");
    const hum = answer(
      "rheinwerk",
      "Vor drei Wochen hab ich hier noch geschimpft, dass unsere WP 9 bis ins Schlafzimmer brummt. Ich nehm's zurück: Frau Rademacher vom Service war zwei Tage später da und hat Dämpfer eingebaut. Danke!",
    );
    expect(hum.assessment.verdict).toBe("keep");
    expect(answer("kaffeekollektiv", "Komm doch mal mit ins Schlafzimmer, Süße").assessment.verdict).toBe("may-delete");
    expect(answer("kaffeekollektiv", "Hunde haben im Café nichts zu suchen, finde ich.").assessment.verdict).toBe(
      "keep",
    );
  });

  it("reads staff who looked someone up and down, money taken each month, a ring found, a latte and rust", () => {
    expect(
      answer(
        "kaffeekollektiv",
        'Heute früh in Ottensen ein Croissant bestellt und der Typ an der Kasse guckt mich von oben bis unten an und sagt "na, heute ist wohl Cheat Day 😏". Die Leute hinter mir haben gelacht.',
      ).first?.text,
    ).toMatch(/Besuch in Ottensen/);
    const fee = answer(
      "rheinwerk",
      'Ihr Raffzähne!!! Seit Januar zieht ihr meiner Mutter jeden Monat 2,50 € für "Papierrechnung" ab. Die Frau hat weder Internet noch Handy. Kundennr. 40911836',
    );
    expect(fee.assessment.intent.complaint?.problem).toBe("billing");
    expect(fee.first?.text).not.toMatch(/Raffzähne|Handy|Portal/);
    expect(
      planOf(
        "rheinwerk",
        "Ich muss mich bei Herrn Vukovic bedanken! Beim Ausbau unseres alten Ölkessels hat er meinen Ehering gefunden, den ich vor 12 Jahren im Keller verloren hab.",
      ),
    ).toBe("thank-specifically");
    expect(
      planOf(
        "kaffeekollektiv",
        'Love the reel, but "latte" isn\'t Italian for "milky coffee" 😄 it just means milk. The drink is caffè latte.',
      ),
    ).toBe("check-correction");
    const rust = answer(
      "rheinwerk",
      "@Rheinwerk 2 winters with our WP 9, lowest heating bill in 15 yrs 👏 but the screws on the outdoor unit are rusting and there are orange streaks down our white wall 😬",
      "x",
    );
    expect(rust.first?.text).not.toMatch(/bill/);
    expect(
      answer(
        "rheinwerk",
        "A shout-out to Rheinwerk and especially to your project lead Meike Sander. During their final check the crew found a hairline crack in one module, invisible from the ground, and replaced it.",
        "linkedin",
      ).first?.text,
    ).toMatch(/Meike Sander/);
  });
});

describe("the writer pictured as a fool is no insult to delete, another person treated as one still is", () => {
  it.each([
    ["rheinwerk", "I felt like a total idiot standing there for an hour."],
    ["rheinwerk", "sonst steh ich wieder als Depp da, wenn der Techniker nicht kommt"],
  ] as const)("keeps: %s", (company, text) => {
    expect(answer(company, text).assessment.verdict).not.toBe("may-delete");
  });
  it("still reads 'I treat her like a …' as said of her", () => {
    expect(answer("rheinwerk", "I treat her like a bitch", "x").assessment.verdict).not.toBe("keep");
  });
});

describe("what staff did or told people is how they were treated, and someone else's child is no one's data", () => {
  it.each([
    [
      "kaffeekollektiv",
      "Not impressed. My son is 10 and while I was in the loo at your Kreuzberg café on Saturday, one of your baristas gave him an espresso shot \"to try\". I'm sure it was meant kindly but you don't give caffeine to someone else's child without asking the parent.",
      /visit to our Kreuzberg branch/,
    ],
    [
      "rheinwerk",
      'Ihr Techniker war am Dienstag zum Zählertausch bei meiner Mutter (81) in Bergheim-Quadrath und hat ihr erzählt, ohne Wartungsvertrag "erlischt die Garantie". Sie hat unterschrieben, 239 € im Jahr. Ich möchte, dass dieser Wartungsvertrag storniert wird.',
      /Besuch in Bergheim-Quadrath/,
    ],
    [
      "rheinwerk",
      'Ihr Elektriker hat beim Anschluss im Keller mehreren Mietern erzählt, die Eigentümerin sei "zu geizig für einen Speicher". Seitdem habe ich drei besorgte Mails von Mietern im Postfach. Vertrag RW-G-45603.',
      /Besuch/,
    ],
  ] as const)("%s: %s", (company, text, said) => {
    const { first } = answer(company, text);
    expect(first?.text).toMatch(said);
    expect(first?.text).not.toMatch(/someone else's details|Probleme mit|trouble with/);
  });
});

describe("an outburst put as a question is no question, a question opened with an interjection still is", () => {
  it("reads 'Seriously, how do I reset my password?' as asking, 'Habt ihr sie noch alle?' as not", () => {
    expect(answer("rheinwerk", "Seriously, how do I reset my password?").assessment.intent.question).toBeDefined();
    expect(
      answer("kaffeekollektiv", "Habt ihr sie eigentlich noch alle? Kundenfreundlich geht anders.").assessment.intent
        .question,
    ).toBeUndefined();
  });
});
