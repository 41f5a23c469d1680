import { type Example, loadDavidson, loadGermEval } from "./data";
import { fitGelassen, probabilitiesOf } from "./gelassen-model";
import { featurise } from "./hashed";
import { predictLogistic, trainLogistic } from "./logistic";
import { stratifiedFolds } from "./measure";
import { ReferenceCorpus } from "./reference";
import { splitDevelopment } from "./split";

/** One unit of training work; tasks are independent, so two worker threads can share them in any order. */
export type Task =
  | { kind: "cv"; dataset: Dataset; method: "reference" | "gelassen"; fold: number }
  | { kind: "final"; dataset: Dataset };
export type Dataset = "de" | "en";

export interface CvResult {
  kind: "cv";
  dataset: Dataset;
  method: "reference" | "gelassen";
  fold: number;
  test: number[];
  predicted: number[];
  /** Gelassen's model: the fold model's probability for each test example (to choose thresholds on). */
  probabilities?: number[];
  C?: number;
  threshold?: number;
}

export interface FinalResult {
  kind: "final";
  dataset: Dataset;
  bias: number;
  scale: number;
  threshold: number;
  C: number;
  weights: string;
}

export interface Settings {
  root: string;
  folds: number;
  seed: number;
  /** Use only the first N examples of each set (for quick checks); 0 for all. */
  limit: number;
}

interface Prepared {
  examples: Example[];
  labels: Uint8Array;
  folds: number[][];
  features?: number[][];
  corpus?: ReferenceCorpus;
}

const prepared = new Map<Dataset, Prepared>();

export function prepare(dataset: Dataset, settings: Settings): Prepared {
  const known = prepared.get(dataset);
  if (known) return known;
  // Only the training part: the development split (split.ts) is never trained on or tuned on.
  const all = splitDevelopment(dataset === "de" ? loadGermEval(settings.root) : loadDavidson(settings.root)).training;
  const examples = settings.limit ? all.slice(0, settings.limit) : all;
  const labels = Uint8Array.from(examples, (example) => (example.offensive ? 1 : 0));
  const result = { examples, labels, folds: stratifiedFolds(labels, settings.folds, settings.seed) };
  prepared.set(dataset, result);
  return result;
}

function features(data: Prepared): number[][] {
  data.features ??= featurise(data.examples.map((example) => example.text));
  return data.features;
}

/** Runs a task and notes how long it took (CPU time of this thread's process share is not separable; wall time). */
export function runTimed(task: Task, settings: Settings): (CvResult | FinalResult) & { seconds: number } {
  const started = performance.now();
  const result = runTask(task, settings);
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

export function runTask(task: Task, settings: Settings): CvResult | FinalResult {
  const data = prepare(task.dataset, settings);
  const everything = data.examples.map((_, index) => index);
  if (task.kind === "final") {
    const fitted = fitGelassen(features(data), data.labels, everything, settings.seed);
    const { model } = fitted;
    const weights = Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.length).toString(
      "base64",
    );
    return {
      kind: "final",
      dataset: task.dataset,
      bias: model.bias,
      scale: model.scale,
      threshold: fitted.threshold,
      C: fitted.C,
      weights,
    };
  }
  const test = data.folds[task.fold] as number[];
  const testSet = new Set(test);
  const train = everything.filter((index) => !testSet.has(index));
  if (task.method === "reference") {
    data.corpus ??= new ReferenceCorpus(data.examples.map((example) => example.text));
    const vectorise = data.corpus.fit(train);
    const model = trainLogistic(
      vectorise(train),
      Uint8Array.from(train, (i) => data.labels[i] as number),
      { C: 1 },
    );
    const p = predictLogistic(model, vectorise(test));
    return { ...task, test, predicted: Array.from(p, (value) => (value >= 0.5 ? 1 : 0)) };
  }
  const fitted = fitGelassen(features(data), data.labels, train, settings.seed + task.fold);
  const probabilities = Array.from(probabilitiesOf(fitted, features(data), test));
  const predicted = probabilities.map((p) => (p >= fitted.threshold ? 1 : 0));
  return { ...task, test, predicted, probabilities, C: fitted.C, threshold: fitted.threshold };
}
