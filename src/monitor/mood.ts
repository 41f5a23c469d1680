import type { Reason } from "../shared/assessment";
import type { Mood, ThreadPoint } from "../shared/monitor";
import { TONE_HEAT } from "./thread-point";

type Point = Omit<ThreadPoint, "mood">;

/** Thresholds of the mood rules, named so the tests and the README can state them. */
export const MOOD_RULES = {
  /** This many more critical or angry comments since the last visit is escalation… */
  moreNegative: 3,
  /** …and so is a rise of the negative share by this much, with at least one new negative comment. */
  negativeShareRise: 0.15,
  /** New participants piling in: at least this many, at least half of their new comments negative. */
  pileOn: 3,
  /** A drop of the negative share by this much, with no new negative comment, is calming. */
  negativeShareDrop: 0.1,
};

const share = (point: Point) => (point.total ? point.negative / point.total : 0);

/**
 * Calls a thread calming, steady or escalating by comparing the latest visit with the one before, with the
 * reasons. Escalation wins over calming: one new threat outweighs a friendlier original commenter. A first
 * visit has nothing to compare with and is steady unless the original commenter already turned.
 */
export function threadMood(previous: Point | undefined, latest: Point): { mood: Mood; reasons: Reason[] } {
  const escalating: Reason[] = [];
  const calming: Reason[] = [];
  const opBefore = latest.opBefore;
  const opAfter = latest.opAfter;
  if (opBefore && opAfter && TONE_HEAT[opAfter] > TONE_HEAT[opBefore]) escalating.push({ code: "mood-op-angrier" });
  if (opBefore && opAfter && TONE_HEAT[opAfter] < TONE_HEAT[opBefore]) calming.push({ code: "mood-op-calmer" });
  if (previous) {
    const newNegative = latest.negative - previous.negative;
    const newComments = latest.total - previous.total;
    const newPeople = latest.participants - previous.participants;
    if (latest.violations > previous.violations) escalating.push({ code: "mood-violation" });
    if (newNegative >= MOOD_RULES.moreNegative) {
      escalating.push({ code: "mood-more-negative", words: [String(newNegative)] });
    } else if (newNegative >= 1 && share(latest) - share(previous) >= MOOD_RULES.negativeShareRise) {
      escalating.push({ code: "mood-negative-share", words: [String(Math.round(share(latest) * 100))] });
    }
    if (newPeople >= MOOD_RULES.pileOn && newNegative * 2 >= newComments && newNegative > 0) {
      escalating.push({ code: "mood-pile-on", words: [String(newPeople)] });
    }
    if (newNegative <= 0 && share(previous) - share(latest) >= MOOD_RULES.negativeShareDrop) {
      calming.push({ code: "mood-less-negative" });
    }
  }
  if (escalating.length) return { mood: "escalating", reasons: escalating };
  if (calming.length) return { mood: "calming", reasons: calming };
  return { mood: "steady", reasons: [{ code: previous ? "mood-no-change" : "mood-first-visit" }] };
}
