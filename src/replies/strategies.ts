import { type Assessment, DELETABLE_KINDS, type ViolationKind } from "../shared/assessment";
import type { Strategy } from "../shared/replies";
import type { Slot } from "./templates/slots";

/**
 * Which strategies fit a comment, most fitting first, and what each reply is made of. The choice follows the
 * five rules: a real violation gets a boundary (or silence), a troll one factual line (or silence), what only
 * looks abusive (`review`) a calm boundary with an offer of help before the answer its sender's role calls for,
 * and every other sender that answer.
 */

export function isViolation(assessment: Assessment): boolean {
  return assessment.verdict === "may-delete" || assessment.violations.some((v) => DELETABLE_KINDS.includes(v.kind));
}

export function chooseStrategies(assessment: Assessment): Strategy[] {
  if (isViolation(assessment)) {
    const kinds = new Set(assessment.violations.map((v) => v.kind));
    if (kinds.has("spam")) return ["do-not-reply", "boundary"];
    if (kinds.has("threat") || kinds.has("identity-hate")) return ["boundary", "do-not-reply"];
    return ["boundary", "boundary-offer-help", "do-not-reply"];
  }
  // Kept, it is still answered calmly; thanking it for its tone ("thanks for telling us so clearly") would not be.
  const answers = forRole(assessment);
  return assessment.verdict === "review" ? ["boundary-offer-help", ...answers.slice(0, 2)] : answers;
}

function forRole({ role, tone }: Pick<Assessment, "role" | "tone">): Strategy[] {
  const question = tone === "question";
  const heated = tone === "critical" || tone === "angry";
  switch (role) {
    case "troll":
      return ["factual-line", "do-not-reply"];
    case "know-it-all":
      return ["acknowledge-correction", "thank-and-invite"];
    case "opinion-leader":
      if (question) return ["serious-answer", "holding-reply", "invite-dialogue"];
      return heated ? ["serious-answer", "invite-dialogue", "feedback-to-team"] : ["serious-answer", "invite-dialogue"];
    case "fan":
      return question ? ["answer-frame", "holding-reply", "warm-thanks"] : ["warm-thanks", "thanks-and-engage"];
    case "disappointed-customer":
      return question
        ? ["empathize-escalate", "holding-reply", "ask-details"]
        : ["empathize-escalate", "ask-details", "feedback-to-team"];
    default:
      if (question) return ["answer-frame", "holding-reply"];
      if (heated) return ["feedback-to-team", "ask-details", "empathize-escalate"];
      if (tone === "positive") return ["warm-thanks", "thanks-and-engage"];
      return ["acknowledge", "answer-frame"];
  }
}

export type Part = { slot: Slot; optional?: boolean };

/** What the situation adds to or takes from a strategy's parts. */
export type Situation = {
  /** The commenter was let down: disappointed, critical or angry. */
  apologyDue: boolean;
  /** The guidelines require thanks and the strategy has none of its own. */
  thanksRequired: boolean;
  violation: ViolationKind | undefined;
};

const BOUNDARY: Record<ViolationKind, Slot> = {
  insult: "boundaryInsult",
  profanity: "boundaryInsult",
  "identity-hate": "boundaryHate",
  threat: "boundaryThreat",
  harassment: "boundaryHarassment",
  spam: "boundarySpam",
};

const core = (...slots: Slot[]): Part[] => slots.map((slot) => ({ slot }));
const optional = (slot: Slot): Part => ({ slot, optional: true });

export function partsOf(strategy: Strategy, situation: Situation): Part[] {
  const apology = situation.apologyDue ? core("apology") : [];
  const thanks = situation.thanksRequired ? core("thanksFeedback") : [];
  switch (strategy) {
    case "empathize-escalate":
      return [...thanks, ...core("empathy"), ...apology, ...core("nextStep", "team")];
    case "ask-details":
      return [...thanks, ...(situation.apologyDue ? apology : core("empathy")), ...core("askDetails", "team")];
    case "feedback-to-team":
      return [...core("thanksFeedback"), ...apology, ...core("team"), optional("improve"), ...core("offer")];
    case "acknowledge-correction":
      return core("thanksCorrection", "acknowledge", "fix");
    case "thank-and-invite":
      return [...core("thanksCorrection", "acknowledge", "fix"), optional("inviteMore")];
    case "serious-answer":
      return core("thanksView", "serious", "inviteTalk");
    case "invite-dialogue":
      return [...core("thanksView", "valued", "inviteTalk"), optional("ideas")];
    case "answer-frame":
      return [...core("thanksQuestion", "answer"), optional("moreHelp")];
    case "holding-reply":
      return [...core("thanksQuestion", "holding"), optional("patience")];
    case "factual-line":
      // Rule 1 beats the thanks the guidelines ask for: a troll gets one line, not gratitude.
      return core("factual");
    case "warm-thanks":
      return core("thanksWarm", "joy");
    case "thanks-and-engage":
      return core("thanksWarm", "engage");
    case "acknowledge":
      return [...core("thanksComment"), optional("welcome")];
    case "boundary":
      return core(BOUNDARY[situation.violation ?? "insult"], "netiquette");
    case "boundary-offer-help":
      return core(BOUNDARY[situation.violation ?? "insult"], "helpOffer");
    default:
      return [];
  }
}

/** Strategies that may carry an emoji when the guidelines allow one: only warm ones. */
export const WARM: readonly Strategy[] = ["warm-thanks", "thanks-and-engage"];
