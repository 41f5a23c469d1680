import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * Comments from the stop of 2026-12-05 (eighth session): batches 191–194, written by helpers to the golden set's two
 * companies. Each was answered wrongly before: irony that needs no fact beside it thanked, a claim heard from a
 * neighbour and asked about answered as the writer's own failure, a belief that we ship only in Germany thanked for
 * "kind words about Utrecht", a rude visit answered with the plant milks, and the readers asked about a traffic jam
 * or a carnival answered as if they had spoken to us.
 */

describe("irony is never thanked", () => {
  it.each([
    [
      "rheinwerk",
      "Schön dass man bei Rheinwerk jetzt n Studium braucht um die Jahresabrechnung zu verstehen. Hab ja sonst nix zu tun am Wochenende",
    ],
    [
      "kaffeekollektiv",
      "Großartig, jetzt auch in Leipzig keine Steckdosen mehr an den Tischen. Laptop-Verbot durch die Hintertür, sehr elegant gelöst",
    ],
    [
      "kaffeekollektiv",
      "Schön, dass ihr hier auf LinkedIn so viel über Nachhaltigkeit postet, während in Ottensen der Kuchen to go immer noch in Plastikschalen rausgeht 🙂 Sehr vorbildlich.",
    ],
    [
      "kaffeekollektiv",
      "So nice of you to open the Leipzig café at 7:30 on weekdays. Those of us who start work at 7 really appreciate being left out.",
    ],
    [
      "kaffeekollektiv",
      "Früher hieß dit Filterkaffee und hat ne Mark jekostet. Heute heißt dit Single Origin Pour Over und kostet n Zehner. Kaffeekollektiv, ick hab euch durchschaut 😎",
    ],
  ])("%s: %s", (company, text) => {
    const { first } = goldenAnswer(company as "rheinwerk", text);
    expect(first?.strategy).not.toBe("thank-specifically");
    expect(first?.text).not.toMatch(/danke|Dank|Lob|thank|kind words|glad/iu);
  });
});

describe("a claim heard and asked about gets the company's fact", () => {
  it.each([
    [
      "rheinwerk",
      "Genuine question, not trying to start a fight: half my office insists heat pumps are pointless once it drops below freezing, and that they simply don't work in older houses like ours (1930s semi, original radiators). Is that actually true for your systems?",
      /−20 °C/u,
    ],
    [
      "rheinwerk",
      "@rheinwerk stimmt das dass man bei euch fast ein jahr auf ne wärmepumpe wartet?? hat mir ne kollegin erzählt 😬",
      /8 bis 12 Wochen/u,
    ],
    [
      "rheinwerk",
      "Mein Nachbar sagt Wärmepumpen frieren ab minus 10 Grad ein und dann sitzt man im kalten. Und in nem Altbau wie unserem (Baujahr 1958, alte Heizkörper) soll das eh nix bringen. Is da was dran oder will der mich nur ärgern",
      /−20 °C/u,
    ],
    [
      "kaffeekollektiv",
      "Love what you're doing with direct trade. Pity you only deliver within Germany though – I'm based in Utrecht and would happily order for our office.",
      /we ship to all EU countries/u,
    ],
  ])("%s: %s", (company, text, said) => {
    const { assessment, first } = goldenAnswer(company as "rheinwerk", text);
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(said);
  });

  it("but shipping within Germany asked about is no belief", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "What's the last day I can order so a gift box still arrives before the 24th? Shipping within Germany",
    );
    expect(first?.text).not.toMatch(/EU countries/u);
  });
});

describe("a visit that went wrong is a case", () => {
  it("a rude barista and a question about arrogance get no plant-milk answer", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Eure Schnösel-Baristas in Kreuzberg halten sich wohl für was Besseres. Heut um 8 gefragt ob ich Hafermilch haben kann → Augenrollen und ne pampige Antwort. Lernt man bei euch nur Arroganz oder auch Kaffee?",
    );
    expect(assessment.intent.complaint?.problem).toBe("service");
    expect(first?.strategy).not.toBe("saved-reply");
    expect(first?.text).toMatch(/Kreuzberg/u);
  });

  it("a café shut when the door says open asks which one", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Zum zweiten Mal diese Woche war euer Café um 8 noch zu obwohl 7:30 an der Tür steht. Steh da wie bestellt und nich abgeholt",
    );
    expect(first?.strategy).toBe("case-question");
    expect(first?.text).toMatch(/Filiale/u);
    expect(first?.text).not.toMatch(/Bestellnummer|noch zu obwohl/u);
  });

  it("ground coffee instead of whole beans is the order's case", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Paket kam heute an, aber statt ganzen Bohnen is alles gemahlen 🙄 Hab extra Bohnen angeklickt weil ich ne neue Mühle hab. Und jetzt??",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).not.toBe("saved-reply");
  });

  it("a half sentence is never said back", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Hallo Rheinwerk, mein Stromzähler wurde letzte Woche getauscht und seitdem zeigt die App 0 kWh Verbrauch an. Kann ja wohl kaum stimmen. Muss ich mir jetzt Sorgen um ne Riesennachzahlung machen?",
    );
    expect(first?.text).not.toMatch(/Kann ja wohl kaum/u);
  });
});

describe("the readers asked to join in need no reply", () => {
  it.each([
    ["rheinwerk", "stand heute 2 std auf der A4 bei köln-ost, wer noch?? 😤🚗"],
    ["rheinwerk", "carnival in cologne this year is going to be absolutely mental, who's going 🎉🍻"],
  ])("%s: %s", (company, text) => {
    const { first } = goldenAnswer(company as "rheinwerk", text);
    expect(first?.strategy).toBe("no-reply-needed");
  });
});
