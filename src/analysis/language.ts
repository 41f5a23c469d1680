import type { Language } from "../shared/assessment";
import type { Token } from "./normalise";

/**
 * German or English, or `und` when a comment gives too little to tell. Short comments defeat general language
 * detectors (they are trained on sentences); the most frequent words of each language and a few spellings decide
 * instead. Measured against eld, tinyld and franc-min on the data: see scripts/bench/language.ts and the README.
 */

const GERMAN = new Set(
  (
    "der die das und ist nicht ich ein eine einen einem einer zu den mit sich auf für fuer es du sie wir ihr im " +
    "von dem des auch als an wie so noch aber nur hat habe haben wird werden sind bin bist seid war mal ja nein " +
    "doch wenn dann schon was wer wo warum wieso kann können koennen muss mehr sehr gibt gut danke bitte dass " +
    "oder weil euch dich mir mich dir uns unser euer eure ihre ihren mein meine meinen kein keine keinen immer " +
    "hier jetzt heute gerade wieder nichts alles alle man nach bei aus über ueber vor zum zur durch seit leider " +
    "eigentlich einfach genau echt total vielleicht endlich wirklich warum weiß weiss geht gehts hallo liebe"
  ).split(" "),
);

const ENGLISH = new Set(
  (
    "the and is are not i a an to of in it you that this for on with was be have has had do does did but they " +
    "we my your me what when why where how can could would should will just so if or at from there their them " +
    "he she his her our us no yes all any been being am its it's im dont don't cant can't wont won't thanks " +
    "thank please still get got been very really about by out up who which than then now today again never " +
    "here because know like want need one some more only also even back help hi hello"
  ).split(" "),
);

/** Letters and spellings only one of the two languages uses. */
const GERMAN_SPELLING = /[äöüß]|sch|tz|ck\b|\bge\w+t\b|ung\b|keit\b|heit\b|lich\b/i;
const ENGLISH_SPELLING = /\bth|\w+ing\b|\w+ly\b|\bwh|ould\b|tion\b/i;

export interface LanguageGuess {
  language: Language;
  /** Evidence for German minus evidence for English, before the decision. */
  margin: number;
}

export function detectLanguage(text: string, tokens: readonly Token[]): LanguageGuess {
  let german = 0;
  let english = 0;
  let words = 0;
  for (const token of tokens) {
    if (token.kind !== "word") continue;
    words++;
    if (words > 200) break;
    const lower = text.slice(token.start, token.end).toLowerCase();
    if (GERMAN.has(lower)) german += 1;
    if (ENGLISH.has(lower)) english += 1;
    if (GERMAN_SPELLING.test(lower)) german += 0.5;
    if (ENGLISH_SPELLING.test(lower)) english += 0.5;
  }
  const margin = german - english;
  if (german + english < 1 || Math.abs(margin) < 0.5) return { language: "und", margin };
  return { language: margin > 0 ? "de" : "en", margin };
}
