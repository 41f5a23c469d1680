import { describe, expect, it } from "vitest";
import { goldenAnswer, savedAnswer } from "./company-answers";

/**
 * From round nineteen, the twenty-third session of 2026-12-06 (batches 551–558, first read at 69fad7b), each answered
 * wrongly before, tested here in wordings of our own: money taken twice and money owed, beside an insult, left out
 * of the reply; a swear word before a thing said back as its name; a thing sent again after trouble read as the
 * trouble; "my German falls apart" read as a fault.
 */

describe("an insult beside a case", () => {
  it("gets the boundary and the case, whether money was taken twice or is owed", () => {
    for (const text of [
      "@rheinwerk schon wieder abschlag doppelt abgebucht ihr clowns 🤡🤡",
      "Die Tante an eurer Hotline ist ne Schnepfe. 180 € Guthaben schuldet ihr mir seit März!! Haufen Idioten",
    ]) {
      const { assessment, first } = goldenAnswer("rheinwerk", text);
      expect(assessment.intent.complaint, text).toBeDefined();
      expect(first?.strategy, text).toBe("boundary-and-help");
    }
  });
});

describe("a swear word before a thing", () => {
  it("is never said back as the thing's name", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "eure beschissene app lässt mich seit gestern nicht rein, passwort zurücksetzen geht auch nicht",
    );
    expect(first?.text ?? "").not.toMatch(/beschissen/iu);
  });

  it("is left out when the clause about the thing is said back", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "eure beschissene website lädt seit gestern nicht, bestellen geht nicht, verdammt",
    );
    expect(first?.text ?? "").not.toMatch(/beschissen/iu);
  });
});

describe("a thing sent again after trouble", () => {
  it("is thanked for, not answered as the trouble", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Ich war letzte Woche echt sauer (Kanne kam kaputt an) aber Tim aus dem Versand hat mir ohne Diskussion ne neue geschickt, war nach 3 Tagen da. So gehts! Danke euch ❤️",
    );
    expect(first?.strategy).toBe("thank-specifically");
  });
});

describe("the writer's German", () => {
  it("falling apart on the phone is help in English asked for, no fault", () => {
    expect(
      savedAnswer(
        "rheinwerk",
        "anyone there who speaks english? my german falls apart the second the phone menu starts",
      ),
    ).toMatch(/in English/u);
  });
});

describe("a name or a caption set right", () => {
  it("is a correction to check, not criticism or kind words about the wrong name", () => {
    for (const [company, text] of [
      [
        "rheinwerk",
        "Toller Post übers Team in Brühl! der Kollege ganz rechts heißt Timo, nicht Tim 😉 ist mein Bruder.",
      ],
      [
        "rheinwerk",
        "Great post about the new apprentices! I think the photo caption is off, that's the Hürth depot, not Frechen.",
      ],
    ] as const) {
      const { assessment, first } = goldenAnswer(company, text);
      expect(assessment.role, text).toBe("know-it-all");
      expect(first?.strategy, text).toBe("check-correction");
    }
  });

  // A guard for this session's own rule (it passes on the code before it too).
  it("is not read into 'das heißt nicht, dass'", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Das heißt nicht, dass ihr schlecht seid, aber der Service war mies",
    );
    expect(assessment.role).not.toBe("know-it-all");
  });
});
