import { LEXICON } from "../lexicon";
import type { Token } from "../normalise";
import type { Context, MeaningFinding } from "./context";
import { findDegradedPeople } from "./degraded-people";
import { DEGRADING_PREFIX, findIdentityHate } from "./identity-hate";
import { findThreats } from "./threats";

export type { MeaningFinding } from "./context";

/** Violations read by meaning: who is targeted and what is said of them (see each rule's file). */
export function readMeaning(context: Context): MeaningFinding[] {
  return [...findIdentityHate(context), ...findThreats(context), ...findDegradedPeople(context)];
}

/**
 * Whether any word the meaning rules start from occurs: a predicate of hate or harm, a death wish, a degrading
 * word, a derogatory word for people. Without one, no rule of meaning can find anything.
 */
export function mayMean(tokens: readonly Token[]): boolean {
  return (
    LEXICON.derogatoryPeople.occursIn(tokens) ||
    LEXICON.derogatoryOfPeople.occursIn(tokens) ||
    LEXICON.degrading.occursIn(tokens) ||
    LEXICON.exclusionAfterGroup.occursIn(tokens) ||
    TRIGGERS().some((list) => list.mayHit(tokens)) ||
    tokens.some((token) => DEGRADING_PREFIX.some((prefix) => token.key.startsWith(prefix))) ||
    tokens.some((token) => token.key.startsWith("schweine"))
  );
}

const TRIGGERS = () => [
  LEXICON.hateVerbs,
  LEXICON.disgustVerbs,
  LEXICON.disgust,
  LEXICON.dehumanisingWords,
  LEXICON.essence,
  LEXICON.exclusion,
  LEXICON.exclusionDemand,
  LEXICON.warOn,
  LEXICON.harm,
  LEXICON.doom,
  LEXICON.deathWish,
  LEXICON.consequence,
];
