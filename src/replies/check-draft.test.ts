import { describe, expect, it } from "vitest";
import { DEFAULT_GUIDELINES, type Guidelines } from "../shared/guidelines";
import type { DraftContext, FindingCode } from "../shared/replies";
import { checkDraft } from "./check-draft";

const guidelines: Guidelines = { ...DEFAULT_GUIDELINES, required: { greeting: false, thanks: false, name: false } };
const codes = (text: string, context: DraftContext = {}, g: Guidelines = guidelines) =>
  checkDraft(text, context, g)
    .findings.filter((f) => f.severity === "problem")
    .map((f) => f.code);

describe("checkDraft on heated drafts", () => {
  it.each<[string, "de" | "en", FindingCode[]]>([
    ["Das ist doch Schwachsinn, was Sie da schreiben.", "de", ["heat"]],
    ["Sie sind ein Idiot.", "de", ["insult"]],
    ["LESEN SIE DOCH EINFACH die Anleitung.", "de", ["all-caps", "blame"]],
    ["Wie oft denn noch???", "de", ["punctuation"]],
    ["Na toll, wieder so ein Kommentar.", "de", ["sarcasm"]],
    ["Selbst schuld, wenn Sie die AGB nicht lesen.", "de", ["blame"]],
    ["Sie hätten die Anleitung eben lesen müssen.", "de", ["blame"]],
    ["Da hätten Sie mal besser aufgepasst.", "de", ["blame"]],
    ["Das ist Ihr Problem, nicht unseres.", "de", ["blame"]],
    ["Beruhigen Sie sich bitte erst einmal.", "de", ["avoided-phrase"]],
    ["Wie bereits gesagt: Das geht nicht.", "de", ["avoided-phrase"]],
    ["Was soll das?! Unverschämt.", "de", ["heat", "punctuation", "heat"]],
    ["Ja klar, ganz bestimmt 🙄", "de", ["sarcasm", "sarcasm"]],
    ["That's ridiculous, you clearly didn't read the instructions.", "en", ["heat", "blame"]],
    ["Are you stupid or something?", "en", ["insult"]],
    ["WE ARE NOT RESPONSIBLE FOR THIS.", "en", ["all-caps"]],
    ["Calm down, it's not that bad!!!", "en", ["avoided-phrase", "punctuation"]],
    ["Oh great, another complaint.", "en", ["sarcasm"]],
    ["You should have read the terms before ordering.", "en", ["blame"]],
    ["Per our policy, this is user error.", "en", ["avoided-phrase", "blame"]],
    ["Thanks for nothing 😒", "en", ["sarcasm", "sarcasm"]],
    ["What the hell do you want from us?", "en", ["heat"]],
    ["That's your problem, not ours.", "en", ["blame"]],
  ])("%s", (draft, language, expected) => {
    expect(codes(draft, { language })).toEqual(expected);
  });
});

describe("checkDraft on calm professional drafts", () => {
  it.each<[string, "de" | "en"]>([
    [
      "Hallo Frau Berger, danke für Ihre Nachricht. Das tut uns leid. Bitte schreiben Sie uns eine Direktnachricht.",
      "de",
    ],
    ["Hi Jonas, danke für deinen Hinweis! Du hast recht, wir korrigieren das.", "de"],
    ["Guten Tag, wir prüfen das und melden uns bei Ihnen. Viele Grüße, Ihr Service-Team", "de"],
    ["Danke für Ihre Geduld. Leider können wir keine Erstattung anbieten, aber wir finden eine Lösung.", "de"],
    ["Hallo zusammen, die Filiale in der Hauptstraße öffnet um 9 Uhr. Wir freuen uns auf euch!", "de"],
    ["Danke für deine Kritik. Wir geben sie an das Team weiter und melden uns per DM.", "de"],
    ["Hi Sam, thanks for reaching out. We're sorry about the delay and will look into it.", "en"],
    ["Hello, could you send us your order number by DM so we can check this for you?", "en"],
    ["Thanks for pointing that out! You're right, we've corrected the post.", "en"],
    ["We understand your frustration. Unfortunately we can't offer a refund, but we'd like to help.", "en"],
    ["Good catch – the COVID-19 update is on our FAQ page: https://example.com/faq", "en"],
    ["Please check your OS, CPU, RAM and GPU settings and let us know.", "en"],
    ["Thanks so much!! We're glad you enjoyed it. ^AK", "en"],
  ])("%s", (draft, language) => {
    const result = checkDraft(draft, { language }, guidelines);
    expect(result.findings.filter((f) => f.severity === "problem")).toEqual([]);
    expect(result).toMatchObject({ ok: true, calm: true, language });
  });
});

describe("checkDraft against the guidelines", () => {
  const strict: Guidelines = { ...DEFAULT_GUIDELINES, required: { greeting: true, thanks: true, name: true } };

  it("gives each finding the position of what it found", () => {
    const draft = "Hallo Anna, das ist Quatsch!!! Lesen Sie doch die FAQ.";
    for (const f of checkDraft(draft, { language: "de" }, strict).findings) {
      expect(draft.slice(f.start, f.end)).toBe(f.text);
    }
    const heat = checkDraft(draft, { language: "de" }, strict).findings.find((f) => f.code === "heat");
    expect(heat).toMatchObject({ start: 20, end: 27, text: "Quatsch" });
  });

  it.each<[string, DraftContext, FindingCode[]]>([
    ["Danke für Ihre Nachricht, Anna.", { language: "de", authorName: "Anna Schmidt" }, ["missing-greeting"]],
    ["Hallo, danke für Ihre Nachricht.", { language: "de", authorName: "Anna Schmidt" }, ["missing-name"]],
    ["Anna, danke für Ihre Nachricht.", { language: "de", authorName: "Anna Schmidt" }, []],
    ["Hi Anna, thanks!", { language: "en", authorName: "Anna 🌻 (she/her)" }, []],
    [
      "Hallo Anna, danke für Ihre Nachricht. Melde dich gern.",
      { language: "de", authorName: "Anna" },
      ["address-mixed"],
    ],
    [
      "Hallo Anna, danke für deine Nachricht.",
      { language: "de", authorName: "Anna", addressForm: "sie" },
      ["address-form"],
    ],
    ["Hallo Anna, danke für deine Nachricht.", { language: "de", authorName: "Anna", addressForm: "du" }, []],
  ])("%s → %j", (draft, context, expected) => {
    expect(codes(draft, context, strict)).toEqual(expected);
  });

  it("hints at missing thanks and an unfilled answer frame without failing the draft", () => {
    const result = checkDraft(
      "Hallo Anna, kurz zur Antwort: [Antwort ergänzen]",
      { language: "de", authorName: "Anna" },
      strict,
    );
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([
      ["missing-thanks", "hint"],
      ["placeholder", "hint"],
    ]);
  });

  it.each<[string, "de" | "en", Partial<Guidelines["promises"]>, FindingCode[]]>([
    ["Wir erstatten Ihnen den vollen Betrag.", "de", {}, ["promise-refund"]],
    ["Sie erhalten einen Gutschein über 20 Euro.", "de", {}, ["promise-compensation"]],
    ["Eine Erstattung ist leider nicht möglich.", "de", {}, []],
    ["Wir prüfen, ob eine Erstattung möglich ist.", "de", {}, []],
    ["Wir melden uns bis morgen bei Ihnen.", "de", { deadlines: false }, ["promise-deadline"]],
    ["Wir melden uns bis morgen bei Ihnen.", "de", {}, []],
    ["We'll refund your order in full.", "en", {}, ["promise-refund"]],
    ["We'll send you a voucher as a thank-you.", "en", {}, ["promise-compensation"]],
    ["We'll send you a voucher as a thank-you.", "en", { compensation: true }, []],
    ["Unfortunately we can't refund digital items.", "en", {}, []],
    ["We'll get back to you within 24 hours.", "en", { deadlines: false }, ["promise-deadline"]],
  ])("%s (promises %j)", (draft, language, promises, expected) => {
    const g = { ...guidelines, promises: { ...guidelines.promises, ...promises } };
    expect(codes(draft, { language }, g)).toEqual(expected);
  });

  it.each<[string, "de" | "en", FindingCode[]]>([
    ["Da haben Sie völlig recht, das bessern wir aus.", "de", ["admission", "admission"]],
    ["Deine Kritik ist berechtigt.", "de", ["admission"]],
    [
      "Wir sorgen dafür, dass so etwas nicht wiederholt wird. Das kommt nicht wieder vor.",
      "de",
      ["promise-never-again", "promise-never-again"],
    ],
    ["You're absolutely right, that was our mistake.", "en", ["admission", "admission"]],
    ["We'll make sure it doesn't happen again.", "en", ["promise-never-again"]],
    // Ordinary words are no admission: "recht" and "berechtigt" alone, a label, a right of return.
    ["Das ist uns recht, wir melden uns rechtzeitig.", "de", []],
    ["Sie sind berechtigt, den Vertrag zu kündigen.", "de", []],
    ["Track your return & refund under Orders.", "en", []],
    ["Turn right at the station; you have the right to cancel.", "en", []],
  ])("%s: nothing conceded or promised forever", (draft, language, expected) => {
    const found = checkDraft(draft, { language }, guidelines).findings;
    expect(found.filter((f) => f.code === "admission" || f.code === "promise-never-again").map((f) => f.code)).toEqual(
      expected,
    );
    // A conceded fault is a hint (right once checked); "never again" fails the check.
    for (const f of found) if (f.code === "admission") expect(f.severity).toBe("hint");
    for (const f of found) if (f.code === "promise-never-again") expect(f.severity).toBe("problem");
  });

  it("counts length as X does: links 23, leading mentions free", () => {
    const link = `https://example.com/${"a".repeat(200)}`;
    const draft = `@someone Hi, please see ${link} for the steps. ${"Thanks again. ".repeat(14)}`.trim();
    const result = checkDraft(draft, { site: "x", language: "en" }, guidelines);
    expect(result.length).toBe(draft.length - "@someone ".length - link.length + 23);
    expect(result.limit).toBe(280);
    expect(result.ok).toBe(true);
    const long = checkDraft(`${draft} ${"More words here. ".repeat(3)}`, { site: "x", language: "en" }, guidelines);
    const tooLong = long.findings.find((f) => f.code === "too-long");
    expect(tooLong?.start).toBeGreaterThan(draft.length - 20);
    expect(long.ok).toBe(false);
  });

  it("follows the emoji policy", () => {
    const draft = "Thanks so much 😊 see you soon 🙌";
    expect(codes(draft, { language: "en" }, { ...guidelines, emoji: "none" })).toEqual(["emoji", "emoji"]);
    expect(codes(draft, { language: "en" }, { ...guidelines, emoji: "sparingly" })).toEqual(["emoji"]);
    expect(codes(draft, { language: "en" }, { ...guidelines, emoji: "allowed" })).toEqual([]);
  });

  it("finds a repeated insult of the comment, inflected too", () => {
    const context = { language: "de" as const, forbiddenWords: ["Idioten", "Drecksladen"] };
    expect(codes("Hallo, wir sind keine Idioten.", context)).toEqual(["repeats-insult"]);
    expect(codes("Hallo, ein Idiot ist hier niemand.", context)).toEqual(["repeats-insult"]);
    expect(codes("Hallo, unser Laden freut sich auf Sie.", context)).toEqual([]);
  });

  it("does not count a company name in capitals as shouting", () => {
    expect(codes("Danke, Ihr HARIBO Team", { language: "de" }, { ...guidelines, companyName: "HARIBO" })).toEqual([]);
    expect(codes("Danke, Ihr HARIBO Team", { language: "de" })).toEqual(["all-caps"]);
  });

  it("does not count the letters of a reference as shouting", () => {
    expect(codes("We're looking into your case HAMLH 39311 now.", { language: "en" })).toEqual([]);
    expect(codes("We're looking into it. SORRY AGAIN 39311", { language: "en" })).toEqual(["all-caps"]);
  });

  it("passes a blank draft: nothing to check", () => {
    expect(checkDraft("  ", { site: "x" }, DEFAULT_GUIDELINES)).toMatchObject({ ok: true, calm: true, findings: [] });
  });

  it("guesses the language when the context does not say", () => {
    expect(checkDraft("Danke für Ihre Geduld, wir sind dran.", {}, guidelines).language).toBe("de");
    expect(checkDraft("Thanks for your patience, we're on it.", { language: "und" }, guidelines).language).toBe("en");
  });
});
