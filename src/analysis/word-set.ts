import { looseKey, squeeze, stretchedForm, wordKey } from "./fold";
import type { Token } from "./normalise";

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

function infoOf(key: string): WordInfo {
  let info = INFO.get(key);
  if (info === undefined || info.sets !== REGISTRY.length || info.words !== WORD_IDS.size) {
    const member = new Uint8Array(REGISTRY.length);
    if (key.length <= MAX_WORD) {
      REGISTRY.forEach((set, index) => {
        member[index] = set.lookUp(key) ? 1 : 0;
      });
    }
    const loose = looseKey(key);
    const looseWord = loose === undefined ? -1 : (WORD_IDS.get(loose) ?? -1);
    info = { member, word: WORD_IDS.get(key) ?? -1, looseWord, sets: REGISTRY.length, words: WORD_IDS.size };
    if (INFO.size >= MEMORY) INFO.clear();
    INFO.set(key, info);
  }
  return info;
}

/** Which sets and which pattern words occur in a comment; asked by every pattern set, computed once. */
export interface Presence {
  sets: Uint8Array;
  words: Set<number>;
}
let lastPresence: { tokens: readonly Token[]; presence: Presence } | undefined;

export function presenceIn(tokens: readonly Token[]): Presence {
  if (lastPresence?.tokens === tokens) return lastPresence.presence;
  const sets = new Uint8Array(REGISTRY.length);
  const words = new Set<number>();
  for (const token of tokens) {
    if (token.kind === "emoji") continue;
    const info = tokenInfo(token);
    for (const index of ANCHOR_SETS) sets[index] = (sets[index] as number) | (info.member[index] as number);
    if (info.word >= 0) words.add(info.word);
    if (info.looseWord >= 0) words.add(info.looseWord);
  }
  const presence = { sets, words };
  lastPresence = { tokens, presence };
  return presence;
}

/** The sets some pattern anchors on: only these are gathered into a comment's presence. */
const ANCHOR_SETS: number[] = [];
export function markAnchorSet(set: WordSet): void {
  if (!ANCHOR_SETS.includes(set.id)) ANCHOR_SETS.push(set.id);
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

class Affixes {
  readonly exact = new Set<string>();
  readonly prefixes: string[] = [];
  readonly suffixes: string[] = [];
  readonly infixes: string[] = [];

  add(key: string, head: boolean, tail: boolean): void {
    if (head && tail) this.infixes.push(key);
    else if (head) this.suffixes.push(key);
    else if (tail) this.prefixes.push(key);
    else this.exact.add(key);
  }

  has(key: string): boolean {
    if (this.exact.has(key)) return true;
    for (const prefix of this.prefixes) if (key.startsWith(prefix)) return true;
    for (const suffix of this.suffixes) if (key.endsWith(suffix)) return true;
    for (const infix of this.infixes) if (key.includes(infix)) return true;
    return false;
  }
}

/** Entries compared with their doubles squeezed, then checked letter run by letter run against the word. */
class Stretched {
  private readonly entries: Array<{ loose: string; head: boolean; tail: boolean; form: RegExp }> = [];
  private readonly exact = new Map<string, RegExp[]>();

  add(key: string, head: boolean, tail: boolean): void {
    const loose = squeeze(key);
    const anchored = `${head ? "" : "^"}${stretchedForm(key).source}${tail ? "" : "$"}`;
    const form = new RegExp(anchored);
    if (!head && !tail) this.exact.set(loose, [...(this.exact.get(loose) ?? []), form]);
    else this.entries.push({ loose, head, tail, form });
  }

  has(key: string, loose: string): boolean {
    if (this.exact.get(loose)?.some((form) => form.test(key))) return true;
    for (const entry of this.entries) {
      const near =
        entry.head && entry.tail
          ? loose.includes(entry.loose)
          : entry.head
            ? loose.endsWith(entry.loose)
            : loose.startsWith(entry.loose);
      if (near && entry.form.test(key)) return true;
    }
    return false;
  }
}

/**
 * A set of words in folded form. An entry may carry `*` at either end: "idiot*" matches "idioten", "*idiot"
 * matches "vollidiot", "*idiot*" both. A stretched word ("Idiooot") matches with its doubles squeezed; a word
 * masked with `*` ("a*schloch", "f*ck") matches the entry it hides.
 */
export class WordSet {
  private readonly strict = new Affixes();
  private readonly loose = new Stretched();
  private readonly all: string[] = [];

  constructor(entries: readonly string[]) {
    this.id = REGISTRY.push(this) - 1;
    for (const entry of entries) {
      const head = entry.startsWith("*");
      const tail = entry.endsWith("*") && entry.length > 1;
      const key = wordKey(entry.replace(/^\*|\*$/g, ""));
      this.all.push(key);
      this.strict.add(key, head, tail);
      this.loose.add(key, head, tail);
    }
  }

  readonly id: number;

  has(key: string): boolean {
    return infoOf(key).member[this.id] === 1;
  }

  /** Whether the token's word is in the set; emoji never are. */
  hasToken(token: Token): boolean {
    return token.kind !== "emoji" && tokenInfo(token).member[this.id] === 1;
  }

  /** The set's own answer; no word in any lexicon is longer than MAX_WORD, so longer keys never get here. */
  lookUp(key: string): boolean {
    if (this.strict.has(key)) return true;
    const loose = looseKey(key);
    if (loose !== undefined && this.loose.has(key, loose)) return true;
    return key.includes("*") && key.length > 2 && this.hasMasked(key);
  }

  /** "f*ck", "a**loch": one or more letters hidden by `*`, the visible ones in place. */
  private hasMasked(key: string): boolean {
    const visible = key.replace(/\*/g, "").length;
    if (visible < 2) return false;
    const pattern = new RegExp(`^${key.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*+/g, "[a-z]{1,4}")}$`);
    return this.all.some((entry) => pattern.test(entry));
  }
}
