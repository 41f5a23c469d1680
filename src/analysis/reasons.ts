import type { Reason } from "../shared/assessment";

/**
 * Every reason the analysis gives. Each is a message in assets/_locales (`reason_<code with - as _>`), in German
 * and English; those that carry words have the placeholder `$words$`. reasons.test.ts checks both lists agree.
 */
export const REASON_CODES = {
  "violation-insult": true,
  "violation-identity-hate": true,
  "violation-threat": true,
  "violation-harassment": true,
  "violation-spam": true,
  "profanity-not-enough": true,
  "offensive-no-rule": false,
  "criticism-not-violation": false,
  "no-violation": false,
  "role-page-owner": false,
  "role-troll-violation": true,
  "role-troll-mockery": false,
  "role-spam-sender": false,
  "role-disappointed": true,
  "role-corrects-fact": true,
  "role-polite": false,
  "reach-verified": false,
  "reach-badge": true,
  "reach-followers": true,
  "reach-likes": true,
  "reach-standing": true,
  "role-constructive": false,
  "role-fan-badge": true,
  "role-fan-praise": true,
  "role-critic": false,
  "role-no-signal": false,
  "review-model": true,
  "review-model-unnamed": false,
  "review-stereotype": true,
  "role-sarcasm": true,
  "reply-not-own": false,
  "reply-not-violation": false,
  "reply-not-to-commenter": true,
  "reply-not-off-topic": true,
  "reply-not-pitch": false,
  "reply-not-small-talk": true,
  "reply-not-troll": false,
  "reply-not-needed": false,
  "reply-owed-case": false,
  "reply-owed-question": false,
  "reply-owed-criticism": false,
  "reply-owed-correction": false,
  "reply-owed-reach": false,
} as const satisfies Record<string, boolean>;

export type ReasonCode = keyof typeof REASON_CODES;

/** A reason; codes that carry words always get at least one, so no message shows an empty gap. */
export function reason(code: ReasonCode, words: readonly string[] = []): Reason {
  if (!REASON_CODES[code]) return { code };
  const kept = words.filter((word) => word.trim()).slice(0, 5);
  return { code, words: kept.length ? kept : ["…"] };
}

/** The `_locales` key of a reason code. */
export function reasonMessageKey(code: string): string {
  return `reason_${code.replace(/-/g, "_")}`;
}
