import type { Tone, Violation } from "../shared/assessment";
import { LEXICON } from "./lexicon";
import { negatedAt } from "./negation";
import type { Normalised } from "./normalise";
import type { Hit } from "./phrase-list";

/**
 * The tone of a comment from its words, emoji, shouting and the model's toxicity. Praise with an irony marker
 * ("Danke für nichts", "toller Service 🙄") is criticism; a negated complaint ("kein Problem") is not one.
 */
export interface ToneReading {
  tone: Tone;
  /** 0 calm to 1 furious. */
  anger: number;
  positive: number;
  negative: number;
  irony: boolean;
  question: boolean;
}

const SARCASM_TAG = /(?:^|\s)\/s\b|\bnot!+\s*$|\bnicht!+\s*$/i;
const HEAVY: ReadonlySet<string> = new Set(["insult", "identity-hate", "threat", "harassment"]);

function countUnnegated(normalised: Normalised, hits: readonly Hit[]): { kept: number; negated: number } {
  let kept = 0;
  let negated = 0;
  for (const hit of hits) {
    if (negatedAt(normalised, hit.from, 2)) negated++;
    else kept++;
  }
  return { kept, negated };
}

export function readTone(normalised: Normalised, violations: readonly Violation[], toxicity: number): ToneReading {
  const { tokens, emoji } = normalised;
  const praise = countUnnegated(normalised, LEXICON.positive.find(tokens));
  const complaints = countUnnegated(normalised, LEXICON.negative.find(tokens));
  const positive = praise.kept + emoji.positive + emoji.thanks + complaints.negated;
  const angerWords = LEXICON.anger.count(tokens);
  const negative = complaints.kept + emoji.sad + praise.negated + angerWords;
  const irony =
    praise.kept > 0 &&
    (LEXICON.irony.count(tokens) > 0 ||
      emoji.ironic > 0 ||
      SARCASM_TAG.test(normalised.text) ||
      (emoji.laughing > 0 && negative > 0));

  const kinds = new Set(violations.map((violation) => violation.kind));
  const heavy = [...kinds].some((kind) => HEAVY.has(kind));
  const anger = Math.min(
    1,
    0.45 * toxicity +
      0.25 * Math.min(2, angerWords) +
      0.2 * Math.min(2, emoji.angry) +
      (normalised.shouting > 0.6 ? 0.25 : 0) +
      (normalised.exclamations >= 3 ? 0.15 : 0) +
      (heavy ? 0.4 : 0) +
      (kinds.has("profanity") ? 0.15 : 0) +
      0.05 * Math.min(3, negative),
  );

  const first = tokens.find((token) => token.kind === "word");
  const question =
    normalised.questionMarks > 0 ||
    (first !== undefined && LEXICON.questionStarts.hasToken(first) && tokens.length < 25 && positive + negative === 0);

  let tone: Tone = "neutral";
  if (anger >= 0.5) tone = "angry";
  else if (irony || (negative > 0 && negative >= positive)) tone = "critical";
  else if (question) tone = "question";
  else if (positive > 0) tone = "positive";
  return { tone, anger: round(anger), positive, negative, irony, question };
}

export function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}
