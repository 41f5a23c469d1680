import { describe, expect, it } from "vitest";
import { composeReplies } from "../replies/compose";
import { assessmentOf, commentOf } from "../replies/fixtures";
import { DEFAULT_GUIDELINES } from "../shared/guidelines";
import {
  askedQuestion,
  builtInQuestion,
  formMismatch,
  strayBrace,
  unknownPlaceholders,
  withQuestion,
} from "./case-question-check";

describe("unknownPlaceholders", () => {
  it.each([
    ["Schicken Sie uns {wcontact} Ihre Bestellnummer.", []],
    ["Call us {contact} or write {wcontact}.", []],
    ["Hallo {name}, Ihre Bestellnummer {wcontact}?", ["{name}"]],
    ["{deadline} {answer} {deadline}", ["{deadline}", "{answer}"]],
    ["{WContact}", ["{WContact}"]],
    ["{}", ["{}"]],
  ])("%s", (text, unknown) => {
    expect(unknownPlaceholders(text)).toEqual(unknown);
  });
});

describe("strayBrace", () => {
  it.each([
    ["Schicken Sie uns {wcontact} Ihre Nummer.", false],
    ["Schicken Sie uns {wcontact Ihre Nummer.", true],
    ["Send it wcontact} please.", true],
    ["No braces at all.", false],
  ])("%s", (text, stray) => {
    expect(strayBrace(text)).toBe(stray);
  });
});

describe("formMismatch", () => {
  const sie = "Schicken Sie uns bitte {wcontact} Ihre Bestellnummer.";
  const du = "Schick uns bitte {wcontact} deine Bestellnummer.";
  const neither = "Die Bestellnummer hilft uns weiter.";
  it("accepts each field's own form and a question that addresses nobody", () => {
    expect(formMismatch(sie, "sie")).toBeUndefined();
    expect(formMismatch(du, "du")).toBeUndefined();
    expect(formMismatch(neither, "sie")).toBeUndefined();
    expect(formMismatch(neither, "du")).toBeUndefined();
  });
  it("names the words of the other form", () => {
    expect(formMismatch(du, "sie")).toEqual({ used: "du", words: ["deine"] });
    expect(formMismatch(sie, "du")).toEqual({ used: "sie", words: ["Sie", "Ihre"] });
  });
});

describe("builtInQuestion", () => {
  it("shows Gelassen's own wording in both German forms and English", () => {
    expect(builtInQuestion("order-number")).toEqual({
      sie: "Schicken Sie uns bitte {wcontact} Ihre Bestellnummer, dann sehen wir sofort nach.",
      du: "Schick uns bitte {wcontact} deine Bestellnummer, dann sehen wir sofort nach.",
      en: "Could you send us your order number {wcontact}? Then we can check straight away.",
    });
  });
});

describe("askedQuestion", () => {
  it("shows what replies ask in each form: the company's wording where one fits, else Gelassen's", () => {
    const ours = builtInQuestion("order-number");
    const sie = "Nennen Sie uns bitte Ihre Acme-Nummer.";
    const neutral = "Die Acme-Nummer hilft uns weiter.";
    expect(askedQuestion("order-number", { missing: "order-number", de: sie, en: "" })).toEqual({
      sie,
      du: ours.du,
      en: ours.en,
    });
    expect(askedQuestion("order-number", { missing: "order-number", de: neutral, en: "" }).du).toBe(neutral);
    const du = "Nenn uns bitte deine Acme-Nummer.";
    expect(askedQuestion("order-number", { missing: "order-number", de: sie, du, en: "Your Acme no.?" })).toEqual({
      sie,
      du,
      en: "Your Acme no.?",
    });
  });
});

describe("withQuestion", () => {
  const list = [{ missing: "since-when" as const, de: "Seit wann?", en: "Since when?" }];
  it("adds, replaces and removes one kind's question", () => {
    const added = withQuestion(list, "order-number", { de: " Ihre Nummer? ", du: "", en: "" });
    expect(added).toEqual([...list, { missing: "order-number", de: "Ihre Nummer?", en: "" }]);
    const both = withQuestion(added, "order-number", { de: "Ihre Nummer?", du: " Deine Nummer? ", en: "" });
    expect(both.at(-1)).toEqual({ missing: "order-number", de: "Ihre Nummer?", du: "Deine Nummer?", en: "" });
    expect(withQuestion(added, "order-number", { de: "", du: "", en: "  " })).toEqual(list);
  });
});

describe("a company's question in a reply", () => {
  // The same path the options page feeds: the guidelines' list, filled like Gelassen's own question.
  it("asks the company's question, its {wcontact} filled", () => {
    const guidelines = {
      ...DEFAULT_GUIDELINES,
      escalation: { ...DEFAULT_GUIDELINES.escalation, email: "service@acme.example" },
      caseQuestions: withQuestion([], "order-number", {
        de: "Nennen Sie uns {wcontact} bitte Ihre Acme-Bestellnummer (AC-…).",
        du: "",
        en: "Please send us your Acme order number (AC-…) {wcontact}.",
      }),
    };
    const comment = commentOf("Mein Paket ist nie angekommen, seit einer Woche warte ich.");
    const assessment = assessmentOf("de", "disappointed-customer", "critical");
    const [first] = composeReplies(comment, assessment, guidelines, { now: new Date("2026-11-26T14:20:00Z") });
    expect(first?.text).toContain("Nennen Sie uns per E-Mail an service@acme.example bitte Ihre Acme-Bestellnummer");
    const english = commentOf("My parcel never arrived, I've been waiting for a week.");
    const [reply] = composeReplies(english, assessmentOf("en", "disappointed-customer", "critical"), guidelines, {
      now: new Date("2026-11-26T14:20:00Z"),
    });
    expect(reply?.text).toContain("Please send us your Acme order number (AC-…) by email at service@acme.example.");
  });
});

describe("a company's German question and the reply's address form", () => {
  const sie = "Nennen Sie uns {wcontact} bitte Ihre Acme-Bestellnummer.";
  const du = "Nenn uns {wcontact} bitte deine Acme-Bestellnummer.";
  const neutral = "Die Acme-Bestellnummer {wcontact} hilft uns weiter.";
  const comment = commentOf("Mein Paket ist nie angekommen, seit einer Woche warte ich.");
  const asked = (wording: { de: string; du: string }, form: "sie" | "du") => {
    const guidelines = {
      ...DEFAULT_GUIDELINES,
      addressForm: form,
      caseQuestions: withQuestion([], "order-number", { ...wording, en: "" }),
    };
    const assessment = assessmentOf("de", "disappointed-customer", "critical");
    return composeReplies(comment, assessment, guidelines, { now: new Date("2026-11-26T14:20:00Z") })[0]?.text;
  };
  it("asks each form in its own wording", () => {
    expect(asked({ de: sie, du }, "sie")).toContain("Nennen Sie uns");
    expect(asked({ de: sie, du }, "du")).toContain("Nenn uns");
  });
  it("never asks a du reader with Sie: without a du wording, Gelassen's du question", () => {
    expect(asked({ de: sie, du: "" }, "du")).toContain("deine Bestellnummer");
    expect(asked({ de: sie, du: "" }, "du")).not.toContain("Nennen Sie");
  });
  it("uses a wording that addresses nobody for both forms", () => {
    expect(asked({ de: neutral, du: "" }, "du")).toContain("Die Acme-Bestellnummer");
    expect(asked({ de: neutral, du: "" }, "sie")).toContain("Die Acme-Bestellnummer");
  });
});
