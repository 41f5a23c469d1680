import type { Evaluation } from "./evaluate";
import type { LicenceRow } from "./licence";
import { measure, type Scores } from "./measure";
import type { CvResult, Dataset } from "./tasks";

export interface Summary {
  f1: number;
  sd: number;
  macroPrecision: number;
  macroRecall: number;
  accuracy: number;
}

/** Mean and standard deviation over the folds of each fold's own scores. */
export function summarise(results: CvResult[], labels: Uint8Array, alsoOffensive?: Uint8Array): Summary {
  const perFold: Scores[] = results.map((result) => {
    const truth = result.test.map((index) => labels[index] as number);
    const predicted = result.predicted.map((value, k) => (alsoOffensive?.[result.test[k] as number] ? 1 : value));
    return measure(truth, predicted);
  });
  const mean = (pick: (s: Scores) => number) => perFold.reduce((sum, s) => sum + pick(s), 0) / perFold.length;
  const f1 = mean((s) => s.f1);
  const sd = Math.sqrt(perFold.reduce((sum, s) => sum + (s.f1 - f1) ** 2, 0) / Math.max(1, perFold.length - 1));
  return {
    f1,
    sd,
    macroPrecision: mean((s) => s.macroPrecision),
    macroRecall: mean((s) => s.macroRecall),
    accuracy: mean((s) => s.accuracy),
  };
}

const pct = (value: number) => `${(100 * value).toFixed(1)}`;

export function cvTable(rows: Array<[string, Record<Dataset, Summary>]>, folds: number): string {
  const head = `${folds}-fold cross-validation        GermEval 2018 (de)                 Davidson (en)`;
  const sub = "                                 F1     ±sd   macroP macroR  acc     F1     ±sd   macroP macroR  acc";
  const line = (name: string, s: Record<Dataset, Summary>) =>
    name.padEnd(33) +
    (["de", "en"] as const)
      .map((d) => {
        const x = s[d];
        return `${pct(x.f1).padStart(5)}  ${pct(x.sd).padStart(4)}  ${pct(x.macroPrecision).padStart(5)}  ${pct(x.macroRecall).padStart(5)}  ${pct(x.accuracy).padStart(5)}`;
      })
      .join("  ");
  return [head, sub, ...rows.map(([name, s]) => line(name, s))].join("\n");
}

export function licenceTable(title: string, rows: LicenceRow[]): string {
  const lines = rows.map(
    (row) =>
      `  ${row.name.padEnd(38)} ${String(row.licensed).padStart(5)} / ${String(row.total).padEnd(6)} ${pct(row.licensed / Math.max(1, row.total)).padStart(5)} %`,
  );
  return [title, ...lines].join("\n");
}

const share = (part: number, whole: number) => `${part} / ${whole} = ${pct(part / Math.max(1, whole))} %`;

/** The whole analysis on labelled comments (evaluate.ts), one column per data set. */
export function evaluationTable(title: string, columns: Array<[string, Evaluation]>): string {
  const rows: Array<[string, (e: Evaluation) => string]> = [
    ["Model alone, F1", (e) => pct(e.modelF1)],
    ["`offensive` (rules + model), F1", (e) => pct(e.offensiveF1)],
    ["may-delete precision (abusive)", (e) => share(e.mayDelete.abusive, e.mayDelete.total)],
    ["may-delete recall (abusive)", (e) => share(e.caught.mayDelete, e.abusive)],
    ["review precision (abusive)", (e) => share(e.review.abusive, e.review.total)],
    ["review precision (any offensive)", (e) => share(e.review.offensive, e.review.total)],
    ["may-delete + review recall (abusive)", (e) => share(e.caught.either, e.abusive)],
    ["false licence (harmless → may-delete)", (e) => share(e.harmless.mayDelete, e.harmless.total)],
    ["harmless → review", (e) => share(e.harmless.review, e.harmless.total)],
  ];
  const width = 40;
  const columnWidth = 26;
  const head = `${"".padEnd(width)}${columns.map(([name]) => name.padStart(columnWidth)).join("")}`;
  const lines = rows.map(
    ([name, cell]) => `${name.padEnd(width)}${columns.map(([, e]) => cell(e).padStart(columnWidth)).join("")}`,
  );
  const labels = [...new Set(columns.flatMap(([, e]) => Object.keys(e.byLabel)))].sort();
  const perLabel = labels.map(
    (label) =>
      `${`  ${label}: may-delete / review`.padEnd(width)}${columns
        .map(([, e]) => {
          const row = e.byLabel[label];
          return (row ? `${row.mayDelete} / ${row.review} of ${row.total}` : "").padStart(columnWidth);
        })
        .join("")}`,
  );
  return [title, head, ...lines, ...perLabel].join("\n");
}
