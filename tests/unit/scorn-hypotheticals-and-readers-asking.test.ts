import { describe, expect, it } from "vitest";
import { goldenAnswer, savedAnswer as saved } from "./company-answers";

/**
 * From rounds three to five of the nineteenth session of 2026-12-06 (batches 423–446), each answered wrongly before,
 * tested here in wordings of our own: thanks in advance read as praise; a statement with its subject dropped held as
 * a question; a question asked in scorn thanked and held; sarcasm thanked; a breakdown feared or a fuel left read as a
 * case; others' waits read as the writer's; saved answers offered to what they do not answer; a reader asked about
 * us left unanswered; and more words people use for what a saved answer holds.
 */

const THANKS = /\b(?:thank|dank)\p{L}*|kind words|Lob\b/iu;

describe("thanks in advance", () => {
  it("are a courtesy, neither praise to thank for nor sarcasm", { timeout: 30_000 }, () => {
    const english = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk any update on when you'll connect our solar system? It's been 10 weeks since the installer left. Thanks in advance!",
      "x",
    );
    expect(english.first?.strategy).not.toBe("thank-specifically");
    expect(english.first?.text ?? "").not.toMatch(/kind words/iu);
    const german = goldenAnswer(
      "rheinwerk",
      "Danke im Voraus! Gibt es schon Neuigkeiten zu meinem Förderantrag? Warte seit April.",
    );
    expect(german.assessment.intent.sarcasm).toBe(false);
  });
});

describe("what is said, not asked", () => {
  it("reads 'Kann … nicht' with its subject dropped as a statement", () => {
    expect(
      goldenAnswer("kaffeekollektiv", "Kann Leute nicht verstehen die hier nur meckern").assessment.intent.question,
    ).toBeUndefined();
  });

  it("answers a question asked in scorn without thanks and without holding it", () => {
    for (const text of [
      "Liest bei euch überhaupt jemand die Kommentare oder postet ihr nur Stockfotos von glücklichen Familien?? Peinlich.",
      "does anyone at your company read emails or do you just post cute dogs all day?? useless",
      "4,90 für nen Flat White?? Habt ihr noch alle Tassen im Schrank",
    ]) {
      const { first } = goldenAnswer("rheinwerk", text);
      expect(first?.strategy, text).not.toBe("holding-reply");
      expect(first?.text ?? "", text).not.toMatch(THANKS);
    }
  });
});

describe("sarcasm", () => {
  it("is never thanked, whatever feature, slow post, award or timing it mocks", () => {
    for (const [company, text] of [
      [
        "rheinwerk",
        "love that the app update brought a shiny new logo 👏 now I can fail to log in in style. priorities!!",
      ],
      ["kaffeekollektiv", "14 Tage für ein Paket nach Bremen. Respekt, verschickt ihr per Brieftaube? 🐌"],
      [
        "rheinwerk",
        "Congrats on the 'best service' award 🏆 must've been judged by people who never called your hotline",
      ],
      [
        "rheinwerk",
        "Love the new 'we care' campaign 🥰 Funny timing, my neighbour who works for you just had her hours cut.",
      ],
      [
        "rheinwerk",
        "Super 👏 seit 5 Wochen auf einen Rückruf warten. Da lernt man Geduld, danke für die Lebenserfahrung",
      ],
      [
        "kaffeekollektiv",
        "„Zero Waste im ganzen Café“ 👏👏 und dann gibt's den Bagel in Frischhaltefolie gewickelt. Große Klasse",
      ],
    ] as const) {
      const { first } = goldenAnswer(company, text);
      expect(first?.strategy, text).not.toBe("thank-specifically");
      expect(first?.text ?? "", text).not.toMatch(/kind words|freundlichen Worte|Lob\b|so gut ankommt/iu);
    }
  });
});

describe("no case of one's own", () => {
  it("reads a breakdown feared and a fuel left as no case, and answers with the saved facts", () => {
    const feared = goldenAnswer(
      "rheinwerk",
      "Meine Mutter (79) hat seit dem Sommer eure Wärmepumpe. Falls die nachts mal ausfällt, wo soll sie dann anrufen? Mit dem Handy kommt sie nicht klar.",
    );
    expect(feared.assessment.intent.complaint).toBeUndefined();
    expect(feared.first?.text ?? "").toMatch(/0221 555 0199/u);
    const fuel = goldenAnswer(
      "rheinwerk",
      "Wir wollen mit unserem Reihenhaus endlich vom Öl weg. Gibt es dafür noch Geld vom Staat?",
    );
    expect(fuel.assessment.intent.complaint).toBeUndefined();
    expect(fuel.first?.source).toBe("saved");
  });

  it("reads others' waits, held up as an argument, as no case of the writer's", () => {
    expect(
      goldenAnswer(
        "rheinwerk",
        "Great that you celebrate 500 heat pumps, but half my road has been waiting months for a survey.",
      ).assessment.intent.complaint,
    ).toBeUndefined();
    expect(
      goldenAnswer(
        "rheinwerk",
        "nice 'customers first' post. half the comments here are people waiting weeks for a callback",
        "x",
      ).assessment.intent.complaint,
    ).toBeUndefined();
  });
});

describe("saved answers", () => {
  it("are not offered to a new café asked about nor to a charge on the bill asked about", () => {
    expect(
      goldenAnswer("kaffeekollektiv", "Any plans to open a café in Cologne? We'd be there daily!", "linkedin").first
        ?.source,
    ).toBe("generated");
    expect(
      goldenAnswer(
        "rheinwerk",
        "Warum steht auf meiner Jahresabrechnung plötzlich eine Servicegebühr, die es letztes Jahr nicht gab?",
      ).first?.source,
    ).toBe("generated");
  });

  it("come first when praise or a reader is beside the question", () => {
    const praised = goldenAnswer(
      "rheinwerk",
      "Eure Monteure waren super 👍 eine Frage noch: wo trag ich die Zahlen vom Gaszähler ein, find nix in der App",
      "x",
    );
    expect(praised.first?.source).toBe("saved");
    const reader = goldenAnswer(
      "rheinwerk",
      "@Jana Krüger weißt du, wo man die Zahlen vom Stromzähler eingibt? Ich hab kein Smartphone für die App",
    );
    expect(reader.first?.source).toBe("saved");
    const idiom = goldenAnswer(
      "kaffeekollektiv",
      "@Tim Weber nehmen die da eigentlich extra Geld wenn man pflanzliche Milch will? Anderswo zahl ich mich dumm und dämlich",
    );
    expect(idiom.assessment.verdict).toBe("keep");
    expect(idiom.first?.source).toBe("saved");
  });

  it("are found by more of the words people use", () => {
    expect(
      saved("rheinwerk", "Geht das, dass ich jeden Monat etwas mehr überweise? Oder muss ich dafür anrufen?"),
    ).toMatch(/Abschlag/u);
    expect(
      saved("rheinwerk", "Wo tipp ich ein, was auf dem Kasten im Keller steht? Der Brief sagt bis Freitag"),
    ).toMatch(/Zählerstand/u);
    expect(saved("kaffeekollektiv", "Zahlt man bei euch für pflanzliche Milch drauf?")).toMatch(/ohne Aufpreis/u);
    expect(saved("kaffeekollektiv", "r u open saturday mornings in ottensen?", "x")).toMatch(/weekends/u);
    expect(
      saved(
        "rheinwerk",
        "Moving to Bonn soon, can I deal with you in English somehow? My German on the phone is bad",
        "x",
      ),
    ).toMatch(/English/u);
    expect(
      saved("kaffeekollektiv", "hallo bis wann kann man am samstag in hamburg noch vorbeikommen fragezeichen danke"),
    ).toMatch(/geöffnet/u);
    expect(saved("kaffeekollektiv", "Kann mir jemand sagen, wann ihr am Samstag aufmacht?")).toMatch(/geöffnet/u);
  });
});

describe("the words a reply names", () => {
  it("never names the insult as the topic", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Kann mir mal einer von euch Schlaumeiern erklären, warum die Grundgebühr auf einmal höher ist? Wird immer absurder",
    );
    expect(first?.text ?? "").not.toMatch(/Schlaumeier/u);
  });
});

describe("round six: criticism asked as a question, sarcasm and more saved words", () => {
  it("takes criticism asked as a question seriously instead of holding it with thanks", () => {
    for (const [company, text] of [
      [
        "kaffeekollektiv",
        "Das neue Bonsystem an der Kasse ist einfach umständlich. Zettel hier, Marke da... Muss das sein?",
      ],
      [
        "rheinwerk",
        "Warum fliegt man aus eurer App jeden Tag raus? Hat das vor dem Update überhaupt mal wer getestet?",
      ],
      [
        "rheinwerk",
        "Why do I need a site visit just to get a ballpark figure? Every other installer has prices online.",
      ],
      ["kaffeekollektiv", "Mal ehrlich, 16 Euro für 250 Gramm?? Wer soll sich das noch leisten?"],
    ] as const) {
      const { first } = goldenAnswer(company, text);
      expect(first?.strategy, text).not.toBe("holding-reply");
      expect(first?.text ?? "", text).not.toMatch(/nachfragen|your question|thanks for asking/iu);
    }
  });

  it("never thanks sarcasm about a claim without figures, an ignored setting, a slip or a price rise", () => {
    for (const [company, text] of [
      [
        "kaffeekollektiv",
        "„Fair zu allen Bauern“ 👏 Wäre noch schöner, wenn man irgendwo eine Zahl fände. Aber Storytelling ist ja auch was wert.",
      ],
      [
        "rheinwerk",
        "Love how the portal writes to me in German every time even though I set it to English. Truly immersive 👏",
      ],
      [
        "kaffeekollektiv",
        "Love that the job ad wants 'energy' and 'passion' but somehow forgot the pay. Must have been a typo 😉",
      ],
      [
        "kaffeekollektiv",
        "Beeindruckend, wie man die Preise um 15 % anhebt und das als Transparenz verkauft. Wirklich inspirierend 👏",
      ],
    ] as const) {
      const { first } = goldenAnswer(company, text, "linkedin");
      expect(first?.text ?? "", text).not.toMatch(/\b(?:thank|dank)\p{L}*|kind words|freundlichen Worte|Lob\b/iu);
    }
  });

  it("answers criticism of glossy posts and a barrier for foreign staff as criticism, not 'we read along'", () => {
    for (const text of [
      "Immer diese Hochglanzbilder mit lachenden Monteuren. Bei uns kam eine Fremdfirma, statt so zu tun als wär alles eigenes Personal.",
      "Verträge und Rechnungen nur auf Deutsch sind für viele unserer internationalen Mitarbeitenden eine echte Hürde.",
    ]) {
      expect(goldenAnswer("rheinwerk", text, "linkedin").first?.strategy, text).toBe("take-seriously");
    }
  });

  it("finds saved answers by oat, a monthly amount, dialect and the café's late hours", () => {
    expect(saved("kaffeekollektiv", "kostet das mit Hafer bei euch extra?")).toMatch(/ohne Aufpreis/u);
    expect(
      saved(
        "rheinwerk",
        "Wir zahlen immer noch 120€ jeden Monat an euch, obwohl wir viel weniger brauchen. Kann ich das selbst ändern?",
      ),
    ).toMatch(/Abschlag/u);
    expect(
      saved("rheinwerk", "Griaß eich, de Zoi vom Stromzähler soi i durchgem, aber i hob koa App. Wo geht des?"),
    ).toMatch(/Zählerstand/u);
    expect(saved("kaffeekollektiv", "visiting Hamburg on Saturday, how late do you stay open in Ottensen?")).toMatch(
      /weekends/u,
    );
    expect(
      saved(
        "kaffeekollektiv",
        "Wir sind 4 Wochen in Spanien. Kommt das Paket trotzdem alle zwei Wochen? Kann man das anhalten?",
      ),
    ).toMatch(/pausieren/u);
  });
});

describe("round seven: timing jeered, awards doubted, days the hours do not cover", () => {
  it("never thanks a timing called chance or an award fit for the shelf", () => {
    for (const [company, text] of [
      ["rheinwerk", "Der Preisbrief kommt natürlich genau in der Woche, in der es friert. Respekt, dieses Timing 👏"],
      [
        "kaffeekollektiv",
        "„Bester Arbeitgeber“ 🎉 Bestimmt ganz zufällig dieselbe Woche, in der zwei Köche gekündigt haben. Aber der Preis macht sich sicher gut im Büro.",
      ],
    ] as const) {
      const { first } = goldenAnswer(company, text, "linkedin");
      expect(first?.text ?? "", text).not.toMatch(/\b(?:thank|dank)\p{L}*|Lob\b/iu);
    }
  });

  it("takes a mistake in the post jeered at seriously, without thanks", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Klasse, im Beitrag steht Kundenservice samstags bis 16 Uhr. Um 15 Uhr ging keiner ran. Ganz großes Kino 👏",
    );
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").not.toMatch(/Danke/u);
  });

  it("holds a question about a day the usual hours do not cover, and a new café, instead of giving the hours", () => {
    expect(goldenAnswer("kaffeekollektiv", "Habt ihr an Silvester auf? Und bis wann?").first?.source).toBe("generated");
    expect(goldenAnswer("kaffeekollektiv", "Are you open on Christmas Eve?", "x").first?.source).toBe("generated");
    expect(goldenAnswer("kaffeekollektiv", "Any chance you'll open a café in Bremen some day?").first?.source).toBe(
      "generated",
    );
    // A public holiday is what the saved answer's "on public holidays" speaks of.
    expect(goldenAnswer("kaffeekollektiv", "are you open on boxing day?", "x").first?.source).toBe("saved");
  });
});
