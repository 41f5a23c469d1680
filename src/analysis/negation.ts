import { LEXICON } from "./lexicon";
import { keysIn, type Normalised, type Token } from "./normalise";
import type { Hit } from "./phrase-list";

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

/**
 * English auxiliaries that deny what follows; German negation mostly sits inside the failure phrases themselves, but
 * "nothing" right before a fault denies it too ("es wurde nix doppelt abgebucht").
 */
const DENIED = new Set(["doesnt", "dont", "didnt", "never", "nix", "nichts"]);

/** "the first decaf that doesn't taste like cardboard": a fault denied right before it is said, which is praise. */
export function deniedBefore(tokens: readonly Token[], hit: Hit): boolean {
  if (messDenied(tokens, hit.from)) return true;
  const before = tokens[hit.from - 1];
  if (!before || !DENIED.has(before.key)) return false;
  // "Keine Mail, nix. Einfach am 1. abgebucht": "nix" ending the sentence before denies nothing in this one.
  const gap = (tokens[hit.from]?.start ?? before.end) - before.end;
  return !GERMAN_NOTHING.has(before.key) || gap <= 1;
}
const GERMAN_NOTHING = new Set(["nix", "nichts"]);

/** Mess an installer may leave behind, named first in the phrases that complain of it. */
const MESS = new Set(["dreck", "schmutz", "matsch", "chaos", "kratzer", "staub", "dreckspur", "mess", "scratches"]);
const NO_MESS = new Set([
  "kein",
  "keine",
  "keinen",
  "keinerlei",
  "nicht",
  "nix",
  "nichts",
  "ohne",
  "no",
  "zero",
  "without",
]);
const NO_MESS_FILLER = new Set([
  "mal",
  "einmal",
  "bisschen",
  "ein",
  "einen",
  "eine",
  "any",
  "a",
  "single",
  "the",
  "slightest",
]);

/**
 * "haben keinen Dreck hinterlassen", "nicht mal Matsch im Flur", "ohne Schmutz", "no mess left": mess denied before it
 * is named is praise of the work, not a complaint of it.
 */
function messDenied(tokens: readonly Token[], from: number): boolean {
  if (!MESS.has(tokens[from]?.key ?? "")) return false;
  for (let before = from - 1; before >= Math.max(0, from - 3); before--) {
    const key = tokens[before]?.key ?? "";
    if (NO_MESS.has(key)) return true;
    if (!NO_MESS_FILLER.has(key)) return false;
  }
  return false;
}

/** Inside a phrase the future and "to be" deny as well: "won't be cut off". */
const DENIED_INSIDE = new Set([...DENIED, "wont", "isnt", "arent", "wasnt"]);

const PASSIVE = new Set(["get", "be", "been", "getting"]);

/**
 * "so the power doesn't get cut off", "won't be cut off": the fault denied inside the phrase in the passive, feared
 * and not happened. Not a phrase whose own negation is the fault ("code WINTER10 didn't apply").
 */
export function deniedWithin(tokens: readonly Token[], hit: Hit): boolean {
  for (let at = hit.from + 1; at < hit.to; at++) {
    if (DENIED_INSIDE.has(tokens[at]?.key ?? "") && PASSIVE.has(tokens[at + 1]?.key ?? "")) return true;
  }
  // "die Lieferung kam bisher kein einziges Mal zu spät": never once, said inside the phrase.
  return hit.to - hit.from >= 3 && NOT_ONCE_INSIDE.test(keysIn(tokens, hit.from + 1, hit.to));
}
/** "not once", "kein einziges Mal": a fault denied for every time. */
const ONCE_DENIED = "not once|never once|kein einziges mal|nicht ein einziges mal";
const NOT_ONCE_INSIDE = new RegExp(`(?:^|\\s)(?:${ONCE_DENIED}|keinmal)(?:\\s|$)`, "u");

const NOT_ONCE = new RegExp(
  `(?:^|\\s)(?:${ONCE_DENIED}|nicht einmal|(?:keine einzige|kein einziger|kein einziges|not a single|not one)(?:\\s\\S+)?)(?:\\s(?:has|have|had|was|were|is|it|they|ist|war|sind|waren|es|sie|been|gewesen|zu))*$`,
  "u",
);

/** "not once has it been late", "kein einziges Mal zu spät": a fault that never happened. */
export function neverOnce(tokens: readonly Token[], at: number): boolean {
  return NOT_ONCE.test(keysIn(tokens, at - 6, at));
}
