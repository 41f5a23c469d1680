import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From round twenty-three, the twenty-fifth session of 2026-12-07 (batches 583–590, first read at 722a64f), each
 * answered wrongly before, tested here in wordings of our own: the world said to go "down the drain" read as a
 * blocked drain; politics put to the readers or cleared of our doing answered as criticism of our prices; agreement
 * with a tagged reader answered as criticism; jokes on the name or the product, and a meme, thanked or taken
 * seriously; a correction with a kind last word thanked as praise of the fitter it names; a fee raised not heard as
 * the fact under sarcasm; a question with no question mark thanked as praise; a correction of a phone number
 * answered with how cold the heat pumps can heat; the fault line said again to someone who had called it.
 */

describe("the world's matters", () => {
  it("going down the drain is no drain of ours", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "honestly the whole country is going down the drain and we're all here arguing about oat milk. wake up",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).not.toMatch(/^case-|take-seriously/u);
    expect(first?.text ?? "").not.toMatch(/drain/u);
  });

  it("need no reply when the company is cleared of them", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Ihr könnt ja nix dafür, aber was die in Berlin mit dem Heizungsgesetz machen, ist ein einziges Hin und Her. Bei der nächsten Wahl kriegen die die Quittung.",
    );
    expect(first?.strategy).toBe("no-reply-needed");
  });

  it("need no reply when a show or the readers are spoken to", () => {
    for (const text of [
      "Habt ihr gestern die Talkshow gesehen? Die Ministerin weiß doch gar nicht, was eine Familie im Monat ausgibt. Abwählen, alle.",
      "Leute ihr streitet euch hier um 20 Cent, während der Senat seit Jahren keine bezahlbaren Wohnungen baut. Mietendeckel jetzt!",
    ]) {
      const { first } = goldenAnswer("kaffeekollektiv", text);
      expect(first?.strategy, text).toBe("no-reply-needed");
    }
  });
});

describe("a reader tagged and agreed with", () => {
  it("needs no reply, whatever the writer went through", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "@Jana Hollerbach totally agree!! took me weeks to get my residence permit sorted and the internet contract on top 🙈 DM me if you need someone to translate, happy to help",
    );
    expect(assessment.intent.addressedTo).toBe("commenter");
    expect(assessment.intent.sarcasm).toBe(false);
    expect(first?.strategy).toBe("no-reply-needed");
  });
});

describe("the writer's own followers", () => {
  it("asked for tips need no reply from the company", () => {
    const { first } = goldenAnswer("kaffeekollektiv", "Hey insta fam, I need ideas for a good pour-over setup at home");
    expect(first?.strategy).toBe("no-reply-needed");
  });
});

describe("a farewell", () => {
  it("is no topic to find out about", () => {
    const { first } = goldenAnswer("rheinwerk", "why aren't the updates coming through? Stay Safe", "x");
    expect(first?.text ?? "").not.toMatch(/\bSafe\b/u);
  });
});

describe("jokes at our expense", () => {
  it("on the name are left alone, whatever amount they borrow", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Kaffeekollektiv klingt wie ein Verein, wo jeder 3 Euro in die Kaffeekasse wirft und keiner die Maschine entkalkt. Aber Hauptsache Hafer 🙄",
    );
    expect(first?.strategy).toMatch(/^(?:do-not-reply|factual-line)$/u);
  });

  it("on the product, set equal to something silly and laughed at, are left alone", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Rheinwerk Solardach = teuerste Wäscheleine der Stadt 😂😂 aber hey, Hauptsache schöne Drohnenvideos #energiewende",
    );
    expect(first?.strategy).toMatch(/^(?:do-not-reply|factual-line)$/u);
  });

  it("as a meme are never thanked", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      'kaffeekollektiv when they find out a filter at home costs 20 cents: 😱 "but our beans are ✨single origin✨" sure bestie',
    );
    expect(first?.strategy).toMatch(/^(?:do-not-reply|factual-line)$/u);
    expect(first?.text ?? "").not.toMatch(/thank/iu);
  });
});

describe("a correction", () => {
  it("with a kind last word is checked, the fitter it names not thanked", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Small correction on this post: it says the WP 9 heats down to −28 °C, but the leaflet your fitter gave me in May says −20 °C. Might be worth fixing. Otherwise great post!",
      "linkedin",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text ?? "").not.toMatch(/looked after you/u);
  });

  it("of a phone number is settled by the saved number, never by another fact", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Kurzer Hinweis: Im Beitrag steht für Störungen an der Wärmepumpe die 0221 555 0190, das ist doch die normale Hotline? Auf der Website steht die 0221 555 0199. Nicht dass bei minus 12 Grad jemand falsch wählt.",
    );
    expect(first?.strategy).toBe("check-correction");
    expect(first?.text ?? "").not.toMatch(/−20 °C/u);
    expect(first?.text ?? "").toMatch(/0221 555 0199/u);
  });
});

describe("a fee raised under sarcasm", () => {
  it("is never thanked as kind words", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      'Wow @Rheinwerk, vormittags "Gemeinsam für die Region" posten und nachmittags die Grundgebühr erhöhen 👏👏 Ganz große Kommunikation.',
      "x",
    );
    expect(assessment.intent.sarcasm).toBe(true);
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text ?? "").not.toMatch(/[Dd]ank|freundlich/u);
  });
});

describe("a question without its mark", () => {
  it("is held for its answer, never thanked as praise", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "hi! my son loves your Ottensen café (the babyccino lol) and wants his 7th birthday there with 6 friends on a sunday morning. is that something you do or do we just turn up and hope",
    );
    expect(assessment.tone).toBe("question");
    expect(first?.strategy).toBe("holding-reply");
    expect(first?.text ?? "").not.toMatch(/looked after you/u);
  });
});

describe("the fault line", () => {
  it("is not given again to someone who has called it", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Unsere Wärmepumpe zeigt seit Montag Fehler E-104, im Bad sind 16 Grad. Hab am Dienstag beim Störungsdienst angerufen, es hieß, es meldet sich jemand. Bisher nichts. Auftrag WP-2024-11873.",
    );
    expect(first?.text ?? "").toMatch(/WP-2024-11873/u);
    expect(first?.text ?? "").not.toMatch(/0221 555 0199/u);
  });
});
