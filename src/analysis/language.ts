import type { Language } from "../shared/assessment";
import type { Token } from "./normalise";

/**
 * German or English, or `und` when a comment gives too little to tell. Short comments defeat general language
 * detectors (they are trained on sentences); the most frequent words of each language and a few spellings decide
 * instead. Measured against eld, tinyld and franc-min on the data: see scripts/bench/language.ts and the README.
 */

const GERMAN = new Set(
  (
    "der die das und ist nicht ich ein eine einen einem einer zu den mit sich auf fuer es du sie wir ihr im " +
    "von dem des auch als an wie so noch aber nur hat habe haben wird werden sind bin bist seid war mal ja nein " +
    "doch wenn dann schon was wer wo warum wieso kann koennen muss mehr sehr gibt gut danke bitte dass " +
    "oder weil euch dich mir mich dir uns unser euer eure ihre ihren mein meine meinen kein keine keinen immer " +
    "hier jetzt heute gerade wieder nichts alles alle man nach bei aus ueber vor zum zur durch seit leider " +
    "eigentlich einfach genau echt total vielleicht endlich wirklich weiss geht gehts hallo liebe hab direkt gleich " +
    "nix halt mega montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende " +
    // "Kennt jemand ein gutes Café in Dresden?": short questions to other readers.
    "jemand niemand kennt gutes guter gute etwas " +
    // "Plastikdeckel bei To-go? Ernsthaft, 2025?": surprise said in German.
    "ernsthaft ernsthaftig " +
    // "Hi, habt ihr an Heiligabend offen?": "hi" and "an" are English words too.
    "habt hast eurem euren eurer steht liegt " +
    // "habt ihr am ostermontag in leipzig offen? will mit meiner oma hin": possessives and "offen" no English text uses.
    "meiner meinem deiner deinem offen geoeffnet oma opa " +
    // "Na toll. 45 Minuten uff meinen Hafer-Flat-White jewartet. Janz großes Kino, Leute": dialect keeps these.
    "toll leute minuten stunden " +
    // "Mei, do Kaffee is fei guad", "wat kost dat", "ick hab nüscht jekriegt": dialect words no English text uses.
    "mei fei guad hod hob hoid dazua ned nimmer scho bissl bisserl bissle wos wia oiso jetz gell gelle koi nich nee " +
    "dat wat jut det ick jibt ooch nu getz hoemma " +
    // "großes lob an jule in kreuzberg!! bester cortado ever": praise typed small among borrowed words.
    "lob grosses grosse grossen beste bester besten lecker " +
    // "Hotline Nummer?", "Rechnung??": the nouns a customer asks about in two words.
    "nummer rechnung bestellung lieferung frage kosten kostet zaehler stoerung antwort " +
    // "Abo-Paket kam leer an. wtf": a parcel told of in a few German words, with English slang beside them.
    "kam kamen leer paket abo " +
    // "Abzockerverein. Punkt.": the full stop said as a word, to end the matter.
    "punkt basta schluss"
  ).split(" "),
);

/** "am Montag", "am 3.": the German "am" before a day or a date is no English "am". */
const DAY_OR_DATE =
  /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|abend|morgen|vormittag|nachmittag|feiertag|ostermontag|pfingstmontag|karfreitag|heiligabend|silvester|\d+)$/u;

const ENGLISH = new Set(
  (
    "the and is are not i a an to of in it you that this for on with was be have has had do does did but they " +
    "we my your me what when why where how can could would should will just so if or at from there their them " +
    "he she his her our us no yes all any been being am its im dont cant wont thanks " +
    "thank please still get got very really about by out up who which than then now today again never " +
    "here because know like want need one some more only also even back help hi hello pls plz thx " +
    // "@TMobile anyone else experience total service loss???": asking the other readers; "total" is German too.
    "anyone anybody someone somebody everyone everybody else"
  ).split(" "),
);

/** Whether a word is one of either language's most frequent (function) words: "ich", "heute", "what". */
export function isFrequentWord(key: string): boolean {
  return GERMAN.has(key) || ENGLISH.has(key);
}

const UMLAUTS = /[äöüßÄÖÜ]/g;

/** Spellings only one of the two languages uses, read from a folded word's ends (linear in its length). */
function germanSpelling(key: string): boolean {
  return (
    key.includes("sch") ||
    key.includes("tz") ||
    key.endsWith("ck") ||
    key.endsWith("ung") ||
    key.endsWith("keit") ||
    key.endsWith("heit") ||
    // "Abzockerverein", "Saftladen", "Hipsterbude", "Chaotenhaufen": what a company is called in anger.
    key.endsWith("verein") ||
    key.endsWith("laden") ||
    key.endsWith("bude") ||
    key.endsWith("haufen") ||
    key.endsWith("lich") ||
    (key.startsWith("ge") && key.endsWith("t") && key.length > 4) ||
    // Separable participles: "zugeschlagen", "angerufen", "ausgebucht".
    /^(?:zu|an|ab|aus|ein|auf|vor|mit|nach|um|weg)ge[a-z]{3,}(?:t|en)$/.test(key)
  );
}

function englishSpelling(key: string): boolean {
  return (
    key.startsWith("th") ||
    key.startsWith("wh") ||
    (key.endsWith("ing") && key.length > 4) ||
    (key.endsWith("ly") && key.length > 3) ||
    key.endsWith("ould") ||
    key.endsWith("tion")
  );
}

export interface LanguageGuess {
  language: Language;
  /** Evidence for German minus evidence for English, before the decision. */
  margin: number;
}

const TO_GO = /(?<!\p{L})to-go(?!\p{L})/iu;

export function detectLanguage(text: string, tokens: readonly Token[]): LanguageGuess {
  // Umlauts and ß are German evidence wherever they stand; each word counts at most once below.
  let german = Math.min(3, (text.slice(0, 2000).match(UMLAUTS)?.length ?? 0) * 0.5);
  let english = 0;
  let words = 0;
  for (const [at, token] of tokens.entries()) {
    if (token.kind !== "word" || token.key.length > 40) continue;
    if (++words > 200) break;
    const { key } = token;
    // "bei To-go", "To-go-Becher": the borrowed word says nothing of the language around it.
    if ((key === "to" || key === "go") && TO_GO.test(text)) continue;
    if (GERMAN.has(key)) german += 1;
    const germanAm = key === "am" && DAY_OR_DATE.test(tokens[at + 1]?.key ?? "") && tokens[at - 1]?.key !== "i";
    if (germanAm) german += 1;
    else if (ENGLISH.has(key)) english += 1;
    if (germanSpelling(key)) german += 0.5;
    if (englishSpelling(key)) english += 0.5;
  }
  const margin = german - english;
  // "😡😡 Bestellung??", "🥶🥶🥶 Wärmepumpe": one word that only one language spells so is enough when nothing speaks
  // for the other; a word both languages write ("Preis", "top") still tells nothing.
  const oneSided = (german === 0 || english === 0) && Math.abs(margin) >= 0.5;
  if ((german + english < 1 && !oneSided) || Math.abs(margin) < 0.5) return { language: "und", margin };
  return { language: margin > 0 ? "de" : "en", margin };
}
