// `npm run check-analysis`: the shipped analysis on the development split and the functional suite
// (scripts/train/check.ts), without training anything.
import { runBundled } from "./run-bundled.mjs";

await runBundled("check");
