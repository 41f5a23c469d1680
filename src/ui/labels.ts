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

/** Words from a comment, quoted, each once; bare numbers (counts, shares) stay bare. */
export function quoted(words: readonly string[] | undefined): string {
  const unique = [...new Set(words?.map((word) => word.trim()).filter(Boolean))];
  return unique.map((word) => (/^\d+$/.test(word) ? word : `„${word}“`)).join(", ");
}

/** A reason from the analysis or the monitor, in the browser's language, its words quoted. */
export function reasonText(reason: Reason): string {
  const words = quoted(reason.words);
  const text = t(key("reason", reason.code), words ? [words] : undefined);
  return text === key("reason", reason.code) ? reason.code : text;
}

/** "3 min", "2 Std.", "4 days": how long someone has waited, short, in the interface language. */
export function duration(ms: number, language: "de" | "en"): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  const [value, unit] =
    minutes < 60
      ? [minutes, "minute"]
      : minutes < 48 * 60
        ? [Math.round(minutes / 60), "hour"]
        : [Math.round(minutes / 1440), "day"];
  return new Intl.NumberFormat(language, { style: "unit", unit, unitDisplay: "short" }).format(value);
}
