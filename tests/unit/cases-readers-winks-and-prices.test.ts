import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * Comments from the stop of 2026-12-04 (fifth session): batches 134–136, written by helpers to the golden set's two
 * companies. Each was answered wrongly before: advice to another reader thanked as praise of staff, sarcasm about a
 * roast date and a 25-minute wait thanked, a price laughed at left without a reply, a correction with a wink taken
 * as criticism, an emergency number "gewählt" read as an election, and a flat white praised with 🔥 not thanked.
 */

describe("a reader called by name and told one's own experience", () => {
  it.each([
    [
      "rheinwerk",
      "Herr Bredow, lassen Sie sich nicht verrückt machen. Wir haben die Anlage seit zwei Jahren im Haus von 1968, letzten Winter bei minus 12 lief alles.",
    ],
    [
      "rheinwerk",
      "Mark, we had ours fitted last spring in a 1970s semi in Leverkusen. Bills noticeably down, no drama in January.",
    ],
  ] as const)("needs no reply from the company: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company, text);
    expect(assessment.intent.addressedTo).toBe("commenter");
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it.each([
    ["kaffeekollektiv", "Anna, danke für die schnelle Hilfe gestern, hat alles geklappt!"],
    ["kaffeekollektiv", "Mark, we had to wait 40 minutes for two coffees. Is that normal?"],
  ] as const)("still answers staff thanked by name, or a question: %s", (company, text) => {
    expect(goldenAnswer(company, text).first?.strategy).not.toBe("no-reply-needed");
  });
});

describe("sarcasm that was thanked or left alone", () => {
  it.each([
    "„Frisch geröstet“ steht vorne drauf. Röstdatum hinten auf meiner Tüte: vor 7 Wochen. Ja, super frisch, echt Weltklasse 👏👏",
    "25 minutes for one flat white in Leipzig on Saturday. Truly the slow coffee movement. Very artisanal, 10/10 🐌",
  ])("is taken seriously, never thanked: %s", (text) => {
    const { assessment, first } = goldenAnswer("kaffeekollektiv", text);
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").not.toMatch(/dank|thank/iu);
  });

  it("hears a price laughed at as criticism of the prices", () => {
    const { first } = goldenAnswer("kaffeekollektiv", "Espresso jetzt 4,20 😂 bald mit Ratenzahlung oder wie");
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).toMatch(/Kritik an unseren Preisen/u);
  });

  it("still thanks a low price praised, and a roast that is loved", () => {
    expect(goldenAnswer("kaffeekollektiv", "Still only €3 for a filter coffee, love it!").first?.strategy).toBe(
      "thank-specifically",
    );
    expect(
      goldenAnswer("kaffeekollektiv", "„Frisch geröstet“ – und wirklich super frisch, danke!").first?.text,
    ).toMatch(/dank/iu);
  });
});

describe("corrections", () => {
  it("checks a correction made with a wink, and states the company's own fact", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Heads up, your post says EU shipping is free over €49 but the shipping info in your shop says €59. One of them's wrong 🙃",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toMatch(/€59/u);
  });

  it("reads a number dialled as no election, and settles it with the saved number", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Im Beitrag steht für den Notdienst 0221 555 0198. Auf Ihrer Homepage steht aber 0199. Welche stimmt denn jetzt? Wäre blöd wenn im Winter jemand die falsche wählt.",
    );
    expect(assessment.intent.offTopic).toBe(false);
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toMatch(/0221 555 0199/u);
    expect(first?.text).not.toMatch(/Förder/u);
  });

  it("still reads an election as politics", () => {
    expect(
      goldenAnswer("rheinwerk", "Am Sonntag wird gewählt, geht alle wählen und wählt bloß nicht die AfD!").assessment
        .intent.offTopic,
    ).toBe(true);
  });

  it("asks nothing in a sentence of whoever does what", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Wer die Grünen wählt, kriegt höhere Strompreise. Merkt euch das.",
    );
    expect(assessment.tone).not.toBe("question");
    expect(goldenAnswer("rheinwerk", "Wer macht eigentlich eure Fotos").assessment.tone).toBe("question");
  });
});

describe("praise with fire", () => {
  it("thanks a flat white praised with 🔥, and names it", () => {
    const { assessment, first } = goldenAnswer("kaffeekollektiv", "that oat flat white in Kreuzberg this morning 🔥🔥");
    expect(assessment.tone).toBe("positive");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(/oat flat white/u);
  });

  it("never reads fire beside anything else as praise", () => {
    expect(goldenAnswer("kaffeekollektiv", "Euer Laden 🔥🔥🔥 bald").assessment.tone).not.toBe("positive");
  });
});
