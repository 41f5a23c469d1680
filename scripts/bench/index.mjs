// `npm run bench`: runs every benchmark module in scripts/bench/ in turn, in name order, and prints what each
// measures. A module is a file named *.bench.ts or *.bench.mjs whose default export is an async function
// ({ root, args }) => void that prints its own figures. TypeScript modules are bundled with esbuild first (Node 20
// runs no TypeScript). `npm run bench -- NAME…` runs only the modules whose file names contain one of the NAMEs.
// The exit status is non-zero if any module throws.
import { mkdirSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleForNode } from "../bundle-node.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const here = join(root, "scripts", "bench");
const cache = join(root, "node_modules", ".cache", "gelassen", "bench");
const args = process.argv.slice(2);
const wanted = args.filter((arg) => !arg.startsWith("--"));
const modules = readdirSync(here)
  .filter((name) => /\.bench\.(ts|mjs)$/.test(name))
  .filter((name) => !wanted.length || wanted.some((part) => name.includes(part)))
  .sort();
if (!modules.length) {
  console.error(`No benchmark module matches ${wanted.join(", ") || "*.bench.ts / *.bench.mjs"} in scripts/bench/.`);
  process.exit(2);
}

async function load(name) {
  if (name.endsWith(".mjs")) return import(pathToFileURL(join(here, name)).href);
  mkdirSync(cache, { recursive: true });
  const outfile = join(cache, name.replace(/\.ts$/, ".mjs"));
  await bundleForNode(join(here, name), outfile);
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}

let failed = 0;
for (const name of modules) {
  console.log(`\n=== ${name} ===`);
  try {
    const module = await load(name);
    if (typeof module.default !== "function") throw new Error("has no default export function");
    await module.default({ root, args });
  } catch (error) {
    failed++;
    console.error(`${name} failed: ${error instanceof Error ? error.stack : String(error)}`);
  }
}
console.log(`\n${modules.length - failed} benchmark module(s) ran, ${failed} failed.`);
process.exitCode = failed ? 1 : 0;
