import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Comment text is written by strangers: it is rendered only as text. web-ext lint flags Preact's own support for
// dangerouslySetInnerHTML in every bundle; this test makes sure Gelassen's code never uses it or any other sink.
const root = join(import.meta.dirname, "../../src");
const SINKS =
  /\b(dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment)\b/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("HTML sinks", () => {
  it("are never used in the product's code", () => {
    const offenders = files(root).filter((file) => SINKS.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
