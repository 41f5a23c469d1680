import { browser } from "./browser";

/**
 * Messages once looked up: the browser's language is fixed for the extension's lifetime, and a page's markers ask
 * for the same few hundred times (each a call into the browser; about a millisecond per marker on a long thread,
 * issue 11). Each is kept as a template, looked up once with markers in its slots and filled here; a message
 * without slots is its own template, and slots given no value are left empty, as the browser leaves them.
 */
const templates = new Map<string, string>();
/** Chrome and Firefox fill at most nine substitutions. */
const SLOTS = Array.from({ length: 9 }, (_, index) => `\uE000${index}\uE001`);
const SLOT = /\uE000(\d)\uE001/g;

/** A message from `_locales` in the browser's language; the key itself if the message is missing. */
export function t(key: string, substitutions?: string | string[]): string {
  let template = templates.get(key);
  if (template === undefined) {
    template = browser.i18n.getMessage(key, SLOTS);
    templates.set(key, template);
  }
  if (!template) return key;
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return template.replace(SLOT, (_, index: string) => values[Number(index)] ?? "");
}

/** "de" or "en": the language Gelassen's own interface speaks in this browser. */
export function uiLanguage(): "de" | "en" {
  return browser.i18n.getUILanguage().toLowerCase().startsWith("de") ? "de" : "en";
}
