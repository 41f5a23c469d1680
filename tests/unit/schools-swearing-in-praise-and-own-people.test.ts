import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From round ten of the twentieth session of 2026-12-06 (batches 479–486), each answered wrongly before, tested here
 * in wordings of our own: schools read as a group's name with a letter dropped; a group said to "gehören weg" kept;
 * swearing in praise or cursing a day answered with a line on the tone; a bill that cannot be told without a word of
 * failure; what the writer's own family does, or their own lateness, taken as a case.
 */

const TONE = /sachlich|Ton\b|respectful|civil|Beleidigung|insult/iu;

describe("identity hate", () => {
  it("is not read in schools that crumble and rents that explode", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Züge fallen aus, Schulen verfallen, Mieten explodieren. Dieses Land ist echt am Ende, sorry musste raus",
    );
    expect(assessment.violations.map((v) => v.kind)).not.toContain("identity-hate");
  });

  it("is read where a group is said to belong away", () => {
    for (const text of ["Die Flüchtlinge gehören alle weg", "Transmenschen gehören weggesperrt"]) {
      expect(goldenAnswer("kaffeekollektiv", text).assessment.verdict, text).toBe("may-delete");
    }
    expect(goldenAnswer("kaffeekollektiv", "Die alten Pappbecher gehören alle weg").assessment.verdict).toBe("keep");
  });
});

describe("swearing", () => {
  it("that raises praise or curses one's own week is thanked, not told off", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Euer Guji in der Aeropress ist so verdammt geil, ich heul gleich. Und die Barista in Ottensen hat mir heut den Tag gerettet nach ner absoluten Scheißwoche ❤️❤️",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").not.toMatch(TONE);
  });

  it("that only exclaims or curses a thing gets no line on the tone beside the case", () => {
    for (const text of [
      "FFS. Second bloody time this month the heat pump has stopped dead. House is freezing and the kids wear coats inside. Who do I ring at 10pm??",
      "Verflucht nochmal. Seit drei Wochen versuche ich rauszufinden, warum auf der Jahresabrechnung 910 € Nachzahlung stehen, wir sind zu zweit!!",
    ]) {
      const { first } = goldenAnswer("rheinwerk", text);
      expect(first?.text ?? "", text).not.toMatch(TONE);
    }
  });
});

describe("a case", () => {
  it("is a bill that cannot be, though no failure word is said", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Just got the annual statement and apparently we owe €960?? Two of us, small flat in Cologne, same usage as last year. Customer no. 30-55120. Would be great if someone checked before you debit it.",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).not.toBe("feedback-to-team");
  });

  it("is not what the writer's own family does, nor their own lateness", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "kann man bei euch in ottensen auch guthaben zum verschenken an der theke kaufen? online bin ich eh zu spät dran 🙈 und verfällt das? mein bruder braucht immer ewig bis er sowas einlöst",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text ?? "").not.toMatch(/Bruder|Verspätung/u);
  });
});
