import { looseKey, wordKey } from "../fold";
import "../lexicon";
import { INSULT_ADJECTIVES, INSULT_NOUNS, INSULT_TARGETED } from "../lexicon/insults";
import { IDENTITY_GROUPS } from "../lexicon/people";
import { DEHUMANISING, DISGUST, ESSENCE, HATE_VERBS } from "../lexicon/predicates";
import type { Normalised, Token } from "../normalise";
import { tokenInfo } from "../word-set";

/**
 * Undoes the evasions normalise.ts cannot see word by word: words glued together ("Ichhasse", "sindAbschaum"),
 * and letters swapped or dropped in the words that matter ("Musilme", "Ungezifer", "idoit"). Only words no
 * lexicon knows are repaired, and only into the words of the hate, insult and group lists, so an ordinary word
 * stays itself. The rules read the repaired tokens; evidence is still quoted as written.
 */

/** Words that are glued to what follows: pronouns, copulas, articles. */
const GLUE_LEFT = [
  "ich",
  "du",
  "ihr",
  "wir",
  "sie",
  "er",
  "sind",
  "seid",
  "bist",
  "ist",
  "alle",
  "die",
  "der",
  "ein",
  "eine",
  "so",
  "i",
  "you",
  "u",
  "we",
  "they",
  "he",
  "she",
  "are",
  "is",
  "all",
  "the",
  "an",
  "ya",
  "ur",
];
/** Words glued after a group: "Ausländerraus", "Muslimesind". */
const GLUE_RIGHT = ["raus", "out", "sind", "are"];
const SUFFIXES = ["", "e", "en", "n", "er", "ern", "s", "es", "in", "innen", "a", "as"];

function stems(entries: readonly string[], minimum: number): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    if (/[\s|~{!]/.test(entry)) continue;
    const tail = entry.endsWith("*");
    const stem = entry.replace(/^\*|\*$/g, "");
    for (const suffix of tail ? SUFFIXES : [""]) {
      const form = stem + suffix;
      if (form.length >= minimum) out.push(form);
    }
  }
  return out;
}

function bare(entries: readonly string[], minimum: number): string[] {
  return entries
    .filter((entry) => !/[\s|~{!]/.test(entry))
    .map((entry) => entry.replace(/^\*|\*$/g, ""))
    .filter((word) => word.length >= minimum);
}

interface FuzzyIndex {
  /** Each form, and each form with one letter dropped → the form. */
  forms: Set<string>;
  /** Forms by length and the sum of their letters: a swap keeps both, so only these few are compared. */
  bySum: Map<number, string[]>;
  dropped: Map<string, string>;
  /** Five-letter insults with a letter dropped ("idot"): read only right after "ein", "a", "du", "you". */
  droppedShort: Map<string, string>;
  /** Forms only matched by a swap, never by a dropped letter (short verbs: "hsase" is "hasse", "hasen" is not). */
  swapOnly: Set<string>;
  /** Insult nouns as listed, repaired only after "ein", "du", "you" … */
  insults: Set<string>;
}

let index: FuzzyIndex | undefined;

function fuzzyIndex(): FuzzyIndex {
  if (index) return index;
  // Groups with their real endings; the predicates as listed (endings made up for them meet ordinary words:
  // "Scheine" is not "Schweine" with a letter dropped if only "schweine" is listed, but "unter" would be "cunter").
  const full = [...stems(IDENTITY_GROUPS, 5), ...bare([...DEHUMANISING, ...DISGUST, ...ESSENCE], 5)];
  const verbs = stems(HATE_VERBS, 4);
  const dropped = new Map<string, string>();
  const droppedShort = new Map<string, string>();
  // Bare five-letter insults only ("idiot", "moron"), not the endings made up for the longer lists.
  const insults = new Set(bare(INSULT_NOUNS, 5));
  for (const form of full) {
    if (form.length < 6) continue;
    for (let at = 0; at < form.length; at++) {
      const variant = form.slice(0, at) + form.slice(at + 1);
      if (!dropped.has(variant) && !REAL_WORDS.has(variant)) dropped.set(variant, form);
    }
  }
  // Insults stand alone, so they are repaired only where an insult is expected: "du Idoit", "ein Vollidot".
  for (const form of insults) {
    const into = droppedShort;
    if (form.length !== 5) continue;
    for (let at = 0; at < form.length; at++) {
      const variant = form.slice(0, at) + form.slice(at + 1);
      if (!into.has(variant) && !REAL_WORDS.has(variant)) into.set(variant, form);
    }
  }
  const bySum = new Map<number, string[]>();
  for (const form of new Set([...full, ...verbs, ...insults])) {
    const key = sumKey(form);
    bySum.set(key, [...(bySum.get(key) ?? []), form]);
  }
  index = { forms: new Set([...full, ...verbs]), bySum, dropped, droppedShort, swapOnly: new Set(verbs), insults };
  return index;
}

function sumKey(word: string): number {
  let sum = 0;
  for (let at = 0; at < word.length; at++) sum += word.charCodeAt(at);
  return word.length * 65_536 + sum;
}

/** Whether `form` is `key` with two neighbouring letters swapped. */
function swapOf(key: string, form: string): boolean {
  let at = 0;
  while (at < key.length && key[at] === form[at]) at++;
  return (
    at < key.length - 1 &&
    key[at] === form[at + 1] &&
    key[at + 1] === form[at] &&
    key.slice(at + 2) === form.slice(at + 2)
  );
}

/**
 * Any lexicon knows the word (LEXICON, imported here, registers every word set when it loads), or it is an ordinary
 * word one letter away from a group's name: "Schulen bröckeln, Mieten explodieren" is about schools.
 */
function known(token: Token): boolean {
  return tokenInfo(token).ids.length > 0 || ORDINARY.has(token.key);
}
const ORDINARY = new Set(["schule", "schulen", "schuler", "schulter", "schultern"]);

function withKey(token: Token, key: string, start = token.start, end = token.end): Token {
  return { key, loose: looseKey(key), kind: "word", start, end, quoted: token.quoted };
}

/**
 * The words a glued word may hide, as plain stems ("hasse", "abschaum", "idiot", "muslim"): looked up as a whole,
 * so that trying a split costs one set lookup and no word information for made-up substrings.
 */
let meaningfulStems: Set<string> | undefined;
let groupStems: string[] | undefined;

function stemsOf(entries: readonly string[]): string[] {
  return entries.filter((entry) => !/[\s|~{!]/.test(entry)).map((entry) => wordKey(entry.replace(/^\*|\*$/g, "")));
}

function meaningful(key: string): boolean {
  meaningfulStems ??= new Set(
    stemsOf([
      ...IDENTITY_GROUPS,
      ...HATE_VERBS,
      ...DISGUST,
      ...DEHUMANISING,
      ...ESSENCE,
      ...INSULT_NOUNS,
      ...INSULT_TARGETED,
      ...INSULT_ADJECTIVES,
    ]),
  );
  return meaningfulStems.has(key);
}

/** Whether a word is a group's name: one of the stems, with an ending at most ("ausländer", "muslime"). */
function groupName(key: string): boolean {
  groupStems ??= stemsOf(IDENTITY_GROUPS);
  return groupStems.some((stem) => key.startsWith(stem) && key.length - stem.length <= 2);
}

/** "ichhasse" → "ich" + "hasse"; "auslaenderraus" → "auslaender" + "raus". */
function unglue(token: Token): Token[] | undefined {
  const { key } = token;
  const split = (at: number): Token[] => {
    const cut = token.end - token.start === key.length ? token.start + at : token.end;
    return [withKey(token, key.slice(0, at), token.start, cut), withKey(token, key.slice(at), cut, token.end)];
  };
  for (const left of GLUE_LEFT) {
    // Four letters at least on the right: shorter words meet too many ordinary endings ("weiß" is not "we iss").
    if (key.length - left.length >= 4 && key.startsWith(left) && meaningful(key.slice(left.length))) {
      return split(left.length);
    }
  }
  for (const right of GLUE_RIGHT) {
    const at = key.length - right.length;
    if (at >= 4 && key.endsWith(right) && groupName(key.slice(0, at))) return split(at);
  }
  return undefined;
}

/** A group's name the lexicon knows by its stem, with "raus" glued on: "Ausländerraus". */
function ungluedRight(token: Token): Token[] | undefined {
  for (const right of GLUE_RIGHT) {
    const at = token.key.length - right.length;
    if (at >= 4 && token.key.endsWith(right) && groupName(token.key.slice(0, at))) {
      const cut = token.end - token.start === token.key.length ? token.start + at : token.end;
      return [withKey(token, token.key.slice(0, at), token.start, cut), withKey(token, right, cut, token.end)];
    }
  }
  return undefined;
}

/** "musilme" → "muslime" (two letters swapped), "ungezifer" → "ungeziefer" (one dropped). */
function unswap(key: string, previous: Token | undefined): string | undefined {
  const { forms, dropped, droppedShort, swapOnly, insults } = fuzzyIndex();
  const framed = previous !== undefined && INSULT_FRAME.has(previous.key);
  if (key.length >= 4) {
    for (const form of fuzzyIndex().bySum.get(sumKey(key)) ?? []) {
      if (swapOf(key, form) && (forms.has(form) || (framed && insults.has(form)))) return form;
    }
  }
  if (key.length >= 5) {
    const form = dropped.get(key);
    if (form && !swapOnly.has(form)) return form;
  }
  if (framed) {
    const form = droppedShort.get(key);
    if (form) return form;
    // A compound around a five-letter insult: "Vollidot".
    for (const [variant, full] of droppedShort) {
      if (key.length >= variant.length + 3 && key.endsWith(variant)) return key.slice(0, -variant.length) + full;
    }
  }
  return undefined;
}

/**
 * Ordinary words that are a listed word with a letter dropped: five-letter insults ("a pick", "you wore") and the
 * hate lists ("beats" is not "beasts", "Garage" not "garbage", "Ecken" not "Zecken", "Suche" not "Seuche").
 */
const REAL_WORDS = new Set(
  "past spat spas hirn mono mong moon morn wore rick pick dune duce fote scheine beats bests easts garage moneys violet invades ecken suche raten".split(
    " ",
  ),
);

const INSULT_FRAME = new Set(["ein", "eine", "einen", "du", "so", "a", "an", "you", "u", "such"]);

/** Words seen lately and what they were repaired to ("" when nothing): comments repeat their words. */
const REPAIRED = new Map<string, string>();
const MEMORY = 20_000;

function remember(key: string, repaired: string): string {
  if (REPAIRED.size >= MEMORY) REPAIRED.clear();
  REPAIRED.set(key, repaired);
  return repaired;
}

export function repairEvasions(normalised: Normalised): Normalised {
  let changed = false;
  const tokens: Token[] = [];
  for (let at = 0; at < normalised.tokens.length; at++) {
    const token = normalised.tokens[at] as Token;
    const glued = token.kind === "word" && known(token) ? ungluedRight(token) : undefined;
    if (glued) {
      tokens.push(...glued);
      changed = true;
      continue;
    }
    if (token.kind !== "word" || token.key.length < 4 || token.key.length > 30 || known(token)) {
      tokens.push(token);
      continue;
    }
    const previous = normalised.tokens[at - 1];
    // Swaps into insults depend on the word before ("du Idoit"); everything else on the word alone.
    const cached = previous && INSULT_FRAME.has(previous.key) ? undefined : REPAIRED.get(token.key);
    if (cached === "") {
      tokens.push(token);
      continue;
    }
    const parts = cached === undefined ? unglue(token) : undefined;
    const fixed = cached ?? (parts ? undefined : unswap(token.key, previous));
    if (cached === undefined && !parts && !(previous && INSULT_FRAME.has(previous.key)))
      remember(token.key, fixed ?? "");
    if (parts) tokens.push(...parts);
    else if (fixed) tokens.push(withKey(token, fixed));
    else {
      tokens.push(token);
      continue;
    }
    changed = true;
  }
  return changed ? { ...normalised, tokens } : normalised;
}
