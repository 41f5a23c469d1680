import type { Token } from "./normalise";
import { PatternSet, type Sets } from "./patterns";
import { WordSet } from "./word-set";

export interface Hit {
  /** Token indices, inclusive. */
  from: number;
  to: number;
}

/** Whether a hit lies inside one of the phrases of several words: "nerven" inside "nerven wie drahtseile". */
export function insidePhrase(phrases: readonly Hit[], hit: Hit): boolean {
  return phrases.some((phrase) => phrase.to > phrase.from && phrase.from <= hit.from && phrase.to >= hit.to);
}

/** A list of single words and phrases ("vielen dank", "das stimmt ~2 nicht"), found in one pass each. */
export class PhraseList {
  readonly words: WordSet;
  private readonly phrases: PatternSet;

  constructor(entries: readonly string[], sets: Sets = {}) {
    const isPhrase = (entry: string) => /[\s|{~:@?]/.test(entry);
    this.words = new WordSet(entries.filter((entry) => !isPhrase(entry)));
    this.phrases = new PatternSet(entries.filter(isPhrase), sets);
  }

  /** The last comment's answer: violations, tone, role and the model's features all ask about the same tokens. */
  private last: { tokens: readonly Token[]; hits: Hit[] } | undefined;

  find(tokens: readonly Token[]): Hit[] {
    if (this.last?.tokens === tokens) return this.last.hits;
    const hits = this.search(tokens);
    this.last = { tokens, hits };
    return hits;
  }

  private search(tokens: readonly Token[]): Hit[] {
    const hits: Hit[] = this.phrases.find(tokens).map(({ from, to }) => ({ from, to }));
    if (this.words.occursIn(tokens)) {
      tokens.forEach((token, at) => {
        if (token.kind !== "emoji" && this.words.hasToken(token)) hits.push({ from: at, to: at });
      });
    }
    return hits.sort((a, b) => a.from - b.from);
  }

  /** Whether the list could hit at all: one of its words, or a phrase's anchor, occurs. Cheaper than `find`. */
  mayHit(tokens: readonly Token[]): boolean {
    if (this.last?.tokens === tokens) return this.last.hits.length > 0;
    return this.words.occursIn(tokens) || this.phrases.mayMatch(tokens);
  }

  count(tokens: readonly Token[]): number {
    return this.find(tokens).length;
  }
}
