import { extractFeatures } from "../../src/analysis/features";
import type { LanguageModel } from "../../src/analysis/model";
import { normalise } from "../../src/analysis/normalise";
import type { LogisticModel } from "./logistic";
import { type SparseRows, toSparse } from "./sparse";

/**
 * Gelassen's own model: the hashed features of src/analysis/features.ts (the very function the extension runs),
 * each comment's vector divided by the square root of its feature count, as model.ts scores it.
 */
export function featurise(texts: readonly string[]): number[][] {
  return texts.map((text) => extractFeatures(normalise(text)));
}

export function hashedRows(features: readonly number[][], which: readonly number[], bits: number): SparseRows {
  const mask = 2 ** bits - 1;
  const rows = which.map((index) => {
    const row = new Map<number, number>();
    const list = features[index] as number[];
    const scale = list.length ? 1 / Math.sqrt(list.length) : 0;
    for (const feature of list) row.set(feature & mask, (row.get(feature & mask) ?? 0) + scale);
    return row;
  });
  return toSparse(rows, 2 ** bits);
}

/** Weights rounded to 8 bits, as they ship. */
export function quantise(model: LogisticModel, threshold: number): LanguageModel {
  let largest = 0;
  for (const weight of model.weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest / 127 || 1;
  const weights = new Int8Array(model.weights.length);
  model.weights.forEach((weight, index) => {
    weights[index] = Math.max(-127, Math.min(127, Math.round(weight / scale)));
  });
  return { bias: model.bias, scale, weights, threshold, review: threshold, confirm: threshold };
}
