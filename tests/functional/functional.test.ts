import { describe, expect, it } from "vitest";
import { FUNCTIONAL_CASES } from "./cases";
import { runFunctionalSuite } from "./run";
import { suiteTable } from "./suite";

/**
 * The functional suite must not get worse: each category's pass rate stays at or above the share recorded here
 * (the README prints the table). Every category passes in full today; a category that cannot would be listed
 * with its recorded share and the reason. Never lower a floor to make a change pass.
 */
const FLOORS: Record<string, number> = {};
const DEFAULT_FLOOR = 1;

describe("the functional suite", () => {
  const results = runFunctionalSuite();

  it("covers every category in German and English", () => {
    const categories = new Set(FUNCTIONAL_CASES.map((test) => test.category));
    for (const category of categories) {
      for (const language of ["de", "en"]) {
        expect(
          results.some((result) => result.category === category && result.language === language),
          `${category} (${language})`,
        ).toBe(true);
      }
    }
  });

  it.each(results.map((result) => [`${result.category} (${result.language})`, result] as const))(
    "%s passes at least its recorded share",
    (_, result) => {
      const floor = FLOORS[`${result.category} (${result.language})`] ?? DEFAULT_FLOOR;
      const share = result.passed / result.total;
      expect(
        share,
        result.failed.map((failed) => `${failed.text} → ${failed.wrong.join("; ")}`).join("\n"),
      ).toBeGreaterThanOrEqual(floor);
    },
  );

  it("prints its table", () => {
    expect(suiteTable(results)).toMatch(/^category/);
  });
});
