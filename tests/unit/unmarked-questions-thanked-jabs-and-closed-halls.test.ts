import { describe, expect, it } from "vitest";
import { goldenAnswer, savedAnswer } from "./company-answers";

/**
 * From rounds twenty and twenty-one, the twenty-fourth session of 2026-12-07 (batches 559–574; round twenty-one first
 * read at 030b25d), each answered wrongly before, tested here in wordings of our own: questions asked without a
 * question mark; sarcasm thanked; a name or a weekday set right; "not accusing, but" read as a correction; a hall
 * closed read as an account locked; German with English slang answered in English; a paused subscription that kept
 * coming said to be late; a product called "Mist" answered with a line on the tone.
 */

describe("a question without its mark", () => {
  it("gets the saved answer when it asks what one covers", () => {
    expect(
      savedAnswer(
        "kaffeekollektiv",
        "Bin im August zwei Wochen in Kroatien. Kann man das Abo irgendwie aussetzen, ohne gleich zu kündigen",
      ),
    ).toMatch(/pausieren/u);
    expect(
      savedAnswer(
        "rheinwerk",
        "just arrived from Lisbon and the phone menu is all German 😩 is there anyone at rheinwerk i can talk to in english",
      ),
    ).toMatch(/in English/u);
  });

  it("is held for an answer, not taken as criticism", () => {
    for (const text of [
      "doctor told me no more caffeine 😭 do you guys do a decaf that doesn't taste sad",
      "gibts die Röstung mit dem Reh auf der Tüte noch, find die im Shop nicht mehr",
    ]) {
      expect(goldenAnswer("kaffeekollektiv", text).first?.strategy, text).toBe("holding-reply");
    }
  });
});

describe("sarcasm over a price, a queue, a lost day or an unanswered application", () => {
  it("is taken seriously, never thanked", () => {
    for (const [company, text] of [
      [
        "kaffeekollektiv",
        "Danke, dass ihr das Jubiläum mit 30 ct mehr pro Flat White feiert, wirklich seeehr großzügig 🙏",
      ],
      [
        "kaffeekollektiv",
        "Tolles Konzept, Samstag früh nur eine Barista hinterm Tresen und 20 Leute in der Schlange. Cortado nach 40 min bekommen, sehr entschleunigt alles 🧘",
      ],
      [
        "rheinwerk",
        "Love that the meter swap window is 7am to 5pm. Sure, I'll take the whole day off, not like I've got a job or anything 👏",
      ],
      [
        "kaffeekollektiv",
        "Schön, wie ihr hier „Wir suchen dich!“ postet 👏 Meine Bewerbung liegt seit 6 Wochen bei euch, nicht mal ne Eingangsbestätigung.",
      ],
    ] as const) {
      const { assessment, first } = goldenAnswer(company, text);
      expect(assessment.intent.sarcasm, text).toBe(true);
      expect(first?.strategy, text).toBe("take-seriously");
    }
  });
});

describe("a fact set right", () => {
  it("is a correction to check when a cooperative's name is wrong, not kind words about the wrong name", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      'Lovely post about the new lot! One thing though: the farm in Cauca is Finca El Mirador, not "El Mirado". If you credit the farmers by name, the name should be right.',
    );
    expect(first?.strategy).toBe("check-correction");
  });

  it("is no correction when 'not accusing, but' only hedges the point", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Honest question: you sell the heat pump and the power it runs on. Not accusing, but who checks that the advice on insulation is neutral?",
    );
    expect(assessment.role).not.toBe("know-it-all");
  });
});

describe("a hall or a road closed", () => {
  it("is no account locked, and politics around it needs no reply", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Ganz was anderes: die in Berlin streiten wieder über die A100, und bei uns ist die Turnhalle seit September gesperrt. Wofür zahlen wir eigentlich Steuern?",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("still lets a locked account be a login case (a guard: this passed before too)", () => {
    expect(
      goldenAnswer("rheinwerk", "Mein Kundenkonto ist seit Montag gesperrt und keiner sagt mir warum").assessment.intent
        .complaint?.problem,
    ).toBe("login");
  });
});

describe("a parcel told in a few German words with English slang", () => {
  it("is answered in German", () => {
    expect(goldenAnswer("kaffeekollektiv", "Abo-Box kam leer an. lol wtf").first?.text).toMatch(/angekommen/u);
  });
});

describe("a paused subscription that kept coming", () => {
  it("is never said not to have arrived", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Abo am 1. August auf pausiert gestellt, weil wir verreist waren, trotzdem kamen zwei Lieferungen. Lagen dann ewig beim Nachbarn.",
    );
    expect(first?.text ?? "").not.toMatch(/nicht angekommen/u);
  });
});

describe("a thing called Mist", () => {
  it("is criticism of the thing, no tone to set a line for", () => {
    const { first } = goldenAnswer("kaffeekollektiv", "Die neuen Deckel sind echt Mist");
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").not.toMatch(/sachlich/u);
  });
});

describe("a job left half done, in English", () => {
  it("is said unfinished, never damaged, and keeps the model's name", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Your fitter left our WP 12 install half done on Tuesday, outdoor unit still on the pallet in the drive. Nobody has called since.",
    );
    expect(first?.text ?? "").toMatch(/unfinished/u);
    expect(first?.text ?? "").not.toMatch(/damaged/u);
    expect(first?.text ?? "").toMatch(/WP 12/u);
  });
});
