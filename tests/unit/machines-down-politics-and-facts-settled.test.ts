import { describe, expect, it } from "vitest";
import { cleanName } from "../../src/replies/reply-name";
import { goldenAnswer } from "./company-answers";

/**
 * From round sixteen, the twenty-third session of 2026-12-06 (batches 527–534), each answered wrongly before, tested
 * here in wordings of our own: a machine that "fiel aus" answered as a cancelled appointment; a handle with an umlaut
 * left a letter as the greeting; sarcasm about a crushed parcel, nobody reachable or a queue one was "allowed" to
 * stand in thanked; rants about politics and the world thanked or answered as a case; sloppiness and a self-pictured
 * "muppet" given a deletion licence; a friend shown the post by first name thanked; fitters "zugange" read as a login
 * case; a supply chain read as a parcel; a correction answered with an unrelated saved fact.
 */

const THANKS = /\b(?:thank|thanks|danke|dank|schön, dass|glad|kind words|freundlichen Worte)\b/iu;

describe("a machine that failed", () => {
  it("is not an appointment called off", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "unsere heizung is gestern abend ausgefallen, nach dem reset gings wieder. wen ruft man an wenn das am sonntag wieder passiert?",
    );
    expect(first?.text ?? "").not.toMatch(/Termin|abgesagt/u);
  });

  // A guard for this session's own rule (it passes on the code before it too).
  it("is still an appointment called off when the appointment fell through", () => {
    const { first } = goldenAnswer("rheinwerk", "Mein Termin wurde abgesagt, keine Mail, nichts.");
    expect(first?.text ?? "").toMatch(/Termin abgesagt/u);
  });
});

describe("a handle with letters beyond ASCII", () => {
  it("is left out of the greeting whole", () => {
    expect(cleanName("@tim_bö")).toBeUndefined();
    expect(cleanName("Jörg (@jörg_kü)")).toBe("Jörg");
    const { first } = goldenAnswer(
      "rheinwerk",
      "Abschlag von 80 auf 190 € ohne Erklärung, was soll das",
      "x",
      "@max_jü",
    );
    expect(first?.text ?? "").toMatch(/^(?:Guten Tag|Hallo),/u);
  });
});

describe("sarcasm", () => {
  it("is never thanked when the parcel comes crushed, nobody answers or the queue was 'allowed'", () => {
    for (const [company, text] of [
      ["kaffeekollektiv", "Heute kommt der Karton zerquetscht an, zwei Tüten offen. Echt klasse 👌"],
      [
        "rheinwerk",
        "Schön, dass Sie im Post „Wir sind für Sie da“ schreiben. Samstags um 11 erreicht man bei Ihnen niemanden, Mail ohne Antwort. Die Fotos sind aber echt hübsch 👏",
      ],
      [
        "kaffeekollektiv",
        "danke euch dass ich 20 min in kreuzberg für nen flat white anstehen durfte, war echt ein erlebnis 🙏",
      ],
    ] as const) {
      const { first } = goldenAnswer(company, text);
      expect(first?.text ?? "", text).not.toMatch(THANKS);
    }
  });

  it("of a queue 'allowed' is read as sarcasm", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "danke euch dass ich 20 min in kreuzberg für nen flat white anstehen durfte, war echt ein erlebnis 🙏",
    );
    expect(assessment.intent.sarcasm).toBe(true);
  });

  it("leaves a parcel that came crushed said as damaged", () => {
    const { first } = goldenAnswer("kaffeekollektiv", "Bestellung 77120 kommt heute plattgedrückt an, toll 👌");
    expect(first?.text ?? "").toMatch(/beschädigt/u);
  });
});

describe("politics and the world", () => {
  it("need no reply, whoever is thanked or whatever the company does", () => {
    for (const [company, text] of [
      [
        "rheinwerk",
        "Solange die in Berlin die Netzentgelte so hochtreiben, könnt ihr machen was ihr wollt. Regierung weg und gut is.",
      ],
      ["rheinwerk", "Danke Regierung, habt ihr toll hinbekommen mit den Strompreisen 👏👏"],
      [
        "rheinwerk",
        "Der Netzausbau in Deutschland ist ein Trauerspiel. Da können einzelne Unternehmen noch so gute Arbeit machen. Wann wacht die Politik endlich auf?",
      ],
      ["kaffeekollektiv", "Latte prices only go one way because the central banks printed money for a decade."],
      ["kaffeekollektiv", "Climate change will turn coffee into a luxury within twenty years, mark my words."],
      ["rheinwerk", "same everywhere in europe, bills through the roof for all of us"],
    ] as const) {
      const { assessment, first } = goldenAnswer(company, text);
      expect(assessment.intent.offTopic, text).toBe(true);
      expect(first?.strategy, text).toBe("no-reply-needed");
    }
  });
});

describe("a deletion licence", () => {
  it("is not given for sloppiness or for the writer picturing themselves", () => {
    for (const [company, text] of [
      [
        "kaffeekollektiv",
        "Im Post steht Lieferung in 2 Tagen, auf der Website 5. Solche Schlampereien nerven einfach.",
      ],
      ["kaffeekollektiv", "Card reader down again, so I had to walk to the cash machine and back like a total muppet."],
    ] as const) {
      const { assessment } = goldenAnswer(company, text);
      expect(assessment.verdict, text).not.toBe("may-delete");
      expect(
        assessment.violations.some((v) => v.kind === "insult"),
        text,
      ).toBe(false);
    }
  });

  // Guards for this session's own rules (they pass on the code before it too).
  it("is still given for the insult itself and for staff pictured as one", () => {
    for (const text of ["Du Schlampe", "your barista walked around like a total muppet"]) {
      const { assessment } = goldenAnswer("kaffeekollektiv", text);
      expect(assessment.verdict, text).toBe("may-delete");
    }
  });
});

describe("a friend shown the post by first name", () => {
  it("needs no reply from the company", () => {
    const { assessment, first } = goldenAnswer("rheinwerk", "Jule schau mal, wär das nix für euer Büro? @Jule Brandt");
    expect(assessment.intent.addressedTo).toBe("commenter");
    expect(first?.strategy).toBe("no-reply-needed");
  });
});

describe("words that look like a case of another kind", () => {
  it("reads fitters 'zugange' as no login and a supply chain as no parcel", () => {
    const fitters = goldenAnswer(
      "rheinwerk",
      "Die Handwerker sind seit Montag bei uns zugange, mal kommt einer, mal keiner, und niemand sagt uns was.",
    );
    expect(fitters.assessment.intent.complaint?.problem).not.toBe("login");
    expect(fitters.first?.text ?? "").not.toMatch(/einlogg|App-Version/u);
    const chain = goldenAnswer(
      "kaffeekollektiv",
      "Schön über eure transparente Lieferkette zu lesen. Schade nur, dass ihr den Leuten im Café ohne Vorwarnung die Stunden gekürzt habt.",
      "linkedin",
    );
    expect(chain.assessment.intent.complaint?.problem).not.toBe("delivery");
    expect(chain.first?.text ?? "").not.toMatch(/Bestellung|angekommen/u);
  });
});

describe("a correction", () => {
  it("is settled by the saved fact that names the thing in a compound, never by a sentence sharing a count", () => {
    const shipping = goldenAnswer(
      "kaffeekollektiv",
      "Im Post steht versandkostenfrei ab 35 €, im Shop stand gestern ab 29. Was gilt denn?",
    );
    expect(shipping.first?.strategy).toBe("check-correction");
    expect(shipping.first?.text ?? "").toMatch(/ab 29 € Bestellwert/u);
    const hours = goldenAnswer(
      "kaffeekollektiv",
      "In eurem Post steht sonntags ab 8 offen. Wir standen Sonntag um halb 9 mit zwei Kindern vor der Tür in Kreuzberg, zu. Bitte ändern.",
    );
    expect(hours.first?.text ?? "").not.toMatch(/Rösttermin/u);
  });
});
