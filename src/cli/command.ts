import type { Readable, Writable } from "node:stream";

/** Where a command reads and writes: the process's streams, or plain buffers in tests. */
export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/**
 * One `gelassen` command, in a file of its own under commands/ and listed in main.ts. `run` returns the exit
 * status: 0 when all went well, 1 when some input failed, 2 when the call itself was wrong.
 */
export interface Command {
  name: string;
  /** One line for the overview of `gelassen --help`. */
  summary: string;
  /** The full text of `gelassen <name> --help`. */
  help: string;
  run(args: readonly string[], io: Io): Promise<number>;
}

/** A usage error: the message is shown with a hint to --help, and the exit status is 2. */
export class UsageError extends Error {}

/** Splits `--name value` options and `--flag`s from positional arguments; unknown options are usage errors. */
export function parseOptions(
  args: readonly string[],
  known: { values: readonly string[]; flags: readonly string[] },
): { values: Map<string, string>; flags: Set<string>; positional: string[] } {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (!arg.startsWith("--") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (known.flags.includes(name)) flags.add(name);
    else if (known.values.includes(name)) {
      const value = inline ?? args[++index];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      values.set(name, value);
    } else throw new UsageError(`unknown option --${name}`);
  }
  return { values, flags, positional };
}
