import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IMPORT_ERROR_CODES } from "../shared/guidelines-import";
import { FINDING_CODES, STRATEGIES } from "../shared/replies";

const load = (lang: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../assets/_locales/${lang}/messages.json`, import.meta.url), "utf8"));
const key = (id: string) => id.replaceAll("-", "_");

describe.each(["en", "de"])("_locales/%s", (lang) => {
  const messages = load(lang);

  it("names and explains every strategy", () => {
    const missing = STRATEGIES.flatMap((id) => [`strategy_${key(id)}`, `strategy_${key(id)}_hint`]).filter(
      (name) => !(name in messages),
    );
    expect(missing).toEqual([]);
    expect("strategy_do_not_reply_advice" in messages).toBe(true);
  });

  it("has a message for every finding and every import error", () => {
    const names = [
      ...FINDING_CODES.map((code) => `finding_${key(code)}`),
      ...IMPORT_ERROR_CODES.map((code) => `guidelines_error_${key(code)}`),
    ];
    expect(names.filter((name) => !(name in messages))).toEqual([]);
  });
});
