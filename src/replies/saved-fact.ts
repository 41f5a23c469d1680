import type { Guidelines } from "../shared/guidelines";
import { MONTHS_DE, MONTHS_EN } from "./case/patterns";
import { casePlaces } from "./case/places";
import { sharedStems } from "./topics";

/**
 * The company's own fact on what a correction disputes (issue 10: "confirm only what can be checked — unless the
 * guidelines confirm the fact"): the one sentence of a saved reply that shares most with the comment — "Wir rösten
 * dienstags und freitags …" for "ihr röstet montags und donnerstags – war das nicht dienstags und freitags?". It is
 * said as the company wrote it, without the saved reply's greeting. Nothing else is taken as confirmed: a sentence
 * must share at least two words or figures with the comment, one of them a word, and words the company says
 * everywhere count little, or there is no fact to state.
 */
const GREETING = /^(?:hallo|hi|hey|hello|guten tag|moin|servus|liebe[rs]?|dear)\b[^,!.]{0,40}[,!]\s*/iu;
/** Words every correction and every post share; they say nothing about which fact it is. */
const GENERIC_WORDS =
  "post posts beitrag schreibt schreibst steht stehen says said website webseite seite page nicht not isn doch wirklich really " +
  // "der Link … (kaffeekollektiv.example/kurse)": the pieces of an address and an article say nothing of the fact.
  "example www http https com org den dem des " +
  // Words of time and validity say nothing of which fact: "gilt ab dem nächsten …" against "gilt bis Ende Oktober".
  "gilt gelten galt nächsten nächste nächster naechsten ende anfang laut next valid applies until " +
  // Words that tie a sentence together: "die viele Hausbesitzer dann enttäuscht sehen" is not about the link "dann".
  "dann denn auch noch schon nur mehr wenn aber also sehr ganz immer wieder jetzt then just only more when " +
  // "Welche stimmt denn jetzt?": the question word is not the fact asked about.
  "welche welcher welches welchen which " +
  // Common verbs and "kein": "auf 70 % kommt man nur mit …" is not "Kommt keine E-Mail an, …".
  "kommt kommen kam keine keinen kein gibt geht gehen macht machen wird werden kann können muss müssen soll sollen " +
  // "bekomme genau diese Fragen jede Woche" is not "Sie bekommen dann einen Link": receiving says nothing of which fact.
  "bekomme bekommen bekommt bekam bekommst erhalten erhält receive receives received " +
  "come comes get gets make makes " +
  // "Greetings from a homesick Leipziger": prepositions say nothing of which fact.
  "from with into over under about after before von nach über unter " +
  // "rund um die Sürther Hauptstraße" is not "rund um die Uhr": words of about-ness say nothing of which fact.
  "rund circa etwa ungefähr around roughly " +
  // What every correction asks ("Bitte anpassen") and the little words around it say nothing of which fact.
  "anpassen korrigieren aendern ändern fix update zum zur beim vom " +
  // "vor der Tür … mit zwei quengelnden Kindern" is not "Bis zwei Tage vor dem nächsten Rösttermin": a count or a
  // "before" without its unit says nothing of which fact.
  "vor zwei drei vier fünf two three four five " +
  // "„100 % direkt von den Farmen gehandelt“ … im Shop" is not "als PDF direkt per Mail … in unserem Shop": how
  // directly, said of anything, says nothing of which fact.
  "direkt direct directly";
const GENERIC = new Set(sharedStems(GENERIC_WORDS, GENERIC_WORDS));
/** A sentence that only leads somewhere else states no fact: "Infos: rheinwerk.example/foerderung". */
const NO_FACT = /^(?:infos?|mehr|more|details?)\s*:|^\S+\.\S+\/\S*$/iu;

/** What a correction puts in place of what was said: "…, sondern über die KfW", "…, but via the KfW". */
const INSTEAD = /,\s(?:sondern|but rather|but)\s([^.!?]{2,60})/iu;

const EVENT_TIME =
  /(?<!\p{L})(?:beginn|beginnt|start|startet|einlass|starts?|begins?|doors open|kick-?off)\s(?:(?:um|at|ab|from)\s)?\d{1,2}(?:[:.]\d{2})?(?!\d)/iu;
const UNITS = [/\d\s?°C/u, /\d\s?kWh?\b/u, /\d\s?%/u, /\d\s?€|€\s?\d/u, /\d\s?Uhr\b/u, /\d\s?(?:am|pm)\b/iu];

/** How telling the shared words must be together: two words or figures found in no other saved sentence, or more. */
const SETTLES = 1.5;

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d„"])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** The sentences of the company's saved replies in a language, without their greetings. */
function savedSentences(guidelines: Guidelines, language: "de" | "en"): string[] {
  return guidelines.savedReplies
    .filter((saved) => saved.language === "any" || saved.language === language)
    .flatMap((saved) => sentencesOf(saved.text).map(withoutGreeting));
}

function withoutGreeting(sentence: string): string {
  const rest = sentence
    .replace(/\{name\}/gu, "")
    .replace(GREETING, "")
    .trim();
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** A line open day and night: "Störungsdienst rund um die Uhr unter 0221 555 0199", "call … day and night". */
const EMERGENCY =
  /(?<!\p{L})(?:störungsdienst|stoerungsdienst|notdienst|notfallnummer|rund um die uhr|emergency|day and night|around the clock|24\/7)(?!\p{L})/iu;
const PHONE = /\d{2,}[\s/-]?\d{2,}[\s/-]?\d{2,}/u;

/**
 * The company's own emergency line: the sentence of a saved reply in the reply's language that names a line open day
 * and night, with its number ("Bei einer Störung Ihrer Wärmepumpe ist unser Störungsdienst rund um die Uhr unter 0221
 * 555 0199 für Sie da."). None when the company saved none: a line is never made up.
 */
export function emergencyLine(guidelines: Guidelines, language: "de" | "en", comment: string): string | undefined {
  return savedSentences(guidelines, language).find(
    (sentence) =>
      EMERGENCY.test(sentence) &&
      PHONE.test(sentence) &&
      !/\{[a-z]+\}/u.test(sentence) &&
      // "Bei einer Störung Ihrer Wärmepumpe …": a line for the heating is no help with solar panels.
      (!HEATING.test(sentence) || HEATING_NAMED.test(comment)),
  );
}

const HEATING = /wärmepumpe|waermepumpe|heat ?pump|heizung|heating/iu;
const HEATING_NAMED =
  /wärmepumpe|waermepumpe|heat ?pump|heizung|heating|(?<!\p{L})WP(?:\s?\d|(?!\p{L}))|warmwasser|hot water|außengerät|aussengeraet|outdoor unit|heizungskeller|boiler/iu;

const MEASURED_OFF =
  /(?<!\p{L})km\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:km|k|kg|g|ml|mi|miles|meter|metres|meters)(?!\p{L})/giu;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;
const CALENDAR_WORDS =
  "montag dienstag mittwoch donnerstag freitag samstag sonntag montags dienstags mittwochs donnerstags freitags " +
  "samstags sonntags monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays " +
  "thursdays fridays saturdays sundays";
/** "14 May", "am 14. Mai", "14.05.", "Thursday the 14th", "Montag, den 12.": a date said with its month or its day. */
const DATE_SAID = new RegExp(
  `\\b\\d{1,2}(?:\\.|st|nd|rd|th)?\\s(?:${MONTHS_DE}|${MONTHS_EN})\\b|\\b\\d{1,2}\\.\\d{1,2}\\.|\\bthe \\d{1,2}(?:st|nd|rd|th)\\b|\\bden \\d{1,2}\\.`,
  "u",
);
const DAY_NAMED = new RegExp(`\\b(?:${CALENDAR_WORDS.replaceAll(" ", "|")})\\b`, "iu");
const CALENDAR_STEMS = new Set(sharedStems(CALENDAR_WORDS, CALENDAR_WORDS));

const HOW_LONG =
  /(?<!\p{L})(?:\d+|one|two|three|four|five|six|ein|einen|einem|zwei|drei|vier|fünf|sechs)\s(?:(?:to|bis|or|oder)\s\S+\s)?(?:days?|weeks?|months?|hours?|tagen?|tage|wochen|monaten?|monate|stunden?)(?!\p{L})/iu;

/** A phone number as written: "0221 555 0199", "+49 221 555 0190". */
const PHONE_SAID = /(?<![\d.,])(?:0\d{2,4}|\+\d{2}\s?\d{2,4})[\s/-]\d{2,}(?:[\s/-]\d{2,})?(?![\d.,])/u;

const COST =
  /\d\s?(?:€|euro|eur|ct|cent)(?!\p{L})|[€£$]\s?\d|(?<!\p{L})(?:kostenlos\p{L}*|kostenfrei\p{L}*|gratis|free of charge|for free|costs?|kostet|kosten|koste|preis\p{L}*|price\p{L}*)(?!\p{L})/iu;

export function savedFact(guidelines: Guidelines, comment: string, language: "de" | "en"): string | undefined {
  const company = new Set(sharedStems(guidelines.companyName, guidelines.companyName));
  const sentences = savedSentences(guidelines, language).filter(
    (sentence) => sentence.length >= 12 && !NO_FACT.test(sentence) && !/\{[a-z]+\}/u.test(sentence),
  );
  // "the cold brew at your stand around km 7", "(10k)": a distance or a weight is no figure of an opening hour.
  const compared = comment.replace(MEASURED_OFF, " ");
  // "versandkostenfrei ab 39 €" against "kostet der Versand 3,90 €": a word of the fact at the head of the comment's
  // compound is shared too.
  const commentWords = compared.toLowerCase().match(/\p{L}{6,}/gu) ?? [];
  const headOfCompound = (word: string) =>
    !GENERIC.has(word) && !company.has(word) && commentWords.some((said) => said !== word && said.startsWith(word));
  const shares = sentences.map((sentence) => {
    const shared = sharedStems(compared, sentence).filter((item) => !company.has(item) && !GENERIC.has(item));
    const heads = (sentence.toLowerCase().match(/\p{L}{6,}/gu) ?? []).filter(headOfCompound);
    return [...shared, ...heads.filter((head) => !shared.some((item) => head.startsWith(item)))];
  });
  // A word the company says in many of its answers ("Wärmepumpe", "bis") tells little about which one is meant.
  const spread = new Map<string, number>();
  for (const shared of shares) for (const item of shared) spread.set(item, (spread.get(item) ?? 0) + 1);
  const units = UNITS.filter((unit) => unit.test(comment));
  const context = new Set([...CALENDAR_STEMS, ...casePlaces(comment).flatMap((place) => sharedStems(place, place))]);
  // "läuft nicht mehr übers BAFA, sondern über die KfW": a fact on the matter must speak of what they put instead.
  const instead = INSTEAD.exec(comment)?.[1];
  let best: { sentence: string; score: number } | undefined;
  sentences.forEach((sentence, index) => {
    const shared = shares[index] ?? [];
    // "Das Foto zeigt nicht die WP 9, sondern die WP 12": model codes alone ("wp", "9", "12") say which product,
    // not which fact about it; a word of the fact itself must be shared too.
    // A measure in the same unit ("−25 °C" against "−20 °C") is a word of the fact as well.
    const measured = units.some((unit) => unit.test(sentence));
    // "the tasting evening in Hamburg is on Friday": a day or a place alone says when or where, not which fact; the
    // opening hours ("Monday to Friday … Hamburg-Ottensen") do not settle an event's date.
    // "Im Beitrag steht für den Notdienst 0221 555 0198 … auf Ihrer Homepage 0199": a phone number's groups of
    // digits say which fact as well as a word does.
    const telling =
      shared.some((item) => !/[#\d]/u.test(item) && item.length >= 4 && !context.has(item)) ||
      shared.filter((item) => /^#\d{3,}$/u.test(item) && !YEAR.test(item)).length >= 2;
    // "im Post steht Beginn 18 Uhr, auf der Anmeldeseite 18:30": when an event begins is no opening hour; a time alone
    // settles it only with a word of the fact shared as well.
    if (shared.length < 2 || !((measured && !EVENT_TIME.test(comment)) || telling)) return;
    if (instead && sharedStems(instead, sentence).length === 0 && !/\d/u.test(instead)) return;
    // "didn't open in 2016, it was spring 2017": a correction of a year is settled only by a fact that gives one.
    if (YEAR.test(comment) && !YEAR.test(sentence)) return;
    // "Thursday 14 May, but the registration link says Friday 15 May": nor one of a date by a fact without a day.
    if (DATE_SAID.test(comment) && !DATE_SAID.test(sentence) && !DAY_NAMED.test(sentence)) return;
    // "says … 'takes just one day'. Your website says two to three days": how long is settled by a fact that says how
    // long, never by "call us day and night".
    if (HOW_LONG.test(comment) && !HOW_LONG.test(sentence)) return;
    // "koste 149 €. Auf Ihrer Internetseite steht aber, dass er kostenlos ist": what something costs is settled by a
    // fact that says a price, never by how long it takes.
    if (COST.test(comment) && !COST.test(sentence)) return;
    // "Die 0221 555 0190 ist doch die normale Hotline … für Störungen an der Wärmepumpe die 0221 555 0199": which
    // number is right is settled by a fact that gives a number, never by how cold the heat pumps can heat.
    if (PHONE_SAID.test(comment) && !PHONE.test(sentence)) return;
    const score = shared.reduce((sum, item) => sum + 1 / (spread.get(item) ?? 1), 0);
    if (score >= SETTLES && (!best || score > best.score)) best = { sentence, score };
  });
  return best?.sentence;
}
