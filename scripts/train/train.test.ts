import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assessComment } from "../../src/analysis";
import { scoreOffensive } from "../../src/analysis/model";
import { normalise } from "../../src/analysis/normalise";
import { shippedModel } from "../../src/analysis/shipped-model";
import { snapshotOf } from "../../src/analysis/snapshot";
import { type CalibrationRow, calibrate } from "./calibrate";
import { loadGermEval } from "./data";
import { fitGelassen } from "./gelassen-model";
import { featurise } from "./hashed";
import { bestThreshold, measure, stratifiedFolds } from "./measure";
import { splitDevelopment } from "./split";

const root = join(import.meta.dirname, "..", "..");

describe("training", () => {
  it("is reproducible: the same data and seed give the same model, byte for byte", () => {
    const examples = loadGermEval(root).slice(0, 600);
    const labels = Uint8Array.from(examples, (example) => (example.offensive ? 1 : 0));
    const features = featurise(examples.map((example) => example.text));
    const train = examples.map((_, index) => index);
    // A small hash space keeps the test fast; the code path is the one `npm run train` takes.
    const first = fitGelassen(features, labels, train, 7, 14);
    const second = fitGelassen(features, labels, train, 7, 14);
    expect(second.C).toBe(first.C);
    expect(second.threshold).toBe(first.threshold);
    expect(second.model.bias).toBe(first.model.bias);
    expect(Buffer.from(second.model.weights).equals(Buffer.from(first.model.weights))).toBe(true);
    expect(first.model.weights.some((weight) => weight !== 0)).toBe(true);
  }, 60_000);

  it("measures like GermEval: the F1 of macro-precision and macro-recall", () => {
    const scores = measure([1, 1, 0, 0], [1, 0, 0, 0]);
    // precision: offensive 1/1, other 2/3; recall: offensive 1/2, other 2/2.
    expect(scores.macroPrecision).toBeCloseTo((1 + 2 / 3) / 2);
    expect(scores.macroRecall).toBeCloseTo(0.75);
    expect(scores.f1).toBeCloseTo(
      (2 * scores.macroPrecision * scores.macroRecall) / (scores.macroPrecision + scores.macroRecall),
    );
    expect(bestThreshold([0, 0, 1, 1], [0.1, 0.3, 0.35, 0.9])).toBeGreaterThan(0.3);
  });

  it("folds are stratified and seeded", () => {
    const labels = Uint8Array.from({ length: 100 }, (_, i) => (i % 4 === 0 ? 1 : 0));
    const folds = stratifiedFolds(labels, 10, 1);
    expect(folds.flat().sort((a, b) => a - b)).toEqual([...Array(100).keys()]);
    for (const fold of folds) expect(fold.filter((i) => labels[i]).length).toBeGreaterThanOrEqual(2);
    expect(stratifiedFolds(labels, 10, 1)).toEqual(folds);
  });
});

describe("the shipped model", () => {
  it("loads and tells obvious cases apart in both languages", () => {
    const model = shippedModel();
    const score = (text: string, language: "de" | "en") => scoreOffensive(model, normalise(text), language).probability;
    expect(score("Halt die Fresse, du dreckiges Stück Scheiße", "de")).toBeGreaterThan(
      score("Vielen Dank für die schnelle Antwort", "de"),
    );
    expect(score("shut up you stupid bitch", "en")).toBeGreaterThan(
      score("thanks for the quick reply, have a nice day", "en"),
    );
    expect(scoreOffensive(model, normalise("Halt die Fresse, du dreckiges Stück Scheiße"), "de").offensive).toBe(true);
    expect(scoreOffensive(model, normalise("Vielen Dank für die schnelle Antwort"), "de").offensive).toBe(false);
  });

  it("is what assessComment uses", () => {
    expect(assessComment(snapshotOf("Vielen Dank!"), { companyName: "" }).scores.toxicity).toBeLessThan(0.5);
  });
});

describe("the development split", () => {
  const examples = Array.from({ length: 500 }, (_, i) => ({
    text: `comment ${i}`,
    offensive: i % 3 === 0,
    fine: ["ABUSE", "OTHER", "OTHER", "INSULT", "OTHER"][i % 5] as string,
  }));

  it("is a seeded fifth of every label, apart from the training part", () => {
    const { training, development } = splitDevelopment(examples);
    expect(development.length + training.length).toBe(examples.length);
    expect(new Set([...training, ...development].map((e) => e.text)).size).toBe(examples.length);
    for (const label of ["ABUSE", "INSULT", "OTHER"]) {
      const all = examples.filter((e) => e.fine === label).length;
      expect(development.filter((e) => e.fine === label).length).toBe(Math.round(all * 0.2));
    }
    expect(splitDevelopment(examples).development).toEqual(development);
    expect(splitDevelopment(examples, 1).development).not.toEqual(development);
  });
});

describe("calibration of the review and confirm thresholds", () => {
  const row = (p: number, fine: "abusive" | "harmless", more: Partial<CalibrationRow> = {}): CalibrationRow => ({
    p,
    offensive: fine === "abusive",
    abusive: fine === "abusive",
    named: false,
    candidates: false,
    eligible: true,
    ...more,
  });

  it("confirms derogatory words from the lowest probability that keeps the licence trustworthy", () => {
    const rows = [
      ...Array.from({ length: 200 }, () => row(0.1, "harmless")),
      ...Array.from({ length: 20 }, (_, i) => row(0.5 + i * 0.02, "abusive", { candidates: true })),
      row(0.45, "harmless", { candidates: true }),
      row(0.46, "harmless", { candidates: true }),
      row(0.47, "harmless", { candidates: true }),
      row(0.48, "harmless", { candidates: true }),
    ];
    const { confirm } = calibrate(rows);
    expect(confirm).toBeGreaterThan(0.45);
    expect(confirm).toBeLessThanOrEqual(0.5);
  });

  it("never reviews so low that harmless comments flood the review", () => {
    const rows = [
      ...Array.from({ length: 100 }, (_, i) => row(0.3 + i * 0.005, "harmless")),
      ...Array.from({ length: 100 }, (_, i) => row(0.5 + i * 0.005, "abusive")),
    ];
    const { review } = calibrate(rows);
    const harmlessReviewed = rows.filter((r) => !r.offensive && r.p >= review).length;
    expect(harmlessReviewed / 100).toBeLessThanOrEqual(0.08);
  });
});
