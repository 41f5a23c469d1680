import { isViolentEmoji } from "./emoji";
import { looseKey, squeeze, stretchedForm, wordKey } from "./fold";
import type { Token } from "./normalise";
import { AffixIndex } from "./word-index";

const MAX_WORD = 60;
const MEMORY = 50_000;

/**
 * Every word set, and for each word seen lately which of them hold it and which number the phrase patterns know
 * it by: a comment's words are looked up once for all sets together, and each token keeps its answer, so the
 * many questions the rules ask about it cost a byte or an array read each instead of a string lookup.
 */
const REGISTRY: WordSet[] = [];
const WORD_IDS = new Map<string, number>();
const INFO = new Map<string, WordInfo>();

export interface WordInfo {
  /** member[set id] is 1 when that set holds the word. */
  member: Uint8Array;
  /** The ids of the sets that hold it: most words are in none or one, so a comment's sets are gathered fast. */
  ids: number[];
  /** The word's number among the patterns' first words, -1 if none; `looseWord` the same for its loose key. */
  word: number;
  looseWord: number;
  /** How many sets and words existed when this was computed; more since means it must be computed again. */
  sets: number;
  words: number;
}

/** Numbers a word that a phrase pattern starts with. */
export function internWord(key: string): number {
  let id = WORD_IDS.get(key);
  if (id === undefined) {
    id = WORD_IDS.size;
    WORD_IDS.set(key, id);
  }
  return id;
}

/** Most words are in no set: they all share one empty membership instead of allocating their own. */
let EMPTY = new Uint8Array(0);
function emptyMember(): Uint8Array {
  if (EMPTY.length !== REGISTRY.length) EMPTY = new Uint8Array(REGISTRY.length);
  return EMPTY;
}

function memberOf(ids: readonly number[]): Uint8Array {
  const member = new Uint8Array(REGISTRY.length);
  for (const id of ids) member[id] = 1;
  return member;
}

function infoOf(key: string): WordInfo {
  let info = INFO.get(key);
  if (info === undefined || info.sets !== REGISTRY.length || info.words !== WORD_IDS.size) {
    const ids: number[] = [];
    const found = (set: number) => {
      if (!ids.includes(set)) ids.push(set);
    };
    const loose = looseKey(key);
    if (key.length <= MAX_WORD) {
      STRICT.mark(key, found);
      if (loose !== undefined) LOOSE.mark(loose, found, key);
      if (key.includes("*") && key.length > 2) for (const word of unmasked(key)) STRICT.mark(word, found);
    }
    const excluded = EXCLUDED.get(key);
    if (excluded) for (const set of excluded) if (ids.includes(set)) ids.splice(ids.indexOf(set), 1);
    const looseWord = loose === undefined ? -1 : (WORD_IDS.get(loose) ?? -1);
    const member = ids.length ? memberOf(ids) : emptyMember();
    info = { member, ids, word: WORD_IDS.get(key) ?? -1, looseWord, sets: REGISTRY.length, words: WORD_IDS.size };
    if (INFO.size >= MEMORY) INFO.clear();
    INFO.set(key, info);
  }
  return info;
}

/**
 * The words a masked word ("s**t", "a*schloch") may hide. People mask swear words: when one of the candidates is
 * one (a set built with `{ masks: true }`), only those count, so "get your s**t together" reads "shit", not
 * "slut"; otherwise every candidate counts ("a*schloch" is "arschloch" whatever sets hold it).
 */
function unmasked(key: string): string[] {
  // One or more letters hidden by `*` ("f*ck", "a**loch"), the visible ones in place; two must show.
  if (key.replace(/\*/g, "").length < 2) return [];
  const pattern = new RegExp(`^${key.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*+/g, "[a-z]{1,4}")}$`);
  const candidates = new Set<string>();
  const swearing = new Set<string>();
  for (const set of REGISTRY)
    for (const word of set.all) {
      // "f*cked" of the entry "fuck*": each hidden letter filled from the entry's own, then read as a whole word.
      const filled = pattern.test(word) ? word : filledFrom(key, word);
      if (filled === undefined) continue;
      candidates.add(filled);
      if (set.masks) swearing.add(filled);
    }
  return swearing.size > 0 ? [...swearing] : [...candidates];
}

/** The masked word with each `*` filled by the entry's letter at its place, when the entry then begins it. */
function filledFrom(key: string, entry: string): string | undefined {
  if (entry.length < 3 || entry.length >= key.length) return undefined;
  let filled = "";
  for (let at = 0; at < key.length; at++) filled += key[at] === "*" ? (entry[at] ?? "*") : key[at];
  return !filled.includes("*") && filled.startsWith(entry) ? filled : undefined;
}

/** Which sets and which pattern words occur in a comment; asked by every pattern set, computed once. */
export interface Presence {
  sets: Uint8Array;
  words: Set<number>;
  /** A knife, gun or bomb emoji: what a threat may say instead of a word. */
  violent: boolean;
}
let lastPresence: { tokens: readonly Token[]; presence: Presence } | undefined;

export function presenceIn(tokens: readonly Token[]): Presence {
  if (lastPresence?.tokens === tokens) return lastPresence.presence;
  const sets = new Uint8Array(REGISTRY.length);
  const words = new Set<number>();
  let violent = false;
  for (const token of tokens) {
    if (token.kind === "emoji") {
      violent ||= isViolentEmoji(token.key);
      continue;
    }
    const info = tokenInfo(token);
    for (const id of info.ids) sets[id] = 1;
    if (info.word >= 0) words.add(info.word);
    if (info.looseWord >= 0) words.add(info.looseWord);
  }
  const presence = { sets, words, violent };
  lastPresence = { tokens, presence };
  return presence;
}

/** A word's information: the one known if it is still current, else looked up (and remembered) again. */
export function currentInfo(key: string, known: WordInfo | undefined): WordInfo {
  return known !== undefined && known.sets === REGISTRY.length && known.words === WORD_IDS.size ? known : infoOf(key);
}

/** The token's word information, computed once per token. */
export function tokenInfo(token: Token): WordInfo {
  let info = token.info;
  if (info === undefined || info.sets !== REGISTRY.length || info.words !== WORD_IDS.size) {
    info = infoOf(token.key);
    token.info = info;
  }
  return info;
}

/** Words a set's prefix or suffix entry would meet but must not ("auspacken" is no "*spacken"): word → set ids. */
const EXCLUDED = new Map<string, number[]>();

/** Whether a lexicon says outright that this word is not what its letters suggest ("auspacken"). */
export function clearedWord(key: string): boolean {
  return EXCLUDED.has(key);
}

/** Every set's entries as written (with doubles) and squeezed, the latter checked run by run (fold.ts). */
const STRICT = new AffixIndex();
const LOOSE = new AffixIndex();

/**
 * A set of words in folded form. An entry may carry `*` at either end: "idiot*" matches "idioten", "*idiot"
 * matches "vollidiot", "*idiot*" both. A stretched word ("Idiooot") matches with its doubles squeezed; a word
 * masked with `*` ("a*schloch", "f*ck") matches the entry it hides. An entry "!word" is a word the others must
 * not meet: "*spacken" insults, "!auspacken" does not.
 */
export class WordSet {
  readonly id: number;
  /** The entries' keys, without the `*` that marks a prefix or suffix. */
  readonly all: string[] = [];
  /** A masked word that may hide one of these words is read as that word (swear words; see `unmasked`). */
  readonly masks: boolean;

  constructor(entries: readonly string[], options: { masks?: boolean } = {}) {
    this.masks = options.masks ?? false;
    this.id = REGISTRY.push(this) - 1;
    for (const entry of entries) {
      if (entry.startsWith("!")) {
        const key = wordKey(entry.slice(1));
        EXCLUDED.set(key, [...(EXCLUDED.get(key) ?? []), this.id]);
        continue;
      }
      const head = entry.startsWith("*");
      const tail = entry.endsWith("*") && entry.length > 1;
      const key = wordKey(entry.replace(/^\*|\*$/g, ""));
      this.all.push(key);
      STRICT.add(key, head, tail, { set: this.id });
      // A short entry, or one that is a word's beginning or end, is met only by a word stretched past doubling:
      // "haaate" is "hate", but "hatte", "latte", "denn" and "mussels" are words of their own, not "hate", "late",
      // "den" and "musel…". A longer whole word takes a doubled letter as a typo ("looser", "spasst").
      const doubling = /(.)\1/.test(key) || (!head && !tail && key.length >= 5);
      const stretched = doubling ? "" : "(?=.*(.)\\1\\1)";
      const form = new RegExp(`${head ? "" : "^"}${stretched}${stretchedForm(key).source}${tail ? "" : "$"}`);
      LOOSE.add(squeeze(key), head, tail, { set: this.id, form });
    }
  }

  has(key: string): boolean {
    return infoOf(key).member[this.id] === 1;
  }

  /** Whether any word of the comment is in the set: a cheap test before reading the words one by one. */
  occursIn(tokens: readonly Token[]): boolean {
    return presenceIn(tokens).sets[this.id] === 1;
  }

  /** Whether the token's word is in the set; emoji never are. */
  hasToken(token: Token): boolean {
    return token.kind !== "emoji" && tokenInfo(token).member[this.id] === 1;
  }
}
