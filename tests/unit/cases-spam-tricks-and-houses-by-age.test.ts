import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * Comments from the stop of 2026-12-05 (eighth session): batches 195–198, written by helpers to the golden set's two
 * companies. Each was answered wrongly before: spam thanked or "taken seriously", a taunt about AI customers held
 * for an answer, questions asked in other words (a house by its age, the wait for a heat pump, an instalment too
 * high, "wo kann ich … eingeben") answered as a case or not at all, a deed set against a manner read as a
 * correction, and a heat pump without hot water read as a wait on the line.
 */

describe("spam and taunts are left alone", () => {
  it.each([
    [
      "rheinwerk",
      "🔥 NIE WIEDER STROM BEZAHLEN 🔥 Mit diesem einen Trick zahlst du 0 € – Link in Bio!! #energie #sparen #stromkosten",
    ],
    [
      "kaffeekollektiv",
      "Hey 😍 Mega Seite! Wir bringen euch 10.000 echte Follower in 7 Tagen 🚀📈 Schreibt uns per DM für eine Kooperation!",
    ],
    [
      "rheinwerk",
      "Lovely stock photo of a smiling family next to a heat pump. Did the AI generate your customers as well? 🤖😂",
    ],
  ])("%s: %s", (company, text) => {
    const { first } = goldenAnswer(company as "rheinwerk", text);
    expect(first?.strategy).toBe("do-not-reply");
  });
});

describe("questions in other words get the saved answer", () => {
  it.each([
    [
      "rheinwerk",
      "@rheinwerk wie lang wartet man eigentlich bis so ne wärmepumpe drin is? nachbar meint nen halbes jahr, stimmt das 🤔",
      /8 bis 12 Wochen/u,
    ],
    [
      "rheinwerk",
      "Seit die PV aufm Dach is zahlen wir viel zu viel Abschlag, der passt null mehr. Kann ich den selber runtersetzen oder muss ich da wieder ne halbe Stunde in der Warteschleife hängen",
      /rheinwerk\.example\/abschlag/u,
    ],
    [
      "rheinwerk",
      "Genuine question from a Norwegian living near Bonn: do your heat pumps actually cope with a proper cold snap? Our house is from the 1950s and I'm a bit sceptical.",
      /−20 °C/u,
    ],
    [
      "rheinwerk",
      "Kurze Frage wo kann ich denn meinen Zählerstand eingeben? Der Ableser war nicht da und im Brief steht ich soll selbst melden. Eine App hab ich nicht",
      /rheinwerk\.example\/zaehlerstand/u,
    ],
    [
      "rheinwerk",
      "is there an emergency number if the heat pump dies over the weekend? asking before the cold snap hits 🥶",
      /0199/u,
    ],
  ])("%s: %s", (company, text, said) => {
    const { first } = goldenAnswer(company as "rheinwerk", text);
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(said);
    expect(first?.text).not.toMatch(/Halbes/u);
  });
});

describe("cases and corrections are read for what they are", () => {
  it("a call to talk with each other is no correction", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Wir sollten dieses für unsere Gesellschaft existenzielle Thema nicht über einander, sondern miteinander diskutieren. Dringend!",
    );
    expect(assessment.role).not.toBe("know-it-all");
  });

  it.each([
    ["kaffeekollektiv", "Kleine Korrektur: Ottensen hat nicht 2016, sondern 2017 eröffnet."],
    ["rheinwerk", "Das Foto zeigt nicht die WP 9, sondern die WP 12."],
  ])("a figure or a name set right still is: %s", (company, text) => {
    const { assessment } = goldenAnswer(company as "rheinwerk", text);
    expect(assessment.role).toBe("know-it-all");
  });

  it("no hot water is the heat pump's fault, not the queue's", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Euer Laden ist echt das Letzte. Seit 5 Tagen kein warmes Wasser, die WP 9 zeigt nur noch Hochdruckstörung an, und bei eurer Hotline hängt man ne Stunde in der Warteschleife. Kundennummer 41208337.",
    );
    expect(assessment.intent.complaint?.problem).toBe("defect");
  });

  it("musty beans are a case", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "@kaffeekollektiv bought a 1kg bag of espresso beans at your café on saturday, opened it this morning and it smells musty, like old cardboard. not cheap either",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).not.toBe("acknowledge");
  });
});

describe("criticism said calmly is taken seriously", () => {
  it.each([
    [
      "rheinwerk",
      "Eure neue Plakatkampagne 'Wärme, die mitdenkt' hängt hier in Porz an jeder Ecke. Ganz ehrlich, das ist so nichtssagend. Was denkt denn da mit? Statt Werbesprüchen lieber mal die Wartezeiten beim Einbau senken.",
    ],
    [
      "kaffeekollektiv",
      "Kaffeekollektiv wirbt mit Nachhaltigkeit, verschickt aber jede 250-g-Tüte einzeln in einem Karton, der dreimal so groß ist wie nötig. Für ein Unternehmen, das „fair vom Feld bis zur Tasse“ auf jede Tüte druckt, keine gute Figur.",
    ],
    [
      "rheinwerk",
      "Beeindruckend, wie Rheinwerk „Klimaneutral bis 2035“ plakatiert und im selben Newsletter noch Gastarife für Neukunden bewirbt. Konsequenz ist eben eine Frage der Perspektive. 😉",
    ],
    [
      "kaffeekollektiv",
      "Really inspiring to see Kaffeekollektiv post about 'radical transparency in sourcing' — with zero farm names, zero prices paid, zero numbers. Radically transparent indeed.",
    ],
  ])("%s: %s", (company, text) => {
    const { first } = goldenAnswer(company as "rheinwerk", text);
    expect(first?.strategy).toBe("take-seriously");
  });
});

describe("a question word is no topic", () => {
  it("'Mit wem …' is not said back as 'zum Thema Wem'", () => {
    const { first } = goldenAnswer("kaffeekollektiv", "Mit wem würdet ihr lieber fucken wenn ihr müsstet", "x");
    expect(first?.text).not.toMatch(/Thema Wem/u);
  });
});
