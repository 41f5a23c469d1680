#!/usr/bin/env node
// The `gelassen` command. Its code is the Node bundle dist/cli/gelassen.mjs, which `npm install` builds (the
// `prepare` script runs build.mjs); run `npm run build` if it is missing.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/cli/gelassen.mjs", import.meta.url);
if (!existsSync(bundle)) {
  console.error('gelassen: dist/cli/gelassen.mjs is missing. Run "npm run build" in the Gelassen folder first.');
  process.exit(2);
}
// A reader that stops early (`gelassen assess big.jsonl | head`) is not an error.
process.stdout.on("error", (error) => process.exit(error.code === "EPIPE" ? 0 : 1));
const { run } = await import(bundle.href);
process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
