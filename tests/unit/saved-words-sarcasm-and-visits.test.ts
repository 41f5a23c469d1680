import { describe, expect, it } from "vitest";
import { goldenAnswer, savedAnswer } from "./company-answers";

/**
 * From the second pass of round sixteen and round seventeen, the twenty-third session of 2026-12-06 (batches 527–542),
 * each answered wrongly before, tested here in wordings of our own: questions a saved answer settles asked in other
 * words; congratulations, time given and a change criticised read as sarcasm or trolling; credit to fitters and to a
 * colleague who drove the order over; sarcasm by scare quotes, a wait "allowed", a title with a wink, a
 * recommendation nobody wants, a pairing laughed at or praise of all but the point thanked; a time without heating
 * asked about before the work read as a case; a visit missed or put off read as an answer awaited; staff called
 * botchers thanked; a question about a product or about packaging answered with shipping.
 */

const THANKS = /\b(?:thank|thanks|danke|dank|schön, dass|glad|kind words|freundlichen Worte|netten Worte)\b/iu;

describe("a question a saved answer settles", () => {
  it("gets it, asked in the writer's own words", () => {
    for (const [company, text, fact] of [
      ["rheinwerk", "Wie geb ich meinen Stromstand durch, wenn ich kein Smartphone hab?", /Zählerstand/u],
      ["rheinwerk", "Gibt es ne Nummer, die nachts jemand abnimmt? Unsere WP macht Zicken.", /0221 555 0199/u],
      ["rheinwerk", "who am I supposed to call when the heat pump conks out at 1am??", /\+49 221 555 0199/u],
      ["rheinwerk", "I dont speak much German. Where do I get help?", /in English/u],
      ["kaffeekollektiv", "Wir fahren 2 Wochen weg, muss ich mein Kaffeeabo dafür kündigen?", /pausieren/u],
      ["kaffeekollektiv", "Habt ihr auch Kuchen ohne Ei und Butter?", /vegane Kuchen/u],
      ["rheinwerk", "Does an air source unit keep up in January in an old terrace?", /−20 °C/u],
      ["kaffeekollektiv", "what time does the Hamburg spot start pouring on Sunday? lol", /9 am to 6 pm/u],
    ] as const) {
      expect(savedAnswer(company, text), text).toMatch(fact);
    }
  });

  // Guards for this session's own rules (they pass on the code before it too).
  it("is not given to a taunt that names a month, nor to a question about something else", () => {
    const taunt = goldenAnswer("rheinwerk", "lol heat pumps. enjoy ur frozen toes in january 🥶 #scam");
    expect(taunt.first?.source).not.toBe("saved");
    expect(savedAnswer("kaffeekollektiv", "do you ship to the UK?")).toMatch(/£9\.50/u);
  });

  it("is not the shipping answer to a question about a product or about packaging", () => {
    for (const [company, text] of [
      ["kaffeekollektiv", "Röstet ihr eigentlich auch was ohne Koffein?"],
      ["kaffeekollektiv", "how can you still ship every single bag in plastic-lined pouches? genuinely confused"],
    ] as const) {
      const { first } = goldenAnswer(company, text);
      expect(first?.text ?? "", text).not.toMatch(/Versand|shipping|ship to/iu);
    }
  });
});

describe("praise", () => {
  it("is not sarcasm when it congratulates on a certification or tells of time given", () => {
    for (const text of [
      "Glückwunsch zur Bio-Zertifizierung! War bei eurer Röstereiführung und hab gemerkt wie ernst ihr das nehmt. Verdient, weiter so.",
      "Der Barista hat mir trotz voller Theke noch 15 min Tipps für meine Mühle gegeben – top 🙌",
    ]) {
      const { assessment, first } = goldenAnswer("kaffeekollektiv", text);
      expect(assessment.intent.sarcasm, text).toBe(false);
      expect(first?.strategy, text).toBe("thank-specifically");
    }
  });

  it("names the fitters credited, not the machine they mended, and a colleague who drove the order over", () => {
    const fitters = goldenAnswer(
      "rheinwerk",
      "shoutout to the 3 fitters who came out and fixed our heat pump on boxing day, legends",
      "x",
    );
    expect(fitters.first?.text ?? "").toMatch(/the 3 fitters/u);
    expect(fitters.first?.text ?? "").not.toMatch(/enjoying/u);
    const driven = goldenAnswer(
      "kaffeekollektiv",
      "Thanks to the Leipzig crew: our courier let us down that morning, and Tom just drove the order over himself.",
      "linkedin",
    );
    expect(driven.first?.text ?? "").toMatch(/Tom/u);
    expect(driven.first?.text ?? "").not.toMatch(/courier/u);
  });
});

describe("criticism of a change", () => {
  it("is taken seriously, not left alone as trolling", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Love you lot but the new bags are a step back tbh, they dont reseal and I end up using a clothes peg 🙄",
    );
    expect(assessment.role).not.toBe("troll");
    expect(first?.strategy).toBe("take-seriously");
  });
});

describe("sarcasm", () => {
  it("is never thanked, however it is dressed", () => {
    for (const [company, text] of [
      ["kaffeekollektiv", "danke für die 'schnelle Antwort' 🙏 geschrieben am 2., heute ist der 20."],
      ["kaffeekollektiv", "danke dass ich jetzt seit 10 tagen auf meine bestellung warten darf, voll entspannend ☕"],
      ["kaffeekollektiv", "Dritte Preiserhöhung und weniger in der Tüte. Ihr seid ja echte Künstler 🎨"],
      ["kaffeekollektiv", "10/10 would recommend if you enjoy being ignored at the till while the baristas chat"],
      ["kaffeekollektiv", "Kaffeekollektiv und günstig, der war gut 😂"],
      ["rheinwerk", "Tolle Website 👍 man kann alles machen außer dass man sich anmelden kann."],
    ] as const) {
      const { assessment, first } = goldenAnswer(company, text);
      expect(assessment.intent.sarcasm, text).toBe(true);
      expect(first?.text ?? "", text).not.toMatch(THANKS);
    }
  });
});

describe("a visit", () => {
  it("asked about before the work is no case of being without heating", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Wir planen den Umstieg im Herbst. Wie viele Tage sind wir beim Einbau eigentlich ohne Heizung?",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text ?? "").not.toMatch(/keine Heizung/u);
  });

  it("missed or put off is said as such, not as an answer awaited", () => {
    const missed = goldenAnswer(
      "rheinwerk",
      "Wir hatten heute den Beratungstermin in Frechen, extra frei genommen und es kam keiner, kein anruf, keine mail. Vorgangsnummer RW-77310. Was ist da los??",
    );
    expect(missed.first?.text ?? "").toMatch(/niemand gekommen/u);
    const moved = goldenAnswer(
      "rheinwerk",
      "Klasse 👏 Termin für den Heizungscheck zum DRITTEN mal verschoben, diesmal per Mail am Vorabend.",
    );
    expect(moved.first?.text ?? "").toMatch(/Termin schon wieder verschoben/u);
  });
});

describe("staff called botchers beside a case", () => {
  it("get a line on the tone and the case, never thanks", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Eure Techniker sind Pfuscher, Punkt. Seit dem Einbau in Brühl ist die Wand im Keller immer noch offen und Herr Kranz vertröstet uns seit Wochen.",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text ?? "").not.toMatch(THANKS);
  });
});

describe("a machine that 'macht Zicken'", () => {
  it("is acting up, no insult to delete", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Unsere Wärmepumpe macht seit gestern Zicken, an wen wende ich mich?",
    );
    expect(assessment.verdict).not.toBe("may-delete");
    expect(assessment.violations).toEqual([]);
  });

  // A guard for this session's own rule (it passes on the code before it too).
  it("is still an insult when people are called it", () => {
    const { assessment } = goldenAnswer("rheinwerk", "ihr Zicken an der Hotline seid unmöglich");
    expect(assessment.verdict).toBe("may-delete");
  });
});
