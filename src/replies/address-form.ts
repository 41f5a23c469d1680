import { findAll, type Span, words } from "./text-spans";

/**
 * How a German text addresses its reader. Polite "Sie" is written with a capital letter, which tells it apart
 * from "sie" (she, they), except at the start of a sentence, where "Sie" and "Ihr" are ambiguous: there they
 * are only weak evidence, used to guess a commenter's form but never to call a draft mixed. The informal forms
 * count in any case, since people write "Du" with a capital too; plural "ihr/euch", the usual way to address a
 * company informally, counts as du.
 */
const SIE = /(?<![\p{L}\p{N}])(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)(?![\p{L}\p{N}])/gu;
const DU = words([
  "du",
  "dich",
  "dir",
  "dein",
  "deine",
  "deinen",
  "deinem",
  "deiner",
  "deines",
  "euch",
  "euer",
  "eure",
  "euren",
  "eurem",
  "eurer",
  "eures",
  // Verb forms only "ihr" takes: "habt ihr", "seid doch", with or without the pronoun.
  "seid",
  "habt",
  "könnt",
  "solltet",
  "müsst",
  "dürft",
  "würdet",
  "hättet",
  "wärt",
]);
const PLURAL_VERBS =
  "seid|habt|könnt|solltet|müsst|wollt|dürft|macht|schafft|bekommt|kriegt|versteht|wisst|werdet|würdet|hättet|wärt|wart|hattet|tut|lasst|gebt|nehmt";
/** "ihr habt", "Ihr seid": plural du, whatever the case. */
const PLURAL = new RegExp(`(?<![\\p{L}\\p{N}])ihr(?=\\s+(?:${PLURAL_VERBS})(?![\\p{L}]))`, "giu");
/** "macht ihr", "antwortet ihr": a verb in -t before a lower-case "ihr" (weak: "hat ihr" means "has her"). */
const IHR = /(?<![\p{L}\p{N}])ihr(?![\p{L}\p{N}])/gu;
const TWO_LETTERS = /\p{L}{2}$/u;
const NOT_VERBS = /(?:hat|ist|mit|nicht|seit|bist|gibt|geht|jetzt|recht|wollt)$/iu;
const SENTENCE_MARK = /[.!?…:\n"„“»(]/u;
const SPACE = /\s/u;

export type AddressSpans = { sie: Span[]; du: Span[] };

/** Where the run of white space that ends at `end` starts. */
function spaceBefore(text: string, end: number): number {
  let start = end;
  while (start > 0 && SPACE.test(text[start - 1] as string)) start--;
  return start;
}

/**
 * Whether a word at `at` opens a sentence: at the very start, or after a sentence mark ("." "!" "?" "…" ":", a
 * line break, an opening quote or bracket) and white space. Read backwards over that white space only, never
 * the text before it: a test on everything before each word costs the square of the text's length.
 */
function opensSentence(text: string, at: number): boolean {
  if (at === 0) return true;
  const spaceStart = spaceBefore(text, at);
  if (text.slice(spaceStart, at).includes("\n")) return true;
  return spaceStart > 0 && SENTENCE_MARK.test(text[spaceStart - 1] as string);
}

/**
 * A verb in -t before "ihr", with white space between ("antwortet ihr"), that is not one of NOT_VERBS. Found
 * from each "ihr" backwards; a lookbehind over the white space would scan it again at every position.
 */
function afterVerb(text: string, span: Span): boolean {
  const spaceStart = spaceBefore(text, span.start);
  if (spaceStart === span.start || text[spaceStart - 1] !== "t") return false;
  if (!TWO_LETTERS.test(text.slice(Math.max(0, spaceStart - 5), spaceStart - 1))) return false;
  return !NOT_VERBS.test(text.slice(Math.max(0, spaceStart - 5), spaceStart));
}

function evidence(text: string): { strong: AddressSpans; weak: AddressSpans } {
  const plural = findAll(text, PLURAL);
  const pluralStarts = new Set(plural.map((p) => p.start));
  const sieStrong: Span[] = [];
  const sieWeak: Span[] = [];
  for (const span of findAll(text, SIE)) {
    if (pluralStarts.has(span.start)) continue;
    (opensSentence(text, span.start) && span.text !== "Ihnen" ? sieWeak : sieStrong).push(span);
  }
  const inverted = findAll(text, IHR).filter((span) => afterVerb(text, span));
  const byStart = (a: Span, b: Span) => a.start - b.start;
  return {
    strong: { sie: sieStrong, du: [...findAll(text, DU), ...plural].sort(byStart) },
    weak: { sie: sieWeak, du: inverted },
  };
}

/** The spans that clearly address the reader, per form: what a draft is checked for mixing. */
export function findAddress(text: string): AddressSpans {
  return evidence(text).strong;
}

/** The form a text uses, if it shows one: the more frequent one, weak evidence only when there is no clear one. */
export function addressFormOf(text: string): "sie" | "du" | undefined {
  const { strong, weak } = evidence(text);
  for (const { sie, du } of [strong, weak]) {
    if (sie.length > 0 || du.length > 0) return du.length > sie.length ? "du" : "sie";
  }
  return undefined;
}

/** Exclamations with "du" that address nobody: "Ach du Scheiße", "Du meine Güte", "Du lieber Himmel". */
const IDIOMS =
  /(?<![\p{L}])(?:(?:ach|oh|na|och)\s+du\s+(?:liebe[rs]?|meine|heilige[rs]?|grüne[rs]?|Scheiße|Schande|Kacke|Elend)\b|du\s+meine\s+Güte|du\s+liebe[rs]?\s+(?:Himmel|Gott|Zeit))/giu;
/** What is said to someone else: "@Paul …" to the end of its sentence, and words in quotation marks. */
const TO_OTHERS = /@[\p{L}\p{N}_.-]+[^.!?\n]*|[„"“»][^„"“”»«]{0,200}[“”"«]/gu;

/**
 * The form a commenter uses towards the company (issue 10): an idiom ("Ach du Scheiße") and what they say to
 * another user ("@Paul kannst du …") or quote someone saying do not count. `companyHandle` keeps a mention of
 * the company itself ("@Rheinwerk könnt ihr …") as speech to the company.
 */
export function commenterFormOf(text: string, companyHandle = ""): "sie" | "du" | undefined {
  const company = companyHandle.replace(/\s+/g, "").toLowerCase();
  const toCompany = (mention: string) =>
    company.length >= 2 &&
    mention
      .slice(1)
      .replace(/[^\p{L}\p{N}]/gu, "")
      .toLowerCase()
      .includes(company);
  const own = text
    .replace(IDIOMS, " ")
    .replace(TO_OTHERS, (span) => (span.startsWith("@") && toCompany(span.split(/\s/)[0] ?? "") ? span : " "));
  return addressFormOf(own);
}
