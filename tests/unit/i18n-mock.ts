import { readFileSync } from "node:fs";
import { join } from "node:path";

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * chrome.i18n.getMessage for component tests, reading the real `_locales` files, so a test sees the words a
 * user sees (and a missing message shows up as its key).
 */
export function messagesFor(language: "en" | "de") {
  const messages: Messages = JSON.parse(
    readFileSync(join(import.meta.dirname, "../../assets/_locales", language, "messages.json"), "utf8"),
  );
  return (key: string, substitutions?: string | string[]): string => {
    const entry = messages[key];
    if (!entry) return key;
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$([a-z_]+)\$/gi, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? "";
      const index = Number(content.replace("$", "")) - 1;
      return subs[index] ?? "";
    });
  };
}
