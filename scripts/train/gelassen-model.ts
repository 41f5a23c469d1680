import { type LanguageModel, languageProbability } from "../../src/analysis/model";
import { hashedRows, quantise } from "./hashed";
import { type LogisticModel, trainLogistic } from "./logistic";
import { bestThreshold, measure, seededRandom, stratifiedFolds } from "./measure";
import type { SparseRows } from "./sparse";

/**
 * How Gelassen's model is fitted on one set of training examples, and nothing else:
 * 1. each hashed feature is scaled by how strongly it separates the classes in these examples (the magnitude of
 *    its naive-Bayes log-count ratio, as in Wang & Manning's NBSVM); the sign is left to the regression;
 * 2. class-balanced logistic regression (L-BFGS, 40 iterations: stopping early regularises too);
 * 3. the regularisation C and the decision threshold are chosen on a held-out quarter of these examples.
 * The scaling folds into the weights, so the shipped file holds one weight per bucket.
 */
export const HASH_BITS = 18;
export const C_GRID = [16, 64];
const ITERATIONS = 40;
/** Inner selection trains on at most this many examples, so the large English set stays within the time budget. */
const SELECTION_SAMPLE = 6_000;

export interface Fitted {
  model: LanguageModel;
  C: number;
  threshold: number;
}

function labelsOf(labels: Uint8Array, which: readonly number[]): Uint8Array {
  return Uint8Array.from(which, (index) => labels[index] as number);
}

function balancedWeights(labels: Uint8Array): Float64Array {
  const positives = labels.reduce((sum, label) => sum + label, 0);
  const n = labels.length;
  return Float64Array.from(labels, (label) =>
    label ? n / (2 * Math.max(1, positives)) : n / (2 * Math.max(1, n - positives)),
  );
}

function nbScaling(rows: SparseRows, labels: Uint8Array): Float64Array {
  const positive = new Float64Array(rows.columns).fill(1);
  const negative = new Float64Array(rows.columns).fill(1);
  for (let row = 0; row < rows.rows; row++) {
    const counts = labels[row] ? positive : negative;
    for (let k = rows.rowStart[row] as number; k < (rows.rowStart[row + 1] as number); k++) {
      const column = rows.indices[k] as number;
      counts[column] = (counts[column] as number) + 1;
    }
  }
  let positiveTotal = 0;
  let negativeTotal = 0;
  for (let j = 0; j < rows.columns; j++) {
    positiveTotal += positive[j] as number;
    negativeTotal += negative[j] as number;
  }
  return Float64Array.from(positive, (p, j) =>
    Math.abs(Math.log(p / positiveTotal / ((negative[j] as number) / negativeTotal))),
  );
}

function fitScaled(rows: SparseRows, labels: Uint8Array, C: number): LogisticModel {
  const scaling = nbScaling(rows, labels);
  for (let k = 0; k < rows.values.length; k++) {
    rows.values[k] = (rows.values[k] as number) * (scaling[rows.indices[k] as number] as number);
  }
  const model = trainLogistic(rows, labels, { C, sampleWeights: balancedWeights(labels), maxIterations: ITERATIONS });
  const weights = Float64Array.from(model.weights, (weight, j) => weight * (scaling[j] as number));
  return { weights, bias: model.bias };
}

function probabilities(
  model: LanguageModel,
  features: readonly number[][],
  which: readonly number[],
  bits = HASH_BITS,
): Float64Array {
  const mask = 2 ** bits - 1;
  return Float64Array.from(which, (index) => languageProbability(model, mask, features[index] as number[]));
}

/** Fits on the examples `train` (indices into features/labels); `seed` fixes the held-out quarter. */
export function fitGelassen(
  features: readonly number[][],
  labels: Uint8Array,
  train: readonly number[],
  seed: number,
  bits = HASH_BITS,
): Fitted {
  const quarters = stratifiedFolds(labelsOf(labels, train), 4, seed);
  const held = (quarters[0] as number[]).map((k) => train[k] as number);
  const heldSet = new Set(held);
  let fitting = train.filter((index) => !heldSet.has(index));
  if (fitting.length > SELECTION_SAMPLE) {
    const random = seededRandom(seed + 1);
    fitting = fitting
      .map((index) => ({ index, key: random() }))
      .sort((a, b) => a.key - b.key)
      .slice(0, SELECTION_SAMPLE)
      .map((entry) => entry.index)
      .sort((a, b) => a - b);
  }
  let best = { C: C_GRID[0] as number, threshold: 0.5, f1: -1 };
  for (const C of C_GRID) {
    const model = quantise(fitScaled(hashedRows(features, fitting, bits), labelsOf(labels, fitting), C), 0.5);
    const p = probabilities(model, features, held, bits);
    const truth = labelsOf(labels, held);
    const threshold = bestThreshold(truth, p);
    const { f1 } = measure(
      truth,
      Array.from(p, (value) => (value >= threshold ? 1 : 0)),
    );
    if (f1 > best.f1) best = { C, threshold, f1 };
  }
  const final = fitScaled(hashedRows(features, train, bits), labelsOf(labels, train), best.C);
  return { model: quantise(final, best.threshold), C: best.C, threshold: best.threshold };
}

export function probabilitiesOf(fitted: Fitted, features: readonly number[][], which: readonly number[]): Float64Array {
  return probabilities(fitted.model, features, which);
}
