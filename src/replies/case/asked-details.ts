import type { Case } from "../../shared/case";

/** The nouns a head count is said in, German and English ("of us" only after a count). */
const COUNTED_DE = [
  "Personen",
  "Leute",
  "Leuten",
  "Gäste",
  "Gästen",
  "Mädels",
  "Kolleginnen",
  "Kollegen",
  "Mitarbeitenden",
  "Mitarbeiter(?:innen)?",
  "Teilnehmer(?:innen)?",
];
const COUNTED_EN = ["people", "guests", "persons", "colleagues", "attendees"];
/** A term that is only one of these nouns gives way to the count. */
export const HEAD_NOUN = new RegExp(`^(?:${[...COUNTED_DE, ...COUNTED_EN].join("|")})$`, "iu");
const HEAD_COUNT_DE = new RegExp(
  `(?<![\\d.,])(\\d{1,3})\\s(${[...COUNTED_DE, "Kinder", "Kindern", "Erwachsene"].join("|")})(?!\\p{L})`,
  "u",
);
const HEAD_COUNT_EN = new RegExp(
  `(?<![\\d.,])(\\d{1,3})\\s(${[...COUNTED_EN, "kids", "children", "adults", "of us"].join("|")})(?!\\p{L})`,
  "iu",
);
/** "ein Schreinerbetrieb mit 14 Leuten", "a firm with 30 people": how big the writer's business is, no party to seat. */
const STAFF_SIZE =
  /(?:betrieb|firma|unternehmen|agentur|büro|kanzlei|praxis|werkstatt|company|business|firm|agency|office|practice)\s(?:mit|with)\s$/iu;
const AREA = /(?<![\d.,])\d{1,5}(?:[.,]\d{1,2})?\s?(?:m²|qm|sqm|square met(?:re|er)s)(?![\p{L}\d])/u;

const NOMINATIVE: Readonly<Record<string, string>> = {
  Leuten: "Leute",
  Gästen: "Gäste",
  Kindern: "Kinder",
  Mitarbeitenden: "Mitarbeitende",
};

/**
 * What an open question says of the occasion, for the holding reply to say back: how many people, how large an
 * area, which day and which branch. "Wir sind am Samstag, 14. Juni, mit 12 Personen … in Ottensen" is answered
 * "zum Thema Reservierung (12 Personen, 14. Juni, Ottensen)", so nobody has to ask again while the team checks.
 */
export function askedDetails(text: string, kase: Pick<Case, "dates" | "places">, language: "de" | "en"): string[] {
  const details: string[] = [];
  const count = (language === "de" ? HEAD_COUNT_DE : HEAD_COUNT_EN).exec(text);
  if (count && !STAFF_SIZE.test(text.slice(Math.max(0, count.index - 30), count.index))) {
    const [, figure = "", who = ""] = count;
    // "9 of us" is said back as people, not as "9 of us" from the company's mouth.
    // "mit 25 Leuten" is said back as "25 Leute": the count stands alone in the brackets, in the nominative.
    const said = language === "en" && /^of us$/iu.test(who) ? "people" : (NOMINATIVE[who] ?? who);
    details.push(`${figure} ${said}`);
  }
  const area = AREA.exec(text)?.[0];
  if (area) details.push(area);
  // "am 14. Juni", "on 18 September": the day itself; a weekday alone or "heute" says nothing to pass on.
  const date = kase.dates
    .map((said) => said.replace(/^(?:am|vom|on|ab|bis)\s+/iu, ""))
    .find((said) => /\d/u.test(said) && !/^\d{1,2}(?::\d{2})?\s?(?:uhr|am|pm)$/iu.test(said));
  if (date) details.push(date);
  const place = kase.places[0];
  if (place) details.push(place);
  return details;
}
