import { describe, expect, it } from "vitest";
import { goldenAnswer, savedAnswer as saved } from "./company-answers";

/**
 * From round eight of the twentieth session of 2026-12-06 (batches 463–470), each answered wrongly before, tested here
 * in wordings of our own: a danger judged of a campaign, a bill "cut" or the energy transition "sped up" read as
 * someone hurt; a telephone number read as a case number; a person tagged by name, a shouted "A 6" or a verb named as
 * the topic; praise read as a complaint or left unanswered; sarcasm thanked; the company tagged after a friend left
 * unanswered; a mistake to avoid read as one made; and more words people use for what a saved answer holds.
 */

const HURT = /verletzt|hurt|Qualitätssicherung|quality and safety|Chargennummer|batch number|drivers|Fahrer/iu;
const THANKS = /\b(?:thank|dank)\p{L}*|kind words|Lob\b|nette[nr]? Worte/iu;

describe("nobody hurt", () => {
  it("is read where a danger is judged of an idea, bills are cut or a change is sped up", () => {
    for (const text of [
      "Die Kampagne „Wärmepumpe passt überall“ halte ich fachlich für gefährlich. Im Altbau zahlt der Kunde am Ende drauf. Wo bleibt die ehrliche Beratung, @Rheinwerk?",
      "Why not offer heat pump owners a time-of-use tariff? Shifting the evening load would have cut their bills by a third last winter.",
      "nice words about speeding up the heat transition, meanwhile my survey appointment has been pending since September 🙄",
    ]) {
      const { assessment, first } = goldenAnswer("rheinwerk", text);
      expect(assessment.intent.complaint?.problem, text).not.toBe("safety");
      expect(first?.text ?? "", text).not.toMatch(HURT);
    }
  });

  it("still reads drivers speeding past a school as a danger", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Your delivery drivers keep speeding past the primary school on Bergstraße every morning, it's dangerous.",
    );
    expect(assessment.intent.complaint?.problem).toBe("safety");
  });
});

describe("a telephone number", () => {
  it("is dialled, never looked up as a case", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Kurze Frage: im Flyer steht die Nummer 0221 555 0177, im Impressum eine andere. Welche gilt denn nun?",
    );
    expect(first?.text ?? "").not.toMatch(/Vorgang 0221|Anfrage 0221|Fall \(?0221/u);
  });
});

describe("what the reply names", () => {
  it("never names a person tagged by full name, a shouted article or a verb as the topic", () => {
    for (const [company, text, wrong] of [
      [
        "kaffeekollektiv",
        "schau mal @Ronja Bergmann die sind jetzt auch in Leipzig 😍 ab wann kann man da morgens rein?",
        /Bergmann/u,
      ],
      [
        "rheinwerk",
        "@Rheinwerk NO HEAT SINCE FRIDAY AND A 3 YEAR OLD AT HOME. HEAT PUMP DEAD. CALL ME BACK",
        /\bA 3\b/u,
      ],
      [
        "kaffeekollektiv",
        "Having spent 9 years in green coffee trading I'd push back: a label without published prices per lot is marketing. Will you publish them?",
        /the spent/iu,
      ],
      [
        "rheinwerk",
        "Hi, we just got a letter about the new prices, all in German. If I read it right our monthly payment almost doubles?? Can someone explain what's going on with our account",
        /almost/iu,
      ],
    ] as const) {
      const { first } = goldenAnswer(company, text);
      expect(first?.text ?? "", text).not.toMatch(wrong);
    }
  });

  it("says the company's own thing as ours", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Neue Kaffeemaschine, extra euren Espresso bestellt und was kommt? Gemahlen für Filter!! Kann man so nicht trinken.",
    );
    expect(first?.text ?? "").not.toMatch(/\beuren\b/u);
  });

  it("greets a name without the town written beside it", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Wann röstet ihr die nächste Weihnachtsmischung?",
      "x",
      "Tine aus Kiel",
    );
    expect(first?.text ?? "").not.toMatch(/aus Kiel/u);
  });
});

describe("the urgent line on X", () => {
  it("outranks the sentence that says the case again", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk heat pump dead again, house is freezing and we have a newborn. customer no. 30 118 442",
      "x",
    );
    expect(first?.text ?? "").toMatch(/555 0199/u);
    expect((first?.text ?? "").length).toBeLessThanOrEqual(280);
  });
});

describe("praise", () => {
  it("is thanked when a guest could not speak German and the staff switched", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "Danke an euer Team in Kreuzberg! Meine Tante aus Lyon spricht kein Wort Deutsch und der Barista hat einfach auf Französisch weitergemacht 🥐",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("thank-specifically");
  });

  it("of the fitters who put a unit in is answered, not left to readers", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Just wanted to say the two engineers who put in our WP 9 on Monday were great. Quick, careful and very patient with my dad.",
    );
    expect(assessment.intent.offTopic).toBe(false);
    expect(first?.strategy).toBe("thank-specifically");
  });

  // A guard for this round's own change: "heat pump died" is now read as a failure, and must not make this a complaint.
  it("with the name not caught and a breakdown put right carries no criticism", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Huge thanks to the engineer who came out late on Sunday when our heat pump died. Didn't catch his name but he had us warm again within an hour. Brilliant!",
    );
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text ?? "").not.toMatch(/criticism|Kritik/iu);
  });
});

describe("sarcasm", () => {
  it("is never thanked: a price above the rent, 'ich liebe es ja, wenn', congratulations beside a mail unanswered", () => {
    for (const text of [
      "love that a cortado at ur hamburg spot now costs more than my phone contract. really nailing that 'corner café' vibe 👏",
      "Ich liebe es ja, wenn in der App „Versand morgen“ steht und das seit einer Woche 😍 Spannung pur.",
      "Glückwunsch zur Auszeichnung 🏆 ehrlich. Vielleicht findet ja jetzt jemand Zeit für meine Anfrage zum Firmenabo, die liegt nur seit vier Wochen bei euch 👍",
    ]) {
      const { assessment, first } = goldenAnswer("kaffeekollektiv", text);
      expect(assessment.intent.sarcasm, text).toBe(true);
      expect(first?.text ?? "", text).not.toMatch(THANKS);
    }
  });
});

describe("who is asked", () => {
  it("is the company when it is tagged after a friend", () => {
    const { assessment, first } = goldenAnswer(
      "kaffeekollektiv",
      "@mia_bremen kam deins diese woche?? meins schon wieder nicht 🙄 @kaffeekollektiv was is da los mit dem abo",
      "x",
    );
    expect(assessment.intent.addressedTo).toBe("company");
    expect(first?.strategy).not.toBe("no-reply-needed");
  });

  it("asks nothing of a mistake the writer wants to avoid", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "@Rheinwerk quick one: your post says the WP 9 heats down to -25°C but the spec sheet says -20. which is it? don't want to quote the wrong number to my tenants",
      "x",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.strategy).toBe("check-correction");
  });

  it("reads 'eigentlich' said twice in a question as a question, not a correction", () => {
    const { assessment } = goldenAnswer(
      "rheinwerk",
      "Hab ich eigentlich ein Sonderkündigungsrecht wegen der neuen Preise? Mein Vertrag läuft eigentlich noch bis März.",
    );
    expect(assessment.role).not.toBe("know-it-all");
  });

  it("says no visit went badly where none was made", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Hab euch zweimal auf Englisch geschrieben und zweimal Antwort auf Deutsch bekommen. Na toll.",
    );
    expect(first?.text ?? "").not.toMatch(/Besuch|Filiale|visit|branch/iu);
  });
});

describe("saved answers in the commenter's own words", () => {
  it("give the café's hours for how long or from when one can come", () => {
    for (const text of [
      "wie lang kann man bei euch in Ottensen am Samstag abends noch sitzen?",
      "Kann man sonntags bei euch brunchen und ab wann?",
      "Kann man in Kreuzberg auch morgens schon rein oder erst ab Mittag?",
    ])
      expect(saved("kaffeekollektiv", text), text).toMatch(/geöffnet/u);
    expect(saved("kaffeekollektiv", "Visiting Leipzig next week – how early can we come in for breakfast?")).toMatch(
      /open/u,
    );
  });

  it("give the pause for a subscription while away", () => {
    for (const text of [
      "Wir sind im Januar drei Wochen in Thailand, kann ich die Kaffeelieferung solange auf Stopp setzen?",
      "Bin über Ostern bei meinen Eltern. Was mach ich mit meiner Lieferung, die alle zwei Wochen kommt?",
    ])
      expect(saved("kaffeekollektiv", text), text).toMatch(/pausieren/u);
  });

  it("give help in English, the heat pump in frost, the fitting's duration and the grind", () => {
    expect(
      saved("rheinwerk", "my german isn't great – can I sort out my contract with you without speaking german?"),
    ).toMatch(/English/u);
    expect(
      saved(
        "rheinwerk",
        "Will one of your heat pumps really keep a leaky 1950s house warm when it's minus 12 outside?",
      ),
    ).toMatch(/−20 °C/u);
    expect(
      saved(
        "rheinwerk",
        "Wenn wir jetzt bestellen, ist die Anlage bis Sommer drin? Und wie lang ist das Haus dann Baustelle?",
      ),
    ).toMatch(/Wochen/u);
    expect(
      saved(
        "kaffeekollektiv",
        "Wir haben nur einen Siebträger und kein Mahlwerk. Könnt ihr die Bohnen passend vorbereiten?",
      ),
    ).toMatch(/Mahlgrad/u);
  });

  it("give the emergency line to who to call when a heat pump stops in the night", () => {
    expect(
      saved("rheinwerk", "Nächsten Monat kommt unsere Wärmepumpe. Wen ruf ich eigentlich an, wenn die nachts streikt?"),
    ).toMatch(/0221 555 0199/u);
  });
});
