import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { eachGrapheme } from "./graphemes";

function graphemes(text: string, window?: number): Array<{ segment: string; index: number }> {
  const found: Array<{ segment: string; index: number }> = [];
  eachGrapheme(
    text,
    (start, end) => {
      found.push({ segment: text.slice(start, end), index: start });
      return false;
    },
    window,
  );
  return found;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const reference = (text: string) => [...segmenter.segment(text)].map(({ segment, index }) => ({ segment, index }));

/** The pieces that make grapheme rules look back or ahead: joiners, flags, CR LF, marks, Hangul, surrogates. */
const piece = fc.constantFrom(
  "a",
  "ä",
  " ",
  "\r",
  "\n",
  "\r\n",
  "\u0301",
  "\u200D",
  "\uFE0F",
  "👩",
  "👩‍👩‍👧",
  "🇩🇪",
  "🇩",
  "👍🏽",
  "©",
  "\u1100",
  "\u1161",
  "\u11A8",
  "한",
  "\u0915\u094D\u0937",
  "\u0600",
  "\uD83D",
  "\uDE00",
  "Ж",
);

describe("graphemes", () => {
  it("finds what Intl.Segmenter finds, whatever the window", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), fc.integer({ min: 1, max: 9 }), (pieces, window) => {
        const text = pieces.join("");
        expect(graphemes(text, window)).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
  });

  it("stays linear where the segmenter slows down: 100,000 characters of emoji, marks, flags", () => {
    const cases: Array<[string, number]> = [
      ["😡🙄".repeat(25_000), 50_000],
      [`a${"\u0301".repeat(100_000)}`, 1],
      ["🇩🇪".repeat(25_000), 25_000],
    ];
    for (const [text, count] of cases) {
      const started = performance.now();
      let found = 0;
      eachGrapheme(text, () => {
        found++;
        return false;
      });
      expect(found).toBe(count);
      // A generous bound: it catches quadratic blow-ups (the segmenter alone: seconds), not a busy machine.
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});
