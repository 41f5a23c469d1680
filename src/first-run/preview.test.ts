import { describe, expect, it } from "vitest";
import { assessComment } from "../analysis";
import { composeReplies } from "../replies";
import { DEFAULT_GUIDELINES } from "../shared/guidelines";
import { previewGuidelines } from "./preview-guidelines";
import { sampleComment } from "./sample-comment";

/** What the worker's "replies/preview" does with the sample comment: the real analysis and reply code. */
function firstSuggestion(language: "de" | "en", guidelines = DEFAULT_GUIDELINES): string {
  const comment = sampleComment(language);
  const options = { uiLanguage: language, now: new Date("2026-11-30T10:00:00Z"), timeZone: "Europe/Berlin" };
  return composeReplies(comment, assessComment(comment, guidelines), guidelines, options)[0]?.text ?? "";
}

describe("previewGuidelines", () => {
  it("lays what is being typed over the stored guidelines, trimmed", () => {
    const stored = {
      ...DEFAULT_GUIDELINES,
      companyName: "Acme",
      escalation: { email: "a@acme.example", phone: "1", url: "" },
    };
    const preview = previewGuidelines(stored, { companyName: " Nordlicht ", url: "https://nordlicht.example/help" });
    expect(preview.companyName).toBe("Nordlicht");
    expect(preview.escalation).toEqual({ email: "a@acme.example", phone: "1", url: "https://nordlicht.example/help" });
    expect(preview.signOff).toBe("");
  });

  it("keeps the stored value of a field nobody typed in", () => {
    expect(previewGuidelines(DEFAULT_GUIDELINES, {})).toEqual(DEFAULT_GUIDELINES);
  });
});

describe("the sample comment's first suggestion", () => {
  it.each(["de", "en"] as const)("in %s is criticism to answer, in that language", (language) => {
    const comment = sampleComment(language);
    const assessment = assessComment(comment, DEFAULT_GUIDELINES);
    expect(assessment.language).toBe(language);
    expect(assessment.tone).toBe("critical");
    expect(firstSuggestion(language)).not.toBe("");
  });

  it("changes with the company's name, sign-off and contact", () => {
    const typed = previewGuidelines(DEFAULT_GUIDELINES, {
      companyName: "Nordlicht",
      signOff: "Warm wishes, the Nordlicht crew",
      email: "service@nordlicht.example",
    });
    expect(firstSuggestion("en")).toContain("Best regards, the team");
    const answered = firstSuggestion("en", typed);
    expect(answered).toContain("Warm wishes, the Nordlicht crew");
    expect(answered).toContain("service@nordlicht.example");
  });

  it("speaks with Sie or du as the address form says (the sample itself uses neither)", () => {
    const sie = firstSuggestion("de", { ...DEFAULT_GUIDELINES, companyName: "Nordlicht", addressForm: "sie" });
    const du = firstSuggestion("de", { ...DEFAULT_GUIDELINES, companyName: "Nordlicht", addressForm: "du" });
    const mirror = firstSuggestion("de", { ...DEFAULT_GUIDELINES, companyName: "Nordlicht", addressForm: "mirror" });
    expect(sie).toMatch(/\b(?:Sie|Ihnen|Ihre?)\b/);
    expect(sie).toContain("Viele Grüße, Ihr Team von Nordlicht");
    expect(du).toMatch(/\b(?:du|dir|deine?)\b/);
    expect(du).not.toMatch(/\b(?:Sie|Ihnen|Ihre?)\b/);
    expect(du).toContain("dein Team von Nordlicht");
    expect(mirror).toBe(sie);
  });
});
