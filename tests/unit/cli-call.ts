import { PassThrough, Readable } from "node:stream";
import { run } from "../../src/cli/main";

/**
 * Runs `gelassen` in-process with `input` on standard input: the exit status, both outputs as text, and the
 * standard output's JSON lines parsed (the CLI tests share this one harness).
 */
export async function callCli(args: string[], input = "") {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: "", err: "" };
  stdout.on("data", (chunk) => (chunks.out += chunk));
  stderr.on("data", (chunk) => (chunks.err += chunk));
  const status = await run(args, { stdin: Readable.from([input]), stdout, stderr });
  return {
    status,
    out: chunks.out,
    err: chunks.err,
    // Parsed JSON, read field by field by each test.
    lines: chunks.out
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line)),
  };
}
