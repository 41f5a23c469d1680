import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The TypeScript sources below `dir`, tests left out: what the meta-tests read. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
