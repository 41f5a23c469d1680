import { LEXICON } from "../lexicon";
import type { Context, MeaningFinding } from "./context";
import { DEGRADING_PREFIX } from "./identity-hate";

/**
 * Contempt glued on, or set right before, the name of people who are no identity group: "Schweinejournalisten",
 * "Dreckspolitiker", "Scheiß-Linke", "filthy politicians", "dirty cops". It degrades them for what they are, so it
 * is an insult; "Scheißservice" and "dirty trains" name things, and stay criticism.
 */
const PREFIXES = [...DEGRADING_PREFIX, "schweine"];

function person(key: string): boolean {
  return key.length >= 4 && (LEXICON.people.has(key) || LEXICON.staff.has(key));
}

export function findDegradedPeople(context: Context): MeaningFinding[] {
  const findings: MeaningFinding[] = [];
  const { tokens, roles, countered, structure } = context;
  tokens.forEach((token, at) => {
    if (token.quoted || token.kind !== "word" || countered.has(structure.sentence[at] as number)) return;
    const before = tokens[at - 1];
    const adjacent =
      roles.people[at] && before && !before.quoted && before.kind === "word" && LEXICON.degrading.hasToken(before);
    const prefix = PREFIXES.find((start) => token.key.startsWith(start));
    const glued = prefix !== undefined && person(token.key.slice(prefix.length));
    if (!adjacent && !glued) return;
    const from = adjacent ? (before as typeof token).start : token.start;
    findings.push({ kind: "insult", evidence: context.normalised.text.slice(from, token.end) });
  });
  return findings;
}
