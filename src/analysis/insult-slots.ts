import { LEXICON } from "./lexicon";
import { nameAsSubject } from "./names";
import type { Normalised, Token } from "./normalise";

/**
 * Insults no word list holds, found where insults stand: a noun said to someone ("du Kernseifenloser", "Sie
 * Würstel", "you absolute muppet"), said of someone by a copula ("Seehofer ist eine bayrische Oberpfeife", "du
 * bist ein Lump", "he's a total gobshite") or pointed at ("diese Dummbacke", "so eine Schreckschraube"). The noun
 * must weigh heavily in the trained model on its own (its character n-grams carry what it is built from), and
 * assess.ts asks this only when the model also finds the whole comment abusive, so a rule still names the words
 * and the model confirms them, as with the derogatory list. The slot is what keeps it from firing on strong words
 * about things ("Das ist Schwachsinn", "diese Abzocke"), which are criticism.
 */

/** Nouns that judge a thing, a deed or a place, not a person: strong, but nobody is called one. */
const THINGS =
  /^(?:scheiss\w*|mist|dreck\w*|muell|abfall|schande|witz|katastroph\w*|frechheit|zumutung|unding|skandal\w*|luege\w*|bloedsinn|schwachsinn|quatsch|unsinn|verarsch\w*|abzock\w*|gelaber|geschwaetz|laden|saftladen|haufen|unverschaemtheit|hohn|verein|land|hetze|propaganda|shit|bullshit|crap|joke|disgrace|mess|scam|ripoff|rip|nonsense|garbage|rubbish|bs|murks|pfusch|flop|reinfall|desaster|debakel|fehlschlag|rohrkrepierer)$/u;

/** Words between the anchor and the noun that only describe it: adjectives, intensifiers. */
const INTENSIFIERS = new Set(
  "so voll total echt richtig absolut ganz riesen ziemlich wirklich verdammt absolute complete utter real fucking bloody such".split(
    " ",
  ),
);
/** Small words (folded, as tokens' keys are) that are never an adjective before the noun. */
const FUNCTION = new Set(
  "der die das den dem des ein eine einen einem einer eines mit von ohne fuer auf in an zu bei nach aus um wie als und oder aber wer wen wem was wo ich mich mir wir uns ihr euch sie ihnen es man auch noch schon nur mal nie nicht kein keine keinen keiner keinem gerne immer wieder hier dort heute jetzt the a an like life me him her them and or of to in on for with at by from as than that this these those is are was were be".split(
    " ",
  ),
);
const NEGATORS = new Set("kein keine keinen keiner keinem nicht nie niemals not no never".split(" "));
const ARTICLES = new Set("ein eine einer einen ne nen n der die a an".split(" "));
const DEMONSTRATIVES = new Set("dieser diese diesen diesem dieses".split(" "));
const COPULAS = {
  de: new Set("bist ist sind seid war warst bleibst bleibt".split(" ")),
  en: new Set("are is was were".split(" ")),
};
/** What makes "so ein …", "was für ein …", "what a …" a slot. */
const INDEFINITE = new Set("ein eine einen einem ne nen a an".split(" "));
/** Words a copula and its noun may have between them: "Du bist doch echt ein …", "you are such a …". */
const FILLERS = new Set("doch ja echt wirklich halt einfach nur auch schon eh so really just such truly".split(" "));
const TITLES = new Set("frau herr herrn dr mr mrs ms miss".split(" "));
const GLUED = new Set(["youre", "hes", "shes", "ur"]);
const EXCLAIM = new Set(["ach", "oh", "och", "ohje"]);
/** People a copula's subject may be: "du bist", "Sie sind" (formal), "er ist", "she's". */
const SUBJECTS = new Set("du er sie you u he she".split(" "));

function capitalised(text: string, token: Token): boolean {
  const first = text.charAt(token.start);
  return first !== first.toLowerCase();
}

function joined(text: string, left: Token, right: Token): boolean {
  return !/[.,!?;:\n()"“”„]/.test(text.slice(left.end, right.start));
}

function describes(text: string, token: Token, german: boolean, weighty: boolean): boolean {
  if (token.kind !== "word" || NEGATORS.has(token.key) || FUNCTION.has(token.key)) return false;
  if (INTENSIFIERS.has(token.key)) return true;
  // German adjectives are written small and end in an inflection; English ones cannot be told by their form, so
  // only a word that weighs itself ("stupid", "fat") may stand before the noun.
  return german ? !capitalised(text, token) && /(?:e|en|er|es|em)$/.test(token.key) : weighty;
}

/** English has no capital for nouns: the insult ends its clause ("you're a muppet.", "he's a clown and …"). */
const ENGLISH_AFTER = new Set("and who that lol lmao haha bro mate".split(" "));
function endsPhrase(text: string, tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (next?.kind !== "word") return true;
  return !joined(text, tokens[at] as Token, next) || ENGLISH_AFTER.has(next.key);
}

/** "du bist", "bist du", "Sie sind", "er ist", "Seehofer ist", "you're": a person is the copula's subject. */
function personSubject(normalised: Normalised, copula: number): number | undefined {
  const { tokens, text } = normalised;
  const verb = tokens[copula] as Token;
  for (const at of [copula - 1, copula + 1]) {
    const subject = tokens[at];
    if (!subject || subject.quoted || !joined(text, at < copula ? subject : verb, at < copula ? verb : subject))
      continue;
    if (verb.key === "sind" || verb.key === "seid") {
      // Plural: only the formal "Sie" speaks to one person; "die sind alle …" is a group, read elsewhere.
      if (subject.key === "sie" && capitalised(text, subject) && at > 0) return at;
      continue;
    }
    if (SUBJECTS.has(subject.key)) return at;
    if (at < copula && !THINGS.test(subject.key) && nameAsSubject(normalised, at)) return at;
    // "Frau Krämer ist …", "Mr Hill is …": a surname after a title.
    if (at === copula - 1 && TITLES.has(tokens[at - 1]?.key ?? "") && capitalised(text, subject)) return at - 1;
  }
  return undefined;
}

/**
 * The insults said in a slot whose noun weighs at least `threshold` in the model (`weigh` gives a word's average
 * feature weight), as written from the slot's start: "Seehofer ist eine bayrische Oberpfeife", "du Würstel".
 */
export function insultsInSlots(
  normalised: Normalised,
  german: boolean,
  weigh: (token: Token) => number,
  threshold: number,
): string[] {
  const { tokens, text } = normalised;
  const found: string[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const noun = tokens[at] as Token;
    if (noun.kind !== "word" || noun.quoted || noun.key.length < 3) continue;
    if (german ? !capitalised(text, noun) : !endsPhrase(text, tokens, at)) continue;
    if (FUNCTION.has(noun.key) || SUBJECTS.has(noun.key) || THINGS.test(noun.loose ?? noun.key)) continue;
    if (THINGS.test(noun.key) || LEXICON.groups.hasToken(noun) || LEXICON.people.hasToken(noun)) continue;
    let anchor = at - 1;
    while (
      anchor >= 0 &&
      at - anchor <= 3 &&
      describes(text, tokens[anchor] as Token, german, !german && weigh(tokens[anchor] as Token) >= threshold) &&
      joined(text, tokens[anchor] as Token, tokens[anchor + 1] as Token)
    )
      anchor--;
    const start = slotStart(normalised, anchor, german);
    if (start === undefined || !joined(text, tokens[anchor] as Token, tokens[anchor + 1] as Token)) continue;
    if (weigh(noun) < threshold) continue;
    found.push(text.slice((tokens[start] as Token).start, noun.end));
  }
  return found;
}

/** Where the slot that ends at the noun begins, or undefined if the words before it make no slot. */
function slotStart(normalised: Normalised, anchor: number, german: boolean): number | undefined {
  const { tokens, text } = normalised;
  const word = tokens[anchor];
  if (!word || word.quoted) return undefined;
  const before = tokens[anchor - 1];
  if (before && NEGATORS.has(before.key)) return undefined;
  // Vocative: "du Kernseifenloser", "Sie Würstel", "you muppet" (not "Ach du Scheiße").
  if (word.key === "du" || (!german && (word.key === "you" || word.key === "u"))) {
    if (before && EXCLAIM.has(before.key)) return undefined;
    // "you" is also the subject or an object ("are you", "I told you"); a vocative opens its clause.
    if (!german && before?.kind === "word" && joined(text, before, word)) return undefined;
    return anchor;
  }
  if (german && word.key === "sie" && capitalised(text, word) && anchor > 0 && before?.kind === "word") {
    return joined(text, before, word) && !/[.!?]\s*$/.test(text.slice(0, word.start)) ? anchor : undefined;
  }
  // English "that" and "this" are as often a relative or a pronoun as a pointer: only German points this way.
  if (german && DEMONSTRATIVES.has(word.key)) return anchor;
  // "so ein Schwachmat", "was für eine Pfeife", "what a muppet".
  if (INDEFINITE.has(word.key) && (before?.key === "so" || before?.key === "what")) return anchor - 1;
  if (INDEFINITE.has(word.key) && before?.key === "fuer" && tokens[anchor - 2]?.key === "was") return anchor - 2;
  // A copula with a person as its subject, maybe an article and fillers between: "er ist doch ein …".
  let copula = anchor;
  if (ARTICLES.has(tokens[copula]?.key ?? "")) copula--;
  while (copula >= 0 && FILLERS.has(tokens[copula]?.key ?? "")) copula--;
  const verb = tokens[copula];
  // "you're", "he's", "ur" are written as one word: subject and copula at once.
  if (verb && GLUED.has(verb.key) && copula < anchor) return copula;
  if (!verb || !COPULAS[german ? "de" : "en"].has(verb.key) || NEGATORS.has(tokens[copula + 1]?.key ?? ""))
    return undefined;
  const subject = personSubject(normalised, copula);
  if (subject === undefined) return undefined;
  const from = Math.min(subject, copula);
  // "I'm not saying she's a …", "Ich sage nicht, dass er ein … ist": denied before the clause.
  for (let at = Math.max(0, from - 4); at < from; at++) if (NEGATORS.has((tokens[at] as Token).key)) return undefined;
  return from;
}
