/**
 * Counts as the sites write them, in English and German: "1,234", "1.234", "1.2K", "1,2 Tsd.", "3M", "3 Mio.".
 * With a multiplier the separator is a decimal point; without one it groups thousands (counts are whole).
 */
const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  tsd: 1e3,
  "tsd.": 1e3,
  m: 1e6,
  mio: 1e6,
  "mio.": 1e6,
  b: 1e9,
  mrd: 1e9,
  "mrd.": 1e9,
};

const COUNT = /(\d[\d.,\u00a0\u202f ]*)\s*(k|tsd\.?|mio\.?|mrd\.?|m|b)?(?![a-zäöü])/i;

export function parseCount(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const match = COUNT.exec(text);
  if (!match?.[1]) return undefined;
  const digits = match[1].replace(/[\s\u00a0\u202f]+$/, "");
  const multiplier = match[2] ? MULTIPLIERS[match[2].toLowerCase()] : undefined;
  if (multiplier) {
    const value = Number.parseFloat(digits.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."));
    return Number.isFinite(value) ? Math.round(value * multiplier) : undefined;
  }
  const whole = Number.parseInt(digits.replace(/[.,\s\u00a0\u202f]/g, ""), 10);
  return Number.isFinite(whole) ? whole : undefined;
}

/**
 * The count written right before one of `words` in a summary such as X's "3 replies, 1 repost, 12 likes" or
 * "3 Antworten, 1 Repost, 12 „Gefällt mir“-Angaben".
 */
export function countBefore(text: string | null | undefined, words: RegExp): number | undefined {
  if (!text) return undefined;
  const pattern = new RegExp(
    `(\\d[\\d.,\\u00a0\\u202f]*\\s*(?:k|tsd\\.?|mio\\.?|m)?)\\s*(?:${words.source})`,
    words.flags.includes("i") ? "i" : "",
  );
  const match = pattern.exec(text);
  return match?.[1] ? parseCount(match[1]) : undefined;
}
