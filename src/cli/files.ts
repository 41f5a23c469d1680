import { statSync } from "node:fs";
import { UsageError } from "./command";

/**
 * Checks that a path given on the command line is a file that can be read, before anything is read: a missing
 * file or a directory is a wrong call (exit status 2) said in words, not a bare "ENOENT"/"EISDIR" (exit 1).
 * `what` names the file in the message ("guidelines file").
 */
export function readableFile(path: string, what = "file"): string {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new UsageError(`no such ${what}: ${path}`);
  }
  if (isDirectory) throw new UsageError(`${path} is a directory, not a ${what}`);
  return path;
}
