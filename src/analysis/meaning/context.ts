import type { ViolationKind } from "../../shared/assessment";
import { LEXICON } from "../lexicon";
import { type Normalised, type Token, written } from "../normalise";
import type { Hit } from "../phrase-list";
import { type Roles, rolesOf } from "./roles";
import { type Structure, structureOf } from "./structure";

/** What every meaning rule reads about one comment, computed once. */
export interface Context {
  normalised: Normalised;
  tokens: readonly Token[];
  structure: Structure;
  roles: Roles;
  /** Sentences that quote or name hate in order to reject it. */
  countered: Set<number>;
  /**
   * Hate or threats the rules read and found negated, quoted or countered ("Ich hasse X nicht", "Wer behauptet,
   * …"): the words a model weighs heavily, said the other way round. A comment with them is not sent to review.
   */
  defused: boolean;
}

/** "dieses Arschloch", "that idiot": a demonstrative points away from the speaker, whoever speaks. */
export const POINTING = new Set(
  "dieser diese dieses diesen diesem jener jene jenes jenen this that these those".split(" "),
);

/** A violation a rule found, with the words that say it (as written). */
export interface MeaningFinding {
  kind: ViolationKind;
  evidence: string;
}

const AGREED = new Set(["recht", "right", "correct"]);
const NOT_BEFORE = new Set(["nicht", "not", "kein", "keine", "nie", "never"]);

export function contextOf(normalised: Normalised): Context {
  const structure = structureOf(normalised);
  const countered = new Set<number>();
  for (const hit of LEXICON.counterFrames.find(normalised.tokens)) {
    const sentence = structure.sentence[hit.from] as number;
    // "Wer sagt, Ausländer seien faul, hat recht", "people who say … are right": the frame, agreed with.
    const agreed = normalised.tokens.some(
      (token, at) =>
        structure.sentence[at] === sentence &&
        AGREED.has(token.key) &&
        !NOT_BEFORE.has(normalised.tokens[at - 1]?.key ?? "") &&
        // "… are wrong, right?": a tag question, no agreement.
        normalised.text.charAt(token.end) !== "?",
    );
    if (!agreed) countered.add(sentence);
  }
  return {
    normalised,
    tokens: normalised.tokens,
    structure,
    roles: rolesOf(normalised),
    countered,
    defused: countered.size > 0 || normalised.tokens.some(quotedOffence),
  };
}

const OFFENSIVE_WORDS = () => [
  LEXICON.profanity,
  LEXICON.insultNouns,
  LEXICON.slurs,
  LEXICON.dehumanising,
  LEXICON.targetedWords,
  LEXICON.derogatoryPeople,
  LEXICON.derogatoryOfPeople,
];

/**
 * A quotation defuses only what it quotes: '"Idiot" hat er mich genannt' reports the word, but scare quotes
 * around a neutral word ('der "Experte"', 'die "Reform"') leave the rest of the comment said as it is.
 */
function quotedOffence(token: Token): boolean {
  return token.quoted && OFFENSIVE_WORDS().some((set) => set.hasToken(token));
}

/** Hits of a list that are said, not quoted, outside counter-speech. */
export function said(context: Context, hits: readonly Hit[]): Hit[] {
  return hits.filter(
    (hit) =>
      !context.tokens[hit.from]?.quoted &&
      !context.tokens[hit.to]?.quoted &&
      !context.countered.has(context.structure.sentence[hit.from] as number),
  );
}

const NOT_ONLY = new Set(["nur", "only", "mal", "umsonst", "wunder", "wonder", "zufall", "doubt", "zweifel"]);

export function isNegator(context: Context, at: number): boolean {
  const token = context.tokens[at];
  if (token?.kind !== "word" || !LEXICON.negators.hasToken(token)) return false;
  // "nicht nur", "not only", "kein Wunder", "no doubt" do not negate what follows.
  const next = context.tokens[at + 1];
  return !(next && NOT_ONLY.has(next.key));
}

/**
 * Whether a negation stands between a predicate and whom it is said of, or just before either, within their
 * clause: "… sind nicht widerlich", "Nicht alle …", "I don't hate …", "keine Tiere". Negators inside the
 * predicate's own words ("kann … nicht ausstehen") are part of it.
 */
export function negated(context: Context, predicate: Hit, target: number, untilClauseEnd = false): boolean {
  const { clause } = context.structure;
  if (rhetorical(context, predicate)) return false;
  // A group's name may be two words ("trans people"): "Not all trans people …" negates from its first.
  let first = target;
  while (first > 0 && context.roles.group[first - 1]) first--;
  const lo = Math.max(0, Math.min(predicate.from, first) - 2);
  const hi = Math.max(predicate.to, target);
  const clauses = new Set([clause[predicate.from], clause[target]]);
  for (let at = lo; at <= hi; at++) {
    if (at >= predicate.from && at <= predicate.to) continue;
    if (!clauses.has(clause[at] as number)) continue;
    if (isNegator(context, at)) return true;
  }
  if (untilClauseEnd) {
    for (let at = hi + 1; at < context.tokens.length && clause[at] === clause[predicate.to]; at++) {
      if (isNegator(context, at)) return true;
    }
  }
  return false;
}

/**
 * "Sind X nicht alle …?", "Aren't all X …?": a yes/no question that opens with its verb asks for agreement; its
 * "nicht" negates nothing.
 */
function rhetorical(context: Context, hit: Hit): boolean {
  const { sentence, sentenceStart, sentenceEnd } = context.structure;
  const own = sentence[hit.from] as number;
  const first = context.tokens[sentenceStart[own] as number];
  const last = context.tokens[(sentenceEnd[own] as number) - 1];
  if (!first || !last) return false;
  const opensWithVerb = LEXICON.linking.hasToken(first) || /^(arent|isnt|werent|wasnt)$/.test(first.key);
  return opensWithVerb && context.normalised.text.slice(last.end, last.end + 3).includes("?");
}

/** The nearest token with a role in the same sentence, at most `reach` tokens from the hit; -1 if none. */
export function nearest(context: Context, role: Uint8Array, hit: Hit, reach: number, sameClause = false): number {
  const { sentence, clause } = context.structure;
  let best = -1;
  let distance = Number.POSITIVE_INFINITY;
  const from = Math.max(0, hit.from - reach);
  const to = Math.min(context.tokens.length - 1, hit.to + reach);
  for (let at = from; at <= to; at++) {
    if (!role[at] || sentence[at] !== sentence[hit.from]) continue;
    if (sameClause && clause[at] !== clause[hit.from] && clause[at] !== clause[hit.to]) continue;
    const d = at < hit.from ? hit.from - at : at > hit.to ? at - hit.to : 0;
    if (d < distance) {
      distance = d;
      best = at;
    }
  }
  return best;
}

/** Whether any token of the clause (or of the given range) is in the set. */
export function clauseHas(context: Context, at: number, test: (token: Token, index: number) => boolean): boolean {
  const { clause } = context.structure;
  const own = clause[at];
  for (let i = at; i >= 0 && clause[i] === own; i--) if (test(context.tokens[i] as Token, i)) return true;
  for (let i = at + 1; i < context.tokens.length && clause[i] === own; i++)
    if (test(context.tokens[i] as Token, i)) return true;
  return false;
}

/** The words of a target and its predicate as written: the span when short, else both apart. */
export function evidenceOf(context: Context, target: number, hit: Hit): string {
  const from = Math.min(target, hit.from);
  const to = Math.max(target, hit.to);
  if (to - from <= 7 && context.structure.sentence[from] === context.structure.sentence[to]) {
    return written(context.normalised, from, to);
  }
  return `${written(context.normalised, target, target)} … ${written(context.normalised, hit.from, hit.to)}`;
}
