import { wordKey } from "../fold";
import { LEXICON } from "../lexicon";
import type { Token } from "../normalise";
import { type Context, evidenceOf, nearest, negated, said } from "./context";

/**
 * Old xenophobic tropes said of a group (lexicon/stereotypes.ts): "Die Ausländer nehmen uns die Arbeitsplätze
 * weg". Not a violation a rule may call deletable — it argues, however wrongly — but not criticism either: the
 * words go to `review`. "Nicht die Migranten nehmen uns die Jobs weg, sondern …" and quoted or countered claims
 * ("Wer sagt, Ausländer …, irrt") are not said.
 */
const REACH = 8;
const OWN = new Set(["mein", "meine", "meiner", "meinem", "meinen", "my", "unser", "unsere", "our"]);

/** Disgust said as a sentence of its own: "Widerlich.", "Einfach nur ekelhaft!", "Disgusting." */
const DISGUST = new Set(
  ["widerlich", "ekelhaft", "abartig", "abstossend", "pervers", "disgusting", "gross", "vile", "sick"].map(wordKey),
);
/** What is done to a group, which the disgust may be about: "Muslime werden diskriminiert. Widerlich." */
const DONE_TO = new Set(
  [
    "diskriminiert",
    "angegriffen",
    "beleidigt",
    "verfolgt",
    "bedroht",
    "ausgegrenzt",
    "benachteiligt",
    "gemobbt",
    "angefeindet",
    "attacked",
    "discriminated",
    "harassed",
    "abused",
    "targeted",
    "excluded",
    "bullied",
    "insulted",
  ].map(wordKey),
);

/** Countries a commenter sends people "back" to, and the words for "your own country" (in SENT_HOME too). */
const COUNTRIES_EN_WORDS =
  "india pakistan africa china mexico poland romania turkey syria afghanistan bangladesh nigeria somalia morocco iraq iran albania russia vietnam jamaica asia".split(
    " ",
  );
const COUNTRIES_DE_WORDS =
  "indien pakistan afrika china mexiko polen rumänien türkei syrien afghanistan bangladesch nigeria somalia marokko irak iran albanien russland vietnam asien".split(
    " ",
  );
const COUNTRIES_EN = [...COUNTRIES_EN_WORDS, "your (?:own )?country"].join("|");
const COUNTRIES_DE = [...COUNTRIES_DE_WORDS, "deine heimat", "eure heimat", "dein land", "euer land"].join("|");
/**
 * "Go back to India, you scammer", "Geht doch zurück in die Türkei": sent home by a country's name, as a command at
 * the start of a sentence or clause — not "when I go back to India next month".
 */
const SENT_HOME = new RegExp(
  `(?:^|[.!?,;:]\\s*|\\b(?:just|now|then|dann|doch)\\s+)(?:go|get|fly|piss off|fuck off|sod off)\\s+(?:back\\s+)?(?:home\\s+)?to\\s+(?:${COUNTRIES_EN})\\b|(?:^|[.!?,;:]\\s*)(?:geh|geht|haut ab|hau ab|verpisst euch|verpiss dich|verschwindet|verschwinde)\\s+(?:doch\\s+)?(?:endlich\\s+)?(?:wieder\\s+)?(?:zurück\\s+)?(?:nach|in die|in den|in)\\s+(?:${COUNTRIES_DE})\\b`,
  "iu",
);

/** The words SENT_HOME needs, as the gate reads them: a command and a country. */
const HOME_COMMANDS = new Set(
  "go get fly piss fuck sod geh geht haut hau verpisst verpiss verschwindet verschwinde".split(" ").map(wordKey),
);
const HOMES = new Set([...COUNTRIES_EN_WORDS, ...COUNTRIES_DE_WORDS, "heimat", "land", "country"].map(wordKey));

export function mayStereotype(tokens: readonly Token[]): boolean {
  return (
    LEXICON.stereotypeClaims.mayHit(tokens) ||
    (tokens.some((token) => HOME_COMMANDS.has(token.key)) && tokens.some((token) => HOMES.has(token.key))) ||
    LEXICON.stereotypeAlone.mayHit(tokens) ||
    tokens.some((token) => DISGUST.has(token.key))
  );
}

/**
 * "Schwule in der Werbung, muss das sein? Widerlich.": a group named, then disgust as a sentence of its own. Not a
 * rule's licence to delete (what the disgust is about is not said), but not criticism to thank either.
 */
function disgustAfterGroup(context: Context): string[] {
  const { tokens } = context;
  const { sentence, sentenceStart, sentenceEnd } = context.structure;
  const found: string[] = [];
  tokens.forEach((token, at) => {
    if (!DISGUST.has(token.key)) return;
    const own = sentence[at] as number;
    const start = sentenceStart[own] as number;
    const end = sentenceEnd[own] as number;
    if (end - start > 3 || own === 0) return;
    const from = sentenceStart[own - 1] as number;
    for (let before = start - 1; before >= from; before--) {
      if (!context.roles.group[before]) continue;
      if (tokens.slice(from, start).some((word) => DONE_TO.has(word.key))) return;
      found.push(evidenceOf(context, before, { from: at, to: at }));
      return;
    }
  });
  return found;
}

export function findStereotypes(context: Context): string[] {
  const found: string[] = [];
  for (const hit of said(context, LEXICON.stereotypeAlone.find(context.tokens))) {
    found.push(evidenceOf(context, hit.from, hit));
  }
  for (const hit of said(context, LEXICON.stereotypeClaims.find(context.tokens))) {
    const group = nearest(context, context.roles.group, hit, REACH);
    if (group === -1 || negated(context, hit, group)) continue;
    // "Meine Oma kann kein Deutsch lesen, gibt es die Rechnung auf Türkisch?": said of one's own, not of a group.
    if (context.tokens.slice(Math.max(0, hit.from - 3), hit.from).some((token) => OWN.has(token.key))) continue;
    found.push(evidenceOf(context, group, hit));
  }
  found.push(...disgustAfterGroup(context));
  const home = SENT_HOME.exec(context.normalised.text);
  if (home) found.push(home[0].replace(/^[.!?,;:\s]+/u, "").trim());
  return [...new Set(found)];
}
