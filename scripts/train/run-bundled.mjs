// Bundles one TypeScript entry of scripts/train with esbuild (the project's own toolchain; Node 20 does not run
// TypeScript) and calls its `main`. Used by `npm run train` and `npm run check-analysis`.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

export async function runBundled(entry) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const bundle = join(root, "node_modules", ".cache", "gelassen", `${entry}.mjs`);
  await esbuild.build({
    entryPoints: [join(root, "scripts", "train", `${entry}.ts`)],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    loader: { ".json": "json" },
    logLevel: "error",
  });
  const { main } = await import(pathToFileURL(bundle).href);
  await main({ root, args: process.argv.slice(2), bundle });
}
