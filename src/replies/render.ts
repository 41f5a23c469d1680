import type { Part } from "./strategies";
import { ENGLISH } from "./templates/english";
import { GERMAN } from "./templates/german";
import type { Slot } from "./templates/slots";

/**
 * Puts a reply together from its parts: greeting, sentences, sign-off. `level` shrinks it step by step for
 * sites with a short limit (X): first the optional sentences go, then the second contact channel, then each
 * slot takes its shortest wording, then the sign-off shrinks to the initials.
 */
export type Level = {
  dropOptional: boolean;
  shortContact: boolean;
  wording: "chosen" | "short" | "shortest";
  shortSignOff: boolean;
};
const level = (dropOptional: boolean, shortContact: boolean, wording: Level["wording"], shortSignOff: boolean) => ({
  dropOptional,
  shortContact,
  wording,
  shortSignOff,
});
export const LEVELS: readonly Level[] = [
  level(false, false, "chosen", false),
  level(true, false, "chosen", false),
  level(true, true, "chosen", false),
  // One of the shorter half of the wordings keeps replies on X varied; the shortest of all is the last resort.
  level(true, true, "short", false),
  level(true, true, "short", true),
  level(true, true, "shortest", true),
];

/** A slot's wording as chosen, one of its shorter wordings, and its shortest. */
export type Chosen = { part: Part; wording: string; short: string; shortest: string };

export type Fill = {
  contact: { long: string; short: string; written: string; writtenShort: string };
  deadline: string;
  /** The deadline by its weekday alone when that is unambiguous ("bis Donnerstag, 10 Uhr"); for short replies. */
  deadlineShort?: string;
  answer: string;
  /** The case, as the comment gave it (case/phrases.ts); absent when the comment did not say it. */
  clause?: string;
  subject?: string;
  question?: string;
  person?: string;
  place?: string;
  /** A trade fair where they met the company: "ISH", "World of Coffee". */
  fair?: string;
  product?: string;
  /** What criticism is about: "an der Preiserhöhung" / "of the price increase". */
  topic?: string;
  /** The specifics not said yet: "WP 9, Fehler E212, seit Sonntag". */
  details?: string;
  /** What the comment is about, in its words: "Cold Brew und Koffein". */
  terms?: string;
  /** The product as the company's: "unserem Espresso", "our heat pump". */
  ourProduct?: string;
  /** What praise is about when no person, place or product is named: "the Hafenblick filter". */
  praised?: string;
  /** The same, when it is a plural: "die Zimtschnecken in Ottensen". */
  praisedMany?: string;
  /** What was praised beyond the person, place or thing thanked: "WP 9", "Bialetti". */
  praisedAlso?: string;
  /** The company's own fact on what a correction disputes, a sentence of a saved reply (saved-fact.ts). */
  fact?: string;
  /** The company's emergency line, a sentence of a saved reply, for a home cold or flooded (saved-fact.ts). */
  emergency?: string;
};

const CASE_VARIABLES = [
  "clause",
  "subject",
  "question",
  "person",
  "place",
  "fair",
  "product",
  "topic",
  "details",
  "terms",
  "ourProduct",
  "praised",
  "praisedMany",
  "praisedAlso",
  "fact",
  "emergency",
] as const;

/** Whether a wording can be filled: every case variable it names is known. */
export function fillable(wording: string, values: Fill): boolean {
  return CASE_VARIABLES.every((name) => !wording.includes(`{${name}}`) || values[name] !== undefined);
}

/** Whether a wording names the case (so it is preferred over a general one when it can be filled). */
export function specific(wording: string): boolean {
  return CASE_VARIABLES.some((name) => wording.includes(`{${name}}`));
}

export function wordingsOf(slot: Slot, language: "de" | "en", form: "sie" | "du" | undefined): readonly string[] {
  return language === "de" ? GERMAN[slot][form ?? "sie"] : ENGLISH[slot];
}

/** Shouted words: five capitals or more, or a short word of emphasis ("NOT", "NIE"); short acronyms stay. */
const SHOUTED = /(?<![\p{L}\d-])(?:[A-ZÄÖÜ]{5,}|NOT|NIE|NOCH|KEIN)(?![\p{L}\d-])/gu;

export function fill(wording: string, values: Fill, short: boolean): string {
  let text = wording;
  // The question may itself hold {wcontact}: fill the case first, the contact after.
  // "sent me DECAF instead of …", "STILL hasn't": what the comment shouted is said back calmly; short acronyms ("WLAN",
  // "BAFA") stay.
  for (const name of CASE_VARIABLES)
    text = text.replaceAll(
      `{${name}}`,
      (values[name] ?? "").replace(SHOUTED, (word) => word.toLowerCase()),
    );
  return (
    text
      .replaceAll("{contact}", short ? values.contact.short : values.contact.long)
      .replaceAll("{wcontact}", short ? values.contact.writtenShort : values.contact.written)
      .replaceAll("{deadline}", short ? (values.deadlineShort ?? values.deadline) : values.deadline)
      .replaceAll("{answer}", values.answer)
      // "Notiert haben wir schon: 1.10.": a date's point ends the sentence too, as German writes it.
      .replace(/(?<=\d\.)\.(?!\.)/gu, "")
  );
}

/** After an inline greeting ("Hallo Anna, …") the first sentence goes on in lower case, except nouns and Sie. */
function continueAfterGreeting(sentence: string, language: "de" | "en"): string {
  if (sentence.startsWith("^")) return sentence.slice(1);
  const keep = language === "de" ? /^(?:Sie|Ihr\p{L}*|Ihnen)(?!\p{L})/u : /^I(?:'|’|\s)/u;
  return keep.test(sentence) ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

const ARTICLED_PLACE = /(?<!\p{L})(in|aus) (Schanze|\p{Lu}\p{Ll}*vorstadt|Altstadt|Innenstadt)(?!\p{L})/gu;

export function render(
  opening: string | undefined,
  chosen: readonly Chosen[],
  closing: { full: string; short: string },
  values: Fill,
  language: "de" | "en",
  level: Level,
  emoji: string | undefined,
): string {
  const sentences = chosen
    .filter(({ part }) => !(level.dropOptional && part.optional))
    .map((chosen) => fill(chosen[level.wording === "chosen" ? "wording" : level.wording], values, level.shortContact));
  const body = sentences.map((sentence, index) =>
    index === 0 && opening ? continueAfterGreeting(sentence, language) : sentence.replace(/^\^/, ""),
  );
  const joined = [opening, ...body].filter(Boolean).join(" ") + (emoji ? ` ${emoji}` : "");
  // "in der Schanze", "in der Südvorstadt": quarters German names with their article.
  const text = language === "de" ? joined.replace(ARTICLED_PLACE, "$1 der $2") : joined;
  return `${text}\n${level.shortSignOff ? closing.short : closing.full}`;
}
