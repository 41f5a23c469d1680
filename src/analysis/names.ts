import { isFrequentWord } from "./language";
import { LEXICON } from "./lexicon";
import type { Normalised, Token } from "./normalise";

/** What a person named on their own does: "Schulz ist …", "Trump lies", "Maas will …". */
const SINGULAR_VERBS = new Set(
  "ist war hat will kann soll muss wird sagt luegt macht glaubt denkt redet labert is was has wants can should will says lies thinks talks".split(
    " ",
  ),
);
/** Words that open a clause in capitals but name nobody: "Gestern war …", "Everything is …". */
const NOT_NAMES = new Set(
  "gestern morgen damals dann deshalb trotzdem jeder jede niemand keiner natuerlich hoffentlich everything nothing everyone someone nobody yesterday tomorrow frueher heute jetzt leider hier dort".split(
    " ",
  ),
);
/**
 * German nouns for a law, a scheme or a thing by their ending: "#Heizungsgesetz war der größte Murks" judges a law, not
 * a person. Long words only for "-ung", "-heit", "-keit", "-schaft" ("Jung ist …" may name a man).
 */
const THING_NOUN =
  /(?:gesetz\p{L}{0,2}|paket|reform|steuer|umlage|verordnung|politik|wende|vertrag|programm|konzept|heizung|pumpe|anlage|tarif|kampagne|werbung)$|^\p{L}{5,}(?:ung|heit|keit|schaft)$/u;
/** Words after which a clause starts anew, so a capitalised word after them needs no article. */
const CLAUSE_STARTS = new Set("und aber denn weil dass wenn oder doch and but because if or".split(" "));

/**
 * A name as the subject of a clause: a capitalised word with no article before it, at a clause's start, followed by
 * a verb in the singular ("Schulz ist ein …", "… und Maas will …"). Nouns without an article that do this are
 * mostly mass nouns ("Werbung ist …"), which speak of things and are kept from review as criticism elsewhere.
 */
export function nameAsSubject(normalised: Normalised, at: number): boolean {
  const { tokens, text } = normalised;
  const token = tokens[at] as Token;
  const next = tokens[at + 1];
  if (token.kind !== "word" && token.kind !== "hashtag") return false;
  if (!next || !SINGULAR_VERBS.has(next.key) || token.key.length < 3) return false;
  if (isFrequentWord(token.key) || NOT_NAMES.has(token.key) || THING_NOUN.test(token.key)) return false;
  // "Boah, ist das ein Scheißwetter": an exclamation before a question, not a subject before its verb.
  if (!/^\s+$/.test(text.slice(token.end, next.start))) return false;
  const word = text.slice(token.start, token.end).replace(/^#/, "");
  if (!/^\p{Lu}\p{Ll}/u.test(word) || LEXICON.groups.hasToken(token)) return false;
  const before = tokens[at - 1];
  if (!before || before.kind === "mention") return true;
  return CLAUSE_STARTS.has(before.key) || /[.!?,;:]\s*$/.test(text.slice(before.end, token.start));
}

/**
 * "@Bernd Kasper Bei uns hat …": on Facebook a mention is the whole name, and the capitalised word after a capitalised
 * "@First" is the surname, when the sentence goes on after it ("@Bernd Idiot!" still insults).
 */
export function surnameOfMention(normalised: Normalised, at: number): boolean {
  const { tokens, text } = normalised;
  const before = tokens[at - 1];
  const token = tokens[at];
  const next = tokens[at + 1];
  if (!before || !token || !next || before.kind !== "mention" || next.kind !== "word") return false;
  const gap = (from: number, to: number) => text.slice(from, to);
  return (
    /^@\p{Lu}/u.test(gap(before.start, before.end)) &&
    /^\p{Lu}/u.test(gap(token.start, token.end)) &&
    gap(before.end, token.start) === " " &&
    gap(token.end, next.start) === " "
  );
}
