import type { Assessment, ViolationKind } from "../shared/assessment";
import type { Case } from "../shared/case";
import { CLAIM_CHECKED } from "../shared/claim-checked";
import { type CommentSnapshot, commentKey } from "../shared/comment";
import type { Guidelines } from "../shared/guidelines";
import { jokesAboutUs } from "../shared/name-joke";
import type { DraftContext, Strategy, Suggestion } from "../shared/replies";
import { commenterFormOf } from "./address-form";
import { askedDetails, HEAD_NOUN } from "./case/asked-details";
import { campaignWord, pointAfterPraise } from "./case/criticised";
import { withGermanArticle, withGermanPluralArticle } from "./case/german-nouns";
import { liftCase } from "./case/lift";
import {
  caseClause,
  caseDetails,
  caseQuestion,
  caseSubject,
  criticisedPhrase,
  generalClause,
  itemClause,
  ourProduct,
} from "./case/phrases";
import { placeName } from "./case/places";
import { NOT_A_SMALL_NAME } from "./case/products";
import { caseTerms, joinTerms, overlaps } from "./case/terms";
import { quietened, truecased } from "./case/truecase";
import { urgent } from "./case/urgent";
import { checkDraft, heated } from "./check-draft";
import { contactPhrases } from "./contact";
import { holdingDeadline } from "./deadline";
import { PLACEHOLDER, PLACEHOLDER_TEXT } from "./placeholder";
import {
  askedOfReader,
  asksNothing,
  choosePlans,
  greetsSomeone,
  hasCase,
  JEERED,
  phonedNotWritten,
  planParts,
  sarcasmFirst,
  suggests,
  wishesWell,
  wordCount,
} from "./plans";
import { platformLength } from "./platform-length";
import { preferredBySlot } from "./preferred";
import { type Chosen, type Fill, fill, fillable, LEVELS, render, specific, wordingsOf } from "./render";
import { addressName } from "./reply-name";
import { emergencyLine, savedFact } from "./saved-fact";
import { PLANT_DRINK, savedMatches, savedSuggestions } from "./saved-replies";
import { pick, type Random, seeded } from "./seed";
import { signOff } from "./sign-off";
import { isViolation, WARM } from "./strategies";
import { escapeRegExp, findAll } from "./text-spans";

export type ComposeOptions = {
  /** The time a holding reply's deadline counts from; default: now. */
  now?: Date;
  /** IANA time zone the deadline is said in; default: the runtime's (the user's browser). */
  timeZone?: string;
  /** Gelassen's interface language, for comments in an unknown language when the guidelines say "ui". */
  uiLanguage?: "de" | "en";
};

/** Everything about one comment that every one of its suggestions shares. */
type Setting = {
  kase: Case;
  /** The comment is one customer's case to move (`hasCase`), read once for the plan and the wording. */
  matter: boolean;
  language: "de" | "en";
  form: "sie" | "du" | undefined;
  context: DraftContext;
  name: string | undefined;
  fill: Fill;
  /** The subject with every detail beside it, for a reply that names the case without its clause. */
  subjectAlone: string | undefined;
  /** What criticism is about says it better than the terms: no figure and no phrase of several words among them. */
  topicFirst: boolean;
  followUpBy: string | undefined;
};

/** Slots that say the case's clause ("dass du seit 2 Wochen auf deine Bestellung wartest"). */
const CLAUSE_SLOTS: ReadonlySet<string> = new Set(["caseSeen", "safetySeen"]);

const SEVERITY: readonly ViolationKind[] = ["threat", "identity-hate", "harassment", "insult", "spam", "profanity"];
const EMOJI = ["😊", "🙌", "💙", "🙂"];
/** Each strategy tries this many wordings before it is left out (every one must pass the check). */
const ATTEMPTS = 8;
/** Nouns a reply should not say twice ("danke für Ihre Rückmeldung … Ihre Rückmeldung geben wir weiter"). */
const KEY_WORDS = /\b(?:feedback|rückmeldung|kritik|hinweis|frage|question)\b/giu;

/** Slots that only thank: dropped from a reply that must not thank. */
const THANKS_SLOTS: ReadonlySet<string> = new Set([
  "thanksQuestion",
  "thanksComment",
  "thanksFeedback",
  "thanksIdea",
  "patience",
]);
/** A turn between praise and criticism: "Eure Preise sind eine Sauerei, aber der Service …". */
const MIXED = /\b(?:aber|jedoch|allerdings|nur|but|though|however|shame about)\b/iu;
const SMALL_BUT_BIG =
  /\b(?:small thing|little thing|tiny thing|kleine sache|kleinigkeit|klingt banal|sounds small|may sound small|might sound small|sounds (?:mad|crazy|weird|silly)|klingt (?:verrückt|komisch|blöd|albern)),?\s(?:but|aber)\b|\bnur halb so\b|\bhalf as\b|\b(?:sonst|normalerweise|usually|normally)\s(?:\p{L}+\s){0,3}(?:kritisch|critical)\b[^.!?]{0,60}\b(?:aber|but)\b/iu;
/** "Didn't catch his name but he had us warm again by 1am": the name missed, then the praise; no criticism. */
const NAME_MISSED =
  /\b(?:didn'?t|did not|never) (?:catch|get) (?:his|her|their|the \p{L}+'s) name,? but\b|\b(?:namen|name) (?:leider )?nicht (?:mitbekommen|verstanden|gemerkt),? aber\b/giu;
/** "Kaffeekollektiv Hamburg-Ottensen" without the company's name: "Hamburg-Ottensen". */
function withoutCompany(place: string, company: string): string {
  const at = place.toLowerCase().indexOf(company);
  return at === -1 ? place : `${place.slice(0, at)}${place.slice(at + company.length)}`.replace(/\s+/gu, " ").trim();
}
const isPlace = (place: string) => place.length >= 2 && !/^(?:hello|hallo|hi|hey|liebes?|dear|moin)$/iu.test(place);

/**
 * "zum Thema Reservierung (12 Personen, 14. Juni, Ottensen)": an open question's terms with what it says of the
 * occasion, so that the holding reply shows it was read. A term the details say better ("Personen" beside "12
 * Personen") gives way to them.
 */
function withOccasion(terms: readonly string[], details: readonly string[], language: "de" | "en"): string | undefined {
  const inDetail = (term: string) => details.some((detail) => detail.toLowerCase().includes(term.toLowerCase()));
  const kept = terms.filter((term) => !inDetail(term) && !(details.length && HEAD_NOUN.test(term)));
  const joined = joinTerms(kept.length ? kept : terms, language);
  if (!joined) return joined;
  const extra = details.filter((detail) => !joined.toLowerCase().includes(detail.toLowerCase())).slice(0, 3);
  return extra.length ? `${joined} (${extra.join(", ")})` : joined;
}

/**
 * A wording that names the commenter's anger: not for a calm request for help, nor for someone shouted at, insulted
 * or treated as a suspect ("das ist ärgerlich" makes light of it).
 */
const ANNOYED = /(?<![\p{L}])(?:Unmut|Ärger\p{L}*|ärgerlich|frustrat\p{L}*)(?![\p{L}])/u;
/** A wording that thanks: never drawn for sarcasm, anger, a troll or a comment under review. */
const THANKS = /\b(?:dank\w*|thank\w*)\b/iu;

function repeatsKeyWord(text: string): boolean {
  const words = text.toLowerCase().match(KEY_WORDS) ?? [];
  return new Set(words).size < words.length;
}

const GENERIC_CASE = /^(?:Ihren Fall|deinen Fall|your case)(?=$| \(| [A-Z\d#])/u;

/**
 * A figure alone, with its unit at most ("70 %", "1,100 kWh", "800 W", "180 qm"), or a day and a time ("1. April",
 * "Samstag 11 Uhr"): what an argument cites, not what it is about.
 */
/** "2-3 months", "6 Wochen": how long, said alone; no point argued. */
const DURATION_ONLY =
  /^\d+(?:[-–]\d+)?\s(?:months?|weeks?|days?|years?|hours?|Monaten?|Wochen|Tagen?|Jahren?|Stunden)$/u;
const BARE_FIGURE =
  /^(?:[−-]?[€£$]?\d[\d.,]*\s?(?:%|Prozent|percent|kWh|kWp|kW|Wp|W|Watt|°C|Grad|degrees|€|Euro|ct|Cent|qm|m²|kg|g|t|Uhr|am|pm)?|\d{1,2}\.\s?(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)|(?:\d{1,2}(?:st|nd|rd|th)?\s)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s\d{1,2}(?:st|nd|rd|th)?)?|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s\d{1,2}(?::\d{2})?\s?(?:Uhr|am|pm))?)$/u;

/**
 * "Ihren Fall (Kundennummer 771845)" says nothing of what the case is: with the comment's own word it becomes
 * "Ihren Fall zum Thema Abschlag (Kundennummer 771845)", "your case about the direct debit date". A figure is no
 * topic, and a word the clause already says is not said twice.
 */
const WEEKDAY =
  /^(?:am\s|on\s)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend)s?$/iu;
function aboutWhat(base: string, terms: readonly string[], clause: string | undefined, language: "de" | "en"): string {
  const match = GENERIC_CASE.exec(base);
  // English: a thing, not the people ("installers") or a name, is what the case is about.
  // "Ihren Fall zum Thema Sonntag": the day something happened is when, never what the case is about.
  const fits = (candidate: string) =>
    !/\d/.test(candidate) &&
    !WEEKDAY.test(candidate) &&
    // "kein Warmwasser" says "Wasser" already.
    !clause?.toLowerCase().includes(candidate.toLowerCase()) &&
    (language === "de" || /^[a-z].*[^s]$/u.test(candidate));
  const term = terms.find(fits);
  if (!match || !term) return base;
  const about = language === "de" ? `zum Thema ${term}` : `about ${joinTerms([term], "en")}`;
  const head = base.slice(0, match[0].length);
  const rest = base.slice(match[0].length);
  // "your case A-24-0311" keeps its number beside "case"; the topic follows the number.
  const number = /^ [A-Z\d#][^\s(]*/u.exec(rest)?.[0] ?? "";
  return `${head}${number} ${about}${rest.slice(number.length)}`;
}

/**
 * A product's own name in German praise ("Die neue Nachtschicht ist der Hammer", "die Röstung Abendrot"), quoted so
 * it needs no article: „Nachtschicht“. Only after "neue" or a word for what the company sells, and never a word
 * for a thing in general ("die neue App").
 */
const GERMAN_PRODUCT_NAME =
  /\b(?:[Nn]eue[nrs]?|Sorte|Röstung|Mischung|Blend|Espresso|Bohne|Tarif|Kollektion|Edition|Filterkaffee|Hausmischung|Espressomischung)\s([A-ZÄÖÜ][\p{Ll}]{2,}(?:\s[A-ZÄÖÜ][\p{Ll}]{2,})?)(?![\p{L}-])/u;
/** "die röstung elbufer ist einfach der hammer": a name typed small after the kind of product. */
const GERMAN_PRODUCT_NAME_SMALL = new RegExp(
  `(?<!\\p{L})(?:röstung|sorte|mischung|filterkaffee)\\s(?!(?:${NOT_A_SMALL_NAME})(?!\\p{L}))(\\p{Ll}{4,})(?!\\p{L})`,
  "u",
);
const NOT_A_PRODUCT_NAME =
  /^(?:App|Apps|Website|Webseite|Seite|Filiale|Karte|Preise?|Öffnungszeiten|Service|Verpackung|Sorte|Röstung|Mischung|Bohnen?|Tarif|Kollektion|Edition|Kaffee|Espresso|Version|Update|Design|Logo|Shop|Kampagne|Werbung|Mitarbeiter\p{L}*|Café|Cafe|Leute|Team|Chef\p{L}*)(?!\p{L})/u;

const CATEGORY = /^(?:Sorte|Röstung|Mischung|Blend|Espresso|Bohne|Tarif|Kollektion|Edition)\s/u;

const PRICE_WORD = /\d|preis|price|pricing|euro|cent|€|kost|cost|aufpreis|gebühr|fee|charge|extra/iu;

/**
 * "of our prices for oat milk": criticism of prices names what costs, when the comment names one thing besides the
 * price ("love paying 80 cents extra for oat milk … revolutionary pricing").
 */
function pricedThing(
  text: string,
  topic: string | undefined,
  criticised: Case["criticised"],
  terms: readonly string[],
  language: "de" | "en",
): string | undefined {
  if (!topic || (criticised !== "prices" && criticised !== "price-increase")) return topic;
  // Only what the price is for: "extra for oat milk", not "Preise erhöhen und dann noch Werbung".
  // "Flat White kostet in Kreuzberg jetzt 4,60", "Espresso jetzt 4,20": the thing whose price is said.
  const priced = (term: string) =>
    new RegExp(
      `(?:für|for|on)\\s(?:(?:the|den|die|das|einen|eine|ein)\\s)?${escapeRegExp(term)}(?![\\p{L}-])|(?<!\\p{L}|\\p{Lu}\\p{L}*\\s)${escapeRegExp(term)}\\s(?:[^.!?\\d]{0,20}?\\s)?(?:kostet|costs|is now|jetzt|now)\\s(?:[^.!?\\d]{0,12}?\\s)?[€£$]?\\d`,
      "iu",
    ).test(text);
  const thing = terms.find((term) => !PRICE_WORD.test(term) && term.length <= 30 && priced(term));
  return thing ? `${topic} ${language === "de" ? "für" : "for"} ${thing}` : topic;
}

/** What is criticised at a branch: its prices, hours, queues, service and what it serves. */
const AT_BRANCH: ReadonlySet<Case["criticised"]> = new Set([
  "prices",
  "price-increase",
  "opening-hours",
  "waiting-times",
  "service",
  "quality",
]);

/**
 * "Deine Kritik an unseren Preisen in Kreuzberg": criticism of what happens at a branch names the branch the comment
 * named; never a place things are sent to ("shipping to Dublin").
 */
function atBranch(topic: string | undefined, kase: Case, text: string): string | undefined {
  const place = kase.places[0];
  if (!topic || !place || !AT_BRANCH.has(kase.criticised) || /\s/u.test(place) || topic.includes(place)) return topic;
  if (new RegExp(`(?<!\\p{L})(?:to|nach|into)\\s${escapeRegExp(place)}(?!\\p{L})`, "iu").test(text)) return topic;
  const waited = /\s\(([^)]*)\)$/u.exec(topic);
  const bare = waited ? topic.slice(0, waited.index) : topic;
  const at = `${bare} in ${place}`;
  return waited ? `${at} (${waited[1]})` : at;
}

/**
 * "your post says … from Colombia but the bag says Peru": the two values one source sets against the other, a name
 * against a name or a figure against a figure.
 */
const SAYS_BUT_SAYS =
  /\b(?:says?|said|sagt|schreibt|steht)\b([^.!?]{1,80}?)(?:,\s*|\s)(?:but|aber|während|while)\b[^.!?]{0,40}?\b(?:says?|said|sagt|schreibt|steht)\s+(?:(?:it'?s|it is|that|es ist|da)\s+)?(?:(?:from|on|at|in|aus|am|bei)\s+)?([A-ZÄÖÜ][\p{L}-]+|\d[\d.,:]*(?:\s?%)?(?:\s(?:January|February|March|April|May|June|July|August|September|October|November|December|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)\b)?|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}]))/u;
/** "Es sind 32,9 Cent pro Kilowattstunde, nicht 29,9", "it's 70 %, not 75 %": the figure said, and the one denied. */
const FIGURE_NOT_FIGURE =
  // Not a phone number's last group ("0221 555 0190, nicht 0221 555 0109"): a figure standing alone.
  /(?<![\d.,]\s?)(\d[\d.,]*)(\s?(?:%|€|£|ct|cent|euro|kwh|kwp|kw|wp|watt)(?![\p{L}]))?[^.!?\d]{0,40}?,?\s(?:nicht|not|statt|instead of|rather than)\s(\d[\d.,]*)(?![\d]|\s\d)/iu;
/** "im Text steht aber Yirgacheffe", "it's BAFA, not KfW": a name against a name, one of them denied or set against. */
const NAME_IN_TEXT_BUT =
  /(?<![\p{L}])(\p{Lu}[\p{L}]+)(?:-\p{Lu}?\p{L}+)?[^.!?\p{Lu}]{0,20},\s(?:im|in der|auf der|auf dem|laut|on the|in the)\s\p{L}+\s(?:steht|heißt|sagt|says|reads)\s(?:aber|jedoch|dagegen|but)?\s?(\p{Lu}[\p{L}-]+)/u;
/** "BAFA", "KfW", "EnBW": a short name with two capitals or more. */
const ACRONYM = /(?<!\p{L})(?=\p{Lu}\p{L}{0,6}\p{Lu})\p{Lu}\p{L}{1,7}(?!\p{L})/u;
const NOT_FROM_BUT =
  /\b(?:isn'?t|is not|not|nicht)\s(?:mehr\s|anymore\s)?(?:from|von|bei|by|at|übers|über|via)?\s?(\p{Lu}[\p{L}A-Z]+)\b[^.!?]{0,40}?,?\s(?:it'?s|it is|sondern|but|es ist|das ist)\s(?:(?!(?:nicht|not)\b)\p{Ll}+\s){0,5}?(?:from\s|von\s|bei\s|by\s)?(\p{Lu}[\p{L}A-Z]+)/u;
/** "nicht seit 30, sondern seit 25 Jahren", "not 30 but 25 years": the figure denied and the one put instead. */
const NOT_FIGURE_BUT =
  /\b(?:[Nn]icht|[Nn]ot)\s(?:\p{Ll}+\s){0,2}(\d[\d.,]*)(\s?(?:%|€|£|ct|[Cc]ent|[Ee]uro|kWh|kwh|kW|kw)(?![\p{L}]))?,?\s(?:sondern|but)\s(?:\p{Ll}+\s){0,2}(\d[\d.,]*)(\s?(?:%|€|£|ct|[Cc]ent|[Ee]uro|kWh|kwh|kW|kw|Jahre[n]?|years|Monate[n]?|months|Tage[n]?|days)(?![\p{L}]))?/u;
/** "that bag is Guatemala, not Honduras", "Ottensen, nicht Altona": a name put against the one denied. */
const NAME_NOT_NAME = /(?<![\p{L}])(\p{Lu}[\p{L}-]+),?\s(?:not|nicht|statt)\s(?:from\s|aus\s|in\s)?(\p{Lu}[\p{L}-]+)/u;
function saidAgainst(text: string): [string, string] | undefined {
  const denied = NOT_FIGURE_BUT.exec(text);
  if (denied?.[1] && denied[3] && denied[1] !== denied[3]) {
    const unit = (denied[2] ?? denied[4] ?? "").trim().replace(/^(Jahr|Monat|Tag)en$/u, "$1e");
    const said = (figure: string) => `${figure.replace(/[.,]+$/u, "")}${unit ? ` ${unit}` : ""}`;
    return [said(denied[1]), said(denied[3])];
  }
  const figures = FIGURE_NOT_FIGURE.exec(text);
  if (figures?.[1] && figures[3] && figures[1] !== figures[3]) {
    const unit = figures[2]?.trim() ?? "";
    const said = (figure: string) => `${figure.replace(/[.,]+$/u, "")}${unit ? ` ${unit}` : ""}`;
    return [said(figures[3]), said(figures[1])];
  }
  // "Wärme, nicht Strom" beside "1 kWh … 4 kWh": where figures are disputed, a pair of nouns is not the fact.
  const named =
    NAME_IN_TEXT_BUT.exec(text) ?? NOT_FROM_BUT.exec(text) ?? (/\d/u.test(text) ? null : NAME_NOT_NAME.exec(text));
  if (named?.[1] && named[2] && named[1] !== named[2]) {
    // "nicht mehr übers BAFA, sondern seit letztem Jahr über die KfW": an acronym is set against an acronym.
    const isAcronym = (word: string) => ACRONYM.exec(word)?.[0] === word;
    const rest = text.slice((named.index ?? 0) + named[0].length - named[2].length).split(/[.!?]/u)[0] ?? "";
    const other = isAcronym(named[1]) && !isAcronym(named[2]) ? ACRONYM.exec(rest)?.[0] : undefined;
    return [named[1], other ?? named[2]];
  }
  const match = SAYS_BUT_SAYS.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const figure = /^\d/u.test(match[2]);
  // "drops thursday but the newsletter said tuesday": weekdays as people type them, in lower case.
  const weekday = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u.test(match[2]);
  // "the deadline is 15 January, but the official guidance says 10 January": a date keeps its month.
  const kind = figure
    ? /\d[\d.,:]*(?:\s?%)?(?:\s(?:January|February|March|April|May|June|July|August|September|October|November|December|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)\b)?/gu
    : weekday
      ? /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gu
      : /(?<![\p{L}])[A-ZÄÖÜ][\p{L}-]+/gu;
  const first = [...match[1].matchAll(kind)].at(-1)?.[0];
  const written = (said: string) => (weekday ? said.charAt(0).toUpperCase() + said.slice(1) : said);
  return first && first !== match[2] ? [written(first), written(match[2])] : undefined;
}

/** A figure that is a fact of its own: "1.200", "2.100 m", "70 %", "29 €"; not a page ("S. 14") or a year alone. */
const FIGURE =
  /(?<![\d.,\p{L}])(?:\d{1,3}(?:[.,]\d{3})+(?:\s?(?:m²|m|km|%|€|kWh|kWp|kW)(?![\p{L}²³]))?|\d+(?:[.,]\d+)?\s?(?:m²|m|km|%|€|kWh|kWp|kW|kg|g)(?![\p{L}²³]))/gu;
const CORRECTION_FRAME = /^(?:Rückfrage|Frage|Hinweis|Anmerkung|Korrektur|Question|Note)$/u;
/**
 * A correction's third term is kept only when it is a figure or the value they set against the post ("Der kommt
 * aber aus Äthiopien"): otherwise it is a noun in passing ("Foto", "Überschrift").
 */
function correctionTerms(text: string, named: string[], language: "de" | "en"): string[] {
  const pair = saidAgainst(text);
  if (pair) return pair;
  // "Eine Rückfrage zur Zahl": how the writer frames the correction is no fact of it.
  const terms = named.filter((term) => !CORRECTION_FRAME.test(term));
  // "Sie schreiben von 1.200 …, im Geschäftsbericht finde ich aber 1.020": the two figures set against each other.
  const found = [...new Set(text.match(FIGURE) ?? [])].map((figure) => figure.trim());
  // "2.400 kWp … grob 12.000 m² … gemeint sind 240 kWp": the two of one unit are set against each other.
  const unit = (figure: string) => figure.replace(/^[\d.,\s]+/u, "");
  const paired = found.filter(
    (figure) => unit(figure) && found.filter((other) => unit(other) === unit(figure)).length === 2,
  );
  const figures = found.length > 2 && paired.length === 2 ? paired : found;
  if (
    figures.length === 2 &&
    (figures !== found || !figures.every((figure) => terms.some((term) => term.includes(figure))))
  ) {
    const thing = terms.find(
      (term) => !/\d/u.test(term) && /^\p{Lu}/u.test(term) && text.indexOf(term) < text.indexOf(figures[0] ?? ""),
    );
    return thing ? [thing, ...figures] : figures;
  }
  if (terms.length <= 2) return terms;
  const [first = "", second = "", third = ""] = terms;
  // "Studie, 2019 und 2021": two figures set against each other, and the thing they are of, named first.
  if (/\d/.test(first) && /\d/.test(second) && !/\d/.test(third)) return [third, first, second];
  const escaped = escapeRegExp(third);
  const set = new RegExp(`(?:aber|but|actually|eigentlich|sondern|richtig|correct)\\s(?:\\S+\\s){0,3}${escaped}`, "iu");
  // "…, it's from Ethiopia": in English a capitalised word inside a sentence is a name, the value set against the post.
  const name = language === "en" && /^[A-Z][a-z]/u.test(third) && new RegExp(`[a-z,]\\s${escaped}`, "u").test(text);
  return /\d/.test(third) || set.test(text) || name ? terms.slice(0, 3) : [first, second];
}

/**
 * "Ich berate seit zehn Jahren Röstereien. „Direkthandel“ steht …": who the writer is is not what they argue; the
 * sentence that states their standing is left out of the terms.
 */
/** What an argument says is missing: "ohne (saubere) Heizlastberechnung", "without storage", "until proper heat load surveys". */
const CRUX_DE =
  /(?<!\p{L})(?:[Oo]hne|[Mm]angels)\s(?:(?:eine[nm]?|ein|die|den|das|saubere[nm]?|raumweise|genaue[nm]?|echte[nm]?|ordentliche[nm]?|vernünftige[nm]?|richtige[nm]?|jede[nm]?)\s){0,2}(?:\p{Ll}+(?:en|er|e)\s)?(\p{Lu}[\p{L}-]{9,})/u;
const CRUX_EN =
  /\b(?:without|until|unless)\s(?:(?:a|an|the|any|proper|real|published|accurate)\s){0,2}((?:(?![a-z]+ing\b)[a-z]+[- ]){0,2}(?:survey|surveys|calculation|calculations|storage|insulation|assessment|data|figures|numbers|audit|check|balancing|load|consumption|battery|batteries))\b|\bthe (?:variable|factor|number|question) that matters most:\s([a-z][a-z-]+)/u;
function cruxOf(text: string): string | undefined {
  const de = CRUX_DE.exec(text)?.[1];
  if (de) return de;
  const en = CRUX_EN.exec(text);
  return en?.[1] ?? en?.[2];
}

function withoutStanding(text: string, assessment: Assessment): string {
  const standing = assessment.roleReasons.find((r) => r.code === "reach-standing")?.words?.[0];
  if (!standing) return text;
  const at = text.indexOf(standing);
  if (at < 0) return text;
  const stop = text.slice(at + standing.length).search(/[.!?:\n]/u);
  const end = stop < 0 ? text.length : at + standing.length + stop + 1;
  // "Als Energieökonomin frage ich mich, warum …": the argument goes on in the same sentence; only the standing
  // goes. "Ich berate seit zehn Jahren Röstereien.": the sentence says no more than who they are.
  const tail = text
    .slice(at + standing.length, end)
    .split(/\s+/u)
    .filter(Boolean).length;
  const start = tail <= 3 ? Math.max(0, ...[". ", "! ", "? ", "\n"].map((mark) => text.lastIndexOf(mark, at) + 1)) : at;
  const rest = `${text.slice(0, start)} ${text.slice(tail <= 3 ? end : at + standing.length)}`.trim();
  return rest.length ? rest : text;
}

/**
 * "Schöne Cafés, aber dass es bei euch immer noch Einwegbecher gibt …": a few words granted before "aber" are not
 * what an argument or criticism is about; the terms are read from what follows.
 */
const CONCESSION = /^\s*(?:[\p{L}\d'’-]+\s){0,3}[\p{L}\d'’-]+,\s(?:aber|but|jedoch)\s/u;
function withoutConcession(text: string, assessment: Assessment): string {
  // "Im Post steht Ottensen, aber …": a correction's first half is what it corrects.
  if (assessment.role === "know-it-all" || (assessment.role !== "opinion-leader" && assessment.tone === "positive"))
    return text;
  const granted = CONCESSION.exec(text);
  if (granted) return text.slice(granted[0].length);
  return pointAfterPraise(text) ?? text;
}

/**
 * "the Finca La Esperanza washed", "the Women in Tech Leipzig meetup": a capitalised term is the first word of the name
 * it opens, which is said whole ("Finca La Esperanza"), never cut after its first word.
 */
function wholeName(term: string, text: string): string {
  if (!/^\p{Lu}/u.test(term)) return term;
  const name = new RegExp(
    `(?<!\\p{L})${escapeRegExp(term)}((?:\\s(?:(?:in|of|de|del|la|le|von|the|and|&)\\s)?\\p{Lu}[\\p{L}-]*){1,3})`,
    "u",
  ).exec(text);
  return name ? `${term}${name[1]}` : term;
}

/** English goes on in small letters after a colon ("…: if your heat pump breaks down, call …"); German keeps its own. */
function afterColon(sentence: string | undefined, language: "de" | "en"): string | undefined {
  if (!sentence || language === "de") return sentence;
  return /^(?:If|For|Our|Call|Please|In|When|You|Just)\b/u.test(sentence)
    ? `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`
    : sentence;
}

/**
 * "what you said about the Hafenblick filter", but "what you said about Carina", "… about Nordlicht": one capitalised
 * word is a name, a person's or a coffee's, and takes no article in English.
 */
function withEnglishArticle(term: string | undefined, language: "de" | "en"): string | undefined {
  if (term === undefined || language === "de") return term;
  return /^\p{Lu}[\p{Ll}-]+$/u.test(term) ? term : `the ${term}`;
}

/** "Euer ganzes Grünstrom-Gelaber": the commenter's scorn for what the company says is never its topic. */
const SCORN =
  /(?:gelaber|geschwurbel|propaganda|geschwätz|geschwafel|gequatsche|gesülze|blabla|bullshit|quatsch|schmarrn|gewäsch|hokuspokus|waffle|drivel|nonsense|heini|hipster|selbstdarsteller|schnösel|schnoesel|schlipsträger|schickimicki|plörre|ploerre|abzocke|spülwasser|spuelwasser|abwasser|dishwater|(?<!\p{L})(?:schuss|scam)(?!\p{L}))/iu;

/**
 * Never the thing praised: who served them ("Barista", "office manager"), how they said it ("Positives"), the matter
 * helped with ("bei der Abrechnung geholfen") or how long it took ("eine Viertelstunde lang erklärt").
 */
const COUNTRY =
  /^(?:Germany|Deutschland|Austria|Österreich|Switzerland|Schweiz|England|UK|Britain|Ireland|Irland|Scotland|Schottland|Wales|Sweden|Schweden|Norway|Norwegen|Denmark|Dänemark|Netherlands|Niederlande|Holland|Belgium|Belgien|Poland|Polen|Italy|Italien|Spain|Spanien|France|Frankreich|Portugal|Europe|Europa|USA|America|Amerika|Canada|Kanada)$/u;
const NOT_PRAISED =
  /(?<!\p{L})(?:schlange|warteschlange|queue|barista\p{L}*|team|staff|crew|manager|engineers?|installers?|technicians?|techniker\p{L}*|monteur\p{L}*|mitarbeiter\p{L}*|kolleg\p{L}*|kleine|junge|dame|typ|positives|nettes|schönes|gutes|lob|liebeserklärung|shout-?out|abrechnung|rechnung|telefon|hotline|problem\p{L}*|anruf|vertrag|hammer|knaller|wahnsinn|grad|namen|name|theke|tresen|kasse|counter|kündigung|störung|ausfall|panne|reklamation|viertelstunde|geschichte|story|blitzeis|glatteis|schneeregen|wetter|regen|stau|winter|traffic|weather|s-bahn|u-bahn|ringbahn|bahn|tram|bus|zug|train|vorstellungsgespräch|stunden?|minuten?|wochen?|tage?|monate?|hours?|minutes?|weeks?|days?|kasten|haus|wohnung|büro|konto|office|geburtstag|weihnachten|jahrestag|hochzeit|birthday|anniversary|schwangerschaft|stillzeit|haare|haaren|locken|bart|brille|zopf|hair|beard|glasses)(?![\p{L}-])/iu;

/**
 * The company's own line for faults, tried and not got through ("Störungsnummer seit ner Stunde besetzt"), or already
 * called ("Hab am Freitag beim Störungsdienst angerufen, da hieß es es meldet sich wer"). Not the general hotline
 * ("Hotline ist dauerbesetzt"): the line open day and night is another number, worth saying.
 */
const LINE_TRIED =
  /(?:störungsnummer|störungsdienst|notdienst|notfallnummer|notrufnummer|emergency (?:line|number)|out[- ]of[- ]hours (?:line|number))[^.!?]{0,40}(?:besetzt|nicht erreichbar|keiner ran|niemand|geht keiner|engaged|busy|no answer|nobody|no one)|(?:beim|den|mit dem) (?:störungsdienst|notdienst) (?:\p{L}+ ){0,2}(?:angerufen|telefoniert|gesprochen)|(?:called|rang|phoned) (?:the|your) (?:emergency|out[- ]of[- ]hours) (?:line|number)/iu;

/**
 * "Heat pump packed up on Sunday … an actual human picked up", "the 2 engineers who came out and fixed our heat pump",
 * "um halb 4 lief die Heizung wieder": the machine that failed or was mended is not what was praised.
 */
function brokeDown(thing: string, text: string): boolean {
  return new RegExp(
    `${escapeRegExp(thing)}\\s(?:\\p{L}+\\s){0,3}?(?:packed up|broke|stopped|died|failed|gave up|went off|kaputt|defekt|ausgefallen|streikt\\p{L}*|gab den Geist auf)|(?:fixed|repaired|mended|sorted|reparier\\p{L}*|gefixt|wieder zum Laufen gebracht|(?:who|that)\\s(?:\\p{L}+\\s)?(?:fitted|installed))\\s(?:\\p{L}+\\s){0,2}?${escapeRegExp(thing)}|(?:lief|läuft|ging|geht|funktioniert\\p{L}*)\\s(?:\\p{L}+\\s){0,2}?${escapeRegExp(thing)}\\s(?:\\p{L}+\\s)?wieder|${escapeRegExp(thing)}\\s(?:\\p{L}+\\s){0,3}?(?:working|running) again`,
    "iu",
  ).test(text);
}

/** "during my pregnancy", "for my wedding": the writer's own life, never what an English comment praises. */
const WRITERS_LIFE = /\b(?:pregnancy|pregnant|birthday|anniversary|wedding|honeymoon|retirement)\b/iu;

/** What a reply may name beside the people thanked: a thing made, fitted, served or taught, not a word of the story. */
const PRAISABLE_THING =
  /(?:anlage|kanne|dienst|pumpe|maschine|mühle|speicher|wallbox|kurs|workshop|tasting|röstung|blend|kuchen|torte|brot|croissant|schnecke|bialetti|cappuccino|espresso|cortado|flat white|connection|installation|course|cake|roast)$/iu;

/**
 * "mit der „Hilfe“ meiner Tochter": what the writer's own people did is not what they praise of ours. Not "Die Montage
 * unserer PV-Anlage": our work on their thing is.
 */
function theWritersOwn(term: string, text: string): boolean {
  // "den Bürokaffee für unsere Agentur in Leipzig": the writer's own firm or home is not what they praise.
  if (
    WRITERS_PLACE.test(term) &&
    new RegExp(
      `(?<!\\p{L})(?:unser|unsere|unserem|unserer|unseren|mein|meine|meinem|meiner|meinen)\\s${escapeRegExp(term)}(?!\\p{L})`,
      "iu",
    ).test(text)
  )
    return true;
  // "ich krieg jetzt zumindest ne Tulpe hin", "I can now pour a wonky heart": what the writer made.
  if (
    new RegExp(
      `(?<!\\p{L})(?:ich\\s(?:krieg|kriege|bekomme|schaffe)|i\\s(?:can|could)(?:\\s(?:now|finally|actually))?\\s(?:pour|make|do|draw))\\s(?:\\p{L}+\\s){0,3}${escapeRegExp(term)}(?!\\p{L})`,
      "iu",
    ).test(text)
  )
    return true;
  return new RegExp(
    `(?<!\\p{L})${escapeRegExp(term)}\\P{L}{0,2}\\s(?:meiner|meines|unserer|unseres)\\s(?:Tochter|Sohnes|Kinder|Kleinen|Enkel\\p{L}*|Frau|Mannes|Mutter|Mama|Vaters|Papas|Oma|Opas|Nachbar\\p{L}*|Freundin|Freundes|Kollegin|Kollegen)(?!\\p{L})`,
    "u",
  ).test(text);
}

const WRITERS_PLACE =
  /^(?:Agentur|Büro|Firma|Praxis|Kanzlei|Betrieb|Schreinerei|Werkstatt|Bäckerei|Haus|Wohnung|Küche|Teamklausur|Team-Offsite|Offsite|Firmenfeier|Hochzeit|Geburtstag)$/u;

/** "… So etwas erlebt man heute selten!! Renate und Klaus": the names a comment is signed with are its writers. */
function signedBy(term: string, text: string): boolean {
  const tail = /[.!?…)]\s*([^.!?…]*)$/u.exec(text)?.[1] ?? "";
  return SIGNATURE.test(tail) && new RegExp(`(?<!\\p{L})${escapeRegExp(term)}(?!\\p{L})`, "u").test(tail);
}
const SIGNATURE =
  /^(?:(?:LG|VG|MfG|Gruß|Grüße|Liebe Grüße|Viele Grüße|Beste Grüße|Cheers|Best|Regards|Kind regards)\W*)?\p{Lu}[\p{Ll}.]+(?:\s\p{Lu}[\p{Ll}.]+)?(?:\s(?:und|and|&)\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)?\W*$/u;

/** The image praise is said in, not its object: "a breath of fresh air", "my second living room", "ne Umarmung". */
const PRAISING_IMAGE =
  /(?<!\p{L})(?:breath of fresh air|fresh air|game ?changer|clockwork|living room|second home|lifesaver|legend|umarmung|wohnzimmer|uhrwerk|loblied)(?!\p{L})/iu;

/** A thing praised by its own name in English, after "the", "our" or "your": "the Yirgacheffe", "your Kenya AA". */
function namedInPraise(
  text: string,
  terms: readonly string[],
  assessment: Assessment,
  language: "de" | "en",
): string | undefined {
  if (language !== "en" || assessment.tone !== "positive") return undefined;
  return terms.find(
    (term) =>
      /^\p{Lu}\p{Ll}+(?:\s\p{L}+)?$/u.test(term) &&
      new RegExp(`\\b(?:the|our|your)\\s${escapeRegExp(term)}\\b`, "u").test(text),
  );
}

/** "Danke … für das Catering bei unserer Konferenz": what they thank for, with the article they gave it. */
/** What the comment calls the company: "Ihr seid so ein überteuerter Hipsterladen", "bunch of cowboys". */
const SNEER =
  /(?:\b(?:ihr seid|seid ihr|sie sind|du bist|you are|you're|what a|bunch of|pack of|load of|was für ein(?:e|en)?|so ein(?:e|en)?)|=)\s((?:[\p{L}-]+\s){0,3}[\p{L}-]+)/giu;

/** "huge thanks to the install team", "shout-out to the Leeds crew": the team thanked, as they named it. */
const THANKED_TEAM_EN =
  /\b(?:thanks|thank you|shout-?\s?out|kudos|props)\s(?:so much\s)?to\s(the\s(?:[A-Za-z\d-]+\s){0,2}(?:team|crew|engineers?|installers?|staff|baristas?|fitters?|lads|guys|technicians?|electricians?))\b/iu;

function thankedFor(text: string): string | undefined {
  const match =
    /\b(?:[Dd]anke|[Dd]ank|[Bb]edanken)\b[^.!?]{0,40}?\bfür\s(das|die|den)\s(?:\p{Ll}+\s)?(\p{Lu}[\p{L}-]{2,30})(?=[\s,.!?]|$)/u.exec(
      text,
    );
  if (!match?.[1] || !match[2]) return undefined;
  return `${match[1] === "den" ? "der" : match[1]} ${match[2]}`;
}

function germanProductName(text: string): string | undefined {
  // "die neue Röstung Abendrot": the name after the kind of product.
  const small = GERMAN_PRODUCT_NAME_SMALL.exec(text)?.[1];
  const name =
    GERMAN_PRODUCT_NAME.exec(text)?.[1]?.replace(CATEGORY, "") ??
    (small ? small.charAt(0).toUpperCase() + small.slice(1) : undefined);
  return name && !NOT_A_PRODUCT_NAME.test(name) ? `„${name}“` : undefined;
}

export function replyLanguage(assessment: Assessment, guidelines: Guidelines, options: ComposeOptions): "de" | "en" {
  if (assessment.language !== "und") return assessment.language;
  if (guidelines.fallbackLanguage !== "ui") return guidelines.fallbackLanguage;
  return options.uiLanguage ?? "en";
}

function setting(
  comment: CommentSnapshot,
  assessment: Assessment,
  guidelines: Guidelines,
  options: ComposeOptions,
): Setting {
  const language = replyLanguage(assessment, guidelines, options);
  const mirrored = commenterFormOf(comment.text, guidelines.companyName) ?? "sie";
  const form =
    language === "de" ? (guidelines.addressForm === "mirror" ? mirrored : guidelines.addressForm) : undefined;
  const forbiddenWords = assessment.violations.flatMap((v) => v.evidence);
  const candidate = addressName(comment.author.name, {
    polite: form === "sie",
    organisation: comment.author.isOrganisation,
  });
  // A display name that carries an insult or anger word is not repeated either.
  const nameCheck = candidate ? checkDraft(candidate, { language, forbiddenWords }, guidelines) : undefined;
  const name = nameCheck?.calm ? candidate : undefined;
  const deadline = holdingDeadline(
    options.now ?? new Date(),
    guidelines.holdingDeadlineHours,
    language,
    guidelines.promises.deadlines,
    options.timeZone,
    guidelines.businessHours,
  );
  // "der neue weihnachtsblend mit kardamom": a German comment in small letters is read with its nouns capitalised.
  const text = language === "de" ? truecased(comment.text) : quietened(comment.text);
  const lifted = liftCase(text, assessment);
  // "Danke Rheinwerk!" thanks the company, not a person of it; "the Rheinwerk crew" is no branch in a town.
  const company = guidelines.companyName.trim().toLowerCase();
  const kase = {
    ...lifted,
    people: company ? lifted.people.filter((person) => !company.includes(person.toLowerCase())) : lifted.people,
    // "Hello Rheinwerk team": a greeting with the company's name is no place; "Kaffeekollektiv Hamburg-Ottensen" is
    // the branch in Hamburg-Ottensen.
    places: company ? lifted.places.map((place) => withoutCompany(place, company)).filter(isPlace) : lifted.places,
    // "'Rheinwerk Zuhause' zeigt … nur noch nen weißen Bildschirm": the company's name is never the thing that failed.
    failed: company && lifted.failed?.toLowerCase() === company ? undefined : lifted.failed,
    product: company && lifted.product?.toLowerCase() === company ? undefined : lifted.product,
  };
  const matter = hasCase(assessment, kase, text);
  const voice = { language, form };
  const customer = assessment.intent.complaint !== undefined || assessment.role === "disappointed-customer";
  // Neither the company, the commenter, staff nor an insult is named as what the comment is about.
  const notTerms = [guidelines.companyName, comment.author.name ?? "", ...kase.people, ...forbiddenWords];
  const clause =
    caseClause(kase, voice) ?? (customer || matter ? (itemClause(kase, voice) ?? generalClause(voice)) : undefined);
  const base = kase.problem || kase.numbers.length || customer || matter ? caseSubject(kase, voice) : undefined;
  // The specifics neither the clause nor the subject says go beside the subject ("Ihren Vorgang A-23-0457 (WP 9,
  // Fehler E212, seit Sonntag)"), or, when the clause named the case, into the next step's own wording.
  // Beside the case only a term that is a fact (a code, a time): a loose noun reads odd in a list of details.
  // "Ihr seid so ein überteuerter Hipsterladen": what they call the company is a sneer, never a topic.
  const sneers = [...text.matchAll(SNEER)].map((match) => (match[1] ?? "").toLowerCase());
  // "Bergisch" of "Bergisch Gladbach-Refrath": a piece of a place's name is no topic.
  // "Kreuzberger" of "im Kreuzberger Laden": the place's adjective is the place, said once.
  const pieceOfPlace = (term: string) =>
    kase.places.some(
      (place) =>
        (place !== term && place.includes(term)) || (term.startsWith(place) && /^er$/u.test(term.slice(place.length))),
    );
  const unfitTerm = (term: string) =>
    heated(term, language) ||
    SCORN.test(term) ||
    // "ein Konzern, der Kohle machen will": money, not coal.
    (term === "Kohle" && /\bKohle\s(?:machen|scheffeln|verdienen)/iu.test(text)) ||
    sneers.some((sneer) => sneer.includes(term.toLowerCase())) ||
    pieceOfPlace(term);
  // A correction names what the post says and what they say instead: "Yirgacheffe, Kenia und Äthiopien".
  const corrects = assessment.role === "know-it-all";
  const argued = withoutConcession(withoutStanding(text, assessment), assessment);
  // "Rheinwerk-Aktion Balkonkraftwerk: 800 W, „bis zu 600 kWh im Jahr“ …": an expert's argument is about a thing, not
  // a bare figure ("Ihr Punkt zu 800 W").
  const leader = assessment.role === "opinion-leader";
  const read = caseTerms(argued, language, notTerms, corrects ? 3 : leader ? 5 : 2, unfitTerm);

  const things = read.filter((term) => !BARE_FIGURE.test(term));
  // "Wärmepumpe im Altbau ohne raumweise Heizlastberechnung ist Glücksspiel", "until proper heat load surveys are
  // standard": what an expert says is missing is the crux of the argument, named first.
  const crux = leader ? cruxOf(argued) : undefined;
  const leading = crux && !unfitTerm(crux) ? [crux, ...things.filter((term) => !crux.includes(term))] : things;
  // "… in Kreuzberg, Ottensen and Leipzig?": where the branches are is no point argued; nor is a bare figure.
  // "the heat pump push in Germany", "200+ cafés across Germany": the country is where the argument stands, not its point.
  const argument = leading.filter(
    (term) =>
      !(kase.places.length > 1 && kase.places.includes(term)) && !DURATION_ONLY.test(term) && !COUNTRY.test(term),
  );
  const said = leader ? argument.slice(0, 2) : read;
  const found = questionFirst(
    corrects ? correctionTerms(text, said, language) : said,
    // "… finde ich aber 1.020. Zahlendreher oder andere Abgrenzung?": a correction's question asks about the figures.
    // "… warte eh noch aufs Angebot – eilt aber nicht: Kann man bei der PV-Anlage später einen Batteriespeicher
    // nachrüsten?": a question with no complaint beside it is what is asked, whatever tone the wait gives it.
    // Not beside an insult ("Kann mal einer von euch Hirnamputierten antworten??"), nor when the question points back
    // ("I've got a balcony panel … Can I get paid for what it feeds in?": the panel is the topic).
    (assessment.tone === "question" ||
      (assessment.intent.question !== undefined &&
        !assessment.intent.complaint &&
        !assessment.intent.sarcasm &&
        assessment.violations.length === 0 &&
        !POINTS_BACK.test(text) &&
        !leader)) &&
      !corrects
      ? askedTerms(argued, language, notTerms, unfitTerm)
      : [],
  );
  // "Wann macht ihr in Leipzig morgens auf?": the hours are what is asked, though no word of the comment says so.
  const hours =
    assessment.intent.question === "opening-hours" && !found.some((term) => /öffnungs|opening|open/iu.test(term));
  const terms = overlapping(
    hours ? [language === "de" ? "Öffnungszeiten" : "opening hours", ...found].slice(0, 2) : found,
  );
  const topTerm = terms.slice(0, 1).filter((term) => /\d/.test(term));
  // An open question: its holding reply names what it says of the occasion (askedDetails).
  const occasion =
    assessment.tone === "question" && !assessment.intent.complaint && !kase.problem && !corrects && !leader;
  const productName = germanProductName(text);
  const subject = base && aboutWhat(base, terms, clause, language);
  // "your refund (order #A-77120)" takes the rest inside its own brackets: "(order #A-77120, 10 days)".
  const withBeside = (said: string) => {
    const beside = subject ? caseDetails(kase, voice, said, topTerm) : undefined;
    if (!subject || !beside) return subject;
    return subject.endsWith(")") ? `${subject.slice(0, -1)}, ${beside})` : `${subject} (${beside})`;
  };
  const specifics = {
    clause,
    subject: withBeside(`${clause ?? ""} ${subject}`),
    details: clause ? caseDetails(kase, voice, clause, topTerm) : undefined,
    question: caseQuestion(kase, voice, guidelines.caseQuestions, Math.floor(seeded(commentKey(comment))() * 2)),
    person:
      kase.people.length > 1
        ? `${kase.people[0]} ${language === "de" ? "und" : "and"} ${kase.people[1]}`
        : kase.people[0],
    place: kase.places[0],
    fair: kase.fair,
    product: kase.product,
    topic:
      kase.criticised === "campaign"
        ? (campaignWord(text)?.[language] ?? criticisedPhrase(kase, voice))
        : atBranch(pricedThing(text, criticisedPhrase(kase, voice), kase.criticised, terms, language), kase, text),
    terms: withOccasion(
      criticismTerms(
        terms,
        // An argument with reach is about its point, not about the branches it lists in passing ("what do your
        // contracts look like in Kreuzberg, Ottensen and Leipzig?"); one branch named stays its place.
        leader && kase.places.length > 1 ? undefined : kase.places[0],
        corrects,
        text,
        // A question's holding reply says the branch among the details it asks about.
        !occasion && ownBranch(kase.places[0], guidelines),
      ),
      occasion ? askedDetails(text, kase, language) : [],
      language,
    ),
    // Only a thing, in English, where the article comes with it ("the Hafenblick filter"); German would need the
    // noun's gender.
    // "the kind words about broken headphones": a term that names the fault put right is not what was praised.
    praised:
      language === "en"
        ? (THANKED_TEAM_EN.exec(comment.text)?.[1] ??
          joinTerms(
            terms
              .filter(
                (term) =>
                  !/\d|\b(?:broken|damaged|faulty|defective)\b/i.test(term) &&
                  !PRAISING_IMAGE.test(term) &&
                  // "made moving to Germany a bit less scary": a country is where, not what they praise.
                  !COUNTRY.test(term) &&
                  // "You saved my trip": a pronoun that opens a sentence is nobody's name.
                  !/^(?:you|i|we|they|he|she|it)$/iu.test(term) &&
                  // "during my pregnancy": the writer's own life is not what they praise.
                  !WRITERS_LIFE.test(term) &&
                  !brokeDown(term, text) &&
                  // "was dreading the energy sign up": what they feared is not what they praise; "quieter than our
                  // fridge": what it is compared with neither; nor "fully expecting a voicemail".
                  !new RegExp(
                    `\\b(?:dread\\w*|worried about|nervous about|afraid of|scared of|than|expect\\w*|instead of)\\s(?:the\\s|my\\s|our\\s|a\\s|an\\s)?${escapeRegExp(term)}`,
                    "iu",
                  ).test(text),
              )
              .slice(0, 1)
              .map((term) => wholeName(term, text))
              // "Love the new spin bikes": "the kind words about the spin bikes"; a plural praised is those ones, not
              // all of them (a singular gets its article below).
              .map((term) => (/^\p{Ll}[\p{L} -]*[^usi]s$/u.test(term) ? `the ${term}` : term)),
            language,
          ))
        : (productName ??
          thankedFor(text) ??
          terms
            // "hat mir super bei der Abrechnung geholfen": the matter helped with is not what was praised.
            .filter(
              (term) =>
                !NOT_PRAISED.test(term) &&
                !PRAISING_IMAGE.test(term) &&
                !theWritersOwn(term, text) &&
                !brokeDown(term, text),
            )
            // "der Käsekuchen in Leipzig": the thing, and where, as one phrase.
            .filter(
              // "der Flat White": a name of two capitalised words is one thing.
              (term) =>
                !/\d/.test(term) &&
                /^(?:\p{Lu}{2,4}-)?\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)*(?: in \p{Lu}[\p{L}-]+)?$/u.test(term),
            )
            // "einen Flat White bestellt und einen Cappuccino bekommen, aber der war so lecker": one word first,
            // a name of two only when nothing else is praised.
            .sort((a, b) => Number(a.includes(" ")) - Number(b.includes(" ")))
            .map(withGermanArticle)
            .find((phrase) => phrase !== undefined) ??
          // "Die Schulung Ihrer Techniker …": the head of a noun run when the run has no article of its own.
          terms
            .map((term) => term.split(" ")[0] ?? "")
            .filter((head) => /(?:ung|ion)$/u.test(head) && !NOT_PRAISED.test(head) && !brokeDown(head, text))
            .map(withGermanArticle)
            .find((phrase) => phrase !== undefined)),
    // "Schön, dass die Zimtschnecken in Ottensen bei dir so gut ankommen": a thing praised in the plural.
    praisedMany:
      language === "de" && !productName
        ? terms
            .filter((term) => !/\d/.test(term) && /^\p{Lu}\p{Ll}+(?: in \p{Lu}[\p{L}-]+)?$/u.test(term))
            .map(withGermanPluralArticle)
            .find((phrase) => phrase !== undefined)
        : undefined,
    // "the Yirgacheffe in this month's subscription is honestly the best": the named coffee is what was praised.
    // "die Brasil Cerrado im Siebträger", "warum mein Siebträger daheim so sauer zieht": the writer's own machine is
    // not what we sell.
    ourProduct:
      kase.product &&
      !new RegExp(
        `\\b(?:im|in meinem|in meiner|mit meinem|mit meiner|in my|with my|on my)\\s${escapeRegExp(kase.product)}\\b|\\b${escapeRegExp(kase.product)}\\s(?:zu ?hause|daheim|at home)\\b`,
        "iu",
      ).test(comment.text) &&
      // "Heat pump packed up at 2am … an actual human picked up": the help praised, not the machine that failed; nor
      // "Boiler, sorry, heat pump … packed up": a thing the writer takes back.
      !brokeDown(kase.product, comment.text) &&
      !new RegExp(`${escapeRegExp(kase.product)},?\\s(?:sorry|sry|I mean|ich meine|äh|aeh)\\b`, "iu").test(comment.text)
        ? ourProduct(namedInPraise(comment.text, terms, assessment, language) ?? kase.product, language)
        : undefined,
    // A correction is settled by the company's own words where its saved replies state the fact.
    fact: assessment.role === "know-it-all" ? savedFact(guidelines, comment.text, language) : undefined,
    // "… 16 Grad und mein Mann ist 81 und herzkrank": the company's own line open day and night, said now; on X in
    // place of the sentence that says the case again.
    // Not the line they say they have tried ("Störungsnummer seit ner Stunde besetzt").
    emergency:
      urgent(kase, comment.text) && !LINE_TRIED.test(comment.text)
        ? afterColon(emergencyLine(guidelines, language, comment.text), language)
        : undefined,
  };
  // "… die WP 9 eingebaut, alles picobello": what was praised beyond the person and the place, named once.
  const named = [specifics.person, specifics.place, specifics.praised, specifics.praisedMany, specifics.ourProduct]
    .filter((value) => value !== undefined)
    .join(" ")
    .toLowerCase();
  // "der Flat White bei euch in Ottensen": the thing praised, its branch said apart.
  const praisedAlso =
    assessment.tone === "positive" && !assessment.intent.sarcasm
      ? terms
          .map((term) => term.replace(/\s(?:in|at)\s\p{Lu}[\p{L}-]+$/u, ""))
          .find(
            (term) =>
              /\p{L}{2}/u.test(term) &&
              !NOT_PRAISED.test(term) &&
              !theWritersOwn(term, text) &&
              !brokeDown(term, text) &&
              !signedBy(term, text) &&
              // "Herrn Yilmaz" of "Herr Yilmaz": a person thanked already.
              !kase.people.some((person) => term.includes(person.split(" ").at(-1) ?? person)) &&
              // "Kemal und Jonas … die Außeneinheit aufs Fundament gesetzt": with the people thanked, only a product
              // of ours is named beside them, not any word of the story.
              // A model ("die WP 9") or a thing we make or do ("die Bialetti", "die PV-Anlage") is one.
              (kase.people.length === 0 ||
                /^\p{Lu}{1,4}[\s-]?\d/u.test(term) ||
                PRAISABLE_THING.test(term) ||
                (kase.product !== undefined && term.toLowerCase().includes(kase.product.toLowerCase()))) &&
              // "Karl-Liebknecht-Straße": a piece of a hyphened name is no thing praised.
              !new RegExp(`\\p{L}-${escapeRegExp(term)}(?!\\p{L})|(?<!\\p{L})${escapeRegExp(term)}-\\p{L}`, "u").test(
                text,
              ) &&
              // "broken headphones" replaced: the fault put right is not what they praise.
              !/\b(?:broken|damaged|faulty|defective|kaputt\p{L}*|defekt\p{L}*)\b/iu.test(term) &&
              // English terms are loose phrases ("place spotless"): only a name, a model or a figure.
              (language === "de" || /^\p{Lu}|\d/u.test(term)) &&
              // "minus 8 Grad": a measure is no thing praised; nor is when it happened ("Sonntag 23 Uhr").
              !/^\d/u.test(term) &&
              // "Best cardamom bun I've had outside Stockholm", "made moving to Germany less scary": a town or a
              // country is where, not what they praise.
              !placeName(term) &&
              !COUNTRY.test(term) &&
              // "Lena Hoffmann and Tobias planned …": a surname after a first name is a person, not a thing.
              !(
                /^\p{Lu}\p{Ll}+$/u.test(term) &&
                new RegExp(`\\b\\p{Lu}\\p{Ll}+\\s${escapeRegExp(term)}\\s(?:and|und|&)\\s\\p{Lu}`, "u").test(text)
              ) &&
              !/\d\s?(?:Uhr|am|pm)\b|^(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u.test(
                term,
              ) &&
              // "obwohl ich mein Ticket erst suchen musste", "endlich kein bitterer Kaffee mehr": the writer's own
              // thing in a concession, and what is gone, are not what they praise.
              !new RegExp(
                `(?<!\\p{L})(?:(?:obwohl|although|though)\\s(?:\\p{L}+\\s){0,3}?(?:mein|meine|meinen|meinem|my)|kein|keine|keinen|no)\\s(?:\\p{L}+\\s)?${escapeRegExp(term)}(?!\\p{L})`,
                "iu",
              ).test(text) &&
              // "Wir sind ein kleiner Busbetrieb": who they are is not what they praise.
              !new RegExp(
                `(?<!\\p{L})(?:wir sind|ich bin|we are|we're|i am|i'm)\\s(?:ein|eine|a|an)\\s(?:\\p{L}+\\s)?${escapeRegExp(term)}(?!\\p{L})`,
                "iu",
              ).test(text) &&
              // "Im Namen der Schulleitung möchte ich mich bedanken": who speaks is not what is praised.
              !new RegExp(
                `(?<!\\p{L})(?:namen|auftrag|on behalf of)\\s(?:der|des|von|unserer|unseres|meiner|meines|the|our|my)\\s${escapeRegExp(term)}(?!\\p{L})`,
                "iu",
              ).test(text) &&
              // "the best in Berlin": a town said in passing is no thing praised.
              !new RegExp(`(?<!\\p{L})(?:in|im|at|aus|from|nach)\\s${escapeRegExp(term)}(?!\\p{L})`, "u").test(text) &&
              !named.includes(term.toLowerCase()) &&
              // "your project lead Meike Sander": a first name and a surname are a person, never "the Meike Sander".
              !(language === "en" && /^\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+$/u.test(term)) &&
              !kase.places.some((place) => place.includes(term) || term.includes(place)),
          )
      : undefined;
  return {
    kase,
    matter,
    language,
    form,
    name,
    context: {
      site: comment.site,
      language,
      authorName: name ? comment.author.name : undefined,
      addressForm: form,
      forbiddenWords,
    },
    fill: {
      contact: contactPhrases(guidelines.escalation, language, comment.site),
      deadline: deadline.phrase,
      deadlineShort: deadline.short,
      answer: PLACEHOLDER_TEXT[language],
      ...Object.fromEntries(
        Object.entries({ ...specifics, praisedAlso: withEnglishArticle(praisedAlso, language) }).filter(
          ([, value]) => value !== undefined,
        ),
      ),
    },
    subjectAlone: withBeside(subject ?? ""),
    // "55 Minuten in der Warteschleife", "the call centre abroad" say more than "an den Wartezeiten".
    topicFirst:
      kase.criticised !== undefined &&
      kase.criticised !== "service" &&
      kase.criticised !== "quality" &&
      // "die Filter nach Röstgrad sind weg" says more than "an unserer Website".
      kase.criticised !== "website" &&
      // A clock time alone ("16 Uhr") says less than what it is the time of.
      !terms.some((term) => /\d|\s/u.test(term) && !/^\d{1,2}(?:[:.]\d{2})?\s?(?:Uhr|am|pm|h)$/iu.test(term)),
    followUpBy: deadline.iso,
  };
}

function opening(s: Setting, guidelines: Guidelines, random: Random): string | undefined {
  if (!guidelines.required.greeting && !s.name) return undefined;
  // "Guten Tag Paul" is stiff: a first name alone is greeted with "Hallo" even with Sie.
  const single = s.name !== undefined && !s.name.includes(" ");
  const words =
    s.language === "en"
      ? ["Hi", "Hello"]
      : s.form === "du"
        ? ["Hallo", "Hi"]
        : single
          ? ["Hallo"]
          : ["Hallo", "Guten Tag"];
  const word = pick(random, words) ?? "Hallo";
  if (s.name) return `${word} ${s.name},`;
  return s.language === "en" && word === "Hi" ? "Hi there," : `${word},`;
}

function generate(
  strategy: Strategy,
  s: Setting,
  comment: CommentSnapshot,
  assessment: Assessment,
  guidelines: Guidelines,
): Suggestion | undefined {
  const random = seeded(`${commentKey(comment)}|${strategy}`);
  const violation = SEVERITY.find((kind) => assessment.violations.some((v) => v.kind === kind));
  // Rule 1 beats a guideline asking for thanks: sarcasm, rudeness and a troll's mockery are not thanked.
  // A mistake pointed out with a wink ("One of them's wrong 🙃") is still thanked for as a correction.
  const unthankable =
    (assessment.intent.sarcasm &&
      !(strategy === "check-correction" && assessment.role === "know-it-all" && !JEERED.test(comment.text))) ||
    assessment.tone === "angry" ||
    assessment.role === "troll" ||
    // Swearing in praise ("Scheiß Wetter heute, aber euer Kaffee rettet mir den Tag") is thanked; at us, it is not.
    assessment.violations.some((v) => v.kind !== "profanity" || assessment.tone !== "positive") ||
    // The model's doubt alone, about glad words it can name nothing in or swearing in praise, does not stop thanks.
    (assessment.verdict !== "keep" &&
      !(
        assessment.verdict === "review" &&
        assessment.tone === "positive" &&
        assessment.violations.every((v) => v.kind === "profanity")
      ));
  // A request for help ("Passwort vergessen … Was kann ich tun?", "komme mit der App nicht klar") is not called
  // anger; a wait of three weeks, however politely asked about, may be.
  const helpWanted =
    (assessment.intent.question !== undefined && s.kase.durations.length === 0) ||
    /zurechtkomm|hard to use/u.test(s.fill.clause ?? "");
  // Nor is someone shouted at, insulted or treated as a suspect (a service case); a branch found shut is annoying.
  const noAnnoyance =
    (s.kase.problem === "service" && !/branch closed|verschlossener Tür/u.test(s.fill.clause ?? "")) ||
    (helpWanted &&
      assessment.tone !== "angry" &&
      !assessment.intent.sarcasm &&
      !/!|\b[A-ZÄÖÜ]{4,}\b/u.test(comment.text));
  const planned = planParts(strategy, {
    apologyDue:
      (assessment.role === "disappointed-customer" || assessment.tone === "critical" || assessment.tone === "angry") &&
      !suggests(assessment, comment.text),
    thanksRequired: guidelines.required.thanks && !unthankable,
    violation,
    kase: s.kase,
    // The clause named the case, numbers included: the next step need not say it again.
    named: s.fill.clause !== undefined && s.kase.numbers.every((n) => s.fill.clause?.includes(n.value)),
    // A clause that says what happened, not "things haven't worked out as they should".
    specific: s.fill.clause !== undefined && s.fill.clause !== generalClause({ language: s.language, form: s.form }),
    question: assessment.tone === "question" || assessment.intent.question !== undefined,
    complained: assessment.intent.complaint !== undefined && assessment.role === "disappointed-customer",
    matter: s.matter,
    details: s.fill.details !== undefined,
    // "Small thing, but it made a stressful move a lot easier", "Ich schreib ja sonst eher kritisch …, aber das war
    // 1A": the "but" leads to more praise, not to criticism.
    mixed:
      MIXED.test(comment.text.replace(NAME_MISSED, "")) &&
      !SMALL_BUT_BIG.test(comment.text) &&
      s.kase.criticised !== undefined,
    bereaved: s.kase.bereaved === true,
    fact: s.fill.fact !== undefined,
    emergency: s.fill.emergency !== undefined,
    praisedAlso: s.fill.praisedAlso !== undefined,
    ourProduct: s.fill.ourProduct !== undefined,
    branch: ownBranch(s.kase.places[0], guidelines),
    wishes: wishesWell(comment.text),
    greeted: greetsSomeone(comment.text),
    byPhone: phonedNotWritten(comment.text),
    sarcasticCase: strategy === "take-seriously" && sarcasmFirst(assessment, s.kase, s.matter, comment.text),
  });
  // A plan's thanks for the question is left out, not the whole reply, when thanks would be wrong here.
  const parts = unthankable ? planned.filter((part) => !THANKS_SLOTS.has(part.slot)) : planned;
  // "bitte bleib sachlich … Wir kümmern uns um deine Bestellung KK-10302 (seit 2 Wochen)": without the clause, the
  // subject carries what the clause would have said.
  const values =
    parts.some((part) => CLAUSE_SLOTS.has(part.slot)) || s.subjectAlone === undefined
      ? s.fill
      : { ...s.fill, subject: s.subjectAlone };
  const preferred = preferredBySlot(guidelines.preferredPhrases, s.language, s.form);
  const closing = signOff(guidelines, s.language, s.form);
  const allowEmoji = WARM.includes(strategy) && guidelines.emoji !== "none" && !s.kase.bereaved;
  // Wordings that break the guidelines on their own (an avoided phrase) are never drawn.
  const alone = { ...guidelines, required: { greeting: false, thanks: false, name: false } };
  const { site: _site, ...sentenceContext } = s.context;
  const passes = (wording: string) =>
    !(unthankable && THANKS.test(wording)) &&
    !(noAnnoyance && ANNOYED.test(wording)) &&
    checkDraft(fill(wording.replace(/^\^/, ""), values, false), sentenceContext, alone).ok;
  // Wordings that name the case come first when the comment gave what they name.
  const usable = (wordings: readonly string[] | undefined) => {
    const filled = wordings?.filter((wording) => fillable(wording, values) && passes(wording)) ?? [];
    const named = filled.filter(specific);
    // "Deine Kritik an den Öffnungszeiten": what the criticism is about, when known, says it better than loose terms.
    const topical = s.topicFirst ? named.filter((wording) => wording.includes("{topic}")) : [];
    return topical.length ? topical : named.length ? named : filled;
  };
  const own = new Map(parts.map((part) => [part.slot, usable(wordingsOf(part.slot, s.language, s.form))]));
  const theirs = new Map(parts.map((part) => [part.slot, usable(preferred[part.slot])]));
  if ([...own.values()].some((wordings) => wordings.length === 0)) return undefined;
  // "bitte ohne Beleidigungen. … Wir geben Ihre Angaben (Außeneinheit, WP 9, letzten Donnerstag) … weiter": when even
  // the shortest wordings leave no room on X, the clause that says the case goes before the whole help does, unless
  // the next step leans on it for a number.
  const relaxed =
    strategy === "boundary-and-help" && s.kase.numbers.length === 0
      ? parts.map((part) => (part.slot === "caseSeen" ? { ...part, optional: true } : part))
      : undefined;
  // "HOUSE IS FREEZING AND I HAVE A 6 MONTH OLD BABY": on X the line open day and night outranks the sentence that
  // says the case again.
  const urgentFirst = parts.some((part) => part.slot === "emergencyLine")
    ? parts.map((part) =>
        part.slot === "emergencyLine"
          ? { ...part, optional: false }
          : part.slot === "caseSeen"
            ? { ...part, optional: true }
            : part,
      )
    : undefined;
  const tries = urgentFirst ? [urgentFirst, parts] : relaxed ? [parts, relaxed] : [parts];
  for (const tried of tries)
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      // The company's phrases first; if they keep failing the check (an emoji under "none"), our own wordings.
      const usePreferred = attempt < ATTEMPTS / 2;
      const chosen: Chosen[] = tried.map((part) => {
        const ours = own.get(part.slot) ?? [];
        const company = usePreferred ? (theirs.get(part.slot) ?? []) : [];
        const wording = pick(random, company.length > 0 ? company : ours) ?? "";
        if (company.length > 0) return { part, wording, short: wording, shortest: wording };
        const byLength = [...ours].sort((a, b) => a.length - b.length);
        const short = pick(random, byLength.slice(0, Math.ceil(byLength.length / 2))) ?? wording;
        return { part, wording, short, shortest: byLength[0] ?? wording };
      });
      const greeting = opening(s, guidelines, random);
      const emoji = allowEmoji ? pick(random, EMOJI) : undefined;
      const limit = guidelines.maxLength[comment.site];
      for (const level of LEVELS) {
        const text = render(greeting, chosen, closing, values, s.language, level, emoji);
        if (platformLength(text, comment.site) > limit) continue;
        // A reply that says the same noun twice is drawn again while there are attempts left.
        if (repeatsKeyWord(text) && attempt < ATTEMPTS - 1) continue;
        const check = checkDraft(text, s.context, guidelines);
        if (check.findings.some((f) => f.code === "too-long")) continue;
        if (!check.ok) break;
        return {
          strategy,
          text,
          insertable: true,
          source: "generated",
          language: s.language,
          addressForm: s.form,
          placeholders: findAll(text, PLACEHOLDER).map(({ start, end }) => ({ start, end })),
          followUpBy: strategy === "holding-reply" ? s.followUpBy : undefined,
          check,
        };
      }
    }
  return undefined;
}

/**
 * Two terms that share a word are one thing said twice: "Duschen im Studio" and "Studio Lindenau" join into "Duschen
 * im Studio Lindenau"; a term holding a word of one before it otherwise goes. Figures ("10 Jahre", "15 Jahre") are left as
 * they are.
 */
function overlapping(terms: readonly string[]): string[] {
  const kept: string[] = [];
  for (const term of terms) {
    // "10 Jahre" and "15 Jahre": figures set against each other are two facts, never one.
    if (/\d/u.test(term)) {
      kept.push(term);
      continue;
    }
    const words = term.split(" ");
    const at = kept.findIndex(
      (before) =>
        !/\d/u.test(before) &&
        before
          .split(" ")
          .some((word) => word.length >= 4 && words.some((other) => other.toLowerCase() === word.toLowerCase())),
    );
    if (at < 0) {
      kept.push(term);
      continue;
    }
    const before = kept[at] ?? "";
    const last = before.split(" ").at(-1) ?? "";
    if (words.length > 1 && words[0]?.toLowerCase() === last.toLowerCase())
      kept[at] = `${before} ${words.slice(1).join(" ")}`;
  }
  return kept;
}

/**
 * What is asked is in the question sentences: their terms come first, the comment's others fill up to two. The
 * first question leads ("Do you have a decaf for cold brew? Any recipe tips?"), unless a later one says it again
 * more precisely ("Ist euer Cold Brew für Schwangere okay? Also wie viel Koffein ist da drin?").
 */
function askedTerms(
  text: string,
  language: "de" | "en",
  notTerms: readonly string[],
  unfit: (term: string) => boolean,
): string[] {
  // "1.870 € Nachzahlung, wie …?": a point between digits ends no sentence. Each sentence is read once, up to its
  // end, so a long text without a question mark costs one pass, not one per letter.
  const asked = (text.match(/(?:[^.!?\n]|(?<=\d)\.(?=\d))*(?:[.!?\n]|$)/gu) ?? [])
    .filter((sentence) => sentence.endsWith("?"))
    // "… eh noch aufs Angebot warte – eilt aber nicht: Kann man … einen Batteriespeicher nachrüsten?": what a colon
    // leads to is the question; what comes before it is the occasion.
    .map((sentence) => sentence.replace(/^[^:]*:\s(?=(?:\S+\s){2,}\S)/u, "").trim());
  const precise = asked.filter((sentence) => RESTATED.test(sentence));
  const ordered = [...precise, ...asked.filter((sentence) => !RESTATED.test(sentence))];
  return ordered.flatMap((sentence) => caseTerms(sentence, language, notTerms, 2, unfit));
}

/** A question said again more precisely: "Also wie viel …?", "Sprich: …?", "I mean, …?", "In other words …?". */
const RESTATED = /^(?:also|sprich|genauer gesagt|das heißt|i mean|in other words|that is)\b/iu;

function questionFirst(terms: readonly string[], asked: readonly string[]): string[] {
  if (asked.length === 0) return [...terms];
  const merged: string[] = [];
  for (const term of [...asked, ...terms]) if (!merged.some((known) => overlaps(known, term))) merged.push(term);
  return merged.slice(0, 2);
}

/**
 * Whether a place is one of the company's own branches: its saved replies name it ("unsere Cafés in
 * Berlin-Kreuzberg, Hamburg-Ottensen und Leipzig-Südvorstadt"). A town the commenter lives in is no branch.
 */
function ownBranch(place: string | undefined, guidelines: Guidelines): boolean {
  if (!place || place.length < 3) return false;
  const named = new RegExp(`(?<!\\p{L})${escapeRegExp(place)}(?!\\p{L})`, "u");
  return guidelines.savedReplies.some((reply) => named.test(reply.text));
}

/**
 * "zum Thema Haferdrink in Ottensen", not "zum Thema Ottensen und Haferdrink": outside a correction, a thing is named
 * with the branch it was at.
 */
function criticismTerms(
  terms: readonly string[],
  place: string | undefined,
  corrects: boolean,
  text: string,
  branch: boolean,
): string[] {
  // "Leipzig Parkplätze" of a sentence in small letters read with its nouns capitalised: no place's name to repeat.
  // "40 Minuten Schlange in Kreuzberg": one thing named, and the branch it was at, though no term says the branch.
  if (corrects || !place || /\s/u.test(place) || terms.length === 0 || terms.length > 2) return [...terms];
  // "the ottensen flat white": a term that says the place in small letters says it too.
  const isPlace = (term: string) => term.includes(place) || place.includes(term);
  const saysPlace = (term: string) => term.toLowerCase().includes(place.toLowerCase());
  const others = terms.filter((term) => !isPlace(term));
  const other = others[0] ?? "";
  // "9 Tage von Berlin nach Bremen": a place something came from is no thing at the other place.
  const cameFrom = new RegExp(`(?<!\\p{L})(?:von|aus|from)\\s${escapeRegExp(other)}(?!\\p{L})`, "u").test(text);
  if (others.length === 1 && !/\sin\s/u.test(other) && !cameFrom && !saysPlace(other)) return [`${other} in ${place}`];
  // "Theke und Flat White in Ottensen": two things criticised at one branch, the branch said once after both.
  const last = others[1] ?? "";
  const cameFromLast = new RegExp(`(?<!\\p{L})(?:von|aus|from)\\s${escapeRegExp(last)}(?!\\p{L})`, "u").test(text);
  if (
    branch &&
    others.length === 2 &&
    !others.some((term) => /\s(?:in|im|am|at|on)\s|\d/u.test(term) || saysPlace(term)) &&
    !cameFrom &&
    !cameFromLast
  )
    return [other, `${last} in ${place}`];
  return [...terms];
}

/**
 * Two or three reply suggestions for a comment, each following a different strategy, then the company's saved
 * replies that fit. Deterministic for a comment (seeded by its site and id). Every suggestion passes
 * `checkDraft`; a strategy whose every wording fails (say, the guidelines avoid all of them) is left out.
 * `do-not-reply` has empty text and `insertable: false`: the UI shows its advice and never inserts it.
 * The company's own comments get none: nobody answers themselves.
 */
export function composeReplies(
  comment: CommentSnapshot,
  assessment: Assessment,
  guidelines: Guidelines,
  options: ComposeOptions = {},
): Suggestion[] {
  if (comment.byPageOwner) return [];
  const s = setting(comment, assessment, guidelines, options);
  const generated: Suggestion[] = [];
  // "Kaffeekollektiv klingt wie ne Sekte … mit Hafermilch-Taufe", "… Macht ihr auch Stuhlkreis bevor ihr röstet?": a
  // joke on the name borrows a product; no fact of ours answers it, first or as the line beside silence.
  const nameJoke = jokesAboutUs(comment.text, guidelines.companyName);
  const matched = nameJoke ? [] : savedMatches(guidelines, comment.text, s.language, assessment.intent.question);
  for (const strategy of choosePlans(assessment, {
    kase: s.kase,
    matter: s.matter,
    savedMatch: matched.length > 0,
    text: comment.text,
    nameJoke,
  })) {
    if (strategy === "do-not-reply" || strategy === "no-reply-needed") {
      const check = checkDraft("", s.context, guidelines);
      generated.push({
        strategy,
        text: "",
        insertable: false,
        source: "generated",
        language: s.language,
        placeholders: [],
        check,
      });
      continue;
    }
    const suggestion =
      generate(strategy, s, comment, assessment, guidelines) ??
      (strategy === "check-correction" && s.fill.fact !== undefined
        ? generate(strategy, withoutFact(s), comment, assessment, guidelines)
        : undefined);
    if (suggestion) generated.push(suggestion);
  }
  // Every plan failed to render (thanks where none may be said, say): someone is still reading along.
  if (generated.length === 0) {
    const fallback = generate("acknowledge", s, comment, assessment, guidelines);
    if (fallback) generated.push(fallback);
  }
  const saved = savedSuggestions(guidelines, assessment.role, s, matched);
  const answering = saved.filter((suggestion) => suggestion.savedReplyId && matched.includes(suggestion.savedReplyId));
  // A troll's factual line is the company's own fact on the topic, when one matches: its saved reply, said once.
  const [fact] = answering;
  const line = generated.findIndex((suggestion) => suggestion.strategy === "factual-line");
  if (fact && line >= 0) {
    generated[line] = { ...fact, strategy: "factual-line" };
    return [...generated, ...saved.filter((suggestion) => suggestion !== fact)];
  }
  // The company's own answer to the comment's topic comes first when the comment asks about it; a complaint,
  // sarcasm or mockery that only names the topic ("Jahresabrechnung") is answered first by the plan.
  const others = saved.filter((suggestion) => !answering.includes(suggestion));
  // A correction the saved answer settles is answered as a correction, with that answer's fact in it.
  const settled = generated[0]?.strategy === "check-correction" && s.fill.fact !== undefined;
  // "… Abschlag mit 210 € zu hoch. Kann ich den selber runtersetzen?": an amount of their own asked about, with no
  // complaint, number or code, is a question the saved answer answers.
  const loose = s.matter && !assessment.intent.complaint && s.kase.numbers.length === 0 && s.kase.errors.length === 0;
  // "Passwort weg 😩", "Störung WP 12 😡": a word or two that only name a saved answer's topic ask for that answer,
  // however cross they sound.
  // Not praise ("Förderservice 10/10, Antrag durch 🙌"): that is thanked, not answered with the topic's facts.
  const terse = wordCount(comment.text) <= 4 && assessment.tone !== "positive";
  // "gutted you lot don't ship to the UK anymore", "schade, dass man bei euch nur ganze Bohnen bekommt", "der Reset-Link
  // kommt nicht an … any ideas?": a belief the company's own fact sets right, or help asked for that it gives, is
  // answered with that fact first, with no number to look a case up by.
  // Never a case with its complaint, a correction or an argument: those are answered by their plan first.
  const plan = generated[0]?.strategy;
  const believed =
    (BELIEF.test(comment.text) || CLAIM_CHECKED.test(comment.text)) &&
    !assessment.intent.complaint &&
    (plan === "take-seriously" ||
      plan === "acknowledge" ||
      plan === "holding-reply" ||
      // "Love what you're doing with direct trade. Pity you only deliver within Germany though": the belief, set
      // right, is what they need more than thanks.
      plan === "thank-specifically");
  // "the German hotline lost me after the second menu … final bill … What do I do?": a case told by one whom the
  // hotline already failed is not helped by its number.
  const helped =
    HELP_ASKED.test(comment.text) &&
    !(assessment.intent.complaint && LINE_FAILED.test(comment.text)) &&
    (plan === "case-next-step" ||
      plan === "case-question" ||
      plan === "holding-reply" ||
      plan === "take-seriously" ||
      plan === "acknowledge");
  const setRight =
    answering.length > 0 &&
    s.kase.numbers.length === 0 &&
    assessment.verdict === "keep" &&
    !assessment.intent.sarcasm &&
    assessment.role !== "troll" &&
    assessment.role !== "know-it-all" &&
    assessment.role !== "opinion-leader" &&
    (believed || helped);
  if (setRight && !settled) return [...answering, ...generated, ...others];
  // "… zahlen aber immer noch 142 € im monat an euch. wie krieg ich das runter 🙃": "if you have questions" is no
  // answer to a question the company's own answer settles.
  // "… wie krieg ich das runter ohne 1 std warteschleife 🙃": a way asked for with a wink is still asked.
  // "Hab am 8. Januar schon ne Mail geschrieben, bis heute keine Antwort 🙄 … Kann ich die monatliche Zahlung irgendwo
  // selber runtersetzen?": the answer they waited for is the saved one; giving it beats asking for their case number.
  const waitedForIt = assessment.intent.complaint?.problem === "waiting" && s.kase.numbers.length === 0;
  if (
    (plan === "acknowledge" ||
      (plan === "take-seriously" && !assessment.intent.complaint && WAY_ASKED.test(comment.text)) ||
      (waitedForIt &&
        (plan === "take-seriously" || plan === "case-question" || plan === "case-next-step") &&
        WAY_ASKED.test(comment.text))) &&
    answering.length > 0 &&
    assessment.intent.question !== undefined
  )
    return [...answering, ...generated, ...others];
  // "Why is shipping to the UK £9.50 when it's €8.90 everywhere else …??", "Warum dauert es bei euch 8 bis 12 Wochen
  // …?": a saved answer whose figures the comment already quotes tells them nothing new; they ask why, or object.
  const known = fact !== undefined && quotesFigures(comment.text, fact.text);
  // "Leni hat eine heftige Haselnussallergie – kann man vorher sehen, welche Kuchen Haselnuss enthalten?": an
  // allergy asked about is a matter of safety the saved answer on plant milk and vegan cake does not settle.
  // "… nervt als Laktoseintolerante": lactose is met by an answer on oat, soy and almond drinks.
  const allergyUnmet =
    fact !== undefined &&
    ALLERGY.test(comment.text) &&
    !ALLERGY.test(fact.text) &&
    !(LACTOSE_ONLY.test(comment.text) && PLANT_DRINK.test(fact.text));
  // "7 Euro für nen Kaffee mit Hafer?? ihr seid doch nich ganz dicht": a rude price said as a bare question asks
  // nothing the answer on oat drinks settles; the boundary comes first.
  const scorned =
    plan === "boundary-and-help" &&
    asksNothing(comment.text) &&
    /\d\s?(?:€|euro|eur\b)|€\s?\d|\d[.,]\d{2}\s(?:für|fuer|for)\s/iu.test(comment.text);
  if (
    settled ||
    known ||
    allergyUnmet ||
    scorned ||
    !asksTheCompany(assessment, s.matter && !loose, terse, comment.text)
  )
    return [...generated, ...answering, ...others];
  return [...answering, ...generated, ...others];
}

/**
 * What the company is believed not to do: "you lot don't ship to the UK anymore", "bei euch nur ganze Bohnen",
 * "baut Wärmepumpen eh nur in Neubauten ein. Altbau lehnen die ab", "heat pumps stop being useful below -5 °C".
 */
const BELIEF =
  /\b(?:you|you lot|you guys|y'all|u)\s(?:\p{L}+\s)?(?:don'?t|do not|no longer|can'?t|cannot|stopped|won'?t)\b|(?<!\p{L})(?:ihr|man bei euch|bei euch|man bei ihnen|bei ihnen)\s(?:\p{L}+\s){0,3}?(?:nicht mehr|keine? mehr|nur (?:noch )?(?:ganze|online|per|mit|bar))(?!\p{L})|(?<!\p{L})dass ihr\s(?:\p{L}+\s){0,2}?nicht\s(?:\p{L}+\s){0,2}?(?:liefert|versendet|verschickt|anbietet|mahlt|habt)(?!\p{L})|\b(?:you|you guys|you lot)\sonly\s(?:deliver|ship|send)\b|(?<!\p{L})ihr\s(?:liefert|versendet|verschickt)\s(?:\p{L}+\s)?nur\b|(?<!\p{L})dann (?:einfach )?weiter(?!\p{L})|(?<!\p{L})eh nur(?!\p{L})|(?<!\p{L})lehnen (?:\p{L}+ ){0,2}ab(?!\p{L})|\bstops? (?:being useful|working) below\b|\b(?:don'?t|doesn'?t|do not|does not) work below\b|(?<!\p{L})(?:funktionier\p{L}*|heiz\p{L}*) (?:nicht|kaum) (?:mehr )?(?:bei|unter)(?!\p{L})/iu;
/** A question that takes its subject from the sentence before: "Can I get paid for what it feeds in?". */
const POINTS_BACK = /(?<!\p{L})(?:it|they|them)(?!\p{L})[^.!?]*\?/iu;

/** "wie krieg ich das runter", "how do I", "… oder muss ich …", "Kann ich … selber runtersetzen": a way asked for. */
const WAY_ASKED =
  /(?<!\p{L})(?:wie (?:krieg|kriege|bekomm|bekomme|kann|mach|mache) ich|how (?:do|can) i|oder muss ich|or do i have to|kann ich (?:\p{L}+ ){0,5}(?:selber|selbst)|can i (?:\p{L}+ ){0,5}myself)(?!\p{L})/iu;
/** Help the company's saved answer gives: "any ideas", "geht das auch online", "Is there an emergency number??". */
const HELP_ASKED =
  /\b(?:any ideas|what can i do|what do i do|what am i doing wrong|was kann ich (?:da )?tun|wie mache? ich (?:das|es) (?:denn |dann |jetzt )*(?:am besten|dann)|was mache? ich (?:da |jetzt )?falsch|was mache ich (?:da|jetzt)|ideen|ich finde (?:nicht|nirgends|nirgendwo),? (?:wo|wie|ob)|keine ahnung,? (?:wo|wie)|wei(?:ß|ss) (?:grad |gerade |jetzt )?nicht weiter|blick\p{L}* (?:\p{L}+ ){0,4}nicht durch|(?:i )?can'?t find (?:anywhere |anything )?(?:on (?:your|the) (?:site|website) )?(?:where|how|whether|if)|geht das (?:auch )?(?:irgendwie )?(?:ohne|online)|(?:wo|wie) kann ich (?:denn |eigentlich )?(?:meinen|meine|mein|den|die|das) \p{L}+ (?:eingeben|eintragen|melden|ändern|finden|zurücksetzen)|where (?:can|do) i (?:submit|enter|find|change|reset)|is there (?:an? )?(?:emergency|out[- ]of[- ]hours|24\/7|after[- ]hours) (?:number|line|service|contact)|(?:gibt es|gibt's|habt ihr|haben sie) (?:\p{L}+ )?(?:notdienst|notfallnummer|notrufnummer|störungsdienst|notfall-?hotline)|is there (?:actually |really )?(?:someone|anyone|somebody|anybody) (?:\p{L}+ ){0,3}?(?:i|we) can (?:talk|speak) to in english|(?:someone|anyone|somebody) who speaks english|(?:jemand|jemanden|wen),? (?:der|die) englisch spricht)\b/iu;

/** A service line that failed the writer: "the hotline lost me", "Hotline … nicht durchgekommen", "Warteschleife". */
const LINE_FAILED =
  /\b(?:hotline|helpline|phone line|service line)\s(?:\p{L}+\s){0,3}?(?:lost me|hung up|cut me off|dropped me)\b|(?<!\p{L})hotline\s(?:\p{L}+\s){0,4}?(?:nicht durch\p{L}*|niemand|keiner|aufgelegt|rausgeflogen)(?!\p{L})|(?<!\p{L})(?:warteschleife|on hold for)(?!\p{L})/iu;

/** Lactose named and no allergy, nut or gluten beside it. */
const LACTOSE_ONLY =
  /^(?![\s\S]*(?:allerg|nuss|nüsse|\bnuts?\b|peanut|gluten|zöliakie|coeliac|celiac))[\s\S]*(?:laktose|lactose)/iu;
const ALLERGY =
  /allerg\p{L}*|unverträglich\p{L}*|intoleran\p{L}*|(?<!\p{L})(?:haselnuss\p{L}*|nuss|nüsse|nuts?|peanuts?|erdnuss\p{L}*|gluten\p{L}*|zöliakie|coeliac|celiac)(?!\p{L})/iu;

/** Whether the comment already quotes a saved answer's figures: two of them, or its only one. */
function quotesFigures(comment: string, answer: string): boolean {
  const figures = (text: string) =>
    // "before my 9:30 session": a time is one figure, not a 9 and a 30 the opening hours share.
    new Set([...text.matchAll(/(?<![\d.,:])\d+(?:[.,:]\d+)?(?![\d])/gu)].map((match) => match[0].replace(",", ".")));
  const given = figures(answer);
  const quoted = [...figures(comment)].filter((figure) => given.has(figure)).length;
  return quoted >= 2 || (quoted === 1 && given.size === 1);
}

/** The setting without the saved fact: a correction it does not fit (too long for X, say) is still checked. */
function withoutFact(s: Setting): Setting {
  const { fact: _fact, ...fill } = s.fill;
  return { ...s, fill };
}

/** A question or request to the company that a saved answer can answer: not a case, sarcasm, rudeness or mockery. */
function asksTheCompany(assessment: Assessment, matter: boolean, terse: boolean, text: string): boolean {
  const { intent, tone, role, verdict } = assessment;
  const asks = tone === "question" || intent.question !== undefined || terse;
  // "Weiß jemand, ob heute der Weihnachtsmarkt offen hat?": asked of the other readers, not of the company.
  // "@Petra … Wo geb ich die Zahlen vom Zähler denn jetzt durch?": asked of a reader, but about us; our own answer helps.
  const elsewhere =
    intent.offTopic ||
    intent.pitch === true ||
    intent.smallTalk === true ||
    (intent.addressedTo === "commenter" && (tone !== "question" || askedOfReader(text)));
  // "Ich schreibe für ein Food-Magazin: Wie transparent ist eure Lieferkette?": an expert's question is an argument
  // to engage first; the saved answer follows.
  // "I looked at Rheinwerk's heat pump offer … I'd like to see the numbers": so is an argument made to an audience.
  if (role === "opinion-leader") return false;
  // "your post says the new Dresden café opens "Sat 14th" but the 14th is a Friday": a correction is checked first;
  // a saved answer that settles it is said inside the check (saved-fact.ts), not offered instead.
  if (role === "know-it-all") return false;
  // "Angebot kommt in zwei Wochen … Jetzt ist Mitte November und NICHTS": a complaint that names a saved answer's
  // topic ("Heizlast") is answered first as the complaint.
  return (
    asks && verdict === "keep" && !intent.sarcasm && role !== "troll" && !matter && !elsewhere && !intent.complaint
  );
}

export { isViolation };
