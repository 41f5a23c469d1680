import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "./source-files";

// Comment text is written by strangers: it is rendered only as text. web-ext lint flags Preact's own support for
// dangerouslySetInnerHTML in every bundle; this test makes sure Gelassen's code never uses it or any other sink.
const root = join(import.meta.dirname, "../../src");
const SINKS =
  /\b(dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment)\b/;

describe("HTML sinks", () => {
  it("are never used in the product's code", () => {
    const offenders = sourceFiles(root).filter((file) => SINKS.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
