import type { Command, Io } from "./command";
import { UsageError } from "./command";
import { assess } from "./commands/assess";
import { checkDraftCommand } from "./commands/check-draft";
import { suggest } from "./commands/suggest";

/** Every command of `gelassen`, one file each under commands/. Add a command by adding it here. */
export const COMMANDS: readonly Command[] = [assess, suggest, checkDraftCommand];

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `gelassen — Gelassen's analysis on the command line: comments are judged on this computer, nothing is sent.

Usage: gelassen <command> [options]

Commands:
${lines.join("\n")}

Run "gelassen <command> --help" for a command's options.`;
}

/** Runs one call of the tool and returns its exit status; never throws. */
export async function run(args: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? io.stderr : io.stdout).write(`${overview()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr.write(`gelassen: unknown command "${name}"\n\n${overview()}\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`gelassen ${command.name}: ${error.message}\nRun "gelassen ${command.name} --help" for help.\n`);
      return 2;
    }
    io.stderr.write(`gelassen ${command.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
