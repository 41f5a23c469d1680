import * as z from "zod/mini";

export const LANGUAGES = ["de", "en", "und"] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const TONES = ["positive", "neutral", "question", "critical", "angry"] as const;
export const Tone = z.enum(TONES);
export type Tone = z.infer<typeof Tone>;

/** Kinds of violation. All but profanity can justify removal; profanity alone never does. */
export const VIOLATION_KINDS = ["insult", "identity-hate", "threat", "harassment", "profanity", "spam"] as const;
export const ViolationKind = z.enum(VIOLATION_KINDS);
export type ViolationKind = z.infer<typeof ViolationKind>;
export const DELETABLE_KINDS: readonly ViolationKind[] = ["insult", "identity-hate", "threat", "harassment", "spam"];

export const Violation = z.object({
  kind: ViolationKind,
  /** The words (as written in the comment) that triggered it. */
  evidence: z.array(z.string()),
});
export type Violation = z.infer<typeof Violation>;

/**
 * `may-delete`: a rule names the violation, with the words. `review`: the model is confident the comment is
 * abusive but no rule can name it — the user checks it against the netiquette. `keep`: answer it, never delete it.
 */
export const VERDICTS = ["may-delete", "review", "keep"] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

export const ROLES = ["disappointed-customer", "know-it-all", "opinion-leader", "troll", "fan", "general"] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/**
 * Why the analysis decided something. `code` names a message in `_locales` (`reason_<code>`, with `-` written
 * as `_`), so the UI and the command line say it in the user's language; `words` fill its placeholder.
 */
export const Reason = z.object({
  code: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
  words: z.optional(z.array(z.string())),
});
export type Reason = z.infer<typeof Reason>;

/** What a question asks about, so a reply can use the company's saved answer for it. */
export const QUESTION_KINDS = [
  "opening-hours",
  "delivery",
  "price",
  "account",
  "refund",
  "availability",
  "contact",
  "other",
] as const;
export const QuestionKind = z.enum(QUESTION_KINDS);
export type QuestionKind = z.infer<typeof QuestionKind>;

/** What went wrong in a customer's case: the problem a complaint states. */
export const PROBLEM_KINDS = [
  "login",
  "delivery",
  "billing",
  "refund",
  "defect",
  "waiting",
  "travel",
  "service",
  // Someone hurt, or something harmful found, by what was sold: escalated, never "ärgerlich".
  "safety",
  "other",
] as const;
export const ProblemKind = z.enum(PROBLEM_KINDS);
export type ProblemKind = z.infer<typeof ProblemKind>;

export const ADDRESSEES = ["company", "commenter", "general"] as const;

/** What a comment wants, beyond its tone: a case to handle, a question, criticism dressed as praise, and to whom. */
export const Intent = z.object({
  /** A customer's case stated as a problem (something does not work, did not arrive, was charged, is waited for). */
  complaint: z.optional(z.object({ problem: ProblemKind, words: z.array(z.string()) })),
  /** A real question, and what it is about. */
  question: z.optional(QuestionKind),
  /** Praise words said of a negative fact ("Danke für nichts", "great job … third delay"): criticism. */
  sarcasm: z.boolean(),
  /** The company, another commenter (a reply to them, "@Name …"), or nobody in particular. */
  addressedTo: z.enum(ADDRESSEES),
  /** About politics or the world, not about the company. */
  offTopic: z.boolean(),
  /** Laughing at the company ("lol", 😂) without a concern of one's own: a troll's line, best left alone. */
  mockery: z.optional(z.boolean()),
  /**
   * Another business selling to the company or its readers ("Wir von der X GmbH bieten … Darf ich Ihnen eine Demo
   * zeigen?", "I'm recruiting … DM me"): no reply is owed in public.
   */
  pitch: z.optional(z.boolean()),
  /**
   * Small talk on the page, nothing of the company's ("Was für ein Sonnenschein heute ☀️ Euch allen nen schönen
   * Tag!", "who's watching the match tonight?"): a like is enough.
   */
  smallTalk: z.optional(z.boolean()),
  /** Hateful words quoted or negated in order to reject them ("… schämt euch für solche Kommentare"): counter-speech. */
  countersHate: z.optional(z.boolean()),
});
export type Intent = z.infer<typeof Intent>;

const unit = z.number().check(z.gte(0), z.lte(1));

export const Assessment = z.object({
  language: Language,
  tone: Tone,
  scores: z.object({
    /** Probability that the comment is offensive (model plus rules). */
    toxicity: unit,
    /** How heated the comment is, 0 calm to 1 furious. */
    anger: unit,
  }),
  /** Any violation, profanity included. */
  offensive: z.boolean(),
  violations: z.array(Violation),
  verdict: Verdict,
  reasons: z.array(Reason),
  role: Role,
  roleConfidence: unit,
  roleReasons: z.array(Reason),
  intent: Intent,
  /** How urgently it needs an answer, 0 to 1. */
  priority: unit,
  replyNeeded: z.boolean(),
  /** Why a reply is owed, or why none is (addressed to another commenter, off-topic, a troll). */
  replyReasons: z.array(Reason),
});
export type Assessment = z.infer<typeof Assessment>;
