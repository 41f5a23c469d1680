import { isIronicEmoji } from "./emoji";
import { LEXICON } from "./lexicon";
import type { Token } from "./normalise";

/** What people swear at when they mean the day they have: "Scheiß Wetter", "Scheißmontag", "shitty traffic". */
const CIRCUMSTANCES =
  /^(?:wetter|regen|schneeregen|blitzeis|glatteis|winter|montag|montage|tag|woche|verkehr|stau|baustelle|baustellen|kaelte|hitze|hvv|bvg|kvb|mvg|bahn|sbahn|ubahn|tram|weather|rain|snow|winter|monday|mondays|day|week|traffic|commute|roadworks|cold|heat)$/;
const SWORN_AT_CIRCUMSTANCE =
  /^(?:scheiss|mist|dreck)(?:wetter|regen|montag|tag|woche|verkehr|stau|kaelte|hitze|winter|baustelle)$/;
/** Who a swear word may be aimed at, when it stands near them. */
const ADDRESSED = new Set(["du", "dich", "dir", "ihr", "euch", "euer", "eure", "euren", "you", "your", "ur", "u"]);
/** "aufm Arsch gelandet", "ich hätte kotzen können": what happened to the writer, not a word at anyone. */
const FELL = /^(?:gelandet|gefallen|hingefallen|ausgerutscht|landed|fell)$/;
const OWN_MISHAP = /^(?:gelandet|gefallen|hingefallen|ausgerutscht|koennen|koennte|landed|fell)$/;

/** "Scheiße ist der neue Guji gut 😍", "damn that was good": an oath that opens amazement at something good. */
const AMAZED_OATH = /^(?:scheisse|scheiss|shit|damn|fuck|verdammt)$/;
const IS = /^(?:ist|sind|war|is|was|are|thats)$/;
const GOOD = /^(?:gut|geil|lecker|stark|good|great|amazing|delicious|tasty|brilliant)$/;

/** "twice a week", "dreimal pro Woche", "every day": how often, no week or day sworn at. */
const HOW_OFTEN = /^(?:a|per|pro|every|each|im|alle|jeden|jede)$/;

/** A circumstance named at `at`, not the unit of how often something happens. */
function circumstanceAt(tokens: readonly Token[], at: number): boolean {
  const key = tokens[at]?.key ?? "";
  return (
    CIRCUMSTANCES.test(key) && !(/^(?:day|week|tag|woche)$/.test(key) && HOW_OFTEN.test(tokens[at - 1]?.key ?? ""))
  );
}

function atCircumstance(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const next = tokens[at + 1];
  if (token && SWORN_AT_CIRCUMSTANCE.test(token.key)) return true;
  if (
    token &&
    AMAZED_OATH.test(token.key) &&
    IS.test(next?.key ?? "") &&
    tokens.slice(at + 2, at + 8).some((word) => GOOD.test(word.key))
  )
    return true;
  if (next !== undefined && next.kind !== "emoji" && circumstanceAt(tokens, at + 1)) return true;
  // "fast aufm Arsch gelandet": the writer's own fall.
  if (FELL.test(next?.key ?? "")) return true;
  // "Leipzig traffic is a goddamn joke", "zwei Stunden nur Stau, ich hätte kotzen können": the circumstance is named
  // close by in the same clause, and nobody is addressed there.
  const from = Math.max(0, at - 4);
  const near = tokens.slice(from, at + 3);
  return (
    near.some((_, i) => circumstanceAt(tokens, from + i)) &&
    !near.some((word) => ADDRESSED.has(word.key)) &&
    (OWN_MISHAP.test(tokens[at + 1]?.key ?? "") ||
      OWN_MISHAP.test(tokens[at + 2]?.key ?? "") ||
      tokens.slice(from, at).some((_, i) => circumstanceAt(tokens, from + i)))
  );
}

/**
 * "Scheiß Wetter heute, aber euer Kaffee rettet mir den Tag", "shitty weather but your barista made my day": every
 * swear word is aimed at the weather, the traffic or the day, not at anyone (and there is at least one).
 */
export function swornAtCircumstances(tokens: readonly Token[]): boolean {
  const swearing = tokens.flatMap((token, at) => (LEXICON.profanity.hasToken(token) ? [at] : []));
  return swearing.length > 0 && swearing.every((at) => atCircumstance(tokens, at));
}

/**
 * "Regen von unten, der 2er kam einfach nicht, scheiß HVV echt 🙄☔ – aber dann … Danke, Malte!": every rolled eye
 * follows the weather or the trains it is rolled at, or is a facepalm at oneself, not at the company (and there is
 * at least one).
 */
const SELF = new Set(["i", "ive", "im", "me", "my", "myself", "ich", "hab", "habe", "mich", "mir", "mein", "meine"]);
export function ironyAtCircumstances(tokens: readonly Token[]): boolean {
  const rolled = tokens.flatMap((token, at) => (token.kind === "emoji" && isIronicEmoji(token.key) ? [at] : []));
  return (
    rolled.length > 0 &&
    rolled.every(
      (at) =>
        tokens.slice(Math.max(0, at - 4), at).some((token) => CIRCUMSTANCES.test(token.key)) ||
        // "turns out I've been buying espresso grind for months 🤦‍♀️": a facepalm at oneself.
        ([...(tokens[at]?.key ?? "")][0] === "🤦" &&
          tokens.slice(Math.max(0, at - 10), at).some((token) => SELF.has(token.key))),
    )
  );
}
