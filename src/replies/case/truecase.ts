import { COARSE_ADJECTIVE_STEMS } from "./patterns";

/**
 * German comments written all in small letters ("der neue weihnachtsblend mit kardamom ist unfassbar gut") hide
 * their nouns, which is how the case and the terms find what a comment is about. This gives the nouns back their
 * capital where the grammar shows them: the word after an article, a possessive, a fused preposition ("im", "zum")
 * or "mit"/"ohne"/"statt", past any numbers and adjectives between. A text with capitals of its own is left as it is.
 */

const OPENERS = new Set(
  // Not "keiner": mostly nobody, as in "keiner kommt".
  (
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem " +
    "mein meine meinen meinem meiner dein deine deinen deinem deiner euer eure euren eurem eurer " +
    "unser unsere unseren unserem unserer im am vom zum zur beim ins jede jeden jedem jeder " +
    "diese diesen diesem dieser dieses mit ohne statt nen nem ner seit"
  ).split(" "),
);

/** Words that are never the noun an opener leads to: pronouns, particles, adverbs, auxiliaries. */
const NEVER = new Set(
  (
    "der die das den dem des ein eine einen einem einer eines ich du er sie es wir ihr mich dich uns euch mir dir " +
    "ihm ihn ihnen sich man was wer wie wo wann warum so auch noch schon mal nur nicht nie ja nein doch halt eben " +
    "echt total sehr ganz gar einfach wirklich immer wieder jetzt heute gestern morgen gerade dann da hier dort " +
    "und oder aber weil dass ob als wenn bis seit nach vor bei von zu zum zur auf aus in im an am um für ist sind " +
    "war waren hat habe hab haben hatte wird werden wurde kann können muss müssen soll sollen will wollen " +
    "nichts alles alle etwas viel viele mehr weniger paar bisschen bissl mehrere einige andere anderen selbst " +
    "mal bitte danke eh ne nen nem ner " +
    // "die blaue mit dem logo": a preposition after an adjective ends the phrase; the noun is left out.
    "mit ohne statt durch gegen unter über neben hinter zwischen wegen trotz während ab " +
    // "früher war der besser": comparatives after a pronoun "der".
    "besser schlechter teurer billiger günstiger schneller langsamer lieber größer kleiner stärker schwächer " +
    "früher später eher weiter " +
    // "mit unserem kleinen team": a possessive after a preposition opens the phrase; the noun comes after it.
    "mein meine meinen meinem meiner dein deine deinen deinem deiner euer eure euren eurem eurer " +
    "unser unsere unseren unserem unserer jede jeden jedem jeder diese diesen diesem dieser dieses " +
    // "wie krieg ich das runter": a particle of the verb, no noun.
    "runter rauf rein raus hin her weg drauf drin dran zurück zurueck los"
  ).split(" "),
);

/** "keine mail mit dem pdf": a word said letter by letter takes capitals throughout ("PDF", not "Pdf"). */
const INITIALISMS = new Set("pdf sms pin iban bic qr url dhl ups dpd gls usb led lte wlan".split(" "));

const NUMBER_WORDS = /^(?:\d+[.,]?\d*\w*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|hundert)$/u;

/** An inflected adjective or participle: "neue", "kleinen", "lauwarmen", "bestellte", "italienischen". */
const ADJECTIVE = new RegExp(
  String.raw`^(?:(?:neu|alt|klein|groß|gross|falsch|kalt|warm|lauwarm|heiß|heiss|gut|schlecht|ganz|letzt|nächst|erst|zweit|dritt|viert|kaputt|defekt|teur|billig|lang|kurz|schnell|langsam|frisch|hell|dunkl|stark|schwach|leer|voll|offen|rot|grün|weiß|weiss|schwarz|braun|blau|gelb|best|schön|lieb|nett|normal|einzig|bisherig|neuest|ander|hinter|vorder|ober|inner|äußer|mittler|${COARSE_ADJECTIVE_STEMS}|lausig|miserabl)|\p{Ll}+(?:ig|lich|isch|bar|los|haft|sam)|ge\p{Ll}+[td])(?:e|en|er|es|em)$`,
  "u",
);

/** Nouns that look like a participle ("am geländer hängen", "die geschäfte"): ge-, a stem in t or d, an ending. */
const NOT_PARTICIPLE = new Set(
  "geländer gebäude gebäuden gebiete gebieten gemälde geräte geräten gerichte gerichten geschäfte geschäften gerüste gerüsten gesichter gedichte gelder geldern gebote geboten".split(
    " ",
  ),
);
const adjective = (word: string) => ADJECTIVE.test(word) && !NOT_PARTICIPLE.has(word);

/** Days and months are nouns wherever they stand: "seit freitag", "im märz". */
const CALENDAR =
  /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|april|juni|juli|august|september|oktober|november|dezember)$/u;

const UNITS = /^(?:grad|uhr|minuten|stunden|tage|tagen|wochen|monate|monaten|jahre|jahren|prozent|euro|cent|meter)$/u;

/** "kreuzberger", "ottensener", "kölner": the adjective of a town or quarter. */
const PLACE_ADJECTIVE =
  /^(?:berlin|hamburg|leipzig|kreuzberg|ottensen|altona|köln|bonn|düsseldorf|münchn|frankfurt|dresden|bremen|hannover|neuss|ehrenfeld|\p{Ll}+(?:berg|burg|dorf|stadt|heim|hausen|ingen|feld))er$/u;
/** A model's letters: two or three without a vowel, not a unit or an abbreviation ("kg", "nr"). */
const CODE_LETTERS =
  /^(?!(?:nr|st|ml|kg|km|mg|cm|mm|qm|std|min|kwh|ct|tl|el|gr|hr|mr|ms|mrs|dr|ps|pls|thx|bzw|zb|vs)$)[b-df-hj-np-tv-xz]{2,3}$/u;

/** Names of two words, both nouns: "Flat White", "Cold Brew". */
const SECOND_WORD = /^(?:flat white|cold brew|chai latte|iced latte|pour over)$/u;

const WORD = /\p{L}[\p{L}-]*|\d+[.,]?\d*\w*|[^\s\p{L}\d]+/gu;

/** Whether the text writes its nouns small: hardly a capital after the first letter of a sentence. */
function writtenSmall(text: string): boolean {
  // "… schlechte entscheidung @Rheinwerk": a handle is written as the account is named, not as the writer writes.
  const words = text.match(/(?<![.!?]\s|^|[@#])\b\p{L}+/gu) ?? [];
  if (words.length < 5) return false;
  const capitals = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitals <= words.length / 25;
}

/** Whether the text is shouted: nearly every word of two letters or more written in capitals. */
function writtenLoud(text: string): boolean {
  // A comment shouts in a few lines; a wall of capitals at the length cap is no comment to read aloud.
  if (text.length > 2000) return false;
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  if (words.length < 5) return false;
  return words.filter((word) => word === word.toUpperCase()).length >= words.length * 0.8;
}

/**
 * "HEAT PUMP DEAD AGAIN … I HAVE A 6 MONTH OLD BABY": English shouted is read in small letters, so that "A 6" is no
 * model and "HEAT PUMP" is said back as "heat pump". Codes keep their capitals ("KK-58213", "WP 12" stays "WP").
 */
export function quietened(written: string): string {
  if (!writtenLoud(written)) return written;
  return written.replace(/(?<![\p{L}\d-])\p{L}+(?![\p{L}\d-])/gu, (word, at: number) =>
    word === "I" || (word.length > 1 && /^\s\d/u.test(written.slice(at + word.length))) ? word : word.toLowerCase(),
  );
}

export function truecased(written: string): string {
  // "ICH HABE AM 2. JANUAR MEINEN ZÄHLERSTAND … GEMELDET": shouted text is read as if written small, so that its
  // nouns, dates and numbers' labels are said back in ordinary case ("Kundennummer", "am 2. Januar").
  const text = writtenLoud(written) ? written.toLowerCase() : written;
  if (!writtenSmall(text)) return text;
  const tokens = [...text.matchAll(WORD)];
  const nouns = new Set<number>();
  for (let at = 0; at < tokens.length; at++) {
    if (CALENDAR.test(tokens[at]?.[0] ?? "")) nouns.add(at);
    // "über 17 grad", "bis 18 uhr", "seit 3 wochen": a unit after a number is a noun.
    if (UNITS.test(tokens[at]?.[0] ?? "") && /^\d/u.test(tokens[at - 1]?.[0] ?? "")) nouns.add(at);
    if (!OPENERS.has((tokens[at]?.[0] ?? "").toLowerCase())) continue;
    let next = at + 1;
    while (next < tokens.length && NUMBER_WORDS.test(tokens[next]?.[0] ?? "")) next++;
    // Adjectives before the noun, as long as another word follows them.
    while (
      next + 1 < tokens.length &&
      adjective(tokens[next]?.[0] ?? "") &&
      /^\p{L}/u.test(tokens[next + 1]?.[0] ?? "")
    )
      next++;
    // "im kreuzberger laden": a place's adjective is written with a capital, and the noun after it too.
    if (PLACE_ADJECTIVE.test(tokens[next]?.[0] ?? "") && /^\p{Ll}/u.test(tokens[next + 1]?.[0] ?? ""))
      nouns.add(next++);
    const word = tokens[next]?.[0] ?? "";
    if (/^\p{Ll}[\p{L}-]{2,}$/u.test(word) && !NEVER.has(word) && !adjective(word)) {
      nouns.add(next);
      // "nen flat white", "ein cold brew": a drink's name of two words.
      if (SECOND_WORD.test(`${word} ${tokens[next + 1]?.[0] ?? ""}`)) nouns.add(next + 1);
    }
  }
  const codes = new Set<number>();
  for (let at = 0; at + 1 < tokens.length; at++) {
    // "unsere wp 9 ist aus", "die pv 30": letters without a vowel before a number name a model.
    if (CODE_LETTERS.test(tokens[at]?.[0] ?? "") && /^\d/u.test(tokens[at + 1]?.[0] ?? "")) codes.add(at);
  }
  if (nouns.size === 0 && codes.size === 0) return text;
  let out = "";
  let last = 0;
  for (const at of [...new Set([...nouns, ...codes])].sort((a, b) => a - b)) {
    const match = tokens[at];
    if (!match || match.index === undefined) continue;
    // "wärmepumpen-werbung": every part of a compound written with a hyphen.
    out +=
      text.slice(last, match.index) +
      (codes.has(at) || INITIALISMS.has(match[0])
        ? match[0].toUpperCase()
        : match[0].replace(/(^|-)(\p{Ll})/gu, (_, dash, letter) => dash + letter.toUpperCase()));
    last = match.index + match[0].length;
  }
  return out + text.slice(last);
}
