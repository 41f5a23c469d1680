import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { decodeModel, type ModelFileHead } from "../../src/analysis/model";
import { normalise } from "../../src/analysis/normalise";
import { detectViolations } from "../../src/analysis/violations";
import { type Calibration, calibrate, calibrationRows, careRows } from "./calibrate";
import { developmentTable } from "./check";
import { loadCustomerCare } from "./data";
import { HASH_BITS } from "./gelassen-model";
import { deletionRecall, licenceRates } from "./licence";
import { outOfFold, saveOutOfFold } from "./out-of-fold";
import { runPool, serveTasks } from "./pool";
import { cvTable, licenceTable, summarise } from "./report";
import { type CvResult, type Dataset, type FinalResult, prepare, type Settings, type Task } from "./tasks";

/**
 * `npm run train`: cross-validates the reference and Gelassen's model on the training part (four fifths) of
 * GermEval 2018 and Davidson, prints the figures side by side with the development split's (split.ts) and the
 * false-licence rate, trains the shipped model on the training part and writes
 * assets/model/offensive.json. Options: --folds N (10), --seed N (2018), --threads N (2), --limit N (all),
 * --out FILE.
 */
const DATASETS: Dataset[] = ["de", "en"];

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(args[at + 1]);
}

export async function main({ root, args, bundle }: { root: string; args: string[]; bundle: string }): Promise<void> {
  const started = performance.now();
  const settings: Settings = {
    root,
    folds: option(args, "folds", 10),
    seed: option(args, "seed", 2018),
    limit: option(args, "limit", 0),
  };
  const threads = option(args, "threads", 2);
  const outAt = args.indexOf("--out");
  const out = outAt === -1 ? join(root, "assets", "model", "offensive.json") : (args[outAt + 1] as string);
  const tasks: Task[] = [];
  // Largest first, so the two threads finish together.
  for (const dataset of ["en", "de"] as Dataset[]) {
    tasks.push({ kind: "final", dataset });
    for (let fold = 0; fold < settings.folds; fold++) {
      tasks.push({ kind: "cv", dataset, method: "reference", fold }, { kind: "cv", dataset, method: "gelassen", fold });
    }
  }
  let done = 0;
  type Timed = (CvResult | FinalResult) & { seconds: number };
  const results = await runPool<Timed>(bundle, tasks, settings, threads, () => {
    done++;
    process.stderr.write(
      `\r  trained ${done} of ${tasks.length} models (${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
  });
  process.stderr.write("\n");

  const finals = Object.fromEntries(
    results.filter((r): r is FinalResult & { seconds: number } => r.kind === "final").map((r) => [r.dataset, r]),
  ) as unknown as Record<Dataset, FinalResult>;
  const head: ModelFileHead = {
    format: 1,
    hashBits: HASH_BITS,
    languages: {
      de: { bias: finals.de.bias, scale: finals.de.scale, threshold: finals.de.threshold, weights: finals.de.weights },
      en: { bias: finals.en.bias, scale: finals.en.scale, threshold: finals.en.threshold, weights: finals.en.weights },
    },
    about: {
      trainedBy: "npm run train (scripts/train/)",
      data: { de: "GermEval 2018 training set (CC BY 4.0)", en: "Davidson et al. 2017 (MIT)" },
      seed: settings.seed,
      regularisation: { de: finals.de.C, en: finals.en.C },
    },
  };
  // Out-of-fold probabilities of the training part, and from them the review and confirm thresholds.
  const data = Object.fromEntries(DATASETS.map((d) => [d, prepare(d, settings)])) as Record<
    Dataset,
    ReturnType<typeof prepare>
  >;
  const cv = results.filter((r): r is CvResult & { seconds: number } => r.kind === "cv");
  const calibrations = {} as Record<Dataset, Calibration>;
  for (const d of DATASETS) {
    const oof = outOfFold(
      cv.filter((r) => r.dataset === d && r.method === "gelassen"),
      data[d].examples.length,
    );
    saveOutOfFold(root, d, oof);
    const care = d === "en" ? careRows(decodeModel(head), loadCustomerCare(root, ["dev.json"]).customers) : [];
    calibrations[d] = calibrate(calibrationRows(data[d].examples, oof), care);
    head.languages[d].review = calibrations[d].review;
    head.languages[d].confirm = calibrations[d].confirm;
  }
  const model = decodeModel(head);

  const ruled = Object.fromEntries(
    DATASETS.map((d) => [
      d,
      Uint8Array.from(data[d].examples, (e) => (detectViolations(normalise(e.text)).length ? 1 : 0)),
    ]),
  ) as Record<Dataset, Uint8Array>;
  const pick = (d: Dataset, method: CvResult["method"]) => cv.filter((r) => r.dataset === d && r.method === method);
  const row = (method: CvResult["method"], withRules: boolean) =>
    Object.fromEntries(
      DATASETS.map((d) => [d, summarise(pick(d, method), data[d].labels, withRules ? ruled[d] : undefined)]),
    ) as Record<Dataset, ReturnType<typeof summarise>>;
  const table = cvTable(
    [
      ["Reference: TF-IDF + log. regr.", row("reference", false)],
      ["Gelassen model", row("gelassen", false)],
      ["Gelassen model + rules", row("gelassen", true)],
    ],
    settings.folds,
  );
  const development = developmentTable(model, root);
  const licence = licenceRates(model, root, data.de.examples, data.en.examples);
  const recall = deletionRecall(model, data.de.examples, data.en.examples);
  mkdirSync(join(out, ".."), { recursive: true });
  const file = `${JSON.stringify(head)}\n`;
  writeFileSync(out, file);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `\n${table}\n\n(F1 is GermEval's official measure: the F1 of macro-precision and macro-recall, in %, mean of the folds.)\n`,
  );
  console.log(`${development}\n`);
  console.log(`${licenceTable("False-licence rate (non-violations called may-delete; goal under 2 %):", licence)}\n`);
  console.log(`${licenceTable("For contrast, abuse the rules call may-delete:", recall)}\n`);
  console.log(
    `Chosen inside the training data: C de ${finals.de.C}, en ${finals.en.C}; thresholds de ${finals.de.threshold}, en ${finals.en.threshold}`,
  );
  for (const d of DATASETS) {
    console.log(
      `Calibrated on the ${d} training part's out-of-fold probabilities: confirm ${calibrations[d].confirm}, review ${calibrations[d].review} (${calibrations[d].summary})`,
    );
    if (args.includes("--curve")) console.log(calibrations[d].curve.join("\n"));
  }
  const spent = (which: (r: Timed) => boolean) =>
    results
      .filter(which)
      .reduce((sum, r) => sum + r.seconds, 0)
      .toFixed(0);
  const method = (r: Timed) => (r.kind === "cv" ? r.method : "final");
  console.log(
    `Thread time: reference CV ${spent((r) => method(r) === "reference")} s, Gelassen CV ${spent((r) => method(r) === "gelassen")} s, shipped models ${spent((r) => method(r) === "final")} s.`,
  );
  const cpu = process.cpuUsage();
  console.log(
    `Model: ${out} (${(file.length / 1024).toFixed(0)} KB); training took ${seconds.toFixed(0)} s on ${threads} threads ` +
      `(${((cpu.user + cpu.system) / 1e6).toFixed(0)} s of CPU time).`,
  );
}

serveTasks();
