import { browser } from "./browser";

/**
 * Messages without substitutions, once looked up: the browser's language is fixed for the extension's lifetime,
 * and a marker asks for the same few labels hundreds of times on a long thread (each a call into the browser).
 */
const plain = new Map<string, string>();

/** A message from `_locales` in the browser's language; the key itself if the message is missing. */
export function t(key: string, substitutions?: string | string[]): string {
  if (substitutions !== undefined) return browser.i18n.getMessage(key, substitutions) || key;
  let message = plain.get(key);
  if (message === undefined) {
    message = browser.i18n.getMessage(key) || key;
    plain.set(key, message);
  }
  return message;
}

/** "de" or "en": the language Gelassen's own interface speaks in this browser. */
export function uiLanguage(): "de" | "en" {
  return browser.i18n.getUILanguage().toLowerCase().startsWith("de") ? "de" : "en";
}
