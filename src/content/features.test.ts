import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Reads the sources instead of importing them: the features import the extension API, which Node lacks.
const dir = import.meta.dirname;
const features = readFileSync(join(dir, "features.ts"), "utf8");

describe("the feature list", () => {
  const files = readdirSync(dir).filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name));
  const featureFiles = files.filter((name) =>
    /export const \w+: Feature = \{/.test(readFileSync(join(dir, name), "utf8")),
  );

  it("finds the feature files", () => {
    expect(featureFiles.length).toBeGreaterThanOrEqual(9);
  });

  it.each(featureFiles)("registers %s", (file) => {
    const name = /export const (\w+): Feature = \{/.exec(readFileSync(join(dir, file), "utf8"))?.[1];
    expect(features).toContain(`from "./${file.replace(/\.tsx?$/, "")}"`);
    expect(features).toMatch(new RegExp(`FEATURES[^=]*=\\s*\\[[^\\]]*\\b${name}\\b`));
  });
});
