import { describe, expect, it } from "vitest";
import { goldenAnswer, savedAnswer } from "./company-answers";

/**
 * From round fifteen of the twenty-second session of 2026-12-06 (batches 519–526), each answered wrongly before,
 * tested here in wordings of our own: sarcasm about customers made happy or a plan that failed thanked; a slip pointed
 * out as a side note or a fact-check thanked; credit in German and a retracted word read as criticism; a mess left by
 * the fitters answered with the instalment; a reader's own question answered for the company; an order doubted read as
 * a phishing report; questions in other words than the saved answers' topics.
 */

const THANKS = /\b(?:thank|thanks|danke|dank|schön, dass|glad|kind words)\b/iu;

describe("sarcasm", () => {
  it("is never thanked, whether customers are 'made happy' or the planning is praised", () => {
    for (const [company, text] of [
      ["rheinwerk", "4. Preiserhöhung seit Januar 😍😍 ihr wisst echt, wie man Kunden glücklich macht"],
      ["kaffeekollektiv", "Altona, Sonntag 10 Uhr: Zimtschnecken aus. AUS. Um zehn. 👏 Spitzenplanung, Leute"],
    ] as const) {
      const { assessment, first } = goldenAnswer(company, text, "x");
      expect(assessment.intent.sarcasm, text).toBe(true);
      expect(first?.text ?? "", text).not.toMatch(THANKS);
    }
  });
});

describe("a slip pointed out in passing", () => {
  it("is checked, not thanked as praise", () => {
    for (const [company, text] of [
      [
        "rheinwerk",
        "Gelungener Post, kleine Randnotiz vom Fachmann: in der Grafik steht beim WP 9 „bis -25 °C“, in Ihren eigenen Unterlagen steht -20 °C 😉",
      ],
      [
        "kaffeekollektiv",
        "Glückwunsch zum neuen Café in „Leipzig-Zentrum“ 🎉 Wohn seit Jahren zwei Straßen weiter, dachte immer das ist Südvorstadt 😉 Kleiner Faktencheck fürs Marketing",
      ],
    ] as const) {
      const { assessment, first } = goldenAnswer(company, text, "linkedin");
      expect(assessment.role, text).toBe("know-it-all");
      expect(first?.strategy, text).toBe("check-correction");
    }
  });
});

describe("credit", () => {
  it("is thanked, said in German with applause or after a word taken back", () => {
    for (const [company, text] of [
      [
        "kaffeekollektiv",
        "Kurzer Shoutout an das Team in Ottensen: ihr habt Samstag unsere 25 Leute vom Vereinsausflug ohne Reservierung versorgt und keiner musste ewig warten. Chapeau ☕👏",
      ],
      [
        "rheinwerk",
        "Boiler, sorry, heat pump (still getting used to the word) packed up on Sunday night. Rang the emergency line and an engineer, Kemal I think, was here within the hour. Cheers Rheinwerk",
      ],
    ] as const) {
      const { first } = goldenAnswer(company, text);
      expect(first?.strategy, text).toBe("thank-specifically");
      expect(first?.text ?? "", text).not.toMatch(/Boiler/u);
    }
  });
});

describe("a case", () => {
  it("is the mess the fitters left, before the instalment asked about after it", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Ganz ehrlich: Montag kam die WP 9 rein, läuft, aber der Heizungsraum sah danach aus wie ne Baustelle, Bohrstaub überall, Verpackung einfach stehen lassen. Andere Frage gleich dazu: wie setze ich meinen Abschlag runter, die Ölheizung ist ja raus?",
    );
    expect(first?.strategy).toBe("case-next-step");
  });

  it("is an order doubted, not a phishing report", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "so where is my order?? paid 10 days ago, no shipping email, nothing. support email just sends an auto reply. starting to think I got scammed",
    );
    expect(first?.strategy).not.toBe("warn-of-scam");
    expect(first?.text).toMatch(/order/u);
  });

  it("is a parcel that came burst", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "eigentlich lieb ich euch aber das letzte paket kam mit aufgerissener tüte. bohnen im ganzen flur 🙄",
      "x",
    );
    expect(assessment.intent.complaint).toBeDefined();
    expect(first?.strategy).toBe("case-question");
  });
});

describe("no reply from us", () => {
  it("for a question put to the reader about themselves", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "@Uwe Brandt doch, die hatten Karfreitag in Altona ab 9 offen, war selbst da. vielleicht warst du in nem anderen laden?",
    );
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("for a rant about the world's crises", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "The whole world is going to hell – inflation, wars, crooked politicians – and nobody cares, but sure, let's talk about coffee beans 🐑",
    );
    expect(first?.strategy).toBe("no-reply-needed");
  });

  // A guard for this session's own rule (it passes on the code before it too): the German "war's" is no war.
  it("but German 'so wars auch' is no war of the world", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "shoutout an die barista in Ottensen (Lina glaub ich?), der cortado hat mir heute den morgen gerettet und ehrlich so wars auch ☕❤️",
    );
    expect(first?.strategy).toBe("thank-specifically");
  });
});

describe("after the first commit of round fifteen", () => {
  it("an amount rolled at and asked to be changed is a question, answered with the saved answer", () => {
    expect(
      savedAnswer(
        "rheinwerk",
        "Seit Mai haben wir Solar auf dem Dach, zahlen aber immer noch 152€ im Monat 🙄 Kann ich das selbst runtersetzen oder muss ich wieder in die Warteschleife?",
      ),
    ).toMatch(/Abschlag/u);
  });

  it("staff called liar and fraud get a line on the tone beside the case", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Ihre Frau Krämer aus dem Vertrieb ist eine Lügnerin und Betrügerin!!! Hat uns zugesagt, Rheinwerk stellt den Förderantrag, jetzt sollen wir das selbst machen?? Auftrag A-2025-1123",
    );
    expect(first?.strategy).toBe("boundary-and-help");
  });
});

describe("criticism of how welcome one is made to feel", () => {
  it("is taken seriously, not answered as a case about the writer's laptop", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Lovely post about 'community'. Would be even nicer if your Altona café let you sit with a laptop for more than half an hour without someone asking if you're 'still ordering'.",
      "linkedin",
    );
    expect(first?.strategy).toBe("take-seriously");
  });
});

describe("the saved answer", () => {
  it("meets people's own words", () => {
    for (const [company, text, said, site] of [
      [
        "kaffeekollektiv",
        "mistwetter 😤 hat der laden in kreuzberg eigentlich ostermontag auf oder steh ich wieder vor verschlossener tür",
        /Feiertagen/u,
        "x",
      ],
      [
        "rheinwerk",
        "hab meine zugangsdaten verbummelt 🙈 wie krieg ich nen neuen login für die app?",
        /Passwort/u,
        "x",
      ],
      [
        "rheinwerk",
        "Angebot ist unterschrieben 👍 wie lang dauerts jetzt bis ihr kommt? und sind die handwerker dann die ganze woche im haus?",
        /Wochen/u,
        "facebook",
      ],
      [
        "rheinwerk",
        "The outdoor unit has been banging and the radiators are cold since lunchtime. Who do I even ring about this??",
        /0199/u,
        "facebook",
      ],
    ] as const) {
      expect(savedAnswer(company, text, site), text).toMatch(said);
    }
  });
});
