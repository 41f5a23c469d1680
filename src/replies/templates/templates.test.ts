import { describe, expect, it } from "vitest";
import { DEFAULT_GUIDELINES } from "../../shared/guidelines";
import { findAddress } from "../address-form";
import { checkDraft } from "../check-draft";
import { ENGLISH } from "./english";
import { GERMAN } from "./german";
import { SLOTS } from "./slots";

const bare = { ...DEFAULT_GUIDELINES, required: { greeting: false, thanks: false, name: false } };
const filled = (wording: string) =>
  wording
    .replace(/^\^/, "")
    .replaceAll("{contact}", "per E-Mail an service@beispiel.de")
    .replaceAll("{wcontact}", "per Direktnachricht")
    .replaceAll("{deadline}", "bis Dienstag, 3. Juni, 13:00 Uhr")
    .replaceAll("{answer}", "[Antwort ergänzen]");

describe("every wording", () => {
  it.each(SLOTS)("%s passes the check in German, in its own address form only", (slot) => {
    for (const form of ["sie", "du"] as const) {
      expect(GERMAN[slot][form].length).toBeGreaterThanOrEqual(2);
      for (const wording of GERMAN[slot][form]) {
        const text = filled(wording);
        expect(checkDraft(text, { language: "de", addressForm: form }, bare)).toMatchObject({ ok: true });
        expect(findAddress(`Hallo, ${text}`)[form === "sie" ? "du" : "sie"]).toEqual([]);
      }
    }
  });

  it.each(SLOTS)("%s passes the check in English", (slot) => {
    expect(ENGLISH[slot].length).toBeGreaterThanOrEqual(2);
    for (const wording of ENGLISH[slot]) {
      expect(checkDraft(filled(wording).replace("bis Dienstag", "by Tuesday"), { language: "en" }, bare).ok).toBe(true);
    }
  });
});
