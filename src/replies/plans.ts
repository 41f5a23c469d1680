import type { Assessment } from "../shared/assessment";
import type { Case } from "../shared/case";
import type { Strategy } from "../shared/replies";
import { isViolation, type Part, partsOf, type Situation } from "./strategies";

/**
 * Reply plans by situation (issue 10), most fitting first; each of the two or three differs in strategy, not in
 * word order. A customer's case is named and moved (a next step with a time, or the one question that is
 * missing); criticism and sarcasm are taken seriously and never thanked; rudeness gets one calm line on the tone
 * and then help; a correction is checked, not conceded; an opinion leader's argument is engaged with; a question
 * gets the company's saved answer, else a holding reply, and an empty answer frame only last; praise is thanked
 * for what was praised; a remark to someone else, or about politics, needs no reply.
 */
export type PlanContext = {
  kase: Case;
  /** One of the company's saved replies answers this comment's topic. */
  savedMatch: boolean;
};

/** The case moved: asked for the one thing missing (nothing moves before it comes), else the next step with a time. */
function caseFirst(kase: Case): Strategy {
  return kase.missing ? "case-question" : "case-next-step";
}

export function choosePlans(assessment: Assessment, { kase, savedMatch }: PlanContext): Strategy[] {
  const { intent, role, tone } = assessment;
  const customer = intent.complaint !== undefined || role === "disappointed-customer";
  const question = tone === "question" || intent.question !== undefined;
  if (isViolation(assessment)) {
    const kinds = new Set(assessment.violations.map((v) => v.kind));
    if (kinds.has("spam")) return ["do-not-reply", "boundary"];
    if (kinds.has("threat") || kinds.has("identity-hate")) return ["boundary", "do-not-reply"];
    return customer
      ? ["boundary-and-help", "boundary", "do-not-reply"]
      : ["boundary", "boundary-offer-help", "do-not-reply"];
  }
  if (!assessment.replyNeeded && (intent.addressedTo === "commenter" || intent.offTopic)) return ["no-reply-needed"];
  if (assessment.verdict === "review") {
    if (customer) return ["boundary-and-help", caseFirst(kase)];
    return role === "troll"
      ? ["boundary-and-help", "do-not-reply"]
      : ["boundary-and-help", "take-seriously", "do-not-reply"];
  }
  if (role === "troll") return ["factual-line", "do-not-reply"];
  if (customer) {
    const rude = tone === "angry" && assessment.violations.some((v) => v.kind === "profanity");
    if (rude) return ["boundary-and-help", caseFirst(kase)];
    // A polite customer is not told their words were "criticism"; a missing detail leaves the choice of a time.
    if (tone !== "critical" && tone !== "angry")
      return kase.missing ? ["case-question", "case-next-step"] : [caseFirst(kase)];
    return [caseFirst(kase), "take-seriously"];
  }
  if (role === "know-it-all") return ["check-correction", "holding-reply"];
  if (role === "opinion-leader")
    return question ? ["engage-argument", "holding-reply"] : ["engage-argument", "invite-dialogue"];
  // The company's saved answer is offered first (composeReplies); the empty frame only when none answers.
  if (question) return savedMatch ? ["holding-reply"] : ["holding-reply", "answer-frame"];
  // Sarcasm is answered once, seriously; plain criticism may also be asked what happened.
  if (intent.sarcasm) return ["take-seriously"];
  if (tone === "critical" || tone === "angry") return ["take-seriously", "ask-details"];
  if (tone === "positive" || role === "fan") return ["thank-specifically", "thanks-and-engage"];
  return ["acknowledge"];
}

/** The parts of a plan; the older strategies keep theirs (strategies.ts). */
export function planParts(
  strategy: Strategy,
  situation: Situation & { kase: Case; named: boolean; question: boolean },
): Part[] {
  const { kase } = situation;
  const core = (...slots: Part["slot"][]): Part[] => slots.map((slot) => ({ slot }));
  const ask: Part[] = kase.missing ? core("caseAsk") : [];
  switch (strategy) {
    case "case-next-step":
      // The clause has named the case already: the next step need not name it again.
      return [...core("caseSeen", situation.named ? "caseStepPlain" : "caseStep"), ...ask];
    case "case-question":
      return [...core("caseSeen"), ...ask];
    case "take-seriously":
      return [...core("criticismHeard", "team"), { slot: "offer", optional: true }];
    case "boundary-and-help": {
      const tone =
        situation.violation && situation.violation !== "profanity" ? partsOf("boundary", situation)[0] : undefined;
      const help = kase.problem ? core("caseStep", ...(kase.missing ? (["caseAsk"] as const) : [])) : core("helpOffer");
      return [tone ?? { slot: "boundaryTone" }, ...help];
    }
    case "check-correction":
      return core("thanksCorrection", "checkFact");
    case "engage-argument":
      return [...core("engageTake", "inviteTalk")];
    case "thank-specifically":
      return [...core("thanksSpecific"), { slot: "passOn", optional: true }];
    case "holding-reply":
      // Only a question is thanked for as one; anything else is held with the case or plainly.
      return situation.question ? partsOf(strategy, situation) : core("caseHolding");
    default:
      return partsOf(strategy, situation);
  }
}
