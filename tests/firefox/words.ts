import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The extension's own words, so the checks follow the locale files instead of copying them. */
export function wordsOf(language: "en" | "de") {
  const file = resolve(import.meta.dirname, `../../assets/_locales/${language}/messages.json`);
  const messages = JSON.parse(readFileSync(file, "utf8")) as Record<string, { message: string }>;
  return (key: string) => {
    const message = messages[key]?.message;
    if (!message) throw new Error(`no message ${key} in ${language}`);
    return message;
  };
}
