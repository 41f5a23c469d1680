import de from "../../assets/_locales/de/messages.json";
import en from "../../assets/_locales/en/messages.json";
import { reasonMessageKey } from "../analysis/reasons";
import type { Reason } from "../shared/assessment";

/**
 * Reasons in words, from the extension's own `_locales` messages, so the command line says exactly what the
 * popup says.
 */
export type CliLanguage = "en" | "de";
type Messages = Record<string, { message: string }>;
const MESSAGES: Record<CliLanguage, Messages> = { en, de };

export function reasonText(reason: Reason, language: CliLanguage): string {
  const message = MESSAGES[language][reasonMessageKey(reason.code)]?.message;
  if (!message) return reason.code;
  return message.replace(/\$words\$/g, (reason.words ?? []).join(", "));
}
