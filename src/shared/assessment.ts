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

export const VERDICTS = ["may-delete", "keep"] as const;
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
  /** How urgently it needs an answer, 0 to 1. */
  priority: unit,
  replyNeeded: z.boolean(),
});
export type Assessment = z.infer<typeof Assessment>;
