import { browser } from "./browser";

/** A message from `_locales` in the browser's language; the key itself if the message is missing. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** "de" or "en": the language Gelassen's own interface speaks in this browser. */
export function uiLanguage(): "de" | "en" {
  return browser.i18n.getUILanguage().toLowerCase().startsWith("de") ? "de" : "en";
}
