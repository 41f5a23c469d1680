/**
 * GermEval 2018's official measure: the F1 of macro-averaged precision and macro-averaged recall over the two
 * classes, plus the plain figures beside it.
 */
export interface Scores {
  f1: number;
  macroPrecision: number;
  macroRecall: number;
  accuracy: number;
}

export function measure(truth: ArrayLike<number>, predicted: ArrayLike<number>): Scores {
  const confusion = [
    [0, 0],
    [0, 0],
  ];
  for (let i = 0; i < truth.length; i++) {
    const row = confusion[truth[i] as number] as number[];
    row[predicted[i] as number] = (row[predicted[i] as number] as number) + 1;
  }
  const [[tn, fp], [fn, tp]] = confusion as [[number, number], [number, number]];
  const safe = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const macroPrecision = (safe(tp, tp + fp) + safe(tn, tn + fn)) / 2;
  const macroRecall = (safe(tp, tp + fn) + safe(tn, tn + fp)) / 2;
  const f1 = safe(2 * macroPrecision * macroRecall, macroPrecision + macroRecall);
  return { f1, macroPrecision, macroRecall, accuracy: safe(tp + tn, truth.length) };
}

/** The threshold in [0.05, 0.95] that scores best on these out-of-fold probabilities. */
export function bestThreshold(truth: ArrayLike<number>, probabilities: ArrayLike<number>): number {
  let best = 0.5;
  let bestF1 = -1;
  const predicted = new Uint8Array(truth.length);
  for (let step = 5; step <= 95; step++) {
    const threshold = step / 100;
    for (let i = 0; i < truth.length; i++) predicted[i] = (probabilities[i] as number) >= threshold ? 1 : 0;
    const { f1 } = measure(truth, predicted);
    if (f1 > bestF1 + 1e-9) {
      bestF1 = f1;
      best = threshold;
    }
  }
  return best;
}

/** A seeded generator (mulberry32): the same seed gives the same folds on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stratified folds: each holds the same share of offensive examples as the whole. */
export function stratifiedFolds(labels: ArrayLike<number>, k: number, seed: number): number[][] {
  const random = seededRandom(seed);
  const folds: number[][] = Array.from({ length: k }, () => []);
  for (const label of [0, 1]) {
    const members: number[] = [];
    for (let i = 0; i < labels.length; i++) if (labels[i] === label) members.push(i);
    for (let i = members.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [members[i], members[j]] = [members[j] as number, members[i] as number];
    }
    members.forEach((member, index) => {
      (folds[index % k] as number[]).push(member);
    });
  }
  return folds.map((fold) => fold.sort((a, b) => a - b));
}
