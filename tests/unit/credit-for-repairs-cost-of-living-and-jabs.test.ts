import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From round eighteen, the twenty-third session of 2026-12-06 (batches 543–550), each answered wrongly before, tested
 * here in wordings of our own: the heating that ran again or the panels the fitters put up thanked as the thing
 * praised; a title read as a name; the cost of living and politics beside a word for our green power answered; a bill
 * "völlig daneben" not read as a case; a shot that "zieht sauer" read as anger; a system to run "zusammen" read as a
 * failure; a numbered milestone congratulated read as praise of the thing; a name or a word set right with a jab
 * left unchecked.
 */

describe("credit for a repair or a fitting", () => {
  it("thanks the people, not the machine that runs again or the panels they put up", () => {
    const repaired = goldenAnswer(
      "rheinwerk",
      "Notdienst um Mitternacht angerufen, um 2 lief die Heizung wieder. Chapeau 👍",
    );
    expect(repaired.first?.strategy).toBe("thank-specifically");
    expect(repaired.first?.text ?? "").not.toMatch(/Heizung/u);
    const fitted = goldenAnswer(
      "rheinwerk",
      "Big thank you to the two lads who installed our heat pump in Pulheim on Tuesday. Spotless and patient. Brilliant!",
    );
    expect(fitted.first?.text ?? "").toMatch(/two lads/u);
    expect(fitted.first?.text ?? "").not.toMatch(/enjoying/u);
  });

  it("names a person without the title before the name", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Congratulations on the award! I worked with your project lead Dr. Jana Krüger on the Kalk study, well deserved.",
      "linkedin",
    );
    expect(first?.text ?? "").toMatch(/Jana Krüger/u);
    expect(first?.text ?? "").not.toMatch(/about Dr\b/u);
  });
});

describe("the cost of living and politics", () => {
  it("need no reply, even beside a word about our green power", () => {
    for (const [company, text] of [
      [
        "rheinwerk",
        "Schön und gut mit eurem grünen Strom, aber solange die in Berlin so einen Murks machen, bringt das nix. Rücktritt, alle!",
      ],
      [
        "kaffeekollektiv",
        "coffee is great but can we talk about how rent in leipzig is out of control?? nobody can afford to live anywhere",
      ],
      ["rheinwerk", "Strom, Sprit, Brot… alles wird teurer, nur mein Gehalt nicht. Irgendwann ist Schluss 😤"],
      [
        "kaffeekollektiv",
        "Früher gab's das Pfund für 5 Mark, heute 9 Euro. Die Rente reicht vorne und hinten nicht mehr.",
      ],
    ] as const) {
      const { assessment, first } = goldenAnswer(company, text);
      expect(assessment.intent.offTopic, text).toBe(true);
      expect(first?.strategy, text).toBe("no-reply-needed");
    }
  });
});

describe("a case told plainly", () => {
  it("is a bill 'total daneben' with a consumption never had", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Die Abrechnung ist mal wieder total daneben, da steht ein Verbrauch drauf, den wir nie hatten. Wir sind zu zweit in 50 qm!!",
    );
    expect(assessment.intent.complaint?.problem).toBe("billing");
    expect(first?.text ?? "").toMatch(/Abrechnung/u);
  });

  it("is not a system one asks to run together with ours", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Wir haben Solar von einem anderen Anbieter aufm Dach. Kann man das mit eurer Wärmepumpe zusammen laufen lassen?",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });
});

describe("praise", () => {
  it("of a barista who explained why the shot 'zieht sauer' is thanked, not taken for anger", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Der Typ an der Maschine in Ottensen hat mir 10 Minuten erklärt, warum mein Siebträger daheim so sauer zieht. Endlich klappts!! Dankeee",
    );
    expect(assessment.tone).not.toBe("angry");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").not.toMatch(/Siebträger/u);
  });

  it("of a numbered milestone thanks the wishes, not the thing counted", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Glückwunsch zur 500. Installation im Rhein-Erft-Kreis! Hab als Planer einige Projekte mit Ihnen gemacht, immer auf Augenhöhe. Weiter so 👏",
      "linkedin",
    );
    expect(first?.text ?? "").toMatch(/Glückwünsche/u);
    expect(first?.text ?? "").not.toMatch(/so gut ankommt/u);
  });
});

describe("a name or a word set right with a jab", () => {
  it("is a correction to check", () => {
    for (const [company, text] of [
      ["kaffeekollektiv", "it's Hamburg-Ottensen not Altona, you'd think you'd know where your own café is 🙃"],
      [
        "rheinwerk",
        "„Die neue Solaranlgae“ … ein Versorger, der sein eigenes Produkt nicht schreiben kann 🙄 Lektorat eingespart?",
      ],
    ] as const) {
      const { assessment, first } = goldenAnswer(company, text);
      expect(assessment.role, text).toBe("know-it-all");
      expect(first?.strategy, text).toBe("check-correction");
      expect(first?.text ?? "", text).not.toMatch(/\bDie\)/u);
    }
  });
});

describe("a machine that 'will just die'", () => {
  it("is a claim about the machine, no death wish to delete", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "does a heat pump even work at -10?? my uncle says it'll just die. we're in an old terrace",
      "x",
    );
    expect(assessment.verdict).not.toBe("may-delete");
    expect(first?.strategy).not.toBe("boundary");
  });

  // A guard for this session's own rule (it passes on the code before it too).
  it("is still a death wish when said to people", () => {
    const { assessment } = goldenAnswer("rheinwerk", "just die you clowns", "x");
    expect(assessment.verdict).toBe("may-delete");
  });
});

describe("a case told in other words", () => {
  it("names what went wrong: an appointment put off, money gone twice, beans roasted weeks ago", () => {
    const moved = goldenAnswer("rheinwerk", "einbautermin zum dritten mal verschoben. ihr seid echt spitze 👏 #solar");
    expect(moved.first?.text ?? "").toMatch(/Termin schon wieder verschoben/u);
    const twice = goldenAnswer(
      "kaffeekollektiv",
      "Was ist bei euch im Shop los?? Zweimal mit Karte versucht, zweimal Fehler, jetzt ist das Geld doppelt weg vom Konto und keine Bestellung da!!",
    );
    expect(twice.assessment.intent.complaint).toBeDefined();
    expect(twice.first?.text ?? "").not.toMatch(/danke|Frage/iu);
    const stale = goldenAnswer(
      "kaffeekollektiv",
      "„frisch geröstet“ lol. meine Tüte Kenia hat n röstdatum von vor 5 wochen drauf 😂👌",
    );
    expect(stale.first?.strategy).not.toBe("do-not-reply");
  });

  it("of a checkout that fails a business is criticism, not thanked", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Feedback from a shop developer: ordering from you as a company is painful. No VAT field, no company account. The beans are great, the checkout isn't.",
    );
    expect(first?.text ?? "").not.toMatch(/kind words|thank/iu);
  });

  it("is not a thought that keeps nagging", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "War letzte Woche an Ihrem Stand, danke fürs Gespräch. Eine Frage lässt mich nicht los: packt eine Wärmepumpe unseren Altbau bei -15 Grad?",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });
});
