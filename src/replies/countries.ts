/**
 * Countries a comment may ask about, in German and English, and whether they are in the EU. A saved answer that
 * lists where the company ships ("all EU countries and the UK") answers "Do you ship to Austria?" but not "Do you ship
 * to Switzerland?": the answer that does not cover the country asked about is held for a person instead.
 */
const COUNTRIES: ReadonlyArray<{ names: RegExp; eu: boolean }> = [
  { names: /schweiz|switzerland|swiss/iu, eu: false },
  { names: /österreich|oesterreich|austria/iu, eu: true },
  { names: /niederlande|netherlands|holland/iu, eu: true },
  { names: /belgien|belgium/iu, eu: true },
  { names: /frankreich|france/iu, eu: true },
  { names: /italien|italy/iu, eu: true },
  { names: /spanien|spain/iu, eu: true },
  { names: /polen|poland/iu, eu: true },
  { names: /dänemark|daenemark|denmark/iu, eu: true },
  { names: /schweden|sweden/iu, eu: true },
  { names: /luxemburg|luxembourg/iu, eu: true },
  { names: /irland|ireland/iu, eu: true },
  { names: /tschechien|czechia|czech republic/iu, eu: true },
  { names: /norwegen|norway/iu, eu: false },
  {
    names: /großbritannien|grossbritannien|england|britain|\buk\b|united kingdom|schottland|scotland|wales/iu,
    eu: false,
  },
  { names: /\busa\b|united states|\bamerika\b|america/iu, eu: false },
  { names: /kanada|canada/iu, eu: false },
  { names: /türkei|tuerkei|turkey/iu, eu: false },
];
const WHOLE_EU = /(?<!\p{L})(?:EU|Europäischen Union|European Union)(?!\p{L})/u;

/** Whether a saved answer leaves out a country the comment names while it names where it does apply. */
export function leavesOutCountry(comment: string, answer: string): boolean {
  const asked = COUNTRIES.filter((country) => country.names.test(comment));
  if (asked.length === 0) return false;
  const listsPlaces = WHOLE_EU.test(answer) || COUNTRIES.some((country) => country.names.test(answer));
  if (!listsPlaces) return false;
  return asked.some((country) => !country.names.test(answer) && !(country.eu && WHOLE_EU.test(answer)));
}
