import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { ROLES, TONES } from "../shared/assessment";
import { MAX_TEXT_LENGTH } from "../shared/comment";
import { DEFAULT_GUIDELINES } from "../shared/guidelines";
import { DraftCheck, Suggestion } from "../shared/replies";
import { SITE_IDS } from "../shared/sites";
import { checkDraft } from "./check-draft";
import { composeReplies } from "./compose";
import { assessmentOf, commentOf } from "./fixtures";

/**
 * Long hostile texts for the reply paths: a few pieces that each stress one rule (white space before "ihr",
 * capitals, emoji, quotes, handles, numbers, sentences without an end), repeated up to the extension's limit.
 */
const piece = fc.constantFrom(
  " ",
  "     ",
  "\n",
  "a",
  "ihr",
  "macht ihr",
  "Sie",
  "Ihnen",
  "DAS IST",
  "FRECHHEIT",
  "😡",
  "🙄",
  "👩‍👩‍👧",
  "🇩🇪",
  "\u0301",
  "„",
  "“",
  '"',
  "@user",
  "#tag",
  "https://example.com/x",
  "Bestellnummer 40-11873",
  "A-12-34",
  "0221 555 0199",
  "!",
  "?",
  ".",
  "Idiot",
  "danke",
  "refund",
  "Herr Kaya",
);
const longText = fc
  .array(piece, { minLength: 1, maxLength: 30 })
  .map((pieces) => pieces.join(""))
  .map((unit) => unit.repeat(Math.ceil(MAX_TEXT_LENGTH / unit.length)).slice(0, MAX_TEXT_LENGTH));
const guidelines = { ...DEFAULT_GUIDELINES, companyName: "Rheinwerk", avoidPhrases: ["leider"] };
const options = { now: new Date("2026-11-30T10:00:00Z"), timeZone: "Europe/Berlin" };
// A generous bound: it catches quadratic blow-ups (the paths this guards took 14 s to minutes at these lengths),
// not a busy machine: one run takes about 0.1 s alone, and over 1 s was seen with the CPU shared five ways.
const BOUND_MS = 4_000;

describe("the reply paths on long hostile texts", () => {
  it("checkDraft (as for a suggestion and as the live check runs it) answers a valid check, in bounded time", () => {
    fc.assert(
      fc.property(longText, fc.constantFrom(...SITE_IDS), fc.constantFrom("de", "en"), (text, site, language) => {
        const started = performance.now();
        const check = checkDraft(text, { site, language, forbiddenWords: ["Idiot"], addressForm: "sie" }, guidelines);
        expect(performance.now() - started).toBeLessThan(BOUND_MS);
        expect(z.safeParse(DraftCheck, check).success).toBe(true);
        for (const f of check.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
        expect(check.ok).toBe(!check.findings.some((f) => f.severity === "problem"));
      }),
      { numRuns: 25 },
    );
    // Each run is bounded above; the whole property may take long on a shared machine.
  }, 120_000);

  it("composeReplies answers checked suggestions for any role and tone, in bounded time", () => {
    fc.assert(
      fc.property(
        longText,
        fc.constantFrom(...ROLES),
        fc.constantFrom(...TONES),
        fc.constantFrom("de", "en"),
        (text, role, tone, language) => {
          const started = performance.now();
          const suggestions = composeReplies(commentOf(text), assessmentOf(language, role, tone), guidelines, options);
          expect(performance.now() - started).toBeLessThan(BOUND_MS);
          for (const suggestion of suggestions) {
            expect(z.safeParse(Suggestion, suggestion).success).toBe(true);
            expect(suggestion.check.ok).toBe(true);
          }
        },
      ),
      { numRuns: 25 },
    );
    // Each run is bounded above; the whole property may take long on a shared machine.
  }, 120_000);
});
