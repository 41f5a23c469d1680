import type { OffensiveModel } from "../../src/analysis/model";
import { shippedModel } from "../../src/analysis/shipped-model";
import { runFunctionalSuite } from "../../tests/functional/run";
import { suiteTable } from "../../tests/functional/suite";
import { loadDavidson, loadGermEval } from "./data";
import { evaluate } from "./evaluate";
import { evaluationTable } from "./report";
import { splitDevelopment } from "./split";

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
  console.log(
    `\n${evaluationTable("Training part (the rules were written reading it: optimistic):", [
      ["GermEval 2018 (de)", evaluate(model, de.training)],
      ["Davidson (en)", evaluate(model, en.training)],
    ])}`,
  );
}
