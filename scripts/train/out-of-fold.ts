import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CvResult, Dataset } from "./tasks";

/**
 * Each training-part comment's probability from the fold model that did not see it. `npm run train` keeps them in
 * node_modules/.cache so that `npm run check-analysis -- --calibrate` can show what the thresholds would be after
 * a rule change without training again; the shipped thresholds always come from a full `npm run train`.
 */
export function outOfFold(results: readonly CvResult[], size: number): Float64Array {
  const probabilities = new Float64Array(size);
  for (const result of results) {
    result.test.forEach((index, k) => {
      probabilities[index] = result.probabilities?.[k] ?? 0;
    });
  }
  return probabilities;
}

const file = (root: string, dataset: Dataset) =>
  join(root, "node_modules", ".cache", "gelassen", `oof-${dataset}.json`);

export function saveOutOfFold(root: string, dataset: Dataset, probabilities: Float64Array): void {
  mkdirSync(join(file(root, dataset), ".."), { recursive: true });
  writeFileSync(file(root, dataset), JSON.stringify(Array.from(probabilities)));
}

export function loadOutOfFold(root: string, dataset: Dataset): Float64Array | undefined {
  const path = file(root, dataset);
  return existsSync(path) ? Float64Array.from(JSON.parse(readFileSync(path, "utf8")) as number[]) : undefined;
}
