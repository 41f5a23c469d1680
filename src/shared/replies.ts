import * as z from "zod/mini";
import { SiteId } from "./sites";

/**
 * Reply suggestions and the draft check: what `src/replies/` produces and the popup, the in-page panel and the
 * command line show. Positions are UTF-16 offsets into the text, `end` exclusive (`text.slice(start, end)`).
 */

/**
 * The reply strategies, each following one of the five rules in DEVELOPERS.md. Every id has a label
 * `strategy_<id>` and a one-line explanation `strategy_<id>_hint` in `_locales` (`-` written as `_`).
 */
export const STRATEGIES = [
  // Disappointed customer (and heated criticism): empathy, apology where due, next step, feedback to the team.
  "empathize-escalate",
  "ask-details",
  "feedback-to-team",
  // Know-it-all: thanks, the correction acknowledged, fixed and avoided next time.
  "acknowledge-correction",
  "thank-and-invite",
  // Opinion leader: a serious answer, an invitation to talk further.
  "serious-answer",
  "invite-dialogue",
  // Question: an answer frame with a placeholder, or a holding reply with a concrete deadline.
  "answer-frame",
  "holding-reply",
  // Troll: one short factual line, or the advice not to reply at all.
  "factual-line",
  "do-not-reply",
  // Fan and praise.
  "warm-thanks",
  "thanks-and-engage",
  // Neutral remarks.
  "acknowledge",
  // A real violation: a calm netiquette line (the UI says removal is justified).
  "boundary",
  "boundary-offer-help",
  // One of the company's own saved replies.
  "saved-reply",
  // Plans by situation (issue 10): the case named with a next step, or the one question that moves it.
  "case-next-step",
  "case-question",
  // Criticism and sarcasm: taken seriously, never thanked.
  "take-seriously",
  // Rude but not deletable, or an insult around a real case: the tone named once, then help.
  "boundary-and-help",
  // A correction: thanks, the fact checked, corrected if wrong; nothing admitted before it is checked.
  "check-correction",
  // An opinion leader: the argument engaged with, a conversation offered, nothing conceded.
  "engage-argument",
  // Praise: thanks for what they liked, passed on to whom they praised.
  "thank-specifically",
  // Addressed to another commenter, or not about the company: no reply needed (advice, like do-not-reply).
  "no-reply-needed",
  // A sweeping claim about a group of people (a review): the company's stance, calm, without thanks.
  "state-stance",
  // Another comment reported to the company ("bitte löschen", "please remove this spam"): thanks and the check.
  "thank-for-report",
  // A message in the company's name the commenter doubts ("Ist diese Mail echt?"): don't click, send it to us.
  "warn-of-scam",
] as const;
export const Strategy = z.enum(STRATEGIES);
export type Strategy = z.infer<typeof Strategy>;

/**
 * Strategies whose suggestion must never be inserted into a reply box: `do-not-reply` carries empty text and
 * stands for the advice (`strategy_do_not_reply_advice`) to leave the comment unanswered.
 */
export const NOT_INSERTABLE: readonly Strategy[] = ["do-not-reply", "no-reply-needed"];

export const FINDING_CODES = [
  // Tone: the draft is not calm. Each makes `calm` false.
  "heat", // anger words, swearing
  "insult", // an insult aimed at someone
  "all-caps", // shouting in capitals
  "punctuation", // !!! ??? ?! runs
  "sarcasm", // irony markers, eye-rolling emoji
  "blame", // blaming the customer
  "repeats-insult", // repeats a word of the comment's violation evidence
  // Guidelines: the draft is calm but breaks the company's rules.
  "avoided-phrase",
  "missing-greeting",
  "missing-name",
  "missing-thanks", // a hint only: thanking is not right in every reply (e.g. to an insult)
  "address-mixed", // Sie and du in one draft
  "address-form", // only the address form the guidelines do not use
  "too-long",
  "promise-refund",
  "promise-compensation",
  "promise-deadline",
  "promise-never-again", // "kommt nicht wieder vor": a promise nobody can keep
  "admission", // a fault conceded that nobody has checked: "Sie haben völlig recht", "our mistake"
  "emoji",
  "placeholder", // a hint: an answer frame's placeholder is still unfilled
] as const;
export const FindingCode = z.enum(FINDING_CODES);
export type FindingCode = z.infer<typeof FindingCode>;

export const TONE_FINDINGS: readonly FindingCode[] = [
  "heat",
  "insult",
  "all-caps",
  "punctuation",
  "sarcasm",
  "blame",
  "repeats-insult",
];

const offset = z.number().check(z.int(), z.nonnegative());

/**
 * One thing to fix. `severity: "problem"` makes the draft fail the check; a `"hint"` is shown but does not.
 * The message is `finding_<code>` in `_locales` with `$text$` filled by `text`.
 */
export const Finding = z.object({
  code: FindingCode,
  severity: z.enum(["problem", "hint"]),
  start: offset,
  end: offset,
  /** The part of the draft it is about (empty for something missing, e.g. the greeting). */
  text: z.string(),
});
export type Finding = z.infer<typeof Finding>;

export const DraftCheck = z.object({
  /** No finding of severity "problem": calm and within the guidelines. */
  ok: z.boolean(),
  /** No tone finding: heat, insult, caps, !!!, sarcasm, blame, a repeated insult. */
  calm: z.boolean(),
  /** The language the draft was checked as. */
  language: z.enum(["de", "en"]),
  /** Length as the site counts it (X: links 23, emoji 2, leading @mentions free). */
  length: offset,
  /** The site's limit from the guidelines; absent when the site is unknown. */
  limit: z.optional(offset),
  findings: z.array(Finding),
});
export type DraftCheck = z.infer<typeof DraftCheck>;

/** What the check knows about where the draft goes. Everything is optional: a bare draft is checked as it is. */
export const DraftContext = z.object({
  site: z.optional(SiteId),
  /** The language of the draft; "und" or absent: guessed from the draft. */
  language: z.optional(z.enum(["de", "en", "und"])),
  /** The commenter's name as the site shows it: required names are looked for. */
  authorName: z.optional(z.string().check(z.maxLength(300))),
  /** The address form this reply should use (German); absent: only mixing is found. */
  addressForm: z.optional(z.enum(["sie", "du"])),
  /** Words the reply must not repeat: the evidence of the comment's violations. */
  forbiddenWords: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(200))),
});
export type DraftContext = z.infer<typeof DraftContext>;

export const Placeholder = z.object({ start: offset, end: offset });
export type Placeholder = z.infer<typeof Placeholder>;

export const Suggestion = z.object({
  strategy: Strategy,
  /** Ready to insert; empty for `do-not-reply`. */
  text: z.string(),
  /** False for advice that must not go into a reply box (`do-not-reply`). */
  insertable: z.boolean(),
  source: z.enum(["generated", "saved"]),
  /** For saved replies: the guidelines' id and title. */
  savedReplyId: z.optional(z.string()),
  title: z.optional(z.string()),
  language: z.enum(["de", "en"]),
  /** German replies: the address form used. */
  addressForm: z.optional(z.enum(["sie", "du"])),
  /** Parts the user must fill in before posting (answer frames), e.g. "[add your answer]". */
  placeholders: z.array(Placeholder),
  /** Holding replies: the promised time (ISO 8601), for a reminder. */
  followUpBy: z.optional(z.string()),
  check: DraftCheck,
});
export type Suggestion = z.infer<typeof Suggestion>;
