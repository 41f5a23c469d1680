import { DELETABLE_KINDS, type Intent, type Reason, type Verdict, type Violation } from "../shared/assessment";
import type { CommentSnapshot } from "../shared/comment";
import { type ReasonCode, reason } from "./reasons";
import type { RoleReading } from "./role";
import type { ToneReading } from "./tone";

/**
 * The deletion verdict, by the first of the five rules: only real violations (insults, hate, threats,
 * harassment, spam) that a rule can name may be deleted; what the model finds abusive but no rule names goes to
 * `review` with the words it weighed most; criticism and mere swearing are kept and answered. Every verdict says
 * why.
 */
export function deletionVerdict(
  violations: readonly Violation[],
  tone: ToneReading,
  toxicity: number,
  review?: readonly string[],
  stereotypes: readonly string[] = [],
  intent?: Pick<Intent, "complaint">,
): { verdict: Verdict; reasons: Reason[] } {
  const deletable = violations.filter((violation) => DELETABLE_KINDS.includes(violation.kind));
  if (deletable.length) {
    const reasons = deletable.map((violation) =>
      reason(`violation-${violation.kind as Exclude<typeof violation.kind, "profanity">}`, violation.evidence),
    );
    return { verdict: "may-delete", reasons };
  }
  if (stereotypes.length) {
    // A sweeping claim about a group ("Ausländer nehmen uns die Arbeitsplätze weg") is no criticism to answer
    // with thanks, but whether it breaks the netiquette is the company's call, not a rule's.
    const model = review?.length ? [reason("review-model", [...new Set(review)])] : [];
    return { verdict: "review", reasons: [reason("review-stereotype", [...new Set(stereotypes)]), ...model] };
  }
  if (review) {
    // The review's own question (does it break the netiquette?) is the advice; "criticism, answer it" would
    // answer it before the user has looked.
    const words = [...new Set(review)];
    return {
      verdict: "review",
      reasons: [words.length ? reason("review-model", words) : reason("review-model-unnamed")],
    };
  }
  const reasons: Reason[] = [];
  const profanity = violations.find((violation) => violation.kind === "profanity");
  if (profanity) reasons.push(reason("profanity-not-enough", profanity.evidence));
  // "Rough in tone" only where a reader hears it: a customer calmly telling of a cracked cup is not rough,
  // whatever the model makes of "riss" and lower case.
  else if (toxicity >= 0.5 && (tone.tone === "angry" || !intent?.complaint)) reasons.push(reason("offensive-no-rule"));
  if (tone.tone === "critical" || tone.tone === "angry") reasons.push(reason("criticism-not-violation"));
  if (!reasons.length) reasons.push(reason("no-violation"));
  return { verdict: "keep", reasons };
}

const TONE_URGENCY = { angry: 0.6, critical: 0.5, question: 0.5, neutral: 0.15, positive: 0.1 } as const;
const ROLE_WEIGHT = {
  "opinion-leader": 0.25,
  "disappointed-customer": 0.15,
  "know-it-all": 0.1,
  troll: -0.2,
  fan: 0,
  general: 0,
} as const;

/** How urgently a comment needs attention: threats first, then the heated, the weighty and the asked. */
export function priorityOf(
  snapshot: CommentSnapshot,
  violations: readonly Violation[],
  tone: ToneReading,
  role: RoleReading,
  verdict: Verdict,
  intent?: Pick<Intent, "complaint" | "question">,
): number {
  if (snapshot.byPageOwner) return 0;
  const kinds = new Set(violations.map((violation) => violation.kind));
  if (kinds.has("threat")) return 0.95;
  if (kinds.has("identity-hate") || kinds.has("harassment")) return 0.75;
  if (kinds.has("spam")) return 0.2;
  // Whether to delete it is a decision someone should take soon, before many have read it.
  if (verdict === "review") return Math.max(0.6, TONE_URGENCY[tone.tone]);
  // A stated problem or a request waits for someone, however calmly it is put.
  const asked = intent?.complaint || intent?.question ? TONE_URGENCY.question : 0;
  let priority = Math.max(TONE_URGENCY[tone.tone], asked) + ROLE_WEIGHT[role.role];
  // Reach weighs whatever the role: a verified Top Voice correcting a fact is read by many.
  if (role.role !== "opinion-leader" && role.reasons.some((r) => r.code.startsWith("reach-"))) priority += 0.2;
  const likes = snapshot.likes ?? 0;
  const replies = snapshot.replies ?? 0;
  if (likes >= 100 || replies >= 10) priority += 0.2;
  else if (likes >= 10 || replies >= 3) priority += 0.1;
  return Math.round(Math.min(1, Math.max(0, priority)) * 100) / 100;
}

/**
 * Whether a reply is owed, and why (or why not): questions, cases, criticism and the senders rule 3 names are
 * answered; a remark to another commenter, politics that is not about the company and a troll's mockery are not;
 * what may be deleted is removed rather than answered, except a customer's real case, which still needs an answer
 * when the insult in it is removed.
 */
export function replyOwed(
  snapshot: CommentSnapshot,
  verdict: Verdict,
  tone: ToneReading,
  role: RoleReading,
  intent: Intent,
  addressWords: readonly string[],
): { needed: boolean; reasons: Reason[] } {
  const no = (code: ReasonCode, words?: readonly string[]) => ({ needed: false, reasons: [reason(code, words)] });
  const yes = (code: ReasonCode) => ({ needed: true, reasons: [reason(code)] });
  if (snapshot.byPageOwner) return no("reply-not-own");
  const customer = role.role === "disappointed-customer" || intent.complaint !== undefined;
  if (verdict === "may-delete") return customer ? yes("reply-owed-case") : no("reply-not-violation");
  // "@Paul haha same, wir warten auch": said to another commenter, even when it shares a complaint.
  if (intent.addressedTo === "commenter") return no("reply-not-to-commenter", addressWords);
  if (intent.offTopic) return no("reply-not-off-topic", addressWords);
  if (intent.pitch) return no("reply-not-pitch");
  if (intent.smallTalk) return no("reply-not-small-talk", addressWords);
  // Rule 1: stay calm; a troll's mockery, or laughing at the company without a concern, is not answered.
  if (role.role === "troll") return no("reply-not-troll");
  // A correction with a laugh ("you spelled it wrong lol") is still a correction to thank for.
  const laughsOnly = role.role !== "fan" && role.role !== "know-it-all";
  if (intent.mockery && tone.tone !== "positive" && tone.tone !== "question" && laughsOnly) {
    return no("reply-not-troll");
  }
  if (customer) return yes("reply-owed-case");
  if (tone.tone === "question" || intent.question) return yes("reply-owed-question");
  if (tone.tone === "critical" || tone.tone === "angry") return yes("reply-owed-criticism");
  if (role.role === "know-it-all") return yes("reply-owed-correction");
  if (role.role === "opinion-leader") return yes("reply-owed-reach");
  return no("reply-not-needed");
}
