// Bundles one TypeScript entry of scripts/train and calls its `main`: `npm run train` and `npm run check-analysis`.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleForNode } from "../bundle-node.mjs";

export async function runBundled(entry) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const bundle = join(root, "node_modules", ".cache", "gelassen", `${entry}.mjs`);
  await bundleForNode(join(root, "scripts", "train", `${entry}.ts`), bundle);
  const { main } = await import(pathToFileURL(bundle).href);
  await main({ root, args: process.argv.slice(2), bundle });
}
