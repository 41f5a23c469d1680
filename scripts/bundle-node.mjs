// Bundles one TypeScript entry for Node with esbuild (the project's own toolchain; Node 20 does not run
// TypeScript): what `npm run train`, `npm run check-analysis` and `npm run bench` run.
import * as esbuild from "esbuild";

export async function bundleForNode(entry, outfile) {
  await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    loader: { ".json": "json" },
    logLevel: "error",
  });
}
