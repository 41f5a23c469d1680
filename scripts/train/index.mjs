// `npm run train`: cross-validation, the development split's figures and the shipped model (scripts/train/main.ts).
import { runBundled } from "./run-bundled.mjs";

await runBundled("main");
