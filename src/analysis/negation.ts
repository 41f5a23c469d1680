import { LEXICON } from "./lexicon";
import type { Normalised } from "./normalise";

const SENTENCE_END = /[.,!?;:\n]/;
/** Articles and "a single" words a negation reaches over: "never had a single problem", "kein einziges Mal". */
const REACHED_OVER = new Set([
  "a",
  "an",
  "one",
  "single",
  "ein",
  "eine",
  "einen",
  "einem",
  "einzigen",
  "einziges",
  "einzige",
  "einziger",
]);

/**
 * Whether one of the `window` words before token `at` negates it ("nicht dumm", "kein Problem", "not bad"). A
 * negation does not reach across a sentence end: in "nicht 1999. Danke!" the thanks stand.
 */
export function negatedAt(normalised: Normalised, at: number, window: number): boolean {
  const { tokens, text } = normalised;
  const token = tokens[at];
  if (!token) return false;
  let reach = window;
  for (let before = at - 1; before >= Math.max(0, at - reach); before--) {
    const candidate = tokens[before];
    if (!candidate) break;
    const next = tokens[before + 1] ?? token;
    if (SENTENCE_END.test(text.slice(candidate.end, next.start))) break;
    if (candidate.kind === "word" && LEXICON.negators.hasToken(candidate)) return true;
    if (candidate.kind === "word" && REACHED_OVER.has(candidate.key) && reach < window + 2) reach++;
  }
  return false;
}
