import { describe, expect, it } from "vitest";
import { assessComment } from "../../src/analysis";
import { checkDraft, composeReplies, platformLength } from "../../src/replies";
import type { CommentSnapshot } from "../../src/shared/comment";
import { DEFAULT_GUIDELINES, type Guidelines } from "../../src/shared/guidelines";
import type { Strategy } from "../../src/shared/replies";

/**
 * End to end: comments as a site adapter reads them, assessed by the real analysis, answered by composeReplies.
 * The table tests in src/replies build assessments by hand; these rows show the two parts fit together.
 */
const guidelines: Guidelines = {
  ...DEFAULT_GUIDELINES,
  companyName: "Beispiel GmbH",
  escalation: { email: "hilfe@beispiel.de", phone: "", url: "" },
};
const options = { now: new Date("2025-06-02T10:20:00Z"), timeZone: "Europe/Berlin" };

function snapshot(text: string, site: CommentSnapshot["site"], name = "Anna Schmidt"): CommentSnapshot {
  return {
    site,
    id: `${site}-${text.length}`,
    threadId: "post-1",
    text,
    author: { name, verified: false, badges: [], isOrganisation: false },
    isReply: false,
    byPageOwner: false,
  };
}

describe.each(["facebook", "x"] as const)("comments on %s, assessed and answered", (site) => {
  it.each<[string, Strategy, string[]]>([
    ["Seit drei Wochen warte ich auf meine Bestellung und niemand antwortet. Echt enttäuschend!", "case-question", []],
    ["Ihr Vollidioten habt mein Paket verloren, ihr Drecksladen!", "boundary", ["vollidiot", "drecksladen"]],
    ["Wann öffnet die neue Filiale in Köln?", "holding-reply", []],
    ["Ich liebe eure Produkte! Weiter so ❤️", "thank-specifically", []],
    ["I've been waiting three weeks for my order and nobody answers. Very disappointing.", "case-question", []],
    ["You idiots lost my parcel, shut up and give me my money back", "boundary", ["idiot", "shut up"]],
    ["When does the new store open?", "answer-frame", []],
    ["Love your products, keep it up!", "thank-specifically", []],
    // A household's device with its error code is a case whoever writes it; a complaint ending "Great update." is
    // sarcasm, never thanked; "Get your s**t together" is swearing, not a slur to delete.
    ["Wir haben seit gestern kein Warmwasser. Wärmepumpe zeigt E-204. Bitte dringend melden!", "case-next-step", []],
    ["You changed the app and now I can't find my monthly bills anywhere. Great update.", "take-seriously", []],
    [
      "Order #KK-10561 got charged twice and the site says payment failed. Get your s**t together.",
      "boundary-and-help",
      [],
    ],
    // A view on prices is criticism, not a case to look up; a roast that "used to be better" is criticism too.
    ["Ihr seid so überbewertet, echt. Hipsterkaffee für 6 Euro.", "take-seriously", []],
    ["Die neue Röstung schmeckt irgendwie verbrannt. War früher besser.", "take-seriously", []],
    ["Your website checkout has been down all morning, can't pay with PayPal", "case-next-step", []],
    // A bare-phrase question in criticism asks nothing; a real question beside a loose mention of an order is one.
    ["Your oat milk surcharge is ridiculous. 80 cents for a splash?", "take-seriously", []],
    [
      "Do you deliver to the UK after Brexit? Customs fees killed my last order from a German shop.",
      "holding-reply",
      [],
    ],
    [
      "Just wanted to say the new Hamburg café is gorgeous and the staff were so welcoming ☕",
      "thank-specifically",
      [],
    ],
    // "Klasse, dass …" about a change nobody announced is criticism; a question to the readers about the company's
    // café is the company's to answer; a price scoffed at is no case of theirs.
    [
      "Klasse, dass ihr die Öffnungszeiten ändert und es nirgends ankündigt. Stand heute vor der Tür.",
      "take-seriously",
      [],
    ],
    ["Kann mir jemand sagen, ob man im Café in Kreuzberg auch mit Karte zahlen kann?", "holding-reply", []],
    // A correction of the post by its own words; thanks to a fitter named after "Herrn" say "Herr".
    ["Ihr schreibt im Post, nur Eigentümer bekommen Förderung. Laut BEG auch Mieter.", "check-correction", []],
    ["Ein großes Lob an Ihren Monteur Herrn Kaya, der trotz Regen alles fertig gemacht hat!", "thank-specifically", []],
    // "wtf" opening a question about their own bill is surprise, not rudeness; an app that crashes is a defect
    // on whatever screen; a mail nobody answered is a request waiting for its answer.
    ["@Rheinwerk wtf wieso is mein abschlag jetz 180€??? vorher 95", "case-next-step", []],
    ["app crashes every time i open the bill section. iphone 13, ios 18.1", "case-next-step", []],
    // A household without hot water asking whether it is a known fault has a case of its own, not "criticism".
    ["Seit gestern früh kein Warmwasser in Lindenau, ist das eine bekannte Störung?", "case-next-step", []],
    ["no hot water since yesterday morning in Lindenau, is this a known outage?", "case-next-step", []],
    // A case said in sarcasm is still a case, and never thanked (the table checks the calm, the rows below thanks).
    // Sarcasm said as such: the criticism heard and the one question asked in the same reply.
    [
      "Danke für nichts. Meine Kündigung wurde trotz Bestätigung nicht bearbeitet und jetzt wurde wieder abgebucht.",
      "take-seriously",
      ["vielen dank", "danke für ihr"],
    ],
    ["ich hab euch vor 2 wochen ne mail geschrieben wegen meinem vertrag und nix gehört 😤", "case-question", []],
    ["Was ein Quatsch, Kaffee für 5 Euro, da mach ich mir lieber selber einen.", "take-seriously", []],
    // A defect nobody answers about is the defect; a job number is a job.
    ["Seit 3 Tagen keine Heizung, Fehler E118, Auftrag A-24-2201, Hotline nicht erreichbar.", "case-next-step", []],
  ])("%s", (text, strategy, insults) => {
    const comment = snapshot(text, site);
    const assessment = assessComment(comment, guidelines);
    const suggestions = composeReplies(comment, assessment, guidelines, options);
    expect(suggestions.map((s) => s.strategy)).toContain(strategy);
    for (const s of suggestions) {
      expect(s.language).toBe(assessment.language);
      expect(checkDraft(s.text, { site, language: s.language }, guidelines).calm).toBe(true);
      expect(s.check.ok).toBe(true);
      expect(platformLength(s.text, site)).toBeLessThanOrEqual(guidelines.maxLength[site]);
      for (const word of insults) expect(s.text.toLowerCase()).not.toContain(word);
    }
  });
});

describe("a troll who mocks a topic the company has a fact on", () => {
  const mocking = snapshot("Wärmepumpe im Winter 😂😂 Viel Spaß beim Frieren, Leute 🥶", "facebook", "Dennis Kramer");
  const fact = "Hallo {name}, unsere Wärmepumpen heizen bis zu einer Außentemperatur von −20 °C zuverlässig.";
  const withFact: Guidelines = {
    ...guidelines,
    savedReplies: [{ id: "winter", title: "Im Winter", text: fact, language: "de", topics: ["Winter", "Frieren"] }],
  };

  it("gets the fact as one factual line first, silence as the alternative", () => {
    const suggestions = composeReplies(mocking, assessComment(mocking, withFact), withFact, options);
    expect(suggestions[0]).toMatchObject({ strategy: "factual-line", source: "saved", savedReplyId: "winter" });
    expect(suggestions[0]?.text).toContain("−20 °C");
    expect(suggestions.map((s) => s.strategy)).toContain("do-not-reply");
    // Said once: the saved reply is not offered a second time beside it.
    expect(suggestions.filter((s) => s.savedReplyId === "winter")).toHaveLength(1);
  });

  it("is left alone when the company has no fact on it", () => {
    const suggestions = composeReplies(mocking, assessComment(mocking, guidelines), guidelines, options);
    expect(suggestions[0]?.strategy).toBe("do-not-reply");
  });
});

describe("a case whose problem no clause names", () => {
  it.each([
    [
      "Ordered the V60 starter kit on the 10th, order #KK-11642, the glass carafe arrived smashed.",
      /the glass carafe arrived smashed/,
    ],
    [
      "Booked a heat pump survey for 14 November, ref A-24-5120, nobody showed up and nobody called.",
      /nobody turned up for your appointment/,
    ],
    ["Order #KK-11201 arrived but it's the wrong size, I ordered the 1 kg bag.", /didn't arrive as ordered/],
    ["Paket 40-11111 ging an die falsche Adresse, der Nachbar hat es jetzt.", /Paket 40-11111 falsch zugestellt/],
  ])("says it in the commenter's words: %s", (text, said) => {
    const comment = snapshot(text, "facebook", "Harriet Cole");
    const [first] = composeReplies(comment, assessComment(comment, guidelines), guidelines, options);
    expect(first?.strategy).toBe("case-next-step");
    expect(first?.text).toMatch(said);
  });
});

describe("a case known only by its number", () => {
  it.each([
    ["Ich will seit Wochen nur wissen, warum mein Abschlag plötzlich 210 € ist. Kundennummer 771845.", /Abschlag/],
    [
      "My smart meter has been showing zero consumption since March. Customer no. 300912. Can someone check?",
      /smart meter/,
    ],
  ])("is named by what the comment is about: %s", (text, topic) => {
    const comment = snapshot(text, "facebook");
    const [first] = composeReplies(comment, assessComment(comment, guidelines), guidelines, options);
    expect(first?.strategy).toMatch(/^case-/);
    expect(first?.text).toMatch(topic);
  });
});

describe("praise of a thing no list knows", () => {
  it("is thanked for that thing, in English", () => {
    const comment = snapshot("the Hafenblick filter is my new favourite, tastes like blueberries 🫐", "facebook");
    const suggestions = composeReplies(comment, assessComment(comment, guidelines), guidelines, options);
    expect(suggestions[0]?.strategy).toBe("thank-specifically");
    expect(suggestions[0]?.text).toContain("the Hafenblick filter");
  });
});
