/**
 * What a piece of criticism is about, when it names it: the price increase, the app, the service. A reply that
 * takes criticism seriously names its subject ("Ihre Kritik an der Preiserhöhung") instead of "your feedback".
 * Only what the comment names is used; the first subject named wins, the more specific before the general.
 */
import type { Criticised } from "../../shared/case";
import { PRICE_NOW } from "../../shared/price-now";

const PATTERNS: ReadonlyArray<[Criticised, RegExp]> = [
  // "500g Kollektiv Espresso von 14,50 auf 16,90", "the 250g Guji went from €9,50 to €12,90": a price raised, said in
  // its two amounts.
  [
    "price-increase",
    /\b(?:preiserhöhung\w*|preisanpassung\w*|price (?:increase|hike|rise)s?)\b|\bvon\s\d{1,3}[.,]\d{2}\s?(?:€|euro)?\s?auf\s\d{1,3}[.,]\d{2}\b|\bwent (?:up )?from\s[€£$]?\s?\d{1,3}[.,]\d{2}\s?(?:€)?\sto\s[€£$]?\s?\d{1,3}[.,]\d{2}/iu,
  ],
  [
    "prices",
    // "Espresso jetzt 4,20": what a thing costs now; "11,50 € für 250 g??": what a weight costs, written the German
    // way. Not "5,20 € für einen Hafer-Flat-White": a thing's price is said as the thing (pricedThing).
    new RegExp(
      // Not 'den Preis für „Kundennähe“': a prize.
      // Not "Fachkraft-Niveau zum Minijob-Preis": what a job pays.
      `\\b(?<!(?:minijob|mini-job|lohn|gehalts)-)(?:preise?n?|wucherpreis\\w*|abzocke|prices?|pricing|overpriced)\\b(?!\\s(?:für|fuer|for)\\s?[„"“])(?!\\s(?:paid|you pay|ihr zahlt|die ihr|to (?:the )?farm|an die farm|den farm|per kilo|pro kilo))|[€£$]\\s?\\d{1,3}[.,]\\d{2}\\s(?:for|für)\\s|\\d{1,3}[.,]\\d{2}\\s?(?:€|euro|eur)\\s(?:for|für)\\s\\d|${PRICE_NOW.source}`,
      "iu",
    ),
  ],
  ["update", /\b(?:update|updates)\b/iu],
  ["app", /\b(?:app|apps)\b/iu],
  // "new website is great, only took me 10 min to find checkout 🙃👏".
  ["website", /\b(?:website|webseite|homepage|onlineshop|online-shop|online shop)\b/iu],
  ["waiting-times", /\b(?:wartezeit\w*|warteschleife\w*|waiting times?|hold times?|on hold)\b/iu],
  // \b does not see "Ö" as a letter: the word's edges are written out.
  // "Hotline nur noch bis 16 Uhr", "your phone line is only open until 5".
  [
    "hotline-hours",
    /\b(?:hotline|kundenservice|telefon\p{L}*|service line|phone line|helpline)\b[^.!?]{0,25}\b(?:nur|only|erst|bloß)\b[^.!?]{0,15}\b(?:bis|until|till|ab|from)\s\d/iu,
  ],
  // "jetzt macht ihr sonntags erst um 11 auf", "you now open at 11 on Sundays".
  [
    "opening-hours",
    /(?<![\p{L}])(?:öffnungszeit\p{L}*|opening (?:hours|times))(?![\p{L}])|\b(?:macht|machen|machst)\s(?:\p{L}+\s){0,4}(?:erst\s)?(?:um\s)?\d{1,2}(?:[:.]\d{2})?\s(?:uhr\s)?auf\b|\b(?:now\s)?(?:open|opens|close|closes|shut|shuts)\s(?:only\s)?(?:at|until|till)\s\d|\b(?:um|ab)\s\d{1,2}(?:[:.]\d{2})?\s(?:uhr\s)?(?:zu\s?machen|zumacht|dicht\s?machen|dichtmacht)(?![\p{L}])|\b(?:erst|schon|nur)\s(?:um\s|ab\s|bis\s)?\d{1,2}(?:[:.]\d{2})?\s(?:uhr\s)?(?:aufmacht|aufmachen|aufmacht|öffnet|öffnen|zumacht|zumachen|schließt|schließen)(?![\p{L}])/iu,
  ],
  ["service", /\b(?:kundenservice|kundendienst|service|support|customer (?:service|care))\b/iu],
  // Not "my favourite spot in the neighbourhood": a place; the TV spot is "TV-Spot", "Werbespot".
  ["campaign", /\b(?:werbung|kampagne\w*|werbespot\w*|tv[- ]?spot|advert\w*|ad campaign|campaign|commercial)\b/iu],
  // "Schade nur, dass man die Verpackung nicht aufbekommt … auf dem Foto im Post": the thing, not the post.
  ["packaging", /\b(?:verpackung\w*|plastik|packaging|plastic)\b/iu],
  // "your post", "der Beitrag"; not the verb ("while you post record profits").
  // German "Post" alone is the postal service ("Da war die Post mit der Kutsche schneller").
  ["post", /\b(?:beitrag|(?:your|this|the|that|euer|eurem|eure|im|ihrem|dem|diesem|diesen)\s+post)\b/iu],
  ["quality", /\b(?:qualität|quality)\b/iu],
  // '"Frisch geröstet und schnell geliefert" – drei Wochen später …': how long it took to come.
  // Not "20 kg pro Lieferung": a unit of an order, not its delivery criticised.
  // "9 Tage von Berlin nach Bremen": how long it took from one city to another.
  [
    "delivery",
    /\b(?<!(?:pro|je|per)\s)(?:lieferung|lieferzeit\w*|geliefert|versand|delivery|delivered|shipping)\b|\b\d+\s(?:tage|wochen|days|weeks)\s(?:von|from)\s[A-ZÄÖÜ]\p{L}+\s(?:nach|to)\s[A-ZÄÖÜ]/iu,
  ],
];

export function criticisedIn(text: string): Criticised | undefined {
  // "wie krieg ich den Betrag runter, ohne ne Stunde in der Warteschleife zu hängen": a wait avoided is not criticised.
  const named = (said: string) => PATTERNS.find(([, pattern]) => pattern.test(said.replace(AVOIDED_WAIT, " ")))?.[0];
  const point = pointAfterPraise(text);
  // A post pointed at in passing ("… auf dem Foto im Post") names less than the thing named before the turn; not one
  // the point opens with ("…, aber euer Post zur „fairen Lieferkette“ ist mir zu dünn").
  if (point === undefined) return named(text);
  if (/^(?:euer|eure|ihr|your|the|der|dieser|this)\s(?:post|beitrag|tweet)(?!\p{L})/iu.test(point)) return "post";
  const inPoint = named(point);
  return inPoint === "post" ? named(text) : inPoint;
}

const AVOIDED_WAIT = /\b(?:ohne|without)\b[^.!?,]{0,40}\b(?:warteschleife|wartezeit\p{L}*|on hold|queue)\b[^.!?,]*/giu;
const TURN = /,\s(?:but|aber|jedoch)\s|[.!]\s(?:Aber|But|However,?|Allerdings|Nur|Schade nur,?)\s/u;
const PRAISED_BEFORE =
  /\b(?:love|loved|like|enjoy|great|good|excellent|brilliant|delicious|happy|zufrieden|gut|toll|super|lecker|mag|mögen|lieben|liebe|begeistert|klasse|wunderbar|schön)\b/iu;
/**
 * "… sind mit der Qualität sehr zufrieden. Aber die neue Mindestabnahme von 20 kg …", "Love the beans, but …": praise
 * before the turn is granted; the point is what follows it, when that is a point of its own.
 */
export function pointAfterPraise(text: string): string | undefined {
  const turn = TURN.exec(text);
  if (!turn || !PRAISED_BEFORE.test(text.slice(0, turn.index))) return undefined;
  const after = text.slice(turn.index + turn[0].length);
  return after.length >= 60 ? after : undefined;
}

/** "an unserer Werbung" where they said "Werbung": the campaign in the commenter's word. */
export function campaignWord(text: string): { de: string; en: string } | undefined {
  if (/\bwerbung\b/iu.test(text)) return { de: "an unserer Werbung", en: "of our advertising" };
  if (/\bwerbespot\w*\b/iu.test(text)) return { de: "an unserem Werbespot", en: "of our advert" };
  if (/\b(?:ad|advert)\b/iu.test(text) && !/\bcampaign\b/iu.test(text))
    return { de: "an unserer Werbung", en: "of our ad" };
  return undefined;
}

/** "an der Preiserhöhung" / "of the price increase": the subject as a reply says it. */
export const CRITICISED_PHRASES: Record<Criticised, { de: string; en: string }> = {
  "price-increase": { de: "an der Preiserhöhung", en: "of the price increase" },
  prices: { de: "an unseren Preisen", en: "of our prices" },
  update: { de: "am Update", en: "of the update" },
  app: { de: "an unserer App", en: "of our app" },
  website: { de: "an unserer Website", en: "of our website" },
  service: { de: "an unserem Service", en: "of our service" },
  "waiting-times": { de: "an den Wartezeiten", en: "of the waiting times" },
  "opening-hours": { de: "an den Öffnungszeiten", en: "of our opening hours" },
  "hotline-hours": { de: "an den Zeiten unserer Hotline", en: "of our phone line's hours" },
  campaign: { de: "an unserer Kampagne", en: "of our campaign" },
  post: { de: "an unserem Beitrag", en: "of our post" },
  quality: { de: "an der Qualität", en: "of the quality" },
  packaging: { de: "an der Verpackung", en: "of the packaging" },
  delivery: { de: "an der Lieferung", en: "of the delivery" },
};
