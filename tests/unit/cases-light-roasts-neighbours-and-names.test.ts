import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From the stop of 2026-12-05 (ninth session), round 4 of fresh batches (211–214), each answered wrongly before: a roast
 * "viel zu hell" told to mind its tone (the model weighs the English oath), "where my coffee comes from" read as a
 * missing order, the neighbours' wait answered as the writer's, a name set right in a post and "bester Start in die
 * Woche" read along with, and praise of a coffee bought on subscription offered no reply but "tell us more".
 */

describe("read as meant", () => {
  it("a roast too light is criticism, not an oath", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Unpopular opinion: Kaffeekollektiv röstet die „Kiezbohne“ viel zu hell für Siebträger zuhause. Auf der Profimaschine top, auf ner Einkreiser einfach sauer. Röstereien sollten für ihre Kundschaft rösten, nicht für Wettbewerbe.",
      "x",
    );
    expect(assessment.violations.map((v) => v.kind)).not.toContain("profanity");
    expect(first?.text).not.toMatch(/Ton/u);
  });

  it("where coffee comes from is asked, nothing is missing", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "are your beans fairtrade certified? trying to be more careful about where my coffee comes from",
      "x",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("holding-reply");
  });

  it("the neighbours' wait, told beside a boast, is sarcasm to take seriously, not the writer's case", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Schön dass ihr im Post so stolz auf die „kürzeste Wartezeit im Rheinland“ seid. Meine Nachbarn warten seit Februar auf ihre Wärmepumpe. Weltklasse 👏👏",
    );
    expect(first?.strategy).toBe("take-seriously");
  });

  it("a name set right in a post is checked", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "ihr habt im post die neue barista in ottensen als „Janne“ vorgestellt, sie heißt aber Jannike 😅 hab extra nachgefragt",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text).toContain("Jannike");
  });

  it.each([
    ["der hafer flat white in ottensen heute morgen war einfach 🤌 bester start in die woche", /Lob|Dank/u],
    [
      "Ich bin seit knapp nem Jahr im Abo und muss mal sagen: kein einziges mal zu spät, und der Äthiopien Guji is einfach ne Wucht. Meine Frau sagt ich bin kaffeesüchtig seit ihr da seid 😅 Macht weiter so!!",
      /Guji/u,
    ],
  ])("praise is thanked for what it names: %s", (text, said) => {
    const { first } = goldenAnswer("kaffeekollektiv", text);
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toMatch(said);
  });

  it("an adjective in -iert before its noun is kept ('entkoffeinierter Espresso')", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Habt ihr auch entkoffeinierten Espresso? Bin schwanger und vermiss meinen Nachmittags-Cappu so sehr 🥲",
    );
    expect(first?.text).toContain("entkoffeinierter Espresso");
  });
});
