/**
 * The thing that failed, named where the failure is told: "Ihr Monteur hat die Zirkulationspumpe nicht wieder
 * angeschlossen", "your installer drilled straight through our solar DC cable". A comment names many things (the
 * heat pump being fitted, the cellar, the neighbour); the one beside the words of the failure is the one a support
 * agent names back. Only a span of the comment, never inferred.
 */
import { stopTerm } from "./terms";

/** German nouns: capitalised inside the sentence, hyphened compounds whole ("WLAN-Modul"). */
const NOUN_DE =
  /(?<![\p{L}\d-])\p{Lu}[\p{Ll}ß]+(?:-\p{Lu}?[\p{L}ß]+)*(?:\s(?:White|Brew|Latte|Shot|Box|Kit|Pass|Plus|Pro|Max|Mini))?(?![\p{L}\d-])/gu;
/** After a determiner a German word is a noun, whatever its place in the sentence. */
const ARTICLE_BEFORE_DE =
  /(?:^|\s)(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|mein\p{L}*|unser\p{L}*|Ihr\p{L}*|ihr\p{L}*|euer|eure\p{L}*|kein\p{L}*)\s(?:\p{Ll}+e[nrsm]?\s)?$/iu;
/** English things: after a possessive or article, up to three words, the last a noun of at least three letters. */
const THING_EN = /\b(?:the|my|our|your|his|her|their)\s((?:[\p{L}\d-]+\s){0,2}[\p{L}-]{3,})(?=\s|[.,!?;:)]|$)/giu;
/** Words that are never the thing: people, times, the company's own staff and feelings. */
const NOT_A_THING =
  /^(?:fachmann|fachleute|leute|wasser|water|wie|was|wo|wer|wann|warum|wieso|weshalb|nix|nichts|alles|folge|grund|gründe|begründung|betrieb|anlage|zustand|stand|art|weise|fall|lage|eyes|eye|face|hands|hand|head|back|finger|fingers|lip|lips|knee|knees|arm|arms|leg|legs|foot|feet|toe|toes|tongue|mouth|lippe|knie|zunge|mund|bein|fuß|fuss|solar|unit|thing|stuff|lot|bit|monteur\p{L}*|techniker\p{L}*|handwerker\p{L}*|installateur\p{L}*|elektriker\p{L}*|mitarbeiter\p{L}*|kolleg\p{L}*|firma|installer|installers|engineer|technician|electrician|driver|guy|guys|man|woman|staff|barista|team|fault|problem|issue|stück|stücke|stückchen|hälfte|rest|piece|bit|half|morning|evening|night|afternoon|week|month|year|time|money|mum|dad|wife|husband|kids|son|daughter|neighbour|neighbor|email|emails|mail|phone|call|calls|hotline|service|support|award|awards|preis|auszeichnung|jubiläum|jubilaeum|geburtstag|prize|kompliment|lob|dank|dankeschön|compliment|compliments|praise|sofa|couch|decke|decken|bett|pullover|pulli|kinder|kindern|blanket|blankets|culprit|culprits|spammer|spammers|scammer|scammers)$/iu;
const PERSON_EN =
  /^(?:culprit|culprits|spammer|spammers|scammer|scammers|guy|guys|girl|girls|man|men|woman|women|lady|bloke|lad|lads|boy|boys|person|people|staff|barista|baristas|waiter|waitress|cashier|manager|driver|installer|engineer|technician|electrician|fitter|crew|team|parent|parents|child|children|kid|kids|baby|toddler|teenager|son|daughter|mum|mom|dad|wife|husband|partner)$/iu;
/** "Geld? Nach 9 Tagen immer noch nicht zurück": a word that opens a sentence, capitalised, but no noun. */
const FUNCTION_DE =
  /^(?:nach|vor|seit|bei|mit|von|zu|aus|über|unter|für|gegen|ohne|durch|um|ab|bis|am|im|zum|zur|beim|vom|ans|ins|aufs|dann|jetzt|heute|gestern|morgen|erst|noch|schon|auch|aber|und|oder|doch|nur|immer|wieder|ich|wir|sie|er|es|ihr|du|man|das|der|die|dem|den|des|ein|eine|einen|einem|kein|keine|mein|meine|unser|unsere|euer|eure|dieser|diese|dieses|hier|da|dort|so|sehr|echt|ganz|leider|bitte|danke|hallo|hi|ja|nein|nee|naja|also|trotzdem|seitdem|dabei|damit|deshalb|keiner|niemand|jemand|einer|alle|jeder|ist|sind|war|waren|wird|werden|hat|haben|habt|seid)$/iu;
/** English words that end a thing's phrase too early or are no noun. */
const NOT_NOUN_EN =
  /^(?:i|you|we|they|he|she|is|was|are|were|has|had|have|been|be|and|or|but|to|of|for|with|in|on|at|by|from|it|this|that|now|just|still|again|all|very|so|too|lol|sat|stood|went|came|broke|fell|took|got|ran|left|made|put|hit|cut|held|kept|said|told|gave|found|lost|sent|spent|built|keeps|says|shows|throws|flashes|displays|gives|beeps|stops|makes|split|snapped|cracked|burst|ripped|torn|tore|arrived|showed|turned|stopped|leaking|dripping|due|owing|thanks|because|since|after|before|until|today|yesterday|anymore|where|what|why|how|when|who|which|whose|hey|hi|hello|please)$/iu;

const DISPLAY = /^(?:display|anzeige|bildschirm|screen|panel)$/iu;
const FITTED_PRODUCT =
  /(?:^|\s)(?:WP\s?\d+|wärmepumpe|waermepumpe|heat pump|wechselrichter|inverter|speicher|wallbox|therme)\b/iu;
const FAULT_CODE = /(?<!\p{L})(?:fehler\p{L}*|störung\p{L}*|error\p{L}*|fault code)(?!\p{L})/iu;
/** An English word that cannot head a thing that failed: a figure, a stop word, a person or time, an adverb or form. */
function noThingEn(word: string): boolean {
  return !word || /\d/u.test(word) || stopTerm(word, "en") || NOT_A_THING.test(word) || /(?:ly|ed|ing)$/u.test(word);
}

/** Products whose fault is what they show: "die App zeigt nur noch einen weißen Bildschirm". */
const SHOWS = /\b(?:app|portal|kundenportal|website|webseite|shop|onlineshop|software|display)\b/iu;
/** "beim Gehen", "zum Laufen": a verb made a noun is no thing. */
const VERB_NOUN_BEFORE = /(?:^|\s)(?:beim|zum|vom|am|ins)\s$/iu;

// "in der Kasseler Straße 14–18": a street's name is said whole.
const PART_OF_DE =
  /^\s(?:am|an der|an den|an dem|vom|von der|im|in der)\s\p{Lu}[\p{L}-]+(?:\s(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Ring|Gasse|Damm))?(?:\s\d{1,3}(?:[–-]\d{1,3})?)?(?![\p{L}\d])/u;

interface Found {
  thing: string;
  at: number;
  /** After a preposition ("seit eurer Wartung", "on my tamper"): what the clause is about seldom stands there. */
  governed?: boolean;
}

const PREPOSITION =
  /(?:^|\s)(?:seit|nach|bei|beim|mit|von|vom|vor|am|im|zum|zur|an|auf|in|unter|über|wegen|durch|für|aus|on|at|since|after|for|from|with|of|during|about)\s(?:\S+\s){0,2}$/iu;

/** The clause around the failure's words: a sentence cut at commas, dashes and the words that join clauses. */
const CLAUSE_BREAK =
  /[,;:–—()]|\s(?:und|weil|aber|dass|obwohl|sodass|damit|wobei|and|but|because|while|so that|which|who|although)\s/giu;
function clauseAround(text: string, at: number, length: number): { from: number; to: number } {
  const sentence = sentenceAround(text, at, length);
  let from = sentence.from;
  let to = sentence.to;
  for (const cut of text.slice(sentence.from, sentence.to).matchAll(CLAUSE_BREAK)) {
    const where = sentence.from + (cut.index ?? 0);
    if (where + cut[0].length <= at) from = where + cut[0].length;
    else if (where >= at + length) {
      to = where;
      break;
    }
  }
  return { from, to };
}

/** A sentence ends at ". ", "! ", "? " or a line break; not at the point of a date ("am 12.2. macht …"). */
const SENTENCE_END = /(?<!\d)[.!?](?=\s|$)|\n/gu;
function sentenceAround(text: string, at: number, length: number): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  for (const end of text.matchAll(SENTENCE_END)) {
    const where = end.index ?? 0;
    if (where < at) from = where + 1;
    else if (where >= at + length) {
      to = where;
      break;
    }
  }
  return { from, to };
}

function germanThings(text: string, from: number, to: number): Found[] {
  const found: Found[] = [];
  for (const match of text.slice(from, to).matchAll(NOUN_DE)) {
    const at = from + (match.index ?? 0);
    const word = match[0];
    // "@Rheinwerk", "#Wärmepumpe": a handle or a tag is no thing.
    if (
      stopTerm(word, "de") ||
      NOT_A_THING.test(word) ||
      FUNCTION_DE.test(word) ||
      /[@#]$/u.test(text.slice(Math.max(0, at - 1), at))
    )
      continue;
    const preceded = text.slice(Math.max(0, at - 30), at);
    // "schmeckt wie Spülwasser": a thing compared with, not one that failed.
    if (/(?:^|\s)(?:wie|als)\s(?:ein\p{L}*\s)?$/iu.test(preceded)) continue;
    const article = ARTICLE_BEFORE_DE.test(preceded);
    // The sentence's first word is capitalised whatever it is ("Muss seit …"), unless an article shows a noun.
    if (text.slice(from, at).trim() === "" && !article) continue;
    // "Zweimal": an adverb is no thing named.
    if (/mal$/u.test(word)) continue;
    // "beim Gehen", "Nachfragen … kam nix": a verb made a noun, or a plural with no article, is no thing named.
    if (/en$/u.test(word) && (VERB_NOUN_BEFORE.test(preceded) || (!article && !/\d\s$/u.test(preceded)))) continue;
    // "das Sicherheitsventil am Warmwasserspeicher", "Kondensatschlauch an der WP 12": a part, with what it is part of.
    const part = PART_OF_DE.exec(text.slice(at + word.length, to));
    // "Antwort zu drei Zählerwechseln": a plural counted after a preposition is said as it is named, "Zählerwechsel".
    const counted =
      /(?:^|\s)(?:zu|mit|von|bei|aus|nach|seit)\s(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s$/iu.test(
        preceded,
      );
    const named = counted && /(?:el|er)n$/u.test(word) ? word.slice(0, -1) : word;
    found.push({
      thing: part ? `${named}${part[0]}` : named,
      at,
      governed: PREPOSITION.test(text.slice(Math.max(from, at - 40), at)),
    });
  }
  return found;
}

function englishThings(text: string, from: number, to: number): Found[] {
  const found: Found[] = [];
  for (const match of text.slice(from, to).matchAll(THING_EN)) {
    // "your install van sat in the disabled bay": the company's own things are not what failed for the customer;
    // "straight into the bin bag": where it went, not what it was.
    if (/^your\s/iu.test(match[0]) || /\bbin\b/iu.test(match[0])) continue;
    const words = (match[1] ?? "").split(/\s+/u);
    // "your delivery driver throws my parcel": a word before another determiner is the verb, not the thing.
    const after = text.slice(from + (match.index ?? 0) + match[0].length);
    if (/^\s(?:my|our|the|your|a|an|his|her|their|it|me|us)\b/iu.test(after)) words.pop();
    // "the label on the back": the phrase stops at a word that is no part of a noun phrase.
    const stop = words.findIndex((word) => NOT_NOUN_EN.test(word));
    const kept = stop < 0 ? words : words.slice(0, stop);
    const head = kept.at(-1) ?? "";
    if (noThingEn(head)) continue;
    // "the guy clearing tables": a person doing something is no thing that failed.
    if (PERSON_EN.test(kept[0] ?? "")) continue;
    const start = from + (match.index ?? 0);
    found.push({
      thing: kept.join(" "),
      at: start,
      governed: PREPOSITION.test(text.slice(Math.max(from, start - 30), start)),
    });
  }
  return found;
}

/**
 * The first thing of the clause that holds the failure's words, not governed by a preposition (else the first
 * before them, else the first after); undefined when the clause names none, or names what `except` already names
 * (the product first, then places and people).
 */
const ROOM =
  /^(?:living room|bedroom|kitchen|bathroom|lounge|house|office|wohnzimmer|schlafzimmer|kinderzimmer|küche|kueche|bad|badezimmer|haus|büro|buero|counter|bar|till|desk|theke|tresen|kasse|schalter)$/iu;

export function failedThing(
  text: string,
  words: readonly string[],
  language: "de" | "en",
  except: readonly string[] = [],
): string | undefined {
  const lower = text.toLowerCase();
  const named = except.map((word) => word.toLowerCase()).filter((word) => word !== "");
  const product = (except[0] ?? "").toLowerCase();
  const isNamed = (thing: string) =>
    named.some((word) => word.includes(thing.toLowerCase()) || thing.toLowerCase().includes(word));
  for (const phrase of words) {
    const at = lower.indexOf(phrase.toLowerCase());
    if (at < 0) continue;
    const { from, to } = clauseAround(text, at, phrase.length);
    // "Lid popped off twice this week": a sentence that opens on the thing, with no article, names it first.
    const opening = language === "en" ? /^([A-Z][a-z]{2,})\s/u.exec(phrase)?.[1] : undefined;
    if (
      opening &&
      /(?:^|[.!?]\s+)$/u.test(text.slice(Math.max(0, at - 3), at)) &&
      !NOT_NOUN_EN.test(opening) &&
      !PERSON_EN.test(opening) &&
      !noThingEn(opening) &&
      !isNamed(opening)
    )
      return opening.toLowerCase();
    // "nur noch einen weißen Bildschirm" of the app: a noun inside the failure's words beside a product named is
    // what the product shows, not another thing.
    const inside = (found: Found) => found.at >= at && found.at < at + phrase.length && SHOWS.test(product);
    // "17 degrees in the living room": the room is where it is cold, not what failed; "the guy at the counter just
    // shrugged": nor is the counter.
    // "Seit Donnerstag zeigt das Display ständig Fehler F-31": the display shows the fault of what it belongs to.
    const faultShown = FAULT_CODE.test(text.slice(from, to));
    const things = (language === "de" ? germanThings(text, from, to) : englishThings(text, from, to))
      .filter((found) => !inside(found) && !ROOM.test(found.thing))
      .map((found) =>
        faultShown && DISPLAY.test(found.thing) && FITTED_PRODUCT.test(except[0] ?? "")
          ? { ...found, thing: except[0] ?? found.thing }
          : found,
      );
    // "my router has been dead … your chat bot keeps telling me": the product, when it is what the clause is about,
    // is what failed; nothing else is named beside it.
    const productAt = product ? lower.indexOf(product, from) : -1;
    const mentioned: Found[] = productAt >= from && productAt < to ? [{ thing: product, at: productAt }] : [];
    const end = at + phrase.length;
    const candidates = [...things, ...mentioned].sort((a, b) => a.at - b.at);
    // The clause's subject comes first ("das Sicherheitsventil am Warmwasserspeicher unserer WP 12 tropft", "the
    // handle on my 58mm tamper … unscrewed itself"); with nothing before the failure's words, the nearest after them.
    const before = candidates.filter((found) => found.at < end);
    // "your install van sat in the disabled bay": in English the place where something was left is no thing that
    // failed, and nothing after the failure's words is named in its stead unless a preposition does not govern it.
    const chosen =
      language === "de"
        ? (before.find((found) => !found.governed) ?? before[0] ?? candidates[0])
        : (before.find((found) => !found.governed) ??
          (/^(?:sat|parked|stood|blocked|left|dumped)\b/iu.test(phrase) ? undefined : before[0]) ??
          candidates.find((found) => found.at >= end && !found.governed));
    if (!chosen) continue;
    // "our WP 12 heat pump has shown error E305": a phrase cut inside the product's name is the product, with its
    // model ("the WP 12 heat pump").
    // The rest as written: "Gutschein GS-7T", never "gs-7t".
    const [head, ...rest] = product.split(" ");
    const whole = `${chosen.thing} ${(except[0] ?? "").split(" ").slice(1).join(" ")}`;
    if (rest.length > 0 && ` ${chosen.thing.toLowerCase()}`.endsWith(` ${head}`) && lower.includes(whole.toLowerCase()))
      return whole;
    return isNamed(chosen.thing) ? undefined : chosen.thing;
  }
  return undefined;
}
