import { describe, expect, it } from "vitest";
import { goldenAnswer } from "./company-answers";

/**
 * Round thirty-three (batches 663–670, 2026-12-08) and a real comment of the training part (seed 1234), tested in
 * wordings of our own: sex proposed to the company was answered with "wir nehmen deine Kritik ernst" or a promise to
 * find out.
 */

describe("sex proposed to the company is left alone", () => {
  it.each([
    ["kaffeekollektiv", "Mit wem würdet ihr im Team am liebsten ficken 😏", "facebook"],
    ["kaffeekollektiv", "who on your staff would u rather fuck lol", "x"],
    ["rheinwerk", "Wollt ihr mal mit mir schlafen, ihr Energieberater?", "facebook"],
  ] as const)("%s: %s", (company, text, site) => {
    const { suggestions: all } = goldenAnswer(company, text, site);
    expect(all[0]?.strategy).toBe("do-not-reply");
    expect(all.map((s) => s.text).join(" ")).not.toMatch(/ernst|seriously|finding out|klären/iu);
  });

  it("a question about what the team would rather drink is still answered", () => {
    const { suggestions: all } = goldenAnswer(
      "kaffeekollektiv",
      "Was würdet ihr lieber trinken, Cortado oder Flat White?",
      "x",
    );
    expect(all[0]?.strategy).not.toBe("do-not-reply");
  });
});
