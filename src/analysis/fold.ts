/**
 * Folding one word to the key the lexicons and the model use, so that the usual disguises of a word meet its
 * plain spelling: case, umlauts and accents, look-alike letters from other scripts and leetspeak ("Id1ot" and
 * "Іdiot" with a Cyrillic І give "idiot"). Stretched letters ("Idiooot") are handled by `looseKey`.
 */

/** Cyrillic and Greek letters that look like Latin ones; a comment in de/en has no other use for them. */
const HOMOGLYPHS: Record<string, string> = {
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  ї: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  ӏ: "l",
  ɡ: "g",
  ı: "i",
  α: "a",
  β: "b",
  ε: "e",
  η: "n",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
};

/** Digits and signs that stand for letters inside a word: "Id1ot", "$h!t", "@rsch", "3ll3nd". */
const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "@": "a",
  $: "s",
  "!": "i",
  "|": "l",
};

const GERMAN: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

const HAS_LETTER = /\p{L}/u;
const COMBINING = /\p{M}/gu;
const APOSTROPHE = /['’`´]/g;
const PLAIN = /^[a-z0-9]*$/;
const SPECIAL = new RegExp(`[${Object.keys({ ...GERMAN, ...HOMOGLYPHS }).join("")}]`, "g");
const NON_ASCII = /[^ -~]/;
const LEET_SIGNS = /[0134578@$!|]/g;

/** Lower case, umlauts spelled out, accents and look-alikes removed; digits kept. */
export function foldLetters(word: string): string {
  const lower = word.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  const spelled = lower.replace(SPECIAL, (char) => GERMAN[char] ?? HOMOGLYPHS[char] ?? char);
  return NON_ASCII.test(spelled) ? spelled.normalize("NFD").replace(COMBINING, "") : spelled;
}

/** Replaces runs of one character by a single one: "idiooot" → "idiot", "kill" → "kil". */
export function squeeze(word: string): string {
  let out = "";
  let last = "";
  for (const char of word) {
    if (char !== last) out += char;
    last = char;
  }
  return out;
}

/**
 * The key of a word. Leetspeak is decoded only in words that also contain a letter, so numbers stay numbers.
 * `*` is kept: it is the masked letter of "f*ck" and "A*schloch", matched as a wildcard by the lexicon.
 */
export function wordKey(word: string): string {
  const folded = foldLetters(word);
  if (PLAIN.test(folded) && !/\d/.test(folded)) return folded;
  const bare = folded.replace(APOSTROPHE, "");
  // Leetspeak only in words that also contain a letter, so numbers stay numbers.
  return HAS_LETTER.test(bare) ? bare.replace(LEET_SIGNS, (char) => LEET[char] ?? char) : bare;
}

/**
 * The key with doubled letters squeezed, for words that have any: "idiooot" and "idioot" meet "idiot". A word
 * without doubles must match exactly, or "con" would meet "coon" and "rate" meet "ratte".
 */
export function looseKey(key: string): string | undefined {
  for (let index = 1; index < key.length; index++) {
    if (key[index] === key[index - 1]) return squeeze(key);
  }
  return undefined;
}

/** The alternative reading of `1` as `l` ("1oser", "a11"): tried when the first reading finds nothing. */
export function wordKeyOneAsL(word: string): string | undefined {
  if (!word.includes("1") && !word.includes("|")) return undefined;
  return wordKey(word.replace(/[1|]/g, "l"));
}

/** A test that a word is `key` with some letters stretched: "idiooot" for "idiot", but not "deep" for "depp". */
export function stretchedForm(key: string): RegExp {
  let source = "";
  for (let index = 0; index < key.length; ) {
    let end = index;
    while (key[end] === key[index]) end++;
    source += `${(key[index] as string).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}{${end - index},}`;
    index = end;
  }
  return new RegExp(source);
}

/**
 * A number with its unit as written: "8s", "12s", "48h", "3rd", "5G". Read as leetspeak it can spell a swear word
 * ("8s" → "bs"), so the rules never call it one, whatever its key.
 */
export function isMeasure(written: string): boolean {
  return /^\d+(?:[.,]\d+)?[\p{L}]{1,3}$/u.test(written);
}
