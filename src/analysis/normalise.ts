import { stripInvisible } from "../shared/comment";
import { type EmojiSignals, readEmoji } from "./emoji";
import { looseKey, wordKey } from "./fold";
import { currentInfo, type WordInfo } from "./word-set";

/**
 * Turns a comment into the tokens every later step reads. It defeats the usual evasions of word filters:
 * invisible characters, full-width and mathematical letters (NFKC), look-alikes, leetspeak, stretched letters and
 * spaced letters ("V.o.l.l.i.d.i.o.t", "I d i o t"); emoji are kept as signals, not thrown away.
 */

/**
 * The analysis reads this much of a comment: its first 2,000 and last 500 characters. X allows 280 characters and
 * LinkedIn 1,250; only rare Facebook comments are longer, and the bound keeps any comment well under 5 ms.
 */
export const ANALYSED_LENGTH = 2_500;
const HEAD = 2_000;

export type TokenKind = "word" | "mention" | "hashtag" | "emoji";

export interface Token {
  /** The folded key ("idiot"); for emoji the emoji itself. */
  key: string;
  /** The key with doubled letters squeezed, if it has any ("idiooot" → "idiot"); see fold.ts. */
  loose: string | undefined;
  kind: TokenKind;
  /** Offsets in `Normalised.text`, so evidence can be quoted as written. */
  start: number;
  end: number;
  /** Inside quotation marks: quoted words are reported, not said. */
  quoted: boolean;
  /** Which word sets hold this word, and its number among the patterns' words: see word-set.ts. */
  info?: WordInfo;
}

export interface Normalised {
  /** The comment without invisible characters, in NFKC, cut at ANALYSED_LENGTH. */
  text: string;
  tokens: Token[];
  urls: string[];
  emoji: EmojiSignals;
  /** Share of capital letters among the letters of words of three or more letters (shouting). */
  shouting: number;
  exclamations: number;
  questionMarks: number;
}

// Soft hyphen, combining grapheme joiner, Mongolian vowel separator, invisible operators: used to split words.
const MORE_INVISIBLE = /\u00AD|\u034F|\u180E|[\u2061-\u2064]/g;
// Domain labels are at most 63 characters: the bound keeps a 10,000-letter "word" from costing quadratic time.
const URL =
  /\b(?:https?:\/\/|www\.)[^\s<>"]+|\b[a-z0-9-]{1,63}\.(?:com|de|net|org|io|ly|me|info|biz|shop)\/[^\s<>"]*/gi;
const TOKEN =
  /(?:[@#](?=[\p{L}\p{N}_]))?(?:[$@](?=[\p{L}]))?[\p{L}\p{M}\p{N}_]+(?:[*!@$|'’]+[\p{L}\p{M}\p{N}_]+)*|\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*/gu;
const QUOTE = /[„"“”«»‚‘]([^„"“”«»‚‘\n]{1,300})[“”"«»‘’]|(?:^|[\s(])'([^'\n]{1,300})'(?=[\s.,!?;:)]|$)/gu;
const SEPARATOR = /^[ .\-_*·•/]$/;
const ASCII = /^[\t\n\r\u0020-\u007e]*$/;
const PICTOGRAPH = /^\p{Extended_Pictographic}/u;

export function normalise(input: string): Normalised {
  // Plain ASCII has no invisible characters and is its own NFKC form: most comments skip the work.
  const clean = (part: string) =>
    ASCII.test(part) ? part : stripInvisible(part).replace(MORE_INVISIBLE, "").normalize("NFKC");
  const whole = clean(
    input.length > ANALYSED_LENGTH * 3 ? input.slice(0, ANALYSED_LENGTH * 2) + input.slice(-ANALYSED_LENGTH) : input,
  );
  const text =
    whole.length > ANALYSED_LENGTH ? `${whole.slice(0, HEAD)}\n…\n${whole.slice(HEAD - ANALYSED_LENGTH)}` : whole;
  const urls = text.match(URL) ?? [];
  const scan = urls.length ? text.replace(URL, (url) => " ".repeat(url.length)) : text;
  const quotes = quotedRanges(scan);
  const tokens = joinSpacedLetters(readTokens(scan, quotes), scan);
  let capitals = 0;
  let letters = 0;
  for (const token of tokens) {
    if (token.kind !== "word" || token.end - token.start < 3) continue;
    for (let at = token.start; at < token.end; at++) {
      const code = scan.charCodeAt(at);
      if (code >= 65 && code <= 90) capitals++;
      else if (code >= 97 && code <= 122) letters++;
      else if (code > 127) {
        const char = scan.charAt(at);
        if (char.toLowerCase() !== char) capitals++;
        else if (char.toUpperCase() !== char) letters++;
      }
    }
  }
  const asked = count(scan, "?");
  return {
    text,
    tokens,
    urls,
    emoji: readEmoji(
      tokens.filter((token) => token.kind === "emoji").map((token) => token.key),
      asked > 0 || PUZZLED.test(text),
    ),
    shouting: capitals + letters >= 8 ? capitals / (capitals + letters) : 0,
    exclamations: count(scan, "!"),
    questionMarks: asked - hedges(scan),
  };
}

/** "… auf eurer seite 29€ 🤔 was stimmt denn jetzt": a question without its mark, which the thinking face puzzles over. */
const PUZZLED =
  /(?<!\p{L})(?:was|welche[sr]?)\s(?:stimmt|gilt)(?:\s(?:denn|nun|jetzt))*(?!\p{L})|(?<!\p{L})(?:which (?:one )?is (?:it|right|correct)|what'?s right|which is true)(?!\p{L})/iu;

/**
 * "(Anton, glaub ich?)", "(or was it Tuesday?)", "(Frau Köhler?)": a doubt in brackets about one's own words, or a
 * name they are unsure of, asks nobody.
 */
const HEDGE =
  /\((?:[^()?\n]{0,40}[\s,])?(?:glaub(?:e)? ich|mein(?:e)? ich|oder so|oder|i think|i believe|or so|or was it[^()?\n]{0,30}|war das so)\?+\)/giu;
const NAME_I_THINK =
  /,\s\p{Lu}[\p{Ll}-]+\s(?:I think|I believe|glaub ich|meine ich|oder so)\?(?=\s|$)|\s(?:[Ii] think|[Ii] believe|ich glaub(?:e)?)\s\p{Lu}[\p{Ll}-]+\?(?=\s|$)/gu;
const NAME_DOUBTED =
  /\((?!(?:Warum|Wieso|Weshalb|Wann|Wo|Wer|Was|Wie|Echt|Ernsthaft|Why|When|Where|Who|What|How|Really|Seriously)\?)(?:(?:Frau|Herr|Mr|Mrs|Ms)\.?\s)?\p{Lu}[\p{Ll}-]+\?\)/gu;

function hedges(text: string): number {
  // "the lady on your phone line this morning, Agnieszka I think? Sorted out …", "Dennis and i think Yusuf?": a name
  // the writer is unsure of.
  let n = [...text.matchAll(NAME_I_THINK)].length;
  if (!text.includes("(")) return n;
  // "(stefan n ali i think??)": every question mark of the doubt.
  for (const hedge of text.matchAll(HEDGE)) n += count(hedge[0], "?");
  for (const _ of text.matchAll(NAME_DOUBTED)) n++;
  return n;
}

function count(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) n++;
  return n;
}

function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const match of text.matchAll(QUOTE)) {
    const inner = match[1] ?? match[2] ?? "";
    const start = (match.index ?? 0) + match[0].indexOf(inner);
    ranges.push([start, start + inner.length]);
  }
  return ranges;
}

/** A word's keys, and what the word sets know of it (kept here so that a repeated word costs one lookup). */
interface Keys {
  key: string;
  loose: string | undefined;
  info: WordInfo | undefined;
}
const MENTION: Keys = { key: "@user", loose: undefined, info: undefined };
/** Words as written → their keys: comments repeat words, and folding one costs more than looking it up. */
const KEYS = new Map<string, Keys>();

function keysOf(word: string): Keys {
  let keys = KEYS.get(word);
  if (keys === undefined) {
    const key = wordKey(word);
    keys = { key, loose: looseKey(key), info: undefined };
    if (KEYS.size >= 50_000) KEYS.clear();
    KEYS.set(word, keys);
  }
  return keys;
}

function readTokens(text: string, quotes: Array<[number, number]>): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index ?? 0;
    const end = start + raw.length;
    const quoted = quotes.length > 0 && quotes.some(([from, to]) => start >= from && end <= to);
    if (raw.charCodeAt(0) > 0x2000 && PICTOGRAPH.test(raw)) {
      tokens.push({ key: raw.replace(/\uFE0F/g, ""), loose: undefined, kind: "emoji", start, end, quoted });
      continue;
    }
    const kind: TokenKind = raw[0] === "#" ? "hashtag" : raw[0] === "@" && raw.length > 1 ? "mention" : "word";
    const keys = kind === "mention" ? MENTION : keysOf(kind === "word" ? raw : raw.slice(1));
    keys.info = currentInfo(keys.key, keys.info);
    tokens.push({ key: keys.key, loose: keys.loose, kind, start, end, quoted, info: keys.info });
  }
  return tokens;
}

/** "V.o.l.l.i.d.i.o.t", "I d i o t", "f-u-c-k": three or more single letters, one separator apart, are a word. */
function joinSpacedLetters(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  let index = 0;
  while (index < tokens.length) {
    let last = index;
    while (
      isSingle(tokens[last]) &&
      isSingle(tokens[last + 1]) &&
      adjacent(tokens[last] as Token, tokens[last + 1] as Token, text)
    ) {
      last++;
    }
    const first = tokens[index] as Token;
    if (last - index >= 2) {
      const run = tokens.slice(index, last + 1);
      const key = wordKey(run.map((token) => text.slice(token.start, token.end)).join(""));
      const end = (tokens[last] as Token).end;
      out.push({ key, loose: looseKey(key), kind: "word", start: first.start, end, quoted: first.quoted });
      index = last + 1;
    } else {
      out.push(first);
      index++;
    }
  }
  return out;
}

function isSingle(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === "word" && token.end - token.start === 1;
}

function adjacent(a: Token, b: Token, text: string): boolean {
  return b.start - a.end === 1 && SEPARATOR.test(text.charAt(a.end));
}

/** Where the sentence holding `at` begins: just after the last of `marks` before it (".", "!" and "?" by default). */
export function sentenceStart(text: string, at: number, marks = ".!?"): number {
  let start = 0;
  for (const mark of marks) start = Math.max(start, text.lastIndexOf(mark, at) + 1);
  return start;
}

/** Where the sentence holding `at` ends: at the first ".", "!", "?" or line break from `at` on, else the text's end. */
export function sentenceEnd(text: string, at: number): number {
  const stop = text.slice(at).search(/[.!?\n]/u);
  return stop < 0 ? text.length : at + stop;
}

/** Whether one of `keys` (word keys) is among the words: a cheap gate before a pattern tried at every position. */
export function holdsKey(tokens: readonly Token[], keys: ReadonlySet<string>): boolean {
  return tokens.some((token) => keys.has(token.key));
}

/** The keys of the tokens from `from` (at least the first) up to `to`, joined by spaces. */
export function keysIn(tokens: readonly Token[], from: number, to: number): string {
  return tokens
    .slice(Math.max(0, from), to)
    .map((token) => token.key)
    .join(" ");
}

/** The words of a token range as written, for evidence. */
export function written(normalised: Normalised, from: number, to: number): string {
  const first = normalised.tokens[from];
  const last = normalised.tokens[to];
  return first && last ? normalised.text.slice(first.start, last.end) : "";
}
