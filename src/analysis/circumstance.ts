import { LEXICON } from "./lexicon";
import type { Token } from "./normalise";

/** What people swear at when they mean the day they have: "Scheiß Wetter", "Scheißmontag", "shitty traffic". */
const CIRCUMSTANCES =
  /^(?:wetter|regen|montag|montage|tag|woche|verkehr|stau|kaelte|hitze|weather|rain|monday|mondays|day|week|traffic|commute|cold|heat)$/;
const SWORN_AT_CIRCUMSTANCE = /^(?:scheiss|mist|dreck)(?:wetter|regen|montag|tag|woche|verkehr|stau|kaelte|hitze)$/;

function atCircumstance(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const next = tokens[at + 1];
  if (token && SWORN_AT_CIRCUMSTANCE.test(token.key)) return true;
  return next !== undefined && next.kind !== "emoji" && CIRCUMSTANCES.test(next.key);
}

/**
 * "Scheiß Wetter heute, aber euer Kaffee rettet mir den Tag", "shitty weather but your barista made my day": every
 * swear word is aimed at the weather, the traffic or the day, not at anyone (and there is at least one).
 */
export function swornAtCircumstances(tokens: readonly Token[]): boolean {
  const swearing = tokens.flatMap((token, at) => (LEXICON.profanity.hasToken(token) ? [at] : []));
  return swearing.length > 0 && swearing.every((at) => atCircumstance(tokens, at));
}
