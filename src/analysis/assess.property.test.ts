import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { Assessment } from "../shared/assessment";
import { Author, CommentSnapshot } from "../shared/comment";
import { SITE_IDS } from "../shared/sites";
import { assessWith } from "./assess";
import { snapshotOf } from "./snapshot";

/** Whatever arrives, the analysis answers with a valid Assessment and never throws. */
const strangeText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 400 }),
  fc
    .array(
      fc.constantFrom("du", "Idiot", "nicht", "„", "“", "@user", "🔪", "euch", "!", "?", " ", ".", "\u200B", "1"),
      {
        maxLength: 200,
      },
    )
    .map((parts) => parts.join(" ")),
);

const author = fc.record({
  verified: fc.boolean(),
  badges: fc.array(fc.string({ maxLength: 100 }), { maxLength: 20 }),
  followers: fc.option(fc.nat(), { nil: undefined }),
  isOrganisation: fc.boolean(),
});

describe("assessWith on any input", () => {
  it("returns a valid Assessment for any string and author", () => {
    fc.assert(
      fc.property(strangeText, author, fc.constantFrom(...SITE_IDS), fc.boolean(), (text, who, site, own) => {
        const snapshot = snapshotOf(text, {
          site,
          author: z.parse(Author, { ...who, followers: who.followers }),
          byPageOwner: own,
        });
        expect(z.safeParse(CommentSnapshot, snapshot).success).toBe(true);
        const result = assessWith(undefined, snapshot, { companyName: text.slice(0, 5) });
        expect(z.safeParse(Assessment, result).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("handles a 100,000-character comment", () => {
    const long = "Du Idiot! ".repeat(10_000);
    const result = assessWith(undefined, snapshotOf(long), { companyName: "" });
    expect(z.safeParse(Assessment, result).success).toBe(true);
    expect(result.verdict).toBe("may-delete");
  });

  it("handles pathological repetition without slowing down", () => {
    for (const text of ["a".repeat(100_000), "🔪".repeat(50_000), "I d i o t ".repeat(10_000), "„".repeat(100_000)]) {
      const started = performance.now();
      const result = assessWith(undefined, snapshotOf(text), { companyName: "" });
      expect(z.safeParse(Assessment, result).success).toBe(true);
      // A generous bound: it catches quadratic blow-ups (seconds), not a busy machine (milliseconds).
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});
