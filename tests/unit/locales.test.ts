import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "./source-files";

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const root = join(import.meta.dirname, "../..");
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(join(root, "assets/_locales", lang, "messages.json"), "utf8"));
const en = load("en");
const de = load("de");

describe("_locales", () => {
  it("has the same messages in German and English", () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))("%s has the same placeholders in both languages", (key) => {
    const names = (m: Messages[string] | undefined) =>
      [...(m?.message.matchAll(/\$([a-z_]+)\$/gi) ?? [])].map((match) => match[1]?.toLowerCase()).sort();
    expect(names(de[key])).toEqual(names(en[key]));
    for (const name of names(en[key])) {
      expect(de[key]?.placeholders?.[name as string]).toEqual(en[key]?.placeholders?.[name as string]);
      expect(en[key]?.placeholders?.[name as string]?.content).toMatch(/^\$\d$/);
    }
  });

  it('has every message the code asks for with t("…")', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(root, "src"))) {
      for (const match of readFileSync(file, "utf8").matchAll(/\bt\(\s*"([A-Za-z0-9_]+)"/g))
        used.add(match[1] as string);
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });

  it("has a message for every reason code the monitor gives", () => {
    const codes = new Set<string>();
    for (const file of sourceFiles(join(root, "src/monitor"))) {
      for (const match of readFileSync(file, "utf8").matchAll(/code: "([a-z][a-z0-9-]*)"/g))
        codes.add(match[1] as string);
    }
    expect(codes.size).toBeGreaterThan(8);
    expect([...codes].filter((code) => !(`reason_${code.replaceAll("-", "_")}` in en))).toEqual([]);
  });
});
