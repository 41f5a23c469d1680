import { type Assessment, DELETABLE_KINDS, type ViolationKind } from "../shared/assessment";
import type { Strategy } from "../shared/replies";
import type { Slot } from "./templates/slots";

/**
 * What each strategy's reply is made of. Which strategies a comment gets is plans.ts's choice (issue 10); the
 * strategies here are the parts its plans share and the ones it still offers as alternatives.
 */

export function isViolation(assessment: Assessment): boolean {
  return assessment.verdict === "may-delete" || assessment.violations.some((v) => DELETABLE_KINDS.includes(v.kind));
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
      // An idea is thanked by its topic and passed on; "we want to do better next time" answers a complaint.
      return [...core("thanksIdea"), ...apology, ...core("team"), ...core("offer")];
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
