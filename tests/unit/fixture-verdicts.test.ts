// The browser tests of the deletion guard need comments the shipped analysis really calls `keep`, `may-delete` and
// `review`. The analysis changes; when it does, this test names the fixture comment to change (in
// tests/fixtures/shared/threads.mjs), before the browser tests fail somewhere less telling.
import { describe, expect, it } from "vitest";
import { assessComment } from "../../src/analysis";
import { snapshotOf } from "../../src/analysis/snapshot";
import { flatten, POSTS } from "../fixtures/shared/threads.mjs";

const meant = Object.values(POSTS)
  .flatMap((post) => flatten(post, { withHidden: true }))
  .filter((comment) => comment.verdict !== undefined);

describe("fixture comments the browser tests depend on", () => {
  it("include a review in each language", () => {
    const reviews = meant.filter((comment) => comment.verdict === "review").map((comment) => comment.text);
    expect(reviews.length).toBeGreaterThanOrEqual(2);
    expect(reviews.map((text) => assessComment(snapshotOf(text), { companyName: "" }).language).sort()).toEqual([
      "de",
      "en",
    ]);
  });

  it.each(meant.map((comment) => [comment.key, comment.verdict, comment.text]))("%s is %s: %s", (_, verdict, text) => {
    const assessment = assessComment(snapshotOf(text), { companyName: "" });
    expect(
      assessment.verdict,
      `the analysis no longer calls this fixture comment ${verdict}: "${text}". Change its text in ` +
        "tests/fixtures/shared/threads.mjs (the browser tests find it by its first words), or the analysis.",
    ).toBe(verdict);
    // The guard shows these words and the notice quotes them: a review without them would say nothing.
    if (verdict === "review") {
      expect(assessment.reasons[0]?.code).toBe("review-model");
      expect(assessment.reasons[0]?.words?.length).toBeGreaterThan(0);
    }
  });
});
