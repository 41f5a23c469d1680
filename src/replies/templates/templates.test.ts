import { describe, expect, it } from "vitest";
import { type Case, EMPTY_CASE, MISSING_KINDS, type MissingKind } from "../../shared/case";
import { DEFAULT_GUIDELINES } from "../../shared/guidelines";
import { findAddress } from "../address-form";
import { caseQuestion } from "../case/phrases";
import { checkDraft } from "../check-draft";
import { ENGLISH } from "./english";
import { GERMAN } from "./german";
import { SLOTS } from "./slots";

const bare = { ...DEFAULT_GUIDELINES, required: { greeting: false, thanks: false, name: false } };
const CASE: Record<"sie" | "du" | "en", Record<string, string>> = {
  sie: { clause: "dass Ihre Bestellung 40-11873 noch nicht angekommen ist", subject: "Ihre Bestellung 40-11873" },
  du: { clause: "dass deine Bestellung 40-11873 noch nicht angekommen ist", subject: "deine Bestellung 40-11873" },
  en: { clause: "that your order #KK-10492 hasn't arrived", subject: "your order #KK-10492" },
};
const filled = (wording: string, voice: "sie" | "du" | "en" = "sie") =>
  wording
    .replace(/^\^/, "")
    .replaceAll("{clause}", CASE[voice].clause as string)
    .replaceAll("{subject}", CASE[voice].subject as string)
    .replaceAll("{question}", "")
    .replaceAll("{person}", "Frau Demir")
    .replaceAll("{place}", "Leipzig")
    .replaceAll("{product}", "Wärmepumpe WP 9")
    .replaceAll("{contact}", "per E-Mail an service@beispiel.de")
    .replaceAll("{wcontact}", "per Direktnachricht")
    .replaceAll("{deadline}", "bis Dienstag, 3. Juni, 13:00 Uhr")
    .replaceAll("{answer}", "[Antwort ergänzen]");

describe("every wording", () => {
  it.each(SLOTS)("%s passes the check in German, in its own address form only", (slot) => {
    for (const form of ["sie", "du"] as const) {
      // The one question is a single variable: its wordings are the case questions (case/phrases.ts).
      if (slot !== "caseAsk") expect(GERMAN[slot][form].length).toBeGreaterThanOrEqual(2);
      for (const wording of GERMAN[slot][form]) {
        const text = filled(wording, form);
        if (!text.trim()) continue;
        expect(checkDraft(text, { language: "de", addressForm: form }, bare)).toMatchObject({ ok: true });
        expect(findAddress(`Hallo, ${text}`)[form === "sie" ? "du" : "sie"]).toEqual([]);
      }
    }
  });

  it.each(SLOTS)("%s passes the check in English", (slot) => {
    if (slot !== "caseAsk") expect(ENGLISH[slot].length).toBeGreaterThanOrEqual(2);
    for (const wording of ENGLISH[slot]) {
      const text = filled(wording, "en").replace("bis Dienstag", "by Tuesday");
      if (text.trim()) expect(checkDraft(text, { language: "en" }, bare).ok).toBe(true);
    }
  });
});

describe("the one question of a case", () => {
  const kase = (missing: MissingKind): Case => ({ ...EMPTY_CASE, missing });

  it.each(MISSING_KINDS)("%s is asked in each address form and in English, and passes the check", (missing) => {
    for (const form of ["sie", "du"] as const) {
      const text = (caseQuestion(kase(missing), { language: "de", form }) ?? "").replace(
        "{wcontact}",
        "per Direktnachricht",
      );
      expect(checkDraft(text, { language: "de", addressForm: form }, bare)).toMatchObject({ ok: true });
      expect(findAddress(`Hallo, ${text}`)[form === "sie" ? "du" : "sie"]).toEqual([]);
    }
    const english = (caseQuestion(kase(missing), { language: "en", form: undefined }) ?? "").replace(
      "{wcontact}",
      "by direct message",
    );
    expect(checkDraft(english, { language: "en" }, bare).ok).toBe(true);
  });

  it("takes the company's own wording where its guidelines have one", () => {
    const own = [
      { missing: "order-number" as const, de: "Wie lautet Ihre Bestellnummer?", en: "What's your order number?" },
    ];
    expect(caseQuestion(kase("order-number"), { language: "de", form: "sie" }, own)).toBe(
      "Wie lautet Ihre Bestellnummer?",
    );
  });
});
