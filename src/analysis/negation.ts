import { LEXICON } from "./lexicon";
import type { Normalised } from "./normalise";

const SENTENCE_END = /[.,!?;:\n]/;

/**
 * Whether one of the `window` words before token `at` negates it ("nicht dumm", "kein Problem", "not bad"). A
 * negation does not reach across a sentence end: in "nicht 1999. Danke!" the thanks stand.
 */
export function negatedAt(normalised: Normalised, at: number, window: number): boolean {
  const { tokens, text } = normalised;
  const token = tokens[at];
  if (!token) return false;
  for (let before = at - 1; before >= Math.max(0, at - window); before--) {
    const candidate = tokens[before];
    if (!candidate) break;
    const next = tokens[before + 1] ?? token;
    if (SENTENCE_END.test(text.slice(candidate.end, next.start))) break;
    if (candidate.kind === "word" && LEXICON.negators.hasToken(candidate)) return true;
  }
  return false;
}
