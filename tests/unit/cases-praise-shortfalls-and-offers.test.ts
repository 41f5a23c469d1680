import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * From the stop of 2026-12-05 (ninth session), round 1 of fresh batches (199–202), each answered wrongly before: praise
 * read as a complaint because nothing was lost ("keinen einzigen Produktionstag verloren"), praise in words of its
 * own ("ne Wucht", "So geht Kundenbeziehung"), what should have happened set beside what did ("hätte sich gefreut,
 * gefragt zu werden", "the same week you …"), fewer delivered than ordered, a reading sent in and billed as
 * estimated, a romance scam thanked, an offer to a tagged reader and a tip for the readers answered as ours, an
 * argument that "falls apart" read as a billing case, and a question "abseits vom Beitrag" read as football.
 */

describe("praise is thanked, whatever words it is in", () => {
  it.each([
    [
      "rheinwerk",
      "Kurzes Feedback aus Leverkusen: Die Umstellung unserer Schreinerei auf eine PV-Anlage mit Speicher hat Rheinwerk in drei Tagen durchgezogen. Projektleiterin Frau Okafor hat jeden Schritt vorher mit uns abgestimmt, sodass wir keinen einzigen Produktionstag verloren haben. Klare Empfehlung an andere Handwerksbetriebe in der Region.",
      "Frau Okafor",
    ],
    [
      "kaffeekollektiv",
      "der neue filterkaffee aus äthiopien (Guji) is echt ne wucht, erdbeerig ohne ende 🍓 hab direkt 2 tüten nachbestellt",
      "Guji",
    ],
    [
      "kaffeekollektiv",
      "Wir beziehen seit gut einem Jahr den Bürokaffee für unsere Agentur in Leipzig bei euch. Was ich mal hervorheben möchte: Als unser Vollautomat im Januar mit der Bohne nicht klarkam, hat Jana aus eurem Team uns ungefragt eine dunklere Röstung zum Testen geschickt. So geht Kundenbeziehung.",
      "Jana",
    ],
  ])("%s: %s", (company, text, named) => {
    const { first } = goldenAnswer(company as "rheinwerk", text, "linkedin");
    expect(first?.strategy).toBe("thank-specifically");
    expect(first?.text).toContain(named);
    // The writer's own agency is not what they praise.
    expect(first?.text).not.toMatch(/Thema Agentur/u);
  });
});

describe("criticism said as what should have been is taken seriously, never thanked", () => {
  it.each([
    [
      "Spannend zu lesen, wie wichtig euch „Nähe zur Community“ ist. Die Community in Leipzig hätte sich vielleicht gefreut, vor dem Aus fürs Sonntagsfrühstück mal gefragt zu werden. Aber gut, Strategie ist Strategie.",
    ],
    [
      "Bold move launching a 'slow coffee' campaign the same week you replaced half the counter in Ottensen with self-order tablets. Really slowing things down there.",
    ],
  ])("%s", (text) => {
    const { first } = goldenAnswer("kaffeekollektiv", text);
    expect(first?.strategy).toBe("take-seriously");
    expect(first?.text).not.toMatch(/\b(?:[Dd]ank|[Tt]hank)/u);
  });

  it("a hashtag's verdict is no praise", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Rheinwerk Wärmepumpe: macht das Haus so gemütlich wie nen Kühlschrank von innen 😂😂 #flop",
      "x",
    );
    expect(first?.strategy).not.toBe("thank-specifically");
    expect(first?.text ?? "").not.toMatch(/[Dd]anke/u);
  });
});

describe("a case told without a complaint word is a case", () => {
  it("fewer delivered than ordered, however friendly", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "We ordered 12 bags of your house blend for our Hamburg office last week. Invoice says 12, the box contained 8. Happy to sort it out, just need to know how.",
      "linkedin",
    );
    expect(first?.strategy).toBe("case-question");
    expect(first?.text).not.toMatch(/kind words/u);
  });

  it("fewer delivered than billed", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Wir haben für unser Team-Event letzte Woche 30 Geschenksets bei euch bestellt. Angekommen sind 24, die Rechnung lautet trotzdem auf 30. Wie kommen wir da jetzt zusammen?",
      "linkedin",
    );
    expect(assessment.intent.complaint?.problem).toBe("delivery");
  });

  it("more delivered than ordered is no shortfall", () => {
    const { assessment } = goldenAnswer(
      "kaffeekollektiv",
      "Wir haben 3 Tüten bestellt und angekommen sind 4 – danke für die Extra-Tüte, super lieb!",
    );
    expect(assessment.intent.complaint).toBeUndefined();
  });

  it("a reading sent in and billed as estimated is answered as the case, not with where to find the bill", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      'Hab am 12. Januar den Zählerstand über die App jemeldet, mit Foto un allem. Jetz kommt die Jahresabrechnung mit "geschätzt" drauf un 380 € Nachzahlung. Wat soll dat denn?? Dat kann doch nit richtig sein',
    );
    expect(first?.strategy).toBe("case-question");
    expect(first?.text).toContain("380 €");
  });
});

describe("what is not put to the company is not answered as ours", () => {
  it.each([
    [
      "rheinwerk",
      "Hello dear, I am Captain Ryan from US Army on peace mission. I saw your profile and want to be good friends, please accept my request ❤️🙏",
      ["do-not-reply", "no-reply-needed"],
    ],
    [
      "rheinwerk",
      "@Claire Dubois we had ours installed last autumn, happy to share how it went over a coffee if you're still deciding. Just DM me.",
      ["no-reply-needed"],
    ],
    [
      "kaffeekollektiv",
      "Bei Lidl gibts ab Donnerstag Siebträger für 79 € falls jemand grad sucht 👀",
      ["no-reply-needed"],
    ],
  ])("%s: %s", (company, text, plans) => {
    const { first } = goldenAnswer(company as "rheinwerk", text);
    expect(plans).toContain(first?.strategy);
  });

  it("a question beside the post is still a question to us", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Kurze Frage abseits vom Beitrag: Ich bin im August drei Wochen auf Dienstreise – kann ich mein Kaffee-Abo pausieren oder muss ich kündigen und neu abschließen?",
    );
    expect(first?.strategy).toBe("saved-reply");
    expect(first?.text).toContain("pausieren");
  });
});

describe("an argument or a policy is no fault of the writer's", () => {
  it("an argument that falls apart is no billing case", () => {
    const { assessment, first } = goldenAnswer(
      "rheinwerk",
      "Utilities keep telling homeowners to 'just get a heat pump' while grid fees climb in many regions. Without tariffs that reward flexible use, the running-cost argument falls apart for a lot of families. Where does Rheinwerk actually stand on this?",
      "linkedin",
    );
    expect(assessment.intent.complaint).toBeUndefined();
    expect(first?.text).not.toMatch(/customer number|your bill/u);
  });

  it("a parent left behind by a policy argued against is criticism, not a defect", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Ich finde es nicht gut dass man bei Ihnen fast alles nur noch über die App machen soll. Nicht jeder hat so ein Smartphone, meine Mutter ist 84 und kommt damit überhaupt nicht klar.",
    );
    expect(first?.strategy).toBe("take-seriously");
  });

  it("a setting not found in the app is asked about, not a defect", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "is the rheinwerk zuhause app available in english? cant find a language setting anywhere",
      "x",
    );
    expect(first?.strategy).toBe("holding-reply");
    expect(first?.text).not.toMatch(/anywhere|app version/u);
  });
});

describe("replies read as a lead would post them", () => {
  it("a rude complaint on X keeps its boundary and its case within 280 characters", () => {
    const { first } = goldenAnswer(
      "kaffeekollektiv",
      "Zum ZWEITEN Mal die falsche Sorte. Bestellung 60442, bestellt Äthiopien Guji, gekommen Espresso Blend. Könnt ihr nicht lesen oder was?? Lächerlich @kaffeekollektiv",
      "x",
    );
    expect(first?.strategy).toBe("boundary-and-help");
    expect(first?.text).toContain("60442");
  });

  it("a question on the account managers names no taunt", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "Frankly, dealing with Rheinwerk is a joke. Our business electricity contract (customer number 62 019 337) was moved to a higher tariff in March without any notice. Four emails, zero replies. Are your account managers asleep?",
      "linkedin",
    );
    expect(first?.text).not.toContain("asleep");
  });

  it("an adjective before a noun of known gender is said in the nominative", () => {
    const { first } = goldenAnswer(
      "rheinwerk",
      "@rheinwerk habt ihr nen dynamischen stromtarif? find auf eurer seite nix dazu",
      "x",
    );
    expect(first?.text).toContain("dynamischer Stromtarif");
  });
});
