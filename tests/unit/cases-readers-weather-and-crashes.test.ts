import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From the stop of 2026-12-05 (ninth session), round 3 of fresh batches (207–210), each answered wrongly before: the
 * weather, hail and "happy tuesday everyone" taken as criticism or praise, the federal budget read as a failure of
 * ours, an ad for another shop thanked, a taunt read as a double charge, a fact called "quasi noch warm" thanked,
 * corrections of a post read along with, and cases told without a complaint word ("closes every time I tap",
 * "auf dem Konto steht das jetzt zweimal", "bekommen hab ich offensichtlich Kuhmilch") read along with.
 */

describe("small talk and the world's matters need no reply", () => {
  it.each([
    ["kaffeekollektiv", "Finally some sun in Berlin after two weeks of grey 😭☀️ off for a walk along the canal"],
    ["rheinwerk", "hier in bonn hagelt es grad murmelgroß 😳😳 wer noch wäsche draußen hat: REINHOLEN"],
    [
      "kaffeekollektiv",
      "Hamburg really needs to sort out its bike lanes. nearly got doored twice this week. anyway, happy tuesday everyone",
    ],
    [
      "rheinwerk",
      "Und in Berlin kriegen sie den Haushalt wieder nicht hin. Jedes Jahr dasselbe Theater, ich kanns echt nicht mehr hören",
    ],
  ])("%s: %s", (company, text) => {
    const { first } = goldenAnswer(company as "rheinwerk", text);
    expect(first?.strategy).toBe("no-reply-needed");
  });
});

describe("spam, taunts and irony are never thanked or taken up as a case", () => {
  it("an ad for another shop is spam", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Starker Beitrag! 👏 Übrigens: Bei SolarDirekt bekommen Sie PV-Module ab Lager zu Großhandelspreisen – jetzt Angebot sichern unter solardirekt-handel.example ☀️",
    );
    expect(first?.strategy).toBe("do-not-reply");
  });

  it("'enjoy freezing AND paying double' is a taunt, not a double charge", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "heat pumps are a scam lol. enjoy freezing AND paying double 🤣🤣",
      "x",
    );
    expect(first?.strategy).not.toMatch(/^case-/u);
    expect(first?.text ?? "").not.toMatch(/customer number/u);
  });

  it("a roast date called 'quasi noch warm' is irony", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      'Liebe das "frisch geröstet" auf euren Tüten im Regal in Ottensen. Röstdatum 3. September. Ist ja quasi noch warm 🔥🔥',
    );
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).not.toMatch(/[Dd]ank/u);
  });
});

describe("a post set right is checked", () => {
  it.each([
    'Liebes Kaffeekollektiv-Team, in eurem Jubiläumspost schreibt ihr, ihr hättet damals "in Hamburg-Altona" eröffnet. Euer Café ist aber in Ottensen – als Ottenserin leg ich da Wert drauf 😉',
    "euer post sagt gutscheine gibts ab 5€ – im shop gehts erst ab 10 los. nur so als info",
  ])("%s", (text) => {
    const { first } = goldenAnswer("kaffeekollektiv", text);
    expect(first?.strategy).toBe("check-correction");
  });
});

describe("a case told without a complaint word is a case", () => {
  it.each([
    [
      "rheinwerk",
      "Hi, the Rheinwerk Zuhause app closes every time I tap on Documents. I need my annual bill for the tax return by Friday. Already tried reinstalling it twice, same thing.",
      /app version/u,
    ],
    [
      "kaffeekollektiv",
      "moin, gestern nachmittag im café in ottensen 2 cappuccino + franzbrötchen bezahlt, 11,60 € mit karte. auf dem konto steht das jetzt zweimal. kann ja mal passieren aber hätte das gern zurück",
      /11,60 €/u,
    ],
    [
      "kaffeekollektiv",
      "War am Samstag bei euch im Café in der Südvorstadt. Hab extra gesagt Flat White mit Hafer weil ich laktoseintolerant bin, bekommen hab ich offensichtlich Kuhmilch. Hab den Rest vom Nachmittag mit Bauchkrämpfen auf dem Sofa verbracht.",
      /Südvorstadt/u,
    ],
  ])("%s: %s", (company, text, named) => {
    const { first } = goldenAnswer(company as "rheinwerk", text);
    expect(first?.strategy).toMatch(/^case-/u);
    expect(first?.text).toMatch(named);
  });
});
