import { isViolentEmoji } from "./emoji";
import { looseKey, squeeze, stretchedForm, wordKey } from "./fold";
import type { Token } from "./normalise";
import type { WordSet } from "./word-set";

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
  | { type: "set"; name: string }
  | { type: "mention" }
  | { type: "violent" };
type Slot = { type: "words"; alternatives: Alternative[]; optional: boolean } | { type: "gap"; max: number };

export interface Pattern {
  source: string;
  slots: Slot[];
}

export type Sets = Readonly<Record<string, WordSet>>;

export interface Match {
  pattern: Pattern;
  /** Token indices, inclusive. */
  from: number;
  to: number;
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
function stretched(key: string, alt: { loose: string; form: RegExp }, prefix: boolean): boolean {
  const loose = looseKey(key);
  if (loose === undefined) return false;
  return (prefix ? loose.startsWith(alt.loose) : loose === alt.loose) && alt.form.test(key);
}

function accepts(alt: Alternative, token: Token, sets: Sets): boolean {
  switch (alt.type) {
    case "exact":
      return token.kind !== "emoji" && (token.key === alt.key || stretched(token.key, alt, false));
    case "prefix":
      return token.kind !== "emoji" && (token.key.startsWith(alt.key) || stretched(token.key, alt, true));
    case "set":
      return token.kind !== "emoji" && (sets[alt.name]?.has(token.key) ?? false);
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
  if (token && current.alternatives.some((alt) => accepts(alt, token, sets))) {
    const end = matchFrom(pattern, slot + 1, at + 1, tokens, sets);
    if (end !== -1) return end;
  }
  return current.optional ? matchFrom(pattern, slot + 1, at, tokens, sets) : -1;
}

/** Patterns indexed by the exact words they can start with, so a long comment is read once, not once per pattern. */
export class PatternSet {
  private readonly byFirstWord = new Map<string, Pattern[]>();
  private readonly others: Pattern[] = [];

  constructor(
    sources: readonly string[],
    private readonly sets: Sets,
  ) {
    for (const pattern of sources.map(compilePattern)) {
      const first = pattern.slots[0];
      const exact = first?.type === "words" && !first.optional && first.alternatives.every((a) => a.type === "exact");
      if (!exact) {
        this.others.push(pattern);
        continue;
      }
      for (const alt of first.alternatives) {
        for (const key of new Set([(alt as { key: string }).key, (alt as { loose: string }).loose])) {
          this.byFirstWord.set(key, [...(this.byFirstWord.get(key) ?? []), pattern]);
        }
      }
    }
  }

  private tryAt(pattern: Pattern, at: number, tokens: readonly Token[], matches: Match[]): void {
    const to = matchFrom(pattern, 0, at, tokens, this.sets);
    if (to >= at) matches.push({ pattern, from: at, to });
  }

  /** Every match, at most one per pattern and start, left to right. */
  find(tokens: readonly Token[]): Match[] {
    const matches: Match[] = [];
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at] as Token;
      if (token.kind !== "emoji") {
        const loose = looseKey(token.key);
        const indexed = this.byFirstWord.get(token.key) ?? (loose ? this.byFirstWord.get(loose) : undefined);
        for (const pattern of indexed ?? []) this.tryAt(pattern, at, tokens, matches);
      }
      for (const pattern of this.others) this.tryAt(pattern, at, tokens, matches);
    }
    return matches;
  }
}
