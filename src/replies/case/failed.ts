/**
 * The thing that failed, named where the failure is told: "Ihr Monteur hat die Zirkulationspumpe nicht wieder
 * angeschlossen", "your installer drilled straight through our solar DC cable". A comment names many things (the
 * heat pump being fitted, the cellar, the neighbour); the one beside the words of the failure is the one a support
 * agent names back. Only a span of the comment, never inferred.
 */
import { stopTerm } from "./terms";

/** German nouns: capitalised inside the sentence, hyphened compounds whole ("WLAN-Modul"). */
const NOUN_DE = /(?<![\p{L}\d-])\p{Lu}[\p{Ll}ß]+(?:-\p{Lu}?[\p{L}ß]+)*(?![\p{L}\d-])/gu;
/** After a determiner a German word is a noun, whatever its place in the sentence. */
const ARTICLE_BEFORE_DE =
  /(?:^|\s)(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|mein\p{L}*|unser\p{L}*|Ihr\p{L}*|ihr\p{L}*|euer|eure\p{L}*|kein\p{L}*)\s(?:\p{Ll}+e[nrsm]?\s)?$/iu;
/** English things: after a possessive or article, up to three words, the last a noun of at least three letters. */
const THING_EN = /\b(?:the|my|our|your|his|her|their)\s((?:[\p{L}\d-]+\s){0,2}[\p{L}-]{3,})(?=\s|[.,!?;:)]|$)/giu;
/** Words that are never the thing: people, times, the company's own staff and feelings. */
const NOT_A_THING =
  /^(?:wie|was|wo|wer|wann|warum|wieso|weshalb|nix|nichts|alles|folge|grund|gründe|begründung|betrieb|anlage|zustand|stand|art|weise|fall|lage|eyes|eye|face|hands|hand|head|back|solar|unit|thing|stuff|lot|bit|monteur\p{L}*|techniker\p{L}*|handwerker\p{L}*|installateur\p{L}*|elektriker\p{L}*|mitarbeiter\p{L}*|kolleg\p{L}*|firma|installer|installers|engineer|technician|electrician|driver|guy|guys|man|woman|staff|barista|team|fault|problem|issue|morning|evening|night|afternoon|week|month|year|time|money|mum|dad|wife|husband|kids|son|daughter|neighbour|neighbor|email|emails|mail|phone|call|calls|hotline|service|support)$/iu;
/** English words that end a thing's phrase too early or are no noun. */
const NOT_NOUN_EN =
  /^(?:is|was|are|were|has|had|have|been|be|and|or|but|to|of|for|with|in|on|at|by|from|it|this|that|now|just|still|again|again|all|very|so|too|lol)$/iu;

/** Products whose fault is what they show: "die App zeigt nur noch einen weißen Bildschirm". */
const SHOWS = /\b(?:app|portal|kundenportal|website|webseite|shop|onlineshop|software|display)\b/iu;
/** "beim Gehen", "zum Laufen": a verb made a noun is no thing. */
const VERB_NOUN_BEFORE = /(?:^|\s)(?:beim|zum|vom|am|ins)\s$/iu;

interface Found {
  thing: string;
  at: number;
}

function sentenceAround(text: string, at: number, length: number): { from: number; to: number } {
  const before = text.slice(0, at);
  const start = Math.max(
    before.lastIndexOf(". "),
    before.lastIndexOf("! "),
    before.lastIndexOf("? "),
    before.lastIndexOf("\n"),
  );
  const rest = text.slice(at + length);
  const ends = rest.search(/[.!?\n](?:\s|$)/u);
  return { from: start < 0 ? 0 : start + 2, to: ends < 0 ? text.length : at + length + ends };
}

function germanThings(text: string, from: number, to: number): Found[] {
  const found: Found[] = [];
  for (const match of text.slice(from, to).matchAll(NOUN_DE)) {
    const at = from + (match.index ?? 0);
    const word = match[0];
    if (stopTerm(word, "de") || NOT_A_THING.test(word)) continue;
    // The sentence's first word is capitalised whatever it is ("Muss seit …"), unless an article shows a noun.
    const lead = text.slice(from, at).trim() === "";
    if (lead && !ARTICLE_BEFORE_DE.test(text.slice(Math.max(0, at - 30), at))) continue;
    if (/en$/u.test(word) && VERB_NOUN_BEFORE.test(text.slice(Math.max(0, at - 8), at))) continue;
    found.push({ thing: word, at });
  }
  return found;
}

function englishThings(text: string, from: number, to: number): Found[] {
  const found: Found[] = [];
  for (const match of text.slice(from, to).matchAll(THING_EN)) {
    const words = (match[1] ?? "").split(/\s+/u);
    // "your delivery driver throws my parcel": a word before another determiner is the verb, not the thing.
    const after = text.slice(from + (match.index ?? 0) + match[0].length);
    if (/^\s(?:my|our|the|your|a|an|his|her|their|it|me|us)\b/iu.test(after)) words.pop();
    // "the label on the back": the phrase stops at a word that is no part of a noun phrase.
    const stop = words.findIndex((word) => NOT_NOUN_EN.test(word));
    const kept = stop < 0 ? words : words.slice(0, stop);
    const head = kept.at(-1) ?? "";
    if (!head || /\d/u.test(head) || stopTerm(head, "en") || NOT_A_THING.test(head) || /(?:ly|ed|ing)$/u.test(head))
      continue;
    found.push({ thing: kept.join(" "), at: from + (match.index ?? 0) });
  }
  return found;
}

/**
 * The thing nearest to the first words of the failure within their sentence, or undefined when the sentence names
 * none (or only what `except` already names, the product say).
 */
export function failedThing(
  text: string,
  words: readonly string[],
  language: "de" | "en",
  except: readonly string[] = [],
): string | undefined {
  const lower = text.toLowerCase();
  const named = except.map((word) => word.toLowerCase());
  const isNamed = (thing: string) =>
    named.some((word) => (word !== "" && word.includes(thing.toLowerCase())) || thing.toLowerCase().includes(word));
  for (const phrase of words) {
    const at = lower.indexOf(phrase.toLowerCase());
    if (at < 0) continue;
    const { from, to } = sentenceAround(text, at, phrase.length);
    // "nur noch einen weißen Bildschirm" of the app: a noun inside the failure's words beside a product named is
    // what the product shows, not another thing.
    const inside = (found: Found) => found.at >= at && found.at < at + phrase.length && SHOWS.test(except[0] ?? "");
    const things = (language === "de" ? germanThings(text, from, to) : englishThings(text, from, to)).filter(
      (found) => !inside(found),
    );
    // The product named nearest the failure is what failed ("my router has been dead … your chat bot keeps telling
    // me"): nothing else is named beside it.
    const mentioned = named
      .slice(0, 1)
      .map((word) => ({ thing: word, at: lower.indexOf(word, from) }))
      // Only beside the failure's words, in the same clause: "my router has been dead".
      .filter(
        (found) =>
          found.thing !== "" &&
          found.at >= from &&
          found.at < to &&
          !/[,;:–]/u.test(text.slice(Math.min(found.at, at), Math.max(found.at, at))),
      );
    const centre = at + phrase.length / 2;
    const nearest = [...things, ...mentioned].sort((a, b) => Math.abs(a.at - centre) - Math.abs(b.at - centre))[0];
    if (nearest) return isNamed(nearest.thing) ? undefined : nearest.thing;
  }
  return undefined;
}
