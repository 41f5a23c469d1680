import type { OffensiveModel } from "../../src/analysis/model";
import { shippedModel } from "../../src/analysis/shipped-model";
import { runFunctionalSuite } from "../../tests/functional/run";
import { suiteTable } from "../../tests/functional/suite";
import { calibrate, calibrationRows, careRows } from "./calibrate";
import { careTable } from "./care";
import { loadCustomerCare, loadDavidson, loadGermEval } from "./data";
import { evaluate } from "./evaluate";
import { loadOutOfFold } from "./out-of-fold";
import { evaluationTable } from "./report";
import { splitDevelopment } from "./split";

/**
 * With `--calibrate`: the thresholds the current rules would get from the last `npm run train`'s out-of-fold
 * probabilities, applied to the shipped model in memory for the figures below (the file is not changed).
 */
function recalibrate(root: string): void {
  const model = shippedModel();
  for (const dataset of ["de", "en"] as const) {
    const oof = loadOutOfFold(root, dataset);
    if (!oof) throw new Error("no out-of-fold probabilities yet: run npm run train once");
    const training = splitDevelopment(dataset === "de" ? loadGermEval(root) : loadDavidson(root)).training;
    const care = dataset === "en" ? careRows(model, loadCustomerCare(root, ["dev.json"]).customers) : [];
    const calibration = calibrate(calibrationRows(training, oof), care);
    console.log(`${dataset}: confirm ${calibration.confirm}, review ${calibration.review}: ${calibration.summary}`);
    if (process.argv.includes("--curve")) console.log(calibration.curve.join("\n"));
    model[dataset].confirm = calibration.confirm;
    model[dataset].review = calibration.review;
  }
}

/** The whole analysis on the development split: what `npm run train` prints for the model it has just trained. */
export function developmentTable(model: OffensiveModel, root: string): string {
  return evaluationTable("Development split (never read, never trained or tuned on):", [
    ["GermEval 2018 (de)", evaluate(model, splitDevelopment(loadGermEval(root)).development)],
    ["Davidson (en)", evaluate(model, splitDevelopment(loadDavidson(root)).development)],
  ]);
}

/**
 * `npm run check-analysis`: how the shipped analysis does on the development split (which nothing was trained,
 * tuned or written on), beside the training part (which the rules were written reading, so its figures are
 * optimistic), and on the functional suite. Trains nothing; takes about a minute.
 */
export async function main({ root, args }: { root: string; args: string[] }): Promise<void> {
  if (args.includes("--calibrate")) recalibrate(root);
  const suite = runFunctionalSuite();
  console.log(`Functional suite (tests/functional), cases passed per category:\n${suiteTable(suite)}\n`);
  if (args.includes("--failures")) {
    for (const result of suite)
      for (const failed of result.failed)
        console.log(`  ✗ [${result.category}/${result.language}] ${failed.text}  → ${failed.wrong.join("; ")}`);
    return;
  }
  const model = shippedModel();
  const de = splitDevelopment(loadGermEval(root));
  const en = splitDevelopment(loadDavidson(root));
  console.log(developmentTable(model, root));
  console.log(`\n${careTable(model, root)}`);
  console.log(
    `\n${evaluationTable("Training part (the rules were written reading it: optimistic):", [
      ["GermEval 2018 (de)", evaluate(model, de.training)],
      ["Davidson (en)", evaluate(model, en.training)],
    ])}`,
  );
}
