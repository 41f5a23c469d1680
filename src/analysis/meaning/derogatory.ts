import { wordKey } from "../fold";
import { LEXICON } from "../lexicon";
import { keysIn, type Token } from "../normalise";
import { type Context, isNegator, type MeaningFinding, POINTING } from "./context";

/**
 * Derogatory words for people (lexicon/derogatory.ts): candidates, not verdicts. A word that only denotes a
 * person ("Stümper", "Witzfigur", "loser") is a candidate wherever it is said; one that may be said of a thing
 * ("Dreck", "stupid", "Pack") only beside a person — someone addressed, people, a group, or a pronoun for them
 * ("bekloppter Politiker", "ihr Pack"). A name is not told from a noun ("dämliche Aktion"), so it does not count. assess.ts turns a candidate into an insult only when the
 * model also finds the comment abusive.
 */

const SELF = new Set(["ich", "mich", "mir", "i", "me", "myself", "im"]);

function personNear(context: Context, at: number): boolean {
  const { roles, structure } = context;
  for (let other = Math.max(0, at - 3); other <= Math.min(context.tokens.length - 1, at + 3); other++) {
    if (other === at || structure.clause[other] !== structure.clause[at]) continue;
    // A mention opens most replies, so "@user trash" may be about anything: it does not count.
    if (context.tokens[other]?.kind === "mention") continue;
    if (roles.addressee[other] || roles.people[other] || roles.group[other] || roles.pronoun[other]) return true;
  }
  return false;
}

/** "Für wie dumm haltet ihr eure Kunden?": the company is accused of taking people for fools; nobody is called one. */
const FOR_FOOLS = /\bfür\s(?:wie\s|so\s)?$/iu;
const THINK_US =
  /\b(?:think|thinks|treat|treats|treating|treated)\s(?:we(?:'re|’re| are)|us\s(?:all\s)?(?:as|like)|(?:your|their) customers (?:are|as|like))\s(?:all\s)?$|\btake\sus\sfor\s$|\bbehandel[nt]?\s(?:uns|(?:eure|ihre)\skunden)\s(?:alle\s)?(?:wie|als)\s(?:die\s)?$/iu;
const TAKE = new Set(["haltet", "halten", "haeltst", "hältst", "verkauft", "verkaufen"]);

function excused(context: Context, at: number): boolean {
  const { tokens } = context;
  const word = tokens[at] as Token;
  if (
    FOR_FOOLS.test(context.normalised.text.slice(Math.max(0, word.start - 10), word.start)) &&
    TAKE.has(tokens[at + 1]?.key ?? "")
  )
    return true;
  // "Do you think we're stupid?": the company accused of taking customers for fools.
  if (THINK_US.test(context.normalised.text.slice(Math.max(0, word.start - 30), word.start))) return true;
  // "Meine Fresse!" is an exclamation, like "my God".
  if (tokens[at - 1]?.key === "meine" && tokens[at]?.key === "fresse") return true;
  // "Ich will diese Stümper nicht": a demonstrative points away from the speaker.
  const pointed = POINTING.has(tokens[at - 1]?.key ?? "");
  for (let before = Math.max(0, at - 3); before < at; before++) {
    if (isNegator(context, before)) return true;
    if (!pointed && SELF.has((tokens[before] as Token).key)) return true;
  }
  return false;
}

/**
 * "in den Gelben Sack werfen", "ein Sack voll Bohnen", "hat uns einen Lappen hingelegt": a bag or a cloth, nobody
 * called a "Sack" or a "Lappen". Not "so einen Lappen wie dich": said of someone.
 */
function aBag(tokens: readonly Token[], at: number): boolean {
  const key = tokens[at]?.key ?? "";
  // "Das Pack Kaffee kam kaputt an", "2 Pack Filter": a pack of something, no crowd.
  if (key === "pack") return PACKED.has(tokens[at + 1]?.key ?? "") || /^\d+$/u.test(tokens[at - 1]?.key ?? "");
  if (!BAG.has(key) && key !== "lappen") return false;
  const before = tokens[at - 1]?.key ?? "";
  const handed = A_THING.has(before) && !SUCH.has(tokens[at - 2]?.key ?? "");
  // "hat … nen neuen gemacht und noch den Lappen geholt", "mit dem Lappen aufgewischt": the cloth, fetched or used.
  if (key === "lappen")
    return (
      handed ||
      (CLOTH_ARTICLE.has(before) &&
        (tokens[at - 2]?.key === "mit" ||
          HANDLED.has(tokens[at + 1]?.key ?? "") ||
          HANDLED.has(tokens[at + 2]?.key ?? "")))
    );
  return (
    before.startsWith("gelb") ||
    tokens[at + 1]?.key === "voll" ||
    (tokens[at - 2]?.key === "in" && ["den", "die", "einen"].includes(before)) ||
    handed
  );
}
const BAG = new Set(["sack", "saecke"]);
const MADE_WITH = new Set(["light", "lights", "lamp", "proof", "box", "button", "check"]);
const PACKED = new Set(
  [
    "kaffee",
    "bohnen",
    "milch",
    "hafermilch",
    "tee",
    "kapseln",
    "pads",
    "filter",
    "filtertueten",
    "papier",
    "zucker",
  ].map(wordKey),
);
/** "einen Lappen hingelegt", "mit nem Lappen": a thing handed or used. */
const A_THING = new Set(["einen", "einem", "nen", "nem", "mit"]);
const SUCH = new Set(["so", "solchen", "solch", "du", "ihr", "dir", "dich"]);
const CLOTH_ARTICLE = new Set(["den", "dem"]);
const HANDLED = new Set(
  [
    "geholt",
    "holen",
    "holte",
    "gebracht",
    "gegeben",
    "gereicht",
    "genommen",
    "hingelegt",
    "gewischt",
    "aufgewischt",
    "weggewischt",
    "ausgewrungen",
  ].map(wordKey),
);

/**
 * "so ein Vollpfosten von Maschine", "an idiot of a printer": the word said of a thing, which insults nobody; so is a
 * bag or a cloth ("einen Lappen hingelegt").
 */
const THING = new Set(
  [
    "maschine",
    "automat",
    "vollautomat",
    "geraet",
    "ding",
    "teil",
    "app",
    "drucker",
    "website",
    "webseite",
    "machine",
    "printer",
    "thing",
    "device",
  ].map(wordKey),
);
export function ofAThing(tokens: readonly Token[], hit: { from: number; to: number }): boolean {
  if (hit.from === hit.to && aBag(tokens, hit.from)) return true;
  // "the red idiot light on our inverter", "finally idiot proof": a word made with the insult names a thing.
  if (MADE_WITH.has(tokens[hit.to + 1]?.key ?? "")) return true;
  const of = tokens[hit.to + 1]?.key;
  if (of !== "von" && of !== "of") return false;
  const next = tokens[hit.to + 2]?.key === "a" || tokens[hit.to + 2]?.key === "an" ? hit.to + 3 : hit.to + 2;
  return THING.has(tokens[next]?.key ?? "");
}

/** "fried chicken jerk chicken tater tots": the Jamaican dish, no jerk at anyone. */
export const FOOD_AFTER = ["chicken", "pork", "seasoning", "sauce", "marinade", "spice"];
/** "Frustration can be a bitch", "life's a bitch": the idiom says something is hard, and calls nobody anything. */
export const HARD_IDIOM =
  /\b(?:it|its|this|that|frustration|life|karma|traffic|work|monday|mondays|winter|homework|\d+)(?:'s|\sis|\swas|\scan\sbe|\scould\sbe|\swill\sbe|\s(?:is\s|s\s)?gonna\sbe|(?:'s|\sis)\sgonna\sbe|(?:'s|\sis)\sjust\sgonna\sbe)\sa\sbitch\b/iu;

const DUMB = new Set(["dumm", "daemlich", "dusslig", "dusselig", "duselig", "doof"]);
/** "sich dumm und dämlich verdienen", "dumm und dusslig zahlen": the pair says "a fortune", not "stupid". */
function richIdiom(tokens: readonly Token[], at: number): boolean {
  const pairAt =
    tokens[at + 1]?.key === "und" && DUMB.has(tokens[at + 2]?.key ?? "")
      ? at
      : tokens[at - 1]?.key === "und" && DUMB.has(tokens[at - 2]?.key ?? "")
        ? at - 2
        : -1;
  if (pairAt < 0 || !DUMB.has(tokens[pairAt]?.key ?? "")) return false;
  const around = keysIn(tokens, pairAt - 4, pairAt + 6);
  return /\b(?:verdien\w*|zahl\w*|bezahl\w*|gezahlt|such\w*|gesucht|red\w*|geredet|arbeit\w*|schuft\w*|kauf\w*)\b/u.test(
    around,
  );
}

/** "who made my mum a flat white": the English verb, not the German "Made" (maggot). */
const ENGLISH_AROUND = new Set(
  "who i he she they we you ya u yall em it has have had was were that which just me my her his our your their a an the us him them sure".split(
    " ",
  ),
);
function englishMade(tokens: readonly Token[], at: number): boolean {
  if ((tokens[at] as Token).key !== "made") return false;
  return ENGLISH_AROUND.has(tokens[at - 1]?.key ?? "") || ENGLISH_AROUND.has(tokens[at + 1]?.key ?? "");
}

/**
 * "sonst steh ich wieder als nasser Clown da", "I looked like a total clown": the writer's picture of themselves.
 * "als"/"like" before the word (past its adjectives), with "ich"/"I" a few words before.
 */
export function selfPictured(tokens: readonly Token[], at: number): boolean {
  let index = at - 1;
  while (index >= 0 && at - index <= 3 && !AS_LIKE.has(tokens[index]?.key ?? "")) index--;
  if (!AS_LIKE.has(tokens[index]?.key ?? "")) return false;
  // Not "I treat her like a …": the writer must be the one pictured, by a verb of seeming or standing, with nobody
  // else between.
  // "I stood outside at 7:45 last Wednesday like an idiot": the clause may run on between.
  const first = Math.max(0, index - 8);
  const before = tokens.slice(first, index);
  // "standing outside at 7:15 like an idiot rn": a post on X drops the "I" before what the writer is doing (not
  // "your barista was standing there like …": someone else is).
  const dropped = before.some(
    (token, i) =>
      (DOING.has(token.key) && !BE.has(tokens[first + i - 1]?.key ?? "")) ||
      (WALKING.has(token.key) && WALKED_AFTER.has(tokens[first + i - 1]?.key ?? "")),
  );
  return (
    (before.some((token) => SELF_PICTURED.has(token.key)) || dropped) &&
    (before.some((token) => SEEMING.has(token.key)) || dropped) &&
    !before.some((token) => OTHERS.has(token.key))
  );
}
const DOING = new Set(["standing", "sitting", "waiting"]);
// "Had to leave my coffee and trudge to an ATM in the rain like an absolute muppet": a way walked, the "I" dropped
// after "and" or "to" (not "your barista walked around like …").
const WALKING = new Set("trudge trudged trudging walk walked walking queue queued queuing queueing".split(" "));
const WALKED_AFTER = new Set(["and", "to", "then", "i"]);
const BE = new Set("was were is are be been s re".split(" "));
const AS_LIKE = new Set(["als", "wie", "like"]);
const SELF_PICTURED = new Set(["ich", "i", "me", "mich", "im"]);
const SEEMING = new Set(
  "steh stehe stand bin war fuehl fuehle fuehlte wirke sehe komm komme look looked looks feel felt sound sounded am was im stood sat waited wartete sass".split(
    " ",
  ),
);
const OTHERS = new Set("her him them you u ya sie ihn euch dich ihr".split(" "));

const SELF_MODE = /^-(?:moment|modus|mode|alarm|einwurf|hinweis|frage|kommentar|wissen)(?!\p{L})/iu;

/** "Unsere WP macht (seit gestern) Zicken": a machine acting up, the idiom; nobody is called a name. */
export function actingUp(tokens: readonly Token[], at: number): boolean {
  return (
    tokens[at]?.key === "zicken" &&
    tokens.slice(Math.max(0, at - 3), at).some((token) => /^mach(?:t|en|te|ten)$/u.test(token.key))
  );
}

export function findDerogatory(context: Context): MeaningFinding[] {
  const findings: MeaningFinding[] = [];
  const { tokens, countered, structure } = context;
  tokens.forEach((token, at) => {
    if (token.quoted || (token.kind !== "word" && token.kind !== "hashtag")) return;
    if (countered.has(structure.sentence[at] as number)) return;
    const person = LEXICON.derogatoryPeople.hasToken(token);
    if (!person && !(LEXICON.derogatoryOfPeople.hasToken(token) && personNear(context, at))) return;
    if (excused(context, at) || ofAThing(tokens, { from: at, to: at }) || englishMade(tokens, at)) return;
    // "ihr verdient euch dumm und dusslig": the idiom for earning a fortune, calling nobody stupid.
    if (richIdiom(tokens, at)) return;
    // "Kleiner Klugscheißer-Moment 🤓": the first part of a compound names a moment, a mode, nobody.
    if (SELF_MODE.test(context.normalised.text.slice(token.end, token.end + 12))) return;
    if (selfPictured(tokens, at) || actingUp(tokens, at)) return;
    // "jerk chicken", "Frustration can be a bitch": a dish, an idiom.
    if (
      FOOD_AFTER.includes(tokens[at + 1]?.key ?? "") ||
      (token.key.startsWith("bitch") && HARD_IDIOM.test(context.normalised.text))
    )
      return;
    findings.push({ kind: "insult", evidence: context.normalised.text.slice(token.start, token.end) });
  });
  return findings;
}
