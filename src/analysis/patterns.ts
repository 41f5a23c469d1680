import { isViolentEmoji } from "./emoji";
import { squeeze, stretchedForm, wordKey } from "./fold";
import type { Token } from "./normalise";
import { internWord, type Presence, presenceIn, tokenInfo, type WordSet } from "./word-set";

/**
 * Phrase patterns over tokens, written the way people write the phrase and folded like the comment, so one pattern
 * also catches "Ich weiss wo euer B ü r o ist". Slots are separated by spaces:
 *   `du|ihr`   one of these words        `kill*`   a word starting so       `{insult}`  a word of a named set
 *   `?ein|eine` an optional slot          `~3`      up to three other tokens `@`         a mention
 *   `:violent` a violent emoji (🔪 🔫 💣)
 */
type Alternative =
  | { type: "exact"; key: string; loose: string; form: RegExp }
  | { type: "prefix"; key: string; loose: string; form: RegExp }
  | { type: "set"; name: string; set?: WordSet }
  | { type: "mention" }
  | { type: "violent" };
type Slot = { type: "words"; alternatives: Alternative[]; optional: boolean } | { type: "gap"; max: number };

export interface Pattern {
  source: string;
  slots: Slot[];
  /**
   * A required slot whose words can be checked against the comment's presence (word-set.ts) before matching:
   * a pattern whose anchor is absent cannot match, and is not tried at every token. Undefined: always try.
   */
  anchor?: { words: number[]; sets: number[]; violent: boolean };
  /** Its place in its PatternSet. */
  index?: number;
}

export type Sets = Readonly<Record<string, WordSet>>;

export interface Match {
  pattern: Pattern;
  /** Token indices, inclusive. */
  from: number;
  to: number;
}

/** Words too common to make a pattern rare: an anchor on them would filter nothing. */
const COMMON = new Set(
  (
    "ich wir man du ihr sie er es die der das den i we you u he she they the a an is are to " +
    "an da dabei mehr nicht und in im am auf zu so mit von ist war sind of out off up not no and in on at for with was " +
    "from again going how while more schon weg macht bekommen"
  )
    .split(" ")
    .map(wordKey),
);

function anchorOf(pattern: Pattern): Pattern["anchor"] {
  let best: { score: number; anchor: NonNullable<Pattern["anchor"]> } | undefined;
  for (const slot of pattern.slots) {
    if (slot.type !== "words" || slot.optional) continue;
    const anchor = { words: [] as number[], sets: [] as number[], violent: false };
    let score = 3;
    let anchorable = true;
    for (const alt of slot.alternatives) {
      if (alt.type === "exact") {
        anchor.words.push(internWord(alt.key), internWord(alt.loose));
        score = Math.min(score, COMMON.has(alt.key) ? 1 : 2);
      } else if (alt.type === "set" && alt.set) {
        anchor.sets.push(alt.set.id);
        if (alt.name === "target" || alt.name === "person") score = Math.min(score, 1);
      } else if (alt.type === "violent") anchor.violent = true;
      else anchorable = false;
    }
    if (anchorable && (!best || score >= best.score)) best = { score, anchor };
  }
  return best?.anchor;
}

function alternative(text: string): Alternative {
  if (text === "@") return { type: "mention" };
  if (text === ":violent") return { type: "violent" };
  if (text.startsWith("{") && text.endsWith("}")) return { type: "set", name: text.slice(1, -1) };
  const prefix = text.endsWith("*");
  const key = wordKey(prefix ? text.slice(0, -1) : text);
  const form = new RegExp(`^${stretchedForm(key).source}${prefix ? "" : "$"}`);
  return { type: prefix ? "prefix" : "exact", key, loose: squeeze(key), form };
}

export function compilePattern(source: string): Pattern {
  const slots = source
    .trim()
    .split(/\s+/)
    .map((slot): Slot => {
      if (/^~\d+$/.test(slot)) return { type: "gap", max: Number(slot.slice(1)) };
      const optional = slot.startsWith("?");
      const alternatives = (optional ? slot.slice(1) : slot).split("|").map(alternative);
      return { type: "words", alternatives, optional };
    });
  return { source, slots };
}

/** "weisss" for "weiss", "kiiill" for "kill": the word with letters stretched, never with doubles lost. */
function stretched(token: Token, alt: { loose: string; form: RegExp }, prefix: boolean): boolean {
  const { loose } = token;
  if (loose === undefined || token.key.length > 60) return false;
  return (prefix ? loose.startsWith(alt.loose) : loose === alt.loose) && alt.form.test(token.key);
}

function accepts(alt: Alternative, token: Token, sets: Sets): boolean {
  switch (alt.type) {
    case "exact":
      return token.kind !== "emoji" && (token.key === alt.key || stretched(token, alt, false));
    case "prefix":
      return token.kind !== "emoji" && (token.key.startsWith(alt.key) || stretched(token, alt, true));
    case "set":
      return (alt.set ?? sets[alt.name])?.hasToken(token) ?? false;
    case "mention":
      return token.kind === "mention";
    case "violent":
      return token.kind === "emoji" && isViolentEmoji(token.key);
  }
}

/** The last token index the pattern covers when it starts at `at`, or -1. */
function matchFrom(pattern: Pattern, slot: number, at: number, tokens: readonly Token[], sets: Sets): number {
  if (slot === pattern.slots.length) return at - 1;
  const current = pattern.slots[slot] as Slot;
  if (current.type === "gap") {
    for (let skip = 0; skip <= current.max && at + skip <= tokens.length; skip++) {
      const end = matchFrom(pattern, slot + 1, at + skip, tokens, sets);
      if (end !== -1) return end;
    }
    return -1;
  }
  const token = tokens[at];
  let accepted = false;
  if (token) {
    for (const alt of current.alternatives) {
      if (accepts(alt, token, sets)) {
        accepted = true;
        break;
      }
    }
  }
  if (accepted) {
    const end = matchFrom(pattern, slot + 1, at + 1, tokens, sets);
    if (end !== -1) return end;
  }
  return current.optional ? matchFrom(pattern, slot + 1, at, tokens, sets) : -1;
}

/**
 * Every pattern set's anchors, for all sets together: a comment's words are looked up once per comment, not once
 * per set (a comment is asked about by some thirty sets).
 */
interface Anchored {
  set: PatternSet;
  index: number;
}
const BY_ANCHOR_WORD = new Map<number, Anchored[]>();
const BY_ANCHOR_SET = new Map<number, Anchored[]>();
const BY_VIOLENCE: Anchored[] = [];
/** The comment whose anchors are stamped, and its stamp. */
let stampedFor: Presence | undefined;
let currentStamp = 0;

function stampAll(presence: Presence): number {
  if (stampedFor === presence) return currentStamp;
  stampedFor = presence;
  const stamp = ++currentStamp;
  const mark = (entries: readonly Anchored[] | undefined) => {
    if (entries) for (const { set, index } of entries) set.stampPattern(index, stamp, presence);
  };
  for (const word of presence.words) mark(BY_ANCHOR_WORD.get(word));
  for (const [set, entries] of BY_ANCHOR_SET) if (presence.sets[set] === 1) mark(entries);
  if (presence.violent) mark(BY_VIOLENCE);
  return stamp;
}

/** Patterns indexed by the exact words they can start with, so a long comment is read once, not once per pattern. */
export class PatternSet {
  /** Indexed by the word numbers of word-set.ts. */
  private readonly byFirstWord: Array<Pattern[] | undefined> = [];
  private readonly others: Pattern[] = [];
  private readonly all: Pattern[] = [];
  /** For each pattern indexed by its first word, the numbers of those words (exact and loose); else empty. */
  private readonly firstWords: number[][] = [];
  /** Patterns with no anchor: possible in every comment. */
  private readonly unanchored: number[] = [];

  constructor(
    sources: readonly string[],
    private readonly sets: Sets,
  ) {
    for (const pattern of sources.map(compilePattern)) {
      for (const slot of pattern.slots) {
        if (slot.type === "words")
          for (const alt of slot.alternatives) if (alt.type === "set") alt.set = sets[alt.name];
      }
      pattern.anchor = anchorOf(pattern);
      pattern.index = this.all.length;
      this.all.push(pattern);
      this.indexAnchor(pattern);
      const first = pattern.slots[0];
      const exact = first?.type === "words" && !first.optional && first.alternatives.every((a) => a.type === "exact");
      const words: number[] = [];
      this.firstWords.push(words);
      if (!exact) {
        this.others.push(pattern);
        continue;
      }
      for (const alt of first.alternatives) {
        for (const key of new Set([(alt as { key: string }).key, (alt as { loose: string }).loose])) {
          const id = internWord(key);
          words.push(id);
          this.byFirstWord[id] = [...(this.byFirstWord[id] ?? []), pattern];
        }
      }
    }
    this.stamps = new Float64Array(this.all.length);
    // A comment stamped before this set existed has not stamped its patterns.
    stampedFor = undefined;
  }

  private indexAnchor(pattern: Pattern): void {
    const index = pattern.index as number;
    const { anchor } = pattern;
    if (!anchor) {
      this.unanchored.push(index);
      return;
    }
    const entry = { set: this, index };
    const add = (map: Map<number, Anchored[]>, key: number) => map.set(key, [...(map.get(key) ?? []), entry]);
    for (const word of new Set(anchor.words)) add(BY_ANCHOR_WORD, word);
    for (const set of new Set(anchor.sets)) add(BY_ANCHOR_SET, set);
    if (anchor.violent) BY_VIOLENCE.push(entry);
  }

  /** Which patterns are possible in the comment being read: `stamps[index]` is its stamp. */
  private readonly stamps: Float64Array;
  /** The stamp of the last comment in which an anchor of this set occurs, and in which one of its patterns can match. */
  private anchoredStamp = 0;
  private possibleStamp = 0;
  private unanchoredStamp = 0;

  /**
   * Marks a pattern possible in the comment with this stamp, and the set as able to match if the pattern can: one
   * scanned at every token, or one whose first word occurs.
   */
  stampPattern(index: number, stamp: number, presence: Presence): void {
    if (this.stamps[index] === stamp) return;
    this.stamps[index] = stamp;
    this.anchoredStamp = stamp;
    if (this.possibleStamp === stamp) return;
    const words = this.firstWords[index] as number[];
    if (words.length === 0 || words.some((word) => presence.words.has(word))) this.possibleStamp = stamp;
  }

  /** Stamps the comment's possible patterns; its stamp. */
  private stampPossible(presence: Presence): number {
    const stamp = stampAll(presence);
    if (this.unanchored.length > 0 && this.unanchoredStamp !== stamp) {
      this.unanchoredStamp = stamp;
      for (const index of this.unanchored) this.stampPattern(index, stamp, presence);
    }
    return stamp;
  }

  /** Whether any pattern's anchor occurs in the comment, without looking for the patterns themselves. */
  mayMatch(tokens: readonly Token[]): boolean {
    if (this.unanchored.length > 0) return true;
    return this.anchoredStamp === stampAll(presenceIn(tokens));
  }

  private tryAt(pattern: Pattern, at: number, tokens: readonly Token[], matches: Match[]): void {
    const to = matchFrom(pattern, 0, at, tokens, this.sets);
    if (to >= at) matches.push({ pattern, from: at, to });
  }

  /** Every match, at most one per pattern and start, left to right. */
  find(tokens: readonly Token[]): Match[] {
    const matches: Match[] = [];
    const stamp = this.stampPossible(presenceIn(tokens));
    // Most comments hold no anchor of any threat, hate or spam pattern: then there is nothing to scan for.
    if (this.possibleStamp !== stamp) return matches;
    const { stamps } = this;
    const others = this.others.filter((pattern) => stamps[pattern.index as number] === stamp);
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at] as Token;
      if (token.kind !== "emoji") {
        const { word, looseWord } = tokenInfo(token);
        const indexed =
          (word >= 0 ? this.byFirstWord[word] : undefined) ??
          (looseWord >= 0 ? this.byFirstWord[looseWord] : undefined);
        if (indexed)
          for (const pattern of indexed)
            if (stamps[pattern.index as number] === stamp) this.tryAt(pattern, at, tokens, matches);
      }
      for (const pattern of others) this.tryAt(pattern, at, tokens, matches);
    }
    return matches;
  }
}
