import { t } from "../platform/i18n";
import type { Reason, Role, Tone, Verdict, ViolationKind } from "../shared/assessment";
import type { Mood } from "../shared/monitor";

/** `_locales` keys are written with `_` where the product's ids have `-`. */
const key = (prefix: string, id: string) => `${prefix}_${id.replaceAll("-", "_")}`;

export const toneLabel = (tone: Tone) => t(key("tone", tone));
export const roleLabel = (role: Role) => t(key("role", role));
export const verdictLabel = (verdict: Verdict) => t(key("verdict", verdict));
export const violationLabel = (kind: ViolationKind) => t(key("violation", kind));
export const moodLabel = (mood: Mood) => t(key("mood", mood));

/** A reason from the analysis or the monitor, in the browser's language, its words quoted. */
export function reasonText(reason: Reason): string {
  const unique = [...new Set(reason.words?.map((word) => word.trim()).filter(Boolean))];
  // Quoted words from the comment; bare numbers (counts, shares).
  const words = unique.map((word) => (/^\d+$/.test(word) ? word : `„${word}“`)).join(", ");
  const text = t(key("reason", reason.code), words ? [words] : undefined);
  return text === key("reason", reason.code) ? reason.code : text;
}

/** "3 min", "2 h", "4 d": how long someone has waited, short enough for a list. */
export function duration(ms: number, language: "de" | "en"): string {
  const minutes = Math.round(ms / 60_000);
  const unit = (value: number, short: string) => `${value} ${short}`;
  if (minutes < 60) return unit(Math.max(1, minutes), "min");
  const hours = Math.round(minutes / 60);
  if (hours < 48) return unit(hours, "h");
  return unit(Math.round(hours / 24), language === "de" ? "T" : "d");
}
