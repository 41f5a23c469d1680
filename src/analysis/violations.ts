import type { Violation, ViolationKind } from "../shared/assessment";
import { swornAtCircumstances } from "./circumstance";
import { isMeasure, wordKey, wordKeyOneAsL } from "./fold";
import { LEXICON } from "./lexicon";
import { mayMean, readMeaning } from "./meaning";
import { contextOf, POINTING } from "./meaning/context";
import { actingUp, FOOD_AFTER, findDerogatory, HARD_IDIOM, ofAThing, selfPictured } from "./meaning/derogatory";
import { findStereotypes, mayStereotype } from "./meaning/stereotypes";
import { surnameOfMention } from "./names";
import { negatedAt } from "./negation";
import { holdsKey, type Normalised, type Token, written } from "./normalise";
import type { Hit } from "./phrase-list";
import type { WordSet } from "./word-set";

/**
 * The explicit rules for every kind of violation. Each finding names the words that triggered it, so a verdict
 * can always say why. Words in quotation marks, reported ("hat mich Idiot genannt"), negated ("nicht dumm") or
 * said of oneself ("ich Idiot") are not insults.
 */

const MAX_EVIDENCE = 5;
const MIDDLE_FINGER = "\u{1F595}";

type Finding = { kind: ViolationKind } & Hit;

function within(tokens: readonly Token[], from: number, to: number, set: WordSet): boolean {
  for (let at = Math.max(0, from); at <= Math.min(tokens.length - 1, to); at++) {
    const token = tokens[at] as Token;
    if (token.kind === "word" && set.hasToken(token)) return true;
  }
  return false;
}

function reported(tokens: readonly Token[], hit: Hit): boolean {
  if (within(tokens, hit.from - 6, hit.to + 4, LEXICON.reporting)) return true;
  for (let at = Math.max(0, hit.from - 6); at < hit.from; at++) {
    const next = tokens[at + 1];
    if (LEXICON.reportingEn.has((tokens[at] as Token).key) && next && /^(me|us|him|her|them|my)$/.test(next.key)) {
      return true;
    }
    // "Nobody's calling your staff idiots, but …": the name is denied, not given.
    if (
      LEXICON.reportingEn.has((tokens[at] as Token).key) &&
      tokens.slice(Math.max(0, at - 3), at).some((token) => NOBODY_SAYS.has(token.key))
    )
      return true;
  }
  return false;
}

const COARSE_INTENSIFIER =
  /^(?:arsch|sau|schweine|scheiss|scheiß)(?:kalt|heiss|heiß|teuer|knapp|langsam|frueh|früh|spaet|spät|laut|schwer|glatt)$/u;
const NOBODY_SAYS = new Set(["nobody", "nobodys", "noone", "no", "not", "never", "niemand"]);

function aboutSelf(tokens: readonly Token[], hit: Hit): boolean {
  if (POINTING.has(tokens[hit.from - 1]?.key ?? "")) return false;
  return (
    within(tokens, hit.from - 3, hit.from - 1, LEXICON.self) &&
    !within(tokens, hit.from - 3, hit.from - 1, LEXICON.secondPerson)
  );
}

/** "Rape? Cannibalism? You won't recognise…": a phrase is read within one sentence. */
function crossesSentence(normalised: Normalised, hit: Hit): boolean {
  const first = normalised.tokens[hit.from] as Token;
  const last = normalised.tokens[hit.to] as Token;
  return /[.!?]\s/.test(normalised.text.slice(first.end, last.start));
}

function quoted(tokens: readonly Token[], hit: Hit): boolean {
  return (tokens[hit.to] as Token).quoted || (tokens[hit.from] as Token).quoted;
}

/**
 * "Für wie dumm haltet ihr eure Kunden?", "Do you think we're stupid?", "treating us all like idiots", "behandelt
 * uns wie Vollidioten": the writer says the company takes its customers for fools. An accusation, criticism to
 * answer, not an insult of anyone.
 */
const THINKS_US_FOOLS =
  /\bfür\s(?:wie\s)?(?:dumm|blöd|bloed|doof|bescheuert|naiv|blöde|dämlich)\s(?:haltet|halten|hältst|haeltst|verkauft|verkaufen)\b|\b(?:think|take)\s(?:we(?:'re| are)|us\s(?:for|as))\s(?:stupid|idiots|fools|morons|dumb)\b|\btreat(?:s|ing|ed)?\s(?:us|(?:your|their)\scustomers)\s(?:all\s)?(?:like|as)\s(?:(?:complete|total|absolute)\s)?(?:stupid|idiots?|fools?|morons?|dumb)|\bbehandel[nt]?\s(?:uns|(?:eure|ihre)\skunden)\s(?:alle\s)?(?:wie|als)\s(?:die\s)?(?:\p{L}*(?:idioten|deppen|trottel)|dumme|doofe|bloede|blöde)(?!\p{L})/iu;
function thinksUsFools(normalised: Normalised, hit: Hit): boolean {
  const from = normalised.tokens[Math.max(0, hit.from - 5)]?.start ?? 0;
  const to = normalised.tokens[Math.min(normalised.tokens.length - 1, hit.to + 3)]?.end ?? normalised.text.length;
  return THINKS_US_FOOLS.test(normalised.text.slice(from, to));
}

function insultWord(normalised: Normalised, token: Token): boolean {
  if (token.kind === "emoji" || token.kind === "mention") return false;
  if (LEXICON.insultNouns.hasToken(token)) return true;
  const alternative = wordKeyOneAsL(normalised.text.slice(token.start, token.end));
  return alternative !== undefined && LEXICON.insultNouns.has(alternative);
}

const THING_AFTER = new Set(FOOD_AFTER.map(wordKey));
/**
 * "What a clown operation", "so ein Clownsverein": the word of scorn made a business's, said of the company and its
 * ways; criticism in harsh words, no insult of a person.
 */
const BUSINESS_AFTER = new Set(
  "operation operations outfit outfits show company business shop store firm setup service circus".split(" "),
);
/** "they were my guinea pigs": a word before that makes the insult a thing. */
const THING_BEFORE = new Set(["guinea"]);

/** The surnames of a comment's mentions, as written ("Kasper" of "@Bernd Kasper"). */
export function mentionSurnames(normalised: Normalised): Set<string> {
  return new Set(
    normalised.tokens
      .filter((_token, at) => surnameOfMention(normalised, at))
      .map((token) => normalised.text.slice(token.start, token.end)),
  );
}

function findInsults(normalised: Normalised): Finding[] {
  const { tokens } = normalised;
  const findings: Finding[] = [];
  const keep = (hit: Hit, checkNegation: boolean) =>
    !surnameOfMention(normalised, hit.to) &&
    !thinksUsFools(normalised, hit) &&
    !ofAThing(tokens, hit) &&
    !quoted(tokens, hit) &&
    !reported(tokens, hit) &&
    !aboutSelf(tokens, hit) &&
    // "I felt like a total idiot", "steh ich wieder als Depp da": the writer pictures themselves.
    !selfPictured(tokens, hit.from) &&
    // "jerk chicken": a dish.
    !THING_AFTER.has(tokens[hit.to + 1]?.key ?? "") &&
    !BUSINESS_AFTER.has(tokens[hit.to + 1]?.key ?? "") &&
    !actingUp(tokens, hit.from) &&
    !tokens.slice(Math.max(0, hit.from - 1), hit.to + 1).some((token) => THING_BEFORE.has(token.key)) &&
    !(HARD_IDIOM.test(normalised.text) && /^bitch/u.test(tokens[hit.to]?.key ?? "")) &&
    // "kein Idiot", "nicht ein Idiot": a negation right before; "schon gar nicht diese Schabracke" still insults.
    !(checkNegation && negatedAt(normalised, hit.to, 2));
  tokens.forEach((token, at) => {
    const hit = { from: at, to: at };
    if (insultWord(normalised, token) && keep(hit, true)) findings.push({ kind: "insult", ...hit });
  });
  for (const hit of LEXICON.targeted.find(tokens).filter((found) => !crossesSentence(normalised, found))) {
    const negation = within(tokens, hit.from, hit.to - 1, LEXICON.negators) || negatedAt(normalised, hit.from, 3);
    if (!negation && keep(hit, false)) findings.push({ kind: "insult", ...hit });
  }
  // The finger says it without a word: 🖕 at someone is an insult, whoever it is aimed at.
  tokens.forEach((token, at) => {
    if (token.kind === "emoji" && !token.quoted && token.key.startsWith(MIDDLE_FINGER)) {
      findings.push({ kind: "insult", from: at, to: at });
    }
  });
  for (const hit of LEXICON.insultPhrases.find(tokens)) {
    if (
      !quoted(tokens, hit) &&
      !reported(tokens, hit) &&
      !thinksUsFools(normalised, hit) &&
      !crackedThing(normalised, hit) &&
      !surnameOfMention(normalised, hit.to)
    )
      findings.push({ kind: "insult", ...hit });
  }
  // "ist echt die dümmste Person, die ich je getroffen hab", "the dumbest woman I've ever met": someone called the
  // worst of people, whatever the word; "so ne arrogante hohle Nuss": an old put-down.
  findings.push(...findByPattern(normalised, "insult", PUT_DOWN, PUT_DOWN_WORDS));
  return findings.filter((hit) => !ownBoss(tokens, hit) && !cluelessAbout(tokens, hit));
}

/**
 * Veiled threats the fixed phrases do not hold: "I know your cologne office is on the 3rd floor. someone's gonna get
 * hurt", "should get a visit", "da wird noch jemand verletzt", "Die von der Hotline soll sich warm anziehen", "steh ich
 * vor der Tür und wart bis die Feierabend hat", "sollte abends beim Abschließen besser aufpassen. … Man sieht sich."
 */
const VEILED =
  /(?<!\p{L})(?:i|we)\sknow\s(?:where\s)?(?:your|ur)\s(?:\p{L}+\s){0,2}(?:office|offices|house|home|shop|café|cafe|roastery|flat|car|van)\s(?:is|are)(?!\p{L})|(?<!\p{L})(?:someone|somebody|some1)(?:'s|’s|\sis)?\s(?:gonna|going\sto)\sget\s(?:hurt|burned|burnt)(?!\p{L})|(?<!\p{L})should\sget\sa\s(?:little\s|nice\s|friendly\s)?visit(?!\p{L})|(?<!\p{L})(?:da\s)?wird\s(?:noch\s|bald\s)?(?:jemand|einer|wer)\s(?:\p{L}+\s)?verletzt(?!\p{L})|(?<!\p{L})(?:sollte|sollten)\s(?:mal\s)?(?:besuch|einen\sbesuch)\s(?:bekommen|kriegen)(?!\p{L})|(?<!\p{L})(?:eurer|eurem|euren|eure|euer|ihrer|ihrem|ihren|der|die|dem|den)\s(?:[^.!?]{0,40}\s)?(?:soll|sollte)\ssich\s(?:schon\s)?(?:mal\s)?warm\sanziehen(?!\p{L})(?![^.!?]{0,30}(?:kalt|winter|regen|schnee|grad|frost|wetter))|(?<!\p{L})(?:vor\s(?:der|eurer|ihrer|eure|die)\s(?:tür|tuer|filiale|laden|zentrale)|vorm\s(?:laden|büro|buero))\s(?:[^.!?]{0,30}\s)?(?:wart|warte|warten)\s(?:\p{L}+\s){0,3}?bis\s(?:die|der|er|sie)\s(?:\p{L}+\s)?feierabend\s(?:hat|macht)(?!\p{L})|(?<!\p{L})(?:abends|nachts|im\sdunkeln|auf\sdem\sheimweg|beim\sabschlie(?:ß|ss)en)\s(?:[^.!?]{0,30}\s)?(?:besser|lieber|gut)\saufpassen(?!\p{L})[^.!?]*[.!?][\s\S]{0,120}(?<!\p{L})(?:man\ssieht\ssich|wir\ssehen\suns(?:\snoch)?)(?!\p{L})/giu;

const VEILED_WORDS = new Set(
  "know gonna going visit verletzt besuch warm feierabend aufpassen".split(" ").map(wordKey),
);

/**
 * Exclusion said to someone's face or as a slogan: "ihr gehört hier eh nicht her", "Deutsche Cafés für Deutsche",
 * "holt euch ruhig das halbe Morgenland ins Haus".
 */
const EXCLUDED_WORDS = new Set(
  "gehört gehörst deutsche deutschen deutschland morgenland multikulti multikulti-strom multikultistrom zurück back"
    .split(" ")
    .map(wordKey),
);
const EXCLUDED =
  /(?<!\p{L})(?:ihr|du)\s(?:gehört|gehoert|gehörst|gehoerst)\s(?:hier\s)?(?:eh\s|sowieso\s|doch\s|einfach\s|echt\s)*nicht\s(?:hier\s?her|her|hierhin|nach\sdeutschland|zu\suns)(?!\p{L})|(?<!\p{L})deutsche\s\p{L}+\sfür\sdeutsche(?!\p{L})|(?<!\p{L})deutschland\sden\sdeutschen(?!\p{L})|(?<!\p{L})(?:das\s)?(?:halbe\s)?morgenland\sins\s(?:haus|land)(?!\p{L})|(?<!\p{L})multikulti-?\p{L}*\s(?:\p{L}+\s){0,2}(?:sonstwohin|dahin)\s(?:schieben|stecken)(?!\p{L})|(?<!\p{L})(?:schickt|schick|schicken|schickt\sihr)\s(?:den|die|ihn|sie|die\salle|den\styp|die\sfrau)\s(?:\p{L}+\s)?(?:zurück|zurueck)\s(?:dahin\s|nach\s(?:hause\s)?)?(?:wo|woher)\s(?:er|sie|die)\s(?:herkommt|herkommen|hergekommen|herkam|kommt|kommen)(?!\p{L})|(?<!\p{L})send\s(?:him|her|them|em)\s(?:\p{L}+\s)?back\s(?:to\s)?where\s(?:he|she|they)\s(?:came|come|comes)\sfrom(?!\p{L})/giu;

/**
 * Each match of a global `pattern`, as a finding of `kind`; tried only when one of the word keys in `gate`, a word
 * every match holds, is among the comment's words: most comments hold none.
 */
function findByPattern(
  normalised: Normalised,
  kind: ViolationKind,
  pattern: RegExp,
  gate: ReadonlySet<string>,
): Finding[] {
  const { tokens } = normalised;
  const findings: Finding[] = [];
  if (!holdsKey(tokens, gate)) return findings;
  for (const match of normalised.text.matchAll(pattern)) {
    const from = tokens.findIndex((token) => token.end > (match.index ?? 0));
    const to = tokens.findLastIndex((token) => token.start < (match.index ?? 0) + match[0].length);
    if (from >= 0 && to >= from && !quoted(tokens, { from, to }) && !reported(tokens, { from, to }))
      findings.push({ kind, from, to });
  }
  return findings;
}

/** The words every put-down holds, as word keys: a comment holding none is not searched. */
const PUT_DOWN_WORDS = new Set(
  "kuh ziege schnepfe tussi zicke pute gans schwein sau affe esel penner depp versager sack idiot moron imbecile clown muppet cow cows heifer nuss nüsse bande dümmste dümmsten dümmster blödeste blödesten dämlichste dämlichsten unfähigste unfähigsten arroganteste arrogantesten dumbest stupidest thickest incompetent arrogant"
    .split(" ")
    .map(wordKey),
);
const PUT_DOWN =
  // "so ne tätowierte Tussi mit Nasenring": a woman of the staff called a bimbo, whatever she is called besides.
  // "Euer Monteur Dennis ist ein faules Schwein", "Die dumme Pute an der Kasse": staff called an animal.
  // "Asoziale Bande seid ihr", "ihr seid eine verlogene Bande": the company called a gang of the worst kind.
  /(?:^|[.!?]\s+)(?:@[\w.-]+\s+)?(?:penner|versager|depp|clown|muppet|moron|idiot)\s?!+|(?<!\p{L})(?:so ne|so eine|ne|eine|die|diese)\s(?:\p{L}+\s)?tussi(?!\p{L})|(?<!\p{L})(?:asoziale|kriminelle|verlogene|korrupte|elende|dreckige|unfähige|unfaehige|betrügerische|betruegerische)\s(?:bande|pack)\s(?:seid ihr|ihr)(?!\p{L})|(?<!\p{L})ihr\sseid\s(?:eine|ne|so eine|so ne|echt eine|echt ne)\s(?:asoziale|kriminelle|verlogene|korrupte|elende|dreckige|unfähige|unfaehige|betrügerische|betruegerische)\s(?:bande|pack)(?!\p{L})|(?<!\p{L})(?:diese|die|so ne|so eine|ne|eine|du)\s(?:\p{L}+\s)?(?:eingebildete|arrogante|dumme|blöde|bloede|doofe|hohle|faule|dämliche|daemliche)\s(?:kuh|ziege|schnepfe|tussi|zicke|pute|gans)(?!\p{L})|(?<!\p{L})(?:monteur|techniker|mitarbeiter|mitarbeiterin|kollege|kollegin|barista|baristin|fahrer|berater|beraterin|bedienung|verkäufer|verkäuferin|personalerin|chef|chefin)(?:\s\p{L}+)?\s(?:ist|war)\s(?:echt\s|wirklich\s|doch\s)?(?:ein|eine|der|die|das)\s(?:\p{L}+\s)?(?:schwein|sau|affe|esel|trottel|pute|gans|penner|depp|versager|sack)(?!\p{L})|(?<!\p{L})the\s(?:clown|muppet|idiot|moron|imbecile)\s(?:at|in|from|behind)\s(?:your|the)(?!\p{L})|(?<!\p{L})is\s(?:a|an|such a)\s(?:useless|incompetent|lazy|stupid|total|complete|absolute|fucking)\s(?:clown|muppet)(?!\p{L})|(?<!\p{L})(?:rude|useless|stupid|lazy|ugly|dumb|silly|miserable|stuck[- ]up|arrogant)\s(?:(?:rude|useless|stupid|lazy|ugly|dumb|silly|miserable|arrogant|old|blonde|blond|fat|stuck[- ]up)\s)?(?:cow|cows|heifer)(?!\p{L})|(?<!\p{L})(?:ne|eine|so ne|so eine|du|ihr|die|der)\s(?:\p{L}+\s)?(?:hohle|taube|doofe|dumme|blöde|bloede)\s(?:nuss|nuß|nüsse|nuesse)(?!\p{L})|(?<!\p{L})(?:dümmste|duemmste|blödeste|bloedeste|dämlichste|daemlichste|unfähigste|unfaehigste|arroganteste)[nr]?\s(?:\p{L}+\s)?(?:person|mensch|frau|mann|kuh|tussi|typ|kerl|verkäuferin|verkäufer|bedienung|barista|baristin|mitarbeiterin|mitarbeiter)(?!\p{L})[^.!?]{0,20}(?<!\p{L})(?:die|der|den|dem)\s(?:mir|ich)\s(?:je|jemals|in meinem leben)(?!\p{L})|(?<!\p{L})(?:dumbest|stupidest|thickest|most incompetent|most arrogant)\s(?:\p{L}+\s)?(?:person|woman|man|guy|girl|lady|barista|employee|cashier)\s(?:i(?:'ve| have)?\s(?:ever|evr)|alive|on earth|in the world)(?!\p{L})/giu;

/**
 * "Mein Chef ist ein alter Sack", "Meine Chefin ist eine alte Ziege", "my boss is an idiot": the writer's own
 * workplace, not the company's people.
 */
const OWN = new Set(["mein", "meine", "meiner", "unser", "unsere", "my", "our"]);
const BOSSES = new Set([
  "chef",
  "chefin",
  "boss",
  "manager",
  "managerin",
  "vorgesetzter",
  "teamleiter",
  "teamleiterin",
]);
const LINKING_ONLY = new Set(
  "ist war is was ein eine einer a an so echt total wirklich voll such the der die das n ne".split(" "),
);
function ownBoss(tokens: readonly Token[], hit: Hit): boolean {
  for (let at = hit.from; at >= Math.max(0, hit.from - 5); at--) {
    const key = tokens[at]?.key ?? "";
    if (BOSSES.has(key)) return OWN.has(tokens[at - 1]?.key ?? "");
    if (at < hit.from && !LINKING_ONLY.has(key)) return false;
  }
  return false;
}

/**
 * "Politicians are clueless about energy prices", "die Hotline ist ahnungslos, was Wärmepumpen angeht", "Politiker
 * sind ahnungslos": a judgement of what someone knows of a matter, or of what a whole trade knows, criticism to answer
 * or the world's matter, not a name for a person.
 */
const CLUELESS = new Set(["clueless", "ahnungslos"]);
const ABOUT = new Set([
  "about",
  "when",
  "what",
  "on",
  "regarding",
  "with",
  "was",
  "wenn",
  "bei",
  "beim",
  "in",
  "im",
  "bzgl",
]);
function cluelessAbout(tokens: readonly Token[], hit: Hit): boolean {
  if (!CLUELESS.has(tokens[hit.to]?.key ?? "")) return false;
  const subject = tokens[hit.from];
  return ABOUT.has(tokens[hit.to + 1]?.key ?? "") || (subject !== undefined && LEXICON.people.hasToken(subject));
}

/**
 * "meine Tasse hatte einen Sprung", "die Scheibe hat einen Sprung": a crack in a thing. "Du hast doch einen Sprung
 * (in der Schüssel)" is said of a person: only then is it an insult.
 */
const THING_HAD =
  /(?:^|[\s,.!?])(?:[Dd]ie|[Dd]er|[Dd]as|[Mm]eine|[Mm]ein|[Uu]nsere|[Uu]nser|[Ee]ine|[Ee]in)\s\p{Lu}[\p{L}-]+\s(?:\p{Ll}+\s){0,2}(?:hatte|hat|hätte|hatten|haben)\s(?:\p{Ll}+\s){0,2}$|(?:hatte|hat|hatten|haben)\s(?:[Dd]ie|[Dd]er|[Dd]as|[Mm]eine|[Mm]ein|[Uu]nsere|[Uu]nser)\s\p{Lu}[\p{L}-]+\s(?:\p{Ll}+\s){0,2}$/u;
function crackedThing({ tokens, text }: Normalised, hit: { from: number; to: number }): boolean {
  if (tokens[hit.to]?.key !== "sprung") return false;
  if (/^\s*in\s(?:der|die)\s(?:schüssel|schuessel|platte|birne|krone)/iu.test(text.slice(tokens[hit.to]?.end ?? 0)))
    return false;
  return THING_HAD.test(text.slice(Math.max(0, (tokens[hit.from]?.start ?? 0) - 60), tokens[hit.from]?.start ?? 0));
}

/**
 * A negator in the phrase or just before it, in its own clause: "Wenn der Techniker wieder nicht auftaucht, kann er
 * sich warm anziehen" negates the condition, not the threat; "dann fliegen da nicht nur Akten" says "not only".
 */
function negatedPhrase(normalised: Normalised, hit: Hit): boolean {
  const { tokens, text } = normalised;
  let from = Math.max(0, hit.from - 2);
  for (let at = hit.from; at > from; at--) {
    const gap = text.slice((tokens[at - 1] as Token).end, (tokens[at] as Token).start);
    if (/[,.;:!?]/u.test(gap)) {
      from = at;
      break;
    }
  }
  for (let at = from; at <= Math.min(tokens.length - 1, hit.to); at++) {
    const token = tokens[at] as Token;
    if (token.kind !== "word" || !LEXICON.negators.hasToken(token)) continue;
    if (NOT_ONLY.has(tokens[at + 1]?.key ?? "")) continue;
    // "dann fährt er nicht mehr heil weg", "wird der nicht heil nach Hause kommen": the "not" is the threat's own.
    if (tokens[at + 1]?.key === "heil" || (tokens[at + 1]?.key === "mehr" && tokens[at + 2]?.key === "heil")) continue;
    // "won't make it home in one piece": so is this one's.
    if (tokens[at + 1]?.key === "make" && tokens[at + 2]?.key === "it") continue;
    // "sollte besser nicht allein zum Auto gehen", "better not walk alone": advice that warns.
    if (tokens[at - 1]?.key === "besser" || tokens[at - 1]?.key === "better") continue;
    return true;
  }
  return false;
}
const NOT_ONLY = new Set(["nur", "only"]);

function findPhrases(normalised: Normalised, kind: ViolationKind, list: typeof LEXICON.threats): Finding[] {
  const { tokens } = normalised;
  return (
    list
      .find(tokens)
      .filter((hit) => !quoted(tokens, hit) && !negatedPhrase(normalised, hit))
      .filter((hit) => !crossesSentence(normalised, hit))
      // "@Ines Hoppe die ham doch Hafermilch": a tagged reader's surname ("Hoppe") is no "hope", "die" no death.
      .filter((hit) => !surnameOfMention(normalised, hit.from))
      .map((hit) => ({ kind, ...hit }))
  );
}

/** "man hört ihn bis ins Schlafzimmer": a noise heard as far as the bedroom, nobody invited in. */
const CARRIES = new Set(["hoert", "hoeren", "hoere", "hear", "hears", "brummt", "pfeift", "summt", "droehnt"]);
function carriesTo(tokens: readonly Token[], hit: Hit): boolean {
  return tokens.slice(Math.max(0, hit.from - 2), hit.to + 1).some((token) => CARRIES.has(token.key));
}

const NONE_OF = new Set(["kein", "keine", "keinen", "keinem", "keiner", "no"].map(wordKey));
function findSlurs(normalised: Normalised): Finding[] {
  const { tokens } = normalised;
  const findings: Finding[] = [];
  if (!LEXICON.slurs.occursIn(tokens)) return findings;
  tokens.forEach((token, at) => {
    const hit = { from: at, to: at };
    if (token.kind === "word" || token.kind === "hashtag") {
      if (
        LEXICON.slurs.hasToken(token) &&
        !quoted(tokens, hit) &&
        !reported(tokens, hit) &&
        // "Schickt mir bloß keinen K a n a k e n": "kein" before the slur wants none of the group; it denies nothing.
        (!negatedAt(normalised, at, 3) || NONE_OF.has(tokens[at - 1]?.key ?? ""))
      ) {
        findings.push({ kind: "identity-hate", ...hit });
      }
    }
  });
  return findings;
}

/** "Ich bin doch nicht bescheuert", "I'm not stupid": the writer denying it of themselves swears at nobody. */
const I_AM = new Set(["ich", "im", "i"].map(wordKey));
const DENIED = new Set(["nicht", "not", "no"].map(wordKey));
const FILLERS = new Set(["bin", "am", "doch", "ja", "ganz", "so", "auch", "echt", "wirklich", "totally"].map(wordKey));
function selfDenied(tokens: Normalised["tokens"], at: number): boolean {
  let index = at - 1;
  // "nicht", "not": right before the word, past "ganz", "so" ….
  while (index >= 0 && FILLERS.has(tokens[index]?.key ?? "") && !DENIED.has(tokens[index]?.key ?? "")) index--;
  if (!DENIED.has(tokens[index]?.key ?? "")) return false;
  index--;
  while (index >= 0 && FILLERS.has(tokens[index]?.key ?? "")) index--;
  return I_AM.has(tokens[index]?.key ?? "");
}

/** German words before "hell" that make it "bright": "ganz hell", "zu hell", "war hell geröstet". */
const BRIGHT_BEFORE = new Set([
  "ganz",
  "zu",
  "sehr",
  "so",
  "viel",
  "war",
  "ist",
  "etwas",
  "eher",
  "recht",
  "total",
  "richtig",
  "super",
  "extrem",
  "relativ",
  "ziemlich",
]);
export function brightNotHell(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.key === "hell" && BRIGHT_BEFORE.has(tokens[at - 1]?.key ?? "");
}

function findProfanity(normalised: Normalised): Finding[] {
  const findings: Finding[] = [];
  const { tokens } = normalised;
  if (!LEXICON.profanity.occursIn(tokens) && !LEXICON.swearing.occursIn(tokens)) return findings;
  // "Was für ein Scheißwetter … zwei Stunden nur Stau, ich hätte kotzen können – ABER: Eure Monteure …": every swear
  // word is at the weather, the traffic or the writer's own mishap; nobody is sworn at.
  if (swornAtCircumstances(tokens)) return findings;
  tokens.forEach((token, at) => {
    const swears = LEXICON.profanity.hasToken(token) || LEXICON.swearing.hasToken(token);
    if (swears && swornAtNobody(tokens, at)) return;
    // "Der Kaffee … WAR GANZ HELL und schmeckt sauer": the German for a light roast, not the English oath.
    if (brightNotHell(tokens, at)) return;
    if (token.kind === "word" && !token.quoted && swears && !isMeasure(normalised.text.slice(token.start, token.end))) {
      findings.push({ kind: "profanity", from: at, to: at });
    }
  });
  return findings;
}

/** "hat überall Dreck hinterlassen", "left muck everywhere": dirt that was left, not a word of abuse. */
const DIRT = new Set(["dreck", "schmutz", "muck"]);
const LEFT_BEHIND = new Set(["hinterlassen", "gemacht", "weggemacht", "liegen", "rumliegen", "left", "everywhere"]);
/** "unter den Solarmodulen sammelt sich richtig viel Dreck und Taubenkot": dirt where dirt gathers. */
const WHERE_DIRT_GATHERS = new Set(
  [
    "sammelt",
    "sammeln",
    "voller",
    "kot",
    "taubenkot",
    "vogelkot",
    "laub",
    "staub",
    "schlamm",
    "dachrinne",
    "modulen",
  ].map(wordKey),
);
function literalDirt(tokens: Normalised["tokens"], at: number): boolean {
  if (!DIRT.has(tokens[at]?.key ?? "")) return false;
  if (tokens.slice(at + 1, at + 4).some((token) => LEFT_BEHIND.has(token.key))) return true;
  return tokens.slice(Math.max(0, at - 4), at + 4).some((token) => WHERE_DIRT_GATHERS.has(token.key));
}

function calledOne(token: Token | undefined): boolean {
  return token !== undefined && (LEXICON.insultNouns.hasToken(token) || LEXICON.derogatoryPeople.hasToken(token));
}

/** "irgendwo am Arsch der Welt versteckt": the middle of nowhere, nobody's backside. */
function nowhere(tokens: Normalised["tokens"], at: number): boolean {
  return tokens[at]?.key === "arsch" && tokens[at + 1]?.key === "der" && tokens[at + 2]?.key === "welt";
}

/**
 * A coarse word that swears at nobody: dirt left behind or gathered ("Dreck hinterlassen"), the writer denying it of
 * themselves ("Ich bin doch nicht bescheuert") or calling themselves one ("ich Vollpfosten"), an idiom ("dumm und
 * dämlich verdienen", "am Arsch der Welt"), a word said of a thing ("Vollpfosten von Maschine") or one that only
 * intensifies ("arschkalt"). The rules' profanity and the model's evidence both pass it over.
 */
export function swornAtNobody(tokens: Normalised["tokens"], at: number): boolean {
  return (
    literalDirt(tokens, at) ||
    selfDenied(tokens, at) ||
    selfPictured(tokens, at) ||
    // "und ich Vollpfosten hab die Notfallnummer nicht aufgeschrieben": the writer calls themselves one (not "ich
    // scheiß auf euch": a verb, said at someone).
    (tokens[at - 1]?.key === "ich" && calledOne(tokens[at])) ||
    dumbAndDaft(tokens, at) ||
    nowhere(tokens, at) ||
    ofAThing(tokens, { from: at, to: at }) ||
    // "Seit Montag ist es im Wohnzimmer arschkalt": a coarse word that only says how cold, how dear.
    COARSE_INTENSIFIER.test(tokens[at]?.key ?? "")
  );
}

/** "verdienen sich dumm und dämlich", "zahlt sich dumm und dusselig": an idiom of excess, nobody called dumb. */
function dumbAndDaft(tokens: Normalised["tokens"], at: number): boolean {
  const key = tokens[at]?.key ?? "";
  if (!EXCESS_WORDS.has(key)) return false;
  const first = key === "dumm" ? at : at - 2;
  if (
    tokens[first]?.key !== "dumm" ||
    tokens[first + 1]?.key !== "und" ||
    !EXCESS_WORDS.has(tokens[first + 2]?.key ?? "")
  )
    return false;
  return tokens.slice(Math.max(0, first - 4), first + 5).some((token) => EXCESS_VERBS.has(token.key));
}
const EXCESS_WORDS = new Set(["dumm", "daemlich", "dusselig", "duselig"].map(wordKey));
const EXCESS_VERBS = new Set(
  ["sich", "verdienen", "verdient", "verdienten", "zahlen", "zahlt", "bezahlen", "suchen", "sucht", "aergern"].map(
    wordKey,
  ),
);

const PHONE = /(?:\+|\b00)\d[\d /-]{7,}\d/;
/** "my channel has been suspended", "mein Konto ist gesperrt": their own account, shut. */
const OWN_ACCOUNT_SHUT =
  /\b(?:my|mein\p{L}*)\s(?:channel|account|profile|kanal|konto|profil)\b[^.!?]{0,40}\b(?:suspended|banned|blocked|disabled|terminated|locked|hacked|gesperrt|gelöscht|deleted)\b/iu;

/** Advertising: strong phrases count two, weak ones and links one; three make spam. */
function findSpam(normalised: Normalised): { findings: Finding[]; links: string[] } {
  const strong = LEXICON.spamStrong.find(normalised.tokens);
  const weak = LEXICON.spamWeak.find(normalised.tokens);
  const phone = PHONE.test(normalised.text) ? 1 : 0;
  // "my channel has been suspended … channel link: https://…": the link to their own account, shut, is the case.
  const links = OWN_ACCOUNT_SHUT.test(normalised.text) ? 0 : Math.min(2, normalised.urls.length);
  const score = 2 * strong.length + weak.length + links + phone;
  if (score < 3 || strong.length + weak.length === 0) return { findings: [], links: [] };
  const findings = [...strong, ...weak].map((hit): Finding => ({ kind: "spam", ...hit }));
  return { findings, links: normalised.urls.slice(0, 2) };
}

/** What the rules found: violations they name on their own, and derogatory words the model must confirm. */
export interface ViolationReading {
  violations: Violation[];
  /** Derogatory words said of people (meaning/derogatory.ts), as written: an insult only if the model agrees. */
  candidates: string[];
  /** Hate or threats read and found negated, quoted or countered: no reason to ask for a review. */
  defused: boolean;
  /** Xenophobic tropes said of a group (meaning/stereotypes.ts), as written: a reason to review, not to delete. */
  stereotypes: string[];
}

/** What is hung on a wall or a line: "den Heizkörper … aufgehängt", "die Wäsche aufhängen", "das Bild aufgehängt". */
const HUNG_THING =
  /(?<!\p{L})(?:den|die|das|einen|eine|ein|meinen|meine|unseren|unsere|unser|mein)\s(?:\p{L}+\s)?(?:Heizkörper\p{L}*|Heizkoerper\p{L}*|Bild\p{L}*|Lampe\p{L}*|Wäsche|Waesche|Regal\p{L}*|Schrank|Spiegel|Boiler|Gerät|Geraet|Außeneinheit|Ausseneinheit|Fahne\p{L}*|Plakat\p{L}*|Vorhang|Vorhänge|Gardine\p{L}*|Kabel|Hörer|Hoerer|Jacke|Mantel|Display|Thermostat|Speicher|Wallbox|Inneneinheit|Wechselrichter|Zähler|Zaehler)(?!\p{L})[^.!?]{0,40}\b(?:aufgehängt|aufgehaengt|aufhängen|aufhaengen|aufgehangen)\b/iu;

export function detectViolations(normalised: Normalised): Violation[] {
  return readViolations(normalised).violations;
}

export function readViolations(normalised: Normalised): ViolationReading {
  const spam = findSpam(normalised);
  const findings = [
    ...findPhrases(normalised, "threat", LEXICON.threats),
    ...findByPattern(normalised, "threat", VEILED, VEILED_WORDS),
    ...findByPattern(normalised, "identity-hate", EXCLUDED, EXCLUDED_WORDS),
    ...findSlurs(normalised),
    ...findPhrases(normalised, "identity-hate", LEXICON.hate),
    ...findInsults(normalised),
    ...findPhrases(normalised, "harassment", LEXICON.harassment).filter((hit) => !carriesTo(normalised.tokens, hit)),
    ...spam.findings,
    ...findProfanity(normalised),
  ];
  // Most comments hold nothing any rule reads: then sentences, roles and counter-speech need not be worked out.
  const meaning = mayMean(normalised.tokens);
  const tropes = mayStereotype(normalised.tokens);
  if (!meaning && !tropes && !findings.length && !normalised.tokens.some((token) => token.quoted)) {
    return { violations: [], candidates: [], defused: false, stereotypes: [] };
  }
  const context = contextOf(normalised);
  // What a sentence quotes or names in order to reject it ("Saying that … is disgusting") is not said.
  const said = (finding: Finding) =>
    finding.kind === "spam" || !context.countered.has(context.structure.sentence[finding.from] as number);
  const byKind = new Map<ViolationKind, string[]>();
  // "@Bernd Kasper …": a surname in a mention is never the word a finding names.
  const surnames = mentionSurnames(normalised);
  for (const finding of meaning ? readMeaning(context).filter((found) => !surnames.has(found.evidence)) : []) {
    const words = byKind.get(finding.kind) ?? [];
    if (!words.includes(finding.evidence) && words.length < MAX_EVIDENCE) words.push(finding.evidence);
    byKind.set(finding.kind, words);
  }
  for (const finding of findings.filter(said)) {
    const words = byKind.get(finding.kind) ?? [];
    let from = finding.from;
    while (from < finding.to && normalised.tokens[from]?.kind === "mention") from++;
    const evidence = written(normalised, from, finding.to);
    if (evidence && !words.includes(evidence) && words.length < MAX_EVIDENCE) words.push(evidence);
    byKind.set(finding.kind, words);
  }
  if (spam.links.length) byKind.get("spam")?.push(...spam.links);
  // "den Heizkörper im Flur schief aufgehängt": a thing hung on a wall is no threat to anyone.
  const threats = byKind.get("threat")?.filter((evidence) => !HUNG_THING.test(evidence));
  if (threats?.length === 0) byKind.delete("threat");
  else if (threats) byKind.set("threat", threats);
  const derogatory = meaning ? findDerogatory(context).filter((found) => !surnames.has(found.evidence)) : [];
  const candidates = [...new Set(derogatory.map((finding) => finding.evidence))].slice(0, MAX_EVIDENCE);
  return {
    violations: [...byKind].map(([kind, evidence]) => ({ kind, evidence })),
    candidates,
    defused: context.defused,
    stereotypes: tropes ? findStereotypes(context) : [],
  };
}
