import type { Suggestion } from "../../src/shared/replies";
import type { GoldenCase, Situation } from "./schema";

/**
 * The strict automatic comparison of a first suggestion with what the lead expects (issue 10): the right plan, the
 * specifics the comment gave named, the one question asked and nothing given asked again, the company's address
 * form, and no phrase that must never be said: an admission, a promise of money or "never again", thanks for
 * sarcasm, rudeness, hate or mockery, "good question" to no question. Answers what is wrong; nothing means accepted.
 */
const ADMISSIONS =
  /\b(?:berechtigt\w*|(?:völlig|vollkommen|absolut|ganz) recht|(?:Sie haben|du hast|ihr habt) recht|bessern wir (?:das )?aus|unser(?:em)? Fehler|Fehler unsererseits|unsere Schuld|you(?:'re| are) (?:absolutely |completely |quite )?right|our (?:fault|mistake)|we (?:messed|screwed) up|we got (?:it|this) wrong)\b/iu;
const PROMISES =
  /\b(?:erstatten (?:wir|Ihnen|dir)|bekomm(?:en Sie|st du) (?:Ihr|dein) Geld|Entschädigung|entschädigen|Kulanz\w*|kommt nicht wieder vor|nie wieder|nicht (?:mehr )?wiederholt|we(?:'ll| will) refund|refund you|compensat\w+|(?:never|won't) happen again|make (?:it|this) up to you)\b/iu;
const THANKS = /\b(?:dank\w*|thank\w*)\b/iu;
const GOOD_QUESTION = /\b(?:gute Frage|good question|great question)\b/iu;
const UNTHANKABLE: ReadonlySet<Situation> = new Set([
  "sarcasm",
  "rude-with-case",
  "rude-no-case",
  "insult-with-case",
  "troll",
]);
const QUESTIONS: ReadonlySet<Situation> = new Set(["question-saved", "question-open"]);
/** A sentence that asks the commenter for something. */
const ASKING = /\?|\b(?:bitte|please|schick\w*|schreib\w*|send|let us know|tell us|teil\w* uns|nenn\w*)\b/iu;
const SIE_WORDS = /(?:[^.!?\n]\s)(?:Sie|Ihnen|Ihre[mnrs]?)\b/u;
const DU_WORDS = /\b(?:du|dir|dich|dein\w*)\b/iu;

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n/u).filter((s) => s.trim().length > 0);
}

export function judge(golden: GoldenCase, first: Suggestion | undefined, form: "sie" | "du"): string[] {
  const problems: string[] = [];
  const plans = typeof golden.expect.plan === "string" ? [golden.expect.plan] : golden.expect.plan;
  if (!first) return ["no suggestion"];
  if (!(plans as readonly string[]).includes(first.strategy)) {
    problems.push(`plan ${first.strategy}, expected ${plans.join(" or ")}`);
  }
  const text = first.text;
  const lower = text.toLowerCase();
  for (const mention of golden.expect.mentions) {
    if (!lower.includes(mention.toLowerCase())) problems.push(`does not name "${mention}"`);
  }
  const asking = sentences(text).filter((s) => ASKING.test(s));
  if (golden.expect.asks && !asking.some((s) => s.toLowerCase().includes(golden.expect.asks?.toLowerCase() ?? ""))) {
    problems.push(`does not ask for "${golden.expect.asks}"`);
  }
  for (const given of golden.expect.mustNotAsk ?? []) {
    if (asking.some((s) => s.toLowerCase().includes(given.toLowerCase()))) problems.push(`asks again for "${given}"`);
  }
  for (const phrase of golden.expect.forbidden ?? []) {
    if (lower.includes(phrase.toLowerCase())) problems.push(`says "${phrase}"`);
  }
  // The company's saved replies are its own words; Gelassen's are held to the list.
  if (first.source !== "saved") {
    const admission = ADMISSIONS.exec(text);
    if (admission) problems.push(`admits: "${admission[0]}"`);
    const promise = PROMISES.exec(text);
    if (promise) problems.push(`promises: "${promise[0]}"`);
    const thanks = THANKS.exec(text);
    if (thanks && UNTHANKABLE.has(golden.situation)) problems.push(`thanks ${golden.situation}: "${thanks[0]}"`);
    const good = GOOD_QUESTION.exec(text);
    if (good && !QUESTIONS.has(golden.situation)) problems.push(`"${good[0]}" to no question`);
  }
  if (first.language === "de" && text) {
    const wrong = form === "sie" ? DU_WORDS.exec(text) : SIE_WORDS.exec(text);
    if (wrong || (first.addressForm && first.addressForm !== form)) {
      problems.push(`address form: "${wrong?.[0]?.trim() ?? first.addressForm}" where the company says ${form}`);
    }
  }
  return problems;
}
