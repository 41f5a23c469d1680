import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From the thirteenth session of 2026-12-05, third round (batches 271–274) and real comments at new offsets, each
 * answered wrongly before: thanks for help in English answered as a bad visit ("a lot less lost"), a second winter
 * without trouble read as a second failure, "Das ist kein Service mehr" thanked, "Danke für das kostenlose
 * Achtsamkeitstraining" after a long wait thanked, a satisfied heat-pump owner telling another reader about it
 * answered as a power cut ("lief ohne Murren. Strom …"), a diet ("ohne Kuhmilch unterwegs") and another supplier's
 * cut answered as our fault, and politics (the NSU, the Brexit) answered as criticism of ours.
 */

describe("praise and sarcasm", () => {
  it("thanks help in English that made the writer feel 'a lot less lost'", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Just wanted to say thanks. My German is still awful, but Tom from your billing team called me back in English and went through every line. I feel a lot less lost now.",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").not.toMatch(/sorry/i);
  });

  it("reads 'läuft jetzt den zweiten Winter' as praise, not a second failure", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Muss auch mal was Positives loswerden: Unsere WP 12 läuft jetzt den zweiten Winter ohne Probleme, Verbrauch unter der Prognose. Weiter so!",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("never thanks 'Das ist kein Service mehr'", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Früher hatte man an der Hotline sofort einen Menschen dran. Heute nur noch App und Portal, mein Vater ist 86 und kommt damit nicht klar. Das ist kein Service mehr.",
    );
    expect(assessment.tone).not.toBe("positive");
    expect(first?.text ?? "").not.toMatch(/netten Worte|Lob/);
  });

  it("reads 'Danke für das kostenlose Achtsamkeitstraining' after a long wait as sarcasm", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "40 Minuten für einen Cappuccino am Sonntag in Kreuzberg. Danke für das kostenlose Geduldstraining 🧘",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.text ?? "").not.toMatch(/vielen Dank|Lob/);
  });
});

describe("not our failure", () => {
  it("leaves a satisfied owner telling another reader about the running costs alone", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "@jana_koeln wir haben die WP 9 seit Oktober im Altbau. Bei -10 Grad lief sie ohne Probleme. Strom ca. 40 € im Monat mehr, aber das Gas ist ja weg.",
      "x",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text ?? "").not.toMatch(/keinen Strom/);
  });

  it("reads 'ohne Kuhmilch unterwegs' as the writer's diet and holds the question", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "bin seit kurzem ohne kuhmilch unterwegs: kostet der hafer-cappu bei euch extra? 🙄",
      "x",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text ?? "").not.toMatch(/Probleme mit der Kuhmilch/);
  });

  it("reads a tariff our current supplier dropped as a question to us, not our fault", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Wir sind eine Metzgerei in Bonn, die Kühlung läuft nachts durch. Haben Sie einen Gewerbetarif mit Nachtstrom? Unser jetziger Anbieter hat den zum Jahreswechsel gestrichen.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("holding-reply");
  });

  it("reads a PV system feeding in nothing as a defect", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Since last Tuesday the inverter shows an error and we are feeding in nothing. Reported it in the portal, no callback so far.",
      "linkedin",
    );
    expect(assessment.intent.complaint?.problem).toBe("defect");
  });

  it("leaves the NSU and the Brexit to the readers", () => {
    for (const text of [
      "Die NSU war keine Zelle, sondern eine Terrororganisation. Schluss mit den Verharmlosungen im Namen des deutschen Volkes!",
      "Wenn der Brexit für die EU so schlecht ist, hat England wohl zu viel gezahlt. Also gut für England!?",
    ]) {
      expect(goldenAnswer("kaffeekollektiv", text, "x").assessment.replyNeeded).toBe(false);
    }
  });

  it("still answers shipping to the UK after the Brexit", () => {
    const { first } = goldenAnswer("kaffeekollektiv", "do u guys still ship to the UK post-brexit? 🇬🇧", "x");
    expect(first?.strategy).toBe("saved-reply");
  });
});

/**
 * Fourth round (batches 275–278): praise of a donation read as sarcasm because "2 €" looked like a price, an Austrian
 * "Packerl" (parcel) taken for a swear word, "the first decaf that not taste like cardboard" taken as criticism, a
 * shipping question with "i cannot find a good coffee here" apologised for, an elderly customer's "Das kann ich nicht"
 * answered as a wrong bill, trouble asked about ("gibt das Ärger mitm Vertrag?") taken as criticism, and politics
 * ("Erst alles kaputt machen … die sollen mal ohne Heizung sitzen") answered as a heating case.
 */
describe("fourth round", () => {
  it("thanks praise of a donation per bag, never reading the euro as a price", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Find ich echt stark, dass ihr von jedem Becher 50 Cent an die Hamburger Tafel gebt. Die freuen sich bestimmt. Weiter so ❤️",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("never reads the Austrian 'Packerl' as a swear word", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Griaß eich! Liefert's ihr a nach Linz? Für a Packerl mit 2 Tüten wär des super.",
    );
    expect(assessment.violations.map((v) => v.kind)).not.toContain("profanity");
  });

  it("thanks 'the first decaf that not taste like cardboard'", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "your decaf Colombia is the first decaf i try that not taste like cardboard. my wife very happy",
      "x",
    );
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("answers a shipping question without apologising for 'i cannot find a good coffee here'", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "hello! do you ship to UK? i live in Leeds and i cannot find a good coffee here 😭",
      "x",
    );
    expect(first?.text ?? "").not.toMatch(/sorry/i);
  });

  it("answers an elderly customer's 'Das kann ich nicht' as the question it is", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Guten Tag, ich bin 84 und soll meinen Zählerstand über die App melden. Das kann ich nicht. Wie mache ich das sonst?",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text ?? "").not.toMatch(/Abrechnung etwas nicht stimmt/);
  });

  it("holds a question whether something 'gibt Ärger' instead of taking it as criticism", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Frage: darf ich an meiner Wallbox auch das Auto meiner Schwester laden, oder gibt das Ärger mit dem Tarif?",
    );
    expect(first?.strategy).toBe("holding-reply");
  });

  it("leaves politics that 'breaks everything' and wishes others cold alone", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Dat hat uns alles die Regierung mit dem Heizungsgesetz eingebrockt. Erst alles kaputt machen und dann wundern. Die sollen mal ne Woche ohne Heizung sitzen.",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text ?? "").not.toMatch(/keine Heizung|nicht funktioniert/);
  });

  it("sets the boundary and helps when a barista is insulted beside cow's milk in an oat latte", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "the barista in Leipzig is a lazy idiot. he gave me cow milk in my oat flat white and I am lactose intolerant!!",
      "x",
    );
    expect(first?.strategy).toBe("boundary-and-help");
  });
});

/**
 * Read at the end of the session on real comments at new offsets: a deportation called right ("… abschieben ist
 * wichtig und richtig") was kept and thanked as praise.
 */
describe("a deportation called right", () => {
  it.each([
    "Migranten abschieben ist richtig und längst überfällig",
    "Die Asylbewerber abschieben wäre die Lösung",
    "Deporting refugees is necessary, full stop",
  ])("is hate, never thanked: %s", (text) => {
    const { assessment, first } = goldenAnswer("kaffeekollektiv", text, "x");
    expect(assessment.verdict).toBe("may-delete");
    expect(assessment.violations.map((v) => v.kind)).toContain("identity-hate");
    expect(first?.text ?? "").not.toMatch(/Dank|Lob|thank/i);
  });

  it("keeps the deportation of people picked out by conduct, and deportations told as news", () => {
    for (const text of [
      "Verurteilte Straftäter abschieben ist richtig.",
      "Deutschland hat gestern 40 Menschen abgeschoben, das ist richtig schlimm.",
    ]) {
      expect(goldenAnswer("rheinwerk", text).assessment.verdict).not.toBe("may-delete");
    }
  });
});
