import { wordKey } from "../fold";
import { LEXICON } from "../lexicon";
import { keysIn, type Token } from "../normalise";
import type { Hit } from "../phrase-list";
import { type Context, evidenceOf, type MeaningFinding, nearest, negated, said } from "./context";

/**
 * Identity hate by meaning: a group named for who its members are (origin, religion, colour, gender,
 * sexuality, disability) and what is said of it — hatred, disgust, dehumanisation, a negative essence,
 * exclusion — in the same sentence, said and not negated, quoted or countered. "X sind nicht widerlich",
 * "„Ich hasse X“ – solche Sätze …" and "Viele X arbeiten …" stay as they are. A pronoun may point back to a
 * group named in the two sentences before ("X denken, sie seien … . Ich hasse sie.").
 */

type Kind = "hate" | "disgust-verb" | "attribute" | "essence" | "exclusion" | "demand" | "after-group" | "war";

const REACH = 8;
/** "Einige X sind …", "many X are …": said of some, not of the group as such. */
const PARTIAL = new Set(
  "einige manche viele wenige paar mehrere bestimmte some many few several certain most".split(" "),
);

function partlyQuantified(context: Context, group: number): boolean {
  for (let at = Math.max(0, group - 2); at < group; at++) {
    if (PARTIAL.has((context.tokens[at] as Token).key)) return true;
  }
  return false;
}

/** "Araber haben ekelhafte Fressen": disgust may be said of what a group has. */
const HAVE = new Set(["haben", "hat", "have", "has"]);

const SITUATION = new Set("es it when wenn that dass how wie".split(" "));

const UNIVERSAL = new Set("alle allesamt diese dieses all every these those".split(" "));

function universal(context: Context, group: number): boolean {
  for (let at = Math.max(0, group - 2); at < group; at++) {
    if (UNIVERSAL.has((context.tokens[at] as Token).key)) return true;
  }
  return false;
}

/** The speaker says it: "ich hasse …", "… hasse ich", "I can't stand …". */
function bySpeaker(context: Context, hit: Hit): boolean {
  const { first } = context.roles;
  for (let at = Math.max(0, hit.from - 3); at <= Math.min(context.tokens.length - 1, hit.to + 1); at++) {
    if (first[at] && context.structure.clause[at] === context.structure.clause[hit.from]) return true;
  }
  return false;
}

/**
 * The predicate is said of the group: "X sind …", "Why are X so …", "Widerlich sind X", "wie Ratten". A copula
 * elsewhere in the clause ("Es ist gefährlich, offen als Jude …") does not link them.
 */
function linked(context: Context, hit: Hit, target: number, possession = false): boolean {
  const before = context.tokens[hit.from - 1];
  if (before && LEXICON.comparison.hasToken(before) && hit.from - 1 !== target) return true;
  const own = context.structure.clause[hit.from];
  const copula = (at: number) =>
    context.structure.clause[at] === own &&
    (LEXICON.linking.hasToken(context.tokens[at] as Token) || (possession && HAVE.has(context.tokens[at]?.key ?? "")));
  if (target < hit.from) {
    // Anywhere in the clause: "X sind …", "Sind X …", and "…, dass X … sind" with the verb at the end.
    for (let at = hit.from - 1; at >= 0 && context.structure.clause[at] === own; at--) if (copula(at)) return true;
    for (let at = hit.to + 1; at < context.tokens.length && context.structure.clause[at] === own; at++)
      if (copula(at)) return true;
    return false;
  }
  for (let at = hit.to + 1; at < target; at++) if (copula(at)) return true;
  return false;
}

function demanded(context: Context, hit: Hit): boolean {
  const sentence = context.structure.sentence[hit.from] as number;
  const end = context.structure.sentenceEnd[sentence] as number;
  const last = context.tokens[end - 1] as Token;
  const after = context.normalised.text.slice(last.end, last.end + 3);
  if (after.includes("!")) return true;
  const start = context.structure.sentenceStart[sentence] as number;
  if (hit.from === start) return true;
  // "Flüchtlinge abschieben ist wichtig und richtig": the expulsion called right is demanded.
  if (ENDORSED.test(keysIn(context.tokens, hit.to + 1, Math.min(hit.to + 4, end)))) return true;
  return LEXICON.demand.find(context.tokens).some((d) => context.structure.sentence[d.from] === sentence);
}

const ENDORSED =
  /^(?:ist|waere|waer|war|is|would be)\s(?:\p{L}+\s)?(?:wichtig|richtig|gut|notwendig|noetig|ueberfaellig|alternativlos|die loesung|right|necessary|overdue|the answer)(?:\s|$)/u;

/** "Parasiten, alle miteinander.": a word opening its sentence, said of all of them. */
function saidOfAll(context: Context, hit: Hit): boolean {
  const { sentence, sentenceStart, sentenceEnd } = context.structure;
  const own = sentence[hit.from] as number;
  if (hit.from !== sentenceStart[own]) return false;
  return ALL_OF_THEM.test(keysIn(context.tokens, hit.to + 1, Math.min(hit.to + 5, sentenceEnd[own] as number)));
}
const ALL_OF_THEM =
  /^(?:alle (?:miteinander|zusammen)|allesamt|alle|the lot of them|all of them|every one of them|each of them|every last one)\b/u;

/** The group a predicate is said of: in its sentence, or named shortly before and pointed back to. */
function groupOf(context: Context, hit: Hit, kind: Kind): number {
  const { group, pronoun } = context.roles;
  if (kind === "after-group") return hit.from > 0 && group[hit.from - 1] ? hit.from - 1 : -1;
  if (kind === "war") return warredOn(context, hit);
  const sameClause = kind === "attribute" || kind === "essence" || kind === "disgust-verb";
  const here = nearest(context, group, hit, REACH, sameClause);
  if (here !== -1) return here;
  const { sentence, sentenceStart, sentenceEnd } = context.structure;
  const own = sentence[hit.from] as number;
  const pointer = nearest(context, pronoun, hit, 4, true);
  // "… overrun by that lot from the refugee home. Like rats around a bin.": a comparison with no subject of its own
  // opens the sentence and points back as a pronoun would.
  const comparedAlone =
    kind === "attribute" &&
    hit.from - 1 === sentenceStart[own] &&
    LEXICON.comparison.hasToken(context.tokens[hit.from - 1] as Token);
  // "… so ein Asylant … Parasiten, alle miteinander.", "… illegals … Vermin, the lot of them.": a word for all of
  // them, with nothing else in its sentence to be said of, points back to the group as a pronoun would.
  const ofAll = (kind === "attribute" || kind === "essence") && saidOfAll(context, hit);
  if (pointer === -1 && !comparedAlone && !ofAll) return -1;
  // "Widerlich sind sie, diese Syrer": the group named after the pronoun, in the same sentence.
  for (let at = hit.to + 1; at < (sentenceEnd[own] as number); at++) if (group[at]) return at;
  const from = sentenceStart[Math.max(0, own - 2)] as number;
  for (let at = (sentenceStart[own] as number) - 1; at >= from; at--) if (group[at]) return at;
  return -1;
}

/** "Es wird Zeit …", "höchste Zeit", "time to …": a call to act. */
const TIME_FOR = new Set(["zeit", "time"]);

/** Whom war is declared on: "den Moslems … den Krieg erklärt" before it, "declare war on Muslims" right after it. */
function warredOn(context: Context, hit: Hit): number {
  const { group } = context.roles;
  const { sentence } = context.structure;
  const own = sentence[hit.from];
  if (/^(?:declare|declared|declaring)$/u.test(context.tokens[hit.from]?.key ?? "")) {
    const next = context.tokens[hit.to + 1]?.key === "the" ? hit.to + 2 : hit.to + 1;
    return group[next] && sentence[next] === own ? next : -1;
  }
  // "Ich erkläre allen Ausländern den Krieg": named inside the phrase.
  for (let at = hit.from + 1; at < hit.to; at++) if (group[at]) return at;
  for (let at = hit.from - 1; at >= Math.max(0, hit.from - 6); at--) if (group[at] && sentence[at] === own) return at;
  return -1;
}

function accepts(context: Context, hit: Hit, kind: Kind, target: number): boolean {
  if (negated(context, hit, target, kind === "hate")) {
    context.defused = true;
    return false;
  }
  switch (kind) {
    case "hate":
      // "I hate when …", "Ich hasse es, wenn …": a situation is hated, not the group.
      return bySpeaker(context, hit) && !SITUATION.has(context.tokens[hit.to + 1]?.key ?? "");
    case "attribute":
      // "Ausländer = Abschaum", "Alle Muslime Abschaum!", "dieses Asylantenpack": beside or under "alle".
      return (
        linked(context, hit, target, true) ||
        Math.abs(target - hit.from) <= 1 ||
        universal(context, target) ||
        saidOfAll(context, hit)
      );
    case "disgust-verb":
      return true;
    case "essence":
      // "sick of waiting", "krank vor Sorge": a state, not an essence.
      if (/^(of|vor|von)$/.test(context.tokens[hit.to + 1]?.key ?? "")) return false;
      // "run by lazy foreigners": the essence worn as the group's adjective. Not "violent Muslims attacked …": a word
      // for conduct picks some out.
      return (
        (linked(context, hit, target) ||
          (target === hit.to + 1 && !CONDUCT.has(context.tokens[hit.from]?.key ?? ""))) &&
        !partlyQuantified(context, target)
      );
    case "demand":
      return demanded(context, hit) && !byConduct(context, target);
    case "war":
      // "Wir haben den Moslems … den Krieg erklärt", "Es wird Zeit, den X den Krieg zu erklären": declared by the
      // writer's side or called for; not "Die Türken haben damals den Griechen den Krieg erklärt", history told.
      return (
        !byConduct(context, target) &&
        (bySpeaker(context, { from: Math.min(target, hit.from), to: hit.to }) ||
          demanded(context, hit) ||
          context.tokens.some(
            (token, at) =>
              TIME_FOR.has(token.key) && context.structure.sentence[at] === context.structure.sentence[hit.from],
          ))
      );
    case "exclusion":
      if (byConduct(context, target)) return false;
      // "Raus mit den X" names the group after it; "her mit den X und raus mit den Y" is about Y.
      return !/^raus$/.test(context.tokens[hit.from]?.key ?? "") || (target > hit.to && target - hit.to <= 3);
    default:
      return true;
  }
}

/**
 * "Kriminelle Ausländer abschieben", "Ausreisepflichtige … müssen raus aus Deutschland": people picked out by what
 * they did or by a court's ruling, not by who they are. Deporting them is a political demand, not identity hate.
 */
const CONDUCT = new Set(
  [
    "kriminelle",
    "kriminellen",
    "straffaellige",
    "straffaelligen",
    "verurteilte",
    "verurteilten",
    "ausreisepflichtige",
    "ausreisepflichtigen",
    "abgelehnte",
    "abgelehnten",
    "illegale",
    "illegalen",
    "gewalttaetige",
    "gewalttaetigen",
    "criminal",
    "convicted",
    "illegal",
    "violent",
  ].map(wordKey),
);

function byConduct(context: Context, target: number): boolean {
  const { tokens, roles, structure } = context;
  const qualified = (at: number) => [1, 2].some((back) => CONDUCT.has(tokens[at - back]?.key ?? ""));
  if (!qualified(target)) return false;
  // "Alle kriminellen Ausländer, Kopftuch- und Burkaträgerinnen abschieben": another group in it is not.
  const sentence = structure.sentence[target];
  return tokens.every((_, at) => structure.sentence[at] !== sentence || !roles.group[at] || qualified(at));
}

/** "Scheiß Türken", "Drecksausländer": a degrading word on the group's name itself. */
function degradedGroups(context: Context): MeaningFinding[] {
  const findings: MeaningFinding[] = [];
  const { tokens, roles } = context;
  tokens.forEach((token, at) => {
    if (token.quoted || context.countered.has(context.structure.sentence[at] as number)) return;
    const before = tokens[at - 1];
    if (roles.group[at] && before && !before.quoted && LEXICON.degrading.hasToken(before)) {
      findings.push({ kind: "identity-hate", evidence: evidenceOf(context, at - 1, { from: at, to: at }) });
    } else if (
      roles.group[at] &&
      DEGRADING_SUFFIX.some((end) => token.key.length > end.length + 3 && token.key.endsWith(end))
    ) {
      // "Migrantenpack", "Asylantengesindel": the group's name with contempt glued on.
      findings.push({ kind: "identity-hate", evidence: context.normalised.text.slice(token.start, token.end) });
    } else if (token.kind === "word" && token.key.length > 8) {
      const prefix = DEGRADING_PREFIX.find((start) => token.key.startsWith(start));
      if (prefix && LEXICON.identityGroups.has(token.key.slice(prefix.length))) {
        findings.push({ kind: "identity-hate", evidence: context.normalised.text.slice(token.start, token.end) });
      }
    }
  });
  return findings;
}

export const DEGRADING_PREFIX = ["drecks", "scheiss", "scheis", "kack"];
const DEGRADING_SUFFIX = [
  "pack",
  "gesindel",
  "gesocks",
  "brut",
  "abschaum",
  "dreck",
  "geschmeiss",
  "viecher",
  "ratten",
];

export function findIdentityHate(context: Context): MeaningFinding[] {
  if (
    !context.roles.group.includes(1) &&
    !context.tokens.some((t) => DEGRADING_PREFIX.some((p) => t.key.startsWith(p)))
  ) {
    return [];
  }
  const { tokens } = context;
  const lists: Array<[Kind, Hit[]]> = [
    ["hate", LEXICON.hateVerbs.find(tokens)],
    ["disgust-verb", LEXICON.disgustVerbs.find(tokens)],
    ["attribute", [...LEXICON.disgust.find(tokens), ...LEXICON.dehumanisingWords.find(tokens)]],
    ["essence", LEXICON.essence.find(tokens)],
    ["exclusion", LEXICON.exclusion.find(tokens)],
    ["demand", LEXICON.exclusionDemand.find(tokens)],
    ["war", LEXICON.warOn.find(tokens)],
    [
      "after-group",
      tokens.flatMap((token, at) => (LEXICON.exclusionAfterGroup.hasToken(token) ? [{ from: at, to: at }] : [])),
    ],
  ];
  const findings: MeaningFinding[] = degradedGroups(context);
  for (const [kind, hits] of lists) {
    for (const hit of said(context, hits)) {
      const target = groupOf(context, hit, kind);
      if (target !== -1 && accepts(context, hit, kind, target)) {
        findings.push({ kind: "identity-hate", evidence: evidenceOf(context, target, hit) });
      }
    }
  }
  return findings;
}
