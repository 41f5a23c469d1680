import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * Comments from the stop of 2026-12-05 (eighth session): batches 187–190, written by helpers to the golden set's two
 * companies. Each was answered wrongly before: applause beside a failure thanked, roads and railways closed read as
 * locked accounts, a reply to another reader and a third party's roadworks answered as our case, questions asked in
 * slang or by a holiday's name left unanswered, and a deed set against another read as a correction of the post.
 */

describe("sarcasm is never thanked", () => {
  it("applause for the fourth 'your engineer is coming soon' mail in 14 weeks", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      'Toll, jetzt schon die vierte Mail "Ihr Monteur kommt bald" 👏👏 Seit 14 Wochen. Die Wärmepumpe steht übrigens schon bei uns in der Garage, nur anschließen will sie keiner. Super Service, wirklich ganz großartig.',
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.text).not.toMatch(/danke|Lob|geholfen/iu);
  });
});

describe("what is none of ours needs no reply", () => {
  it.each([
    ["rheinwerk", "Weiß jemand ob die Zoobrücke nächste Woche immer noch gesperrt ist? Muss Donnerstag nach Deutz"],
    [
      "kaffeekollektiv",
      "Hat noch jemand mitbekommen dass die Ringbahn ab Montag schon wieder zwei Wochen gesperrt ist? 🙄 Berlin halt. Ich fahr nur noch Rad",
    ],
    [
      "rheinwerk",
      "Weiß jemand ob die Stadtwerke in Hürth jetzt auch Glasfaser verlegen? Bei uns in der Straße wird seit drei Wochen gebuddelt und keiner sagt einem was",
    ],
    [
      "rheinwerk",
      "Bei uns in der Straße waren heute schon wieder so Drücker von irgendner Solarfirma unterwegs 🙄 hat nix mit Rheinwerk zu tun, nervt aber tierisch. Lasst die bloß nich rein Leute",
    ],
    [
      "kaffeekollektiv",
      "Diese ganzen Wahlplakate an jeder Laterne nerven mich mittlerweile so. Geht das nur mir so oder ist das dieses Jahr echt schlimmer?",
    ],
  ])("%s: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company as "rheinwerk", text);
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("a reply to another reader about sugar in a flat white", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "@mo_b84 wer flat white mit 3 zucker trinkt hat das recht auf meinungen zu kaffee verloren 😂 aber ok jeder wie er will",
      "x",
    );
    expect(assessment.intent.addressedTo).toBe("commenter");
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("but a complaint about us beside another utility is ours", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Bin im Juli umgezogen. Die Stadtwerke in der neuen Stadt haben längst alles abgerechnet, nur von Ihnen kommt NIX, keine Schlussrechnung, und der Abschlag wird trotzdem jeden Monat weiter abgebucht!! Wie kann das sein",
    );
    expect(assessment.intent.offTopic).toBe(false);
  });
});

describe("questions get the company's answer", () => {
  it.each([
    [
      "kaffeekollektiv",
      "yo @kaffeekollektiv brauch last minute n gift für meine bestie 🙏 gibts gutscheine auch digital oder muss ich ins café",
      /kaffeekollektiv\.example\/gutschein/u,
    ],
    [
      "kaffeekollektiv",
      "Habt ihr in Leipzig am Pfingstmontag auf? Wollten mit den Schwiegereltern nach dem Spaziergang durch den Clara-Park noch auf nen Kaffee rein",
      /An Feiertagen gelten die Wochenendzeiten/u,
    ],
    [
      "rheinwerk",
      "Guten Tag, ich suche seit gestern ihre Telefonnummer, auf der Rechnung steht nur die Adresse und im Internet find ich mich nicht zurecht. Welche Nummer muss ich anrufen und bis wann ist da jemand? Danke im vorraus",
      /0221 555 0190/u,
    ],
  ])("%s: %s", (company, text, said) => {
    const { first } = goldenAnswer(company as "rheinwerk", text);
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toMatch(said);
  });

  it("a question put first is no suggestion for the team", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Installieren Sie eigentlich auch Wallboxen? Wir bekommen im Frühjahr ein E-Auto und die PV-Anlage auf dem Dach ist ja schon von Ihnen (seit 2022, läuft prima). Wäre schön wenn alles aus einer Hand kommt.",
    );
    expect(first?.strategy).toBe("holding-reply");
    expect(first?.text).not.toMatch(/Kritik|Anregung/u);
  });
});

describe("criticism is taken seriously", () => {
  it.each([
    [
      "rheinwerk",
      "Dat Kundencenter in Bonn dichtmachen und alles nur noch über App und Telefon... Für uns Ältere is dat nix. Meine Mutter is 84 und hat kein Smartphone, wo soll die jetzt hin mit ihren Fragen??",
    ],
    [
      "rheinwerk",
      "Ich finde die Entscheidung, den Ökostromtarif für Gewerbekunden nur noch mit 24 Monaten Laufzeit anzubieten, ehrlich gesagt schwierig. Gerade kleine Betriebe wie unsere Schreinerei brauchen Flexibilität. Da hätte ich von einem regionalen Versorger mehr erwartet.",
    ],
    [
      "rheinwerk",
      "warum schafft ihr die papierrechnung einfach ab ohne zu fragen? nicht jeder will alles im portal haben. schlechte entscheidung @Rheinwerk",
    ],
    [
      "kaffeekollektiv",
      "Espresso jetzt 2,80 statt 2,40?? versteh ja dass kaffee teurer wird aber 40 cent auf einen schlag ist heftig",
    ],
    [
      "rheinwerk",
      "Ich finde es schwer nachvollziehbar, dass Energieversorger wie Rheinwerk im Frühjahr mit günstigen Neukundentarifen werben, während Bestandskunden spürbar mehr zahlen. Treue wird so nicht belohnt, sondern bestraft.",
    ],
  ])("%s: %s", (company, text) => {
    const { assessment, first } = goldenAnswer(company as "rheinwerk", text);
    expect(assessment.role).not.toBe("know-it-all");
    expect(first?.strategy).toBe("take-seriously");
  });
});

describe("corrections and cases are read for what they say", () => {
  it.each([
    [
      "kaffeekollektiv",
      "Ihr habt im Post geschrieben Ottensen macht unter der Woche um 8 auf. Steht doch überall 7:30?? Nicht dass morgen alle vor verschlossener Tür stehen 😅",
    ],
    [
      "kaffeekollektiv",
      "Lovely post about the new roastery team! Small thing though: you say the Huila lot comes from Ecuador, but Huila is a department in Colombia. Might want to fix that before the coffee nerds find it 😉",
    ],
  ])("a correction is checked: %s", (company, text) => {
    const { first } = goldenAnswer(company as "rheinwerk", text);
    expect(first?.strategy).toBe("check-correction");
  });

  it("a solar portal showing 0 kWh is a case, not a reading along", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "I am writing here because nobody answer my email. We have solar panels from Rheinwerk since april and the monitoring portal show 0 kWh for 3 weeks now but the inverter display say it is producing. Please somebody check",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).not.toBe("acknowledge");
  });

  it("a breaker tripped is no garment come apart", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Absolute shambles. Rheinwerk put a heat pump in our office in Düsseldorf (order HP-55812) back in November and it's tripped the breaker every week since. Three engineer visits, zero fix. Do you lot actually know what you're doing or is it all marketing",
    );
    expect(first?.text).not.toMatch(/came apart/u);
    expect(first?.text).toMatch(/HP-55812/u);
  });

  it("a birthday is no thing praised", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Meine Frau hat mir zum Geburtstag das Abo mit der Hausmischung Nr. 3 geschenkt, jetzt kommt alle zwei Wochen frischer Espresso ins Haus. Schmeckt um Welten besser als das Zeug aus dem Supermarkt. Weiter so Leute",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).not.toMatch(/Geburtstag/u);
  });
});
