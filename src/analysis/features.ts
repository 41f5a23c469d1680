import { LEXICON } from "./lexicon";
import type { Normalised, Token } from "./normalise";

/**
 * The features the offensive-language model reads, hashed into a fixed number of buckets so the model file holds
 * only weights, never a vocabulary: folded words and word pairs, character 2–5-grams inside each word (which
 * catch compounds such as "Drecksvolk" and spellings never seen in training), and the lexicons' verdicts.
 * Training (scripts/train) and the extension call this same function, so they cannot drift apart. The names of
 * identity groups are left out (see extractFeatures).
 */

const FNV_PRIME = 0x01000193;
const SEED_WORD = 0x811c9dc5;
const SEED_PAIR = 0x5bd1e995;
const SEED_CHAR = 0x27d4eb2f;
const SEED_LEX = 0x165667b1;

function mix(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) >>> 0;
}

export function hashString(text: string, seed: number): number {
  let hash = seed;
  for (let index = 0; index < text.length; index++) hash = mix(hash, text.charCodeAt(index));
  return hash;
}

/** Where features are written: hashed bucket numbers (not yet masked), one per occurrence. */
export interface FeatureSink {
  push(hash: number): void;
}
export type Features = number[];

function countTokens(tokens: readonly Token[], test: (token: Token) => boolean): number {
  let n = 0;
  for (const token of tokens) if (test(token)) n++;
  return n;
}

const LEXICON_FEATURES: ReadonlyArray<[string, (tokens: readonly Token[], normalised: Normalised) => number]> = [
  ["insult", (tokens) => countTokens(tokens, (t) => LEXICON.insultNouns.hasToken(t))],
  ["targeted", (tokens) => LEXICON.targeted.count(tokens)],
  ["insult-phrase", (tokens) => LEXICON.insultPhrases.count(tokens)],
  ["profanity", (tokens) => countTokens(tokens, (t) => LEXICON.profanity.hasToken(t))],
  ["slur", (tokens) => countTokens(tokens, (t) => LEXICON.slurs.hasToken(t))],
  ["hate", (tokens) => LEXICON.hate.count(tokens)],
  ["threat", (tokens) => LEXICON.threats.count(tokens)],
  ["group", (tokens) => countTokens(tokens, (t) => t.kind === "word" && LEXICON.dehumanising.hasToken(t))],
  ["second", (tokens) => countTokens(tokens, (t) => LEXICON.secondPerson.hasToken(t))],
  ["negative", (tokens) => LEXICON.negative.count(tokens)],
  ["anger", (tokens) => LEXICON.anger.count(tokens)],
  ["positive", (tokens) => LEXICON.positive.count(tokens)],
  ["shouting", (_, normalised) => (normalised.shouting > 0.5 ? 1 : 0)],
  ["exclaim", (_, normalised) => Math.min(3, normalised.exclamations)],
  ["emoji-angry", (_, normalised) => normalised.emoji.angry],
  ["emoji-laugh", (_, normalised) => normalised.emoji.laughing],
  [
    "derogatory",
    (tokens) =>
      countTokens(tokens, (t) => LEXICON.derogatoryPeople.hasToken(t) || LEXICON.derogatoryOfPeople.hasToken(t)),
  ],
];

/** Buckets for each lexicon feature's count (0 is no feature, 1, 2, 3 or more). */
const LEXICON_HASHES = LEXICON_FEATURES.map(([name]) => [1, 2, 3].map((n) => hashString(`${name}:${n}`, SEED_LEX)));

/** The hash of a token as a word (mentions are all one word, "@"). */
export function unigramHash(token: Token): number {
  return hashString(token.kind === "mention" ? "@" : token.key, SEED_WORD);
}

/** The hash of two neighbouring words. */
export function pairHash(previous: number, next: number): number {
  return mix(mix(SEED_PAIR, previous), next);
}

/** The features one token contributes on its own: itself and, for words, its character n-grams. */
export function wordFeatures(token: Token, out: FeatureSink): void {
  out.push(unigramHash(token));
  if (token.kind === "word" || token.kind === "hashtag") pushCharGrams(token.key, out);
}

/** The lexicons' verdicts on the whole comment. */
export function lexiconFeatures(normalised: Normalised, out: FeatureSink): void {
  LEXICON_FEATURES.forEach(([, count], index) => {
    const n = Math.min(3, count(normalised.tokens, normalised));
    if (n > 0) out.push((LEXICON_HASHES[index] as number[])[n - 1] as number);
  });
}

export function extractFeatures<Sink extends FeatureSink = Features>(
  normalised: Normalised,
  out: Sink = [] as unknown as Sink,
): Sink {
  let previous = -1;
  const { tokens } = normalised;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    // A group's name is never evidence of offence: the model does not see it, so it cannot learn that a comment
    // naming Muslims or women is more likely abusive than one that does not (the rules read what is said of them).
    if (LEXICON.identityGroups.hasToken(token)) {
      previous = -1;
      continue;
    }
    const next = tokens[at + 1];
    if (next && LEXICON.groupAdjectives.hasToken(token) && LEXICON.peopleHeads.hasToken(next)) {
      previous = -1;
      at++;
      continue;
    }
    // This order (word, pair, n-grams) is the one the shipped model was trained with; keep it.
    const hash = unigramHash(token);
    out.push(hash);
    if (previous !== -1) out.push(pairHash(previous, hash));
    previous = hash;
    if (token.kind === "word" || token.kind === "hashtag") pushCharGrams(token.key, out);
  }
  lexiconFeatures(normalised, out);
  return out;
}

/** Character 2–5-grams of " word ", hashed without building a string for each. */
function pushCharGrams(word: string, out: FeatureSink): void {
  const length = word.length + 2;
  const code = (index: number) => (index === 0 || index === length - 1 ? 32 : word.charCodeAt(index - 1));
  for (let start = 0; start < length - 1; start++) {
    let hash = mix(SEED_CHAR, code(start));
    for (let end = start + 1; end < Math.min(length, start + 5); end++) {
      hash = mix(hash, code(end));
      out.push(hash);
    }
  }
}
