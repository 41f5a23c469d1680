import { normaliseRows, type SparseRows, toSparse } from "./sparse";

/**
 * The reference the issue asks for, as scikit-learn would build it: a TfidfVectorizer over character 2–5-grams and
 * one over word 1–2-grams (lower case, token pattern \b\w\w+\b, smooth idf, raw counts, each block L2-normalised),
 * side by side, fitted on the training folds only, with a plain LogisticRegression (C = 1, threshold 0.5).
 */
// Python's \w is Unicode-aware; JavaScript's is ASCII even with the u flag, so it is spelled out: "Flüchtlinge" is
// one word here as it is in scikit-learn.
const WORD_RUN = /[\p{L}\p{N}_]+/gu;

function charGrams(text: string, emit: (gram: string) => void): void {
  const clean = text.toLowerCase().replace(/\s\s+/g, " ");
  for (let start = 0; start < clean.length; start++) {
    for (let size = 2; size <= 5 && start + size <= clean.length; size++) emit(clean.slice(start, start + size));
  }
}

function wordGrams(text: string, emit: (gram: string) => void): void {
  const words = (text.toLowerCase().match(WORD_RUN) ?? []).filter((word) => word.length >= 2);
  words.forEach((word, index) => {
    emit(word);
    if (index > 0) emit(`${words[index - 1]} ${word}`);
  });
}

const ANALYSERS = [charGrams, wordGrams];

/**
 * The n-grams of every text, read once and numbered; fitting on a fold then only counts numbers. The vocabulary,
 * document frequencies and idf still come from the fold's training texts alone, exactly as if fitted from scratch.
 */
export class ReferenceCorpus {
  /** Per analyser, per text: the numbers of its n-grams, with repeats. */
  readonly grams: Int32Array[][] = [];
  readonly sizes: number[] = [];

  constructor(texts: readonly string[]) {
    for (const analyse of ANALYSERS) {
      const numbers = new Map<string, number>();
      this.grams.push(
        texts.map((text) => {
          const ids: number[] = [];
          analyse(text, (gram) => {
            let id = numbers.get(gram);
            if (id === undefined) {
              id = numbers.size;
              numbers.set(gram, id);
            }
            ids.push(id);
          });
          return Int32Array.from(ids);
        }),
      );
      this.sizes.push(numbers.size);
    }
  }

  /** Fits the TF-IDF vocabulary on the texts `train` and returns the vectoriser for any texts of the corpus. */
  fit(train: readonly number[]): (which: readonly number[]) => SparseRows {
    const columns: Int32Array[] = [];
    const idfs: Float64Array[] = [];
    let width = 0;
    this.grams.forEach((perText, block) => {
      const df = new Int32Array(this.sizes[block] as number);
      const seen = new Int32Array(this.sizes[block] as number).fill(-1);
      for (const text of train) {
        for (const id of perText[text] as Int32Array) {
          if (seen[id] !== text) {
            seen[id] = text;
            df[id] = (df[id] as number) + 1;
          }
        }
      }
      const column = new Int32Array(df.length).fill(-1);
      const idf = new Float64Array(df.length);
      df.forEach((count, id) => {
        if (count === 0) return;
        column[id] = width++;
        idf[id] = Math.log((1 + train.length) / (1 + count)) + 1;
      });
      columns.push(column);
      idfs.push(idf);
    });
    return (which) =>
      toSparse(
        which.map((text) => {
          const row = new Map<number, number>();
          this.grams.forEach((perText, block) => {
            const blockRow = new Map<number, number>();
            const column = columns[block] as Int32Array;
            const idf = idfs[block] as Float64Array;
            for (const id of perText[text] as Int32Array) {
              const at = column[id] as number;
              if (at !== -1) blockRow.set(at, (blockRow.get(at) ?? 0) + (idf[id] as number));
            }
            for (const [at, value] of normaliseRows(blockRow)) row.set(at, value);
          });
          return row;
        }),
        width,
      );
  }
}
