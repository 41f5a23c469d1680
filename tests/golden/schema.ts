/**
 * The golden set of replies (issue 10): company-page comments of our own writing, each with what a social-media
 * lead expects of Gelassen's first suggestion and the reply the lead would post. Written for this project; nothing
 * is taken from any data set. `golden.test.ts` compares the first suggestion with `expect` strictly.
 */

/** What a comment is, as the lead reads it. */
export type Situation =
  | "complaint-case" // a customer's problem with the specifics given (order number, product, place, duration …)
  | "complaint-missing" // a customer's problem where the one thing needed to move it is missing
  | "sarcasm" // criticism dressed as praise
  | "criticism" // plain criticism, no case of one's own
  | "rude-with-case" // rude, not deletable, with a real case
  | "rude-no-case" // rude, not deletable, no case
  | "insult-with-case" // a deletable insult around a real case
  | "correction" // points out a mistake in the post
  | "opinion-leader" // someone with reach who argues
  | "question-saved" // a question one of the company's saved replies answers
  | "question-open" // a real question no saved reply answers
  | "praise" // thanks, with something specific to thank for
  | "off-topic" // politics or the world, not the company
  | "to-commenter" // speaks to another commenter
  | "troll"; // mockery without a concern

/** The plan (strategy) of a suggestion, as `composeReplies` names it. */
export type Plan =
  | "case-next-step"
  | "case-question"
  | "take-seriously"
  | "boundary-and-help"
  | "boundary"
  | "check-correction"
  | "engage-argument"
  | "saved-reply"
  | "holding-reply"
  | "thank-specifically"
  | "no-reply-needed"
  | "factual-line"
  | "do-not-reply";

export interface GoldenCase {
  /** "de-sie-complaint-01": language, address form of the company, situation, number. */
  id: string;
  /** Which invented company's guidelines apply (golden/companies.ts). */
  company: "rheinwerk" | "kaffeekollektiv";
  site: "facebook" | "x" | "linkedin";
  /** The commenter's name as the site shows it. */
  author: string;
  /** Author signals where they matter (opinion leaders): as in the CLI input. */
  authorSignals?: { verified?: boolean; badges?: string[]; followers?: number };
  text: string;
  situation: Situation;
  expect: {
    /** The plan(s) the first suggestion may follow. */
    plan: Plan | readonly Plan[];
    /** What the first suggestion must name, case-insensitive: the specifics the comment gave (number, product, place, duration, person …). */
    mentions: readonly string[];
    /** If the reply should ask one question: a word the question must contain ("Bestellnummer", "app version"). */
    asks?: string;
    /** Things the comment already gave, which the reply must not ask for again ("Bestellnummer"). */
    mustNotAsk?: readonly string[];
    /** Phrases that would be wrong here beyond the global list (an admission, a thanks …). */
    forbidden?: readonly string[];
  };
  /** The reply a social-media lead would post. */
  reference: string;
}
