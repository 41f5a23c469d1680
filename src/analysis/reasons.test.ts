import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REASON_CODES, reasonMessageKey } from "./reasons";

type Messages = Record<string, { message: string }>;
const load = (lang: string): Messages =>
  JSON.parse(readFileSync(join(import.meta.dirname, "../../assets/_locales", lang, "messages.json"), "utf8"));

describe("reason codes", () => {
  it.each(["en", "de"])("each has a message in %s, with $words$ exactly when it carries words", (lang) => {
    const messages = load(lang);
    for (const [code, carriesWords] of Object.entries(REASON_CODES)) {
      const message = messages[reasonMessageKey(code)]?.message;
      expect(message, code).toBeDefined();
      expect(message?.includes("$words$"), code).toBe(carriesWords);
    }
  });
});
