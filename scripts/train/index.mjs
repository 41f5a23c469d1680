// `npm run train`: bundles the TypeScript training script with esbuild (the project's own toolchain; Node 20 does
// not run TypeScript) and runs it. Arguments are passed on: see scripts/train/main.ts.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bundle = join(root, "node_modules", ".cache", "gelassen", "train.mjs");
await esbuild.build({
  entryPoints: [join(root, "scripts", "train", "main.ts")],
  outfile: bundle,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "error",
});
const { main } = await import(pathToFileURL(bundle).href);
await main({ root, args: process.argv.slice(2), bundle });
