/**
 * The first-run page's steps, in order. The guidelines file comes first: a company that has one is done after
 * it, and the later steps show what it set. Each id has a title `fr_step_<id>` in `_locales`.
 */
export const STEPS = ["file", "voice", "contact", "hours", "sites"] as const;
export type Step = (typeof STEPS)[number];

/** Where Back and Next lead from `step`; `undefined` at either end. */
export function neighbours(step: Step): { back: Step | undefined; next: Step | undefined } {
  const index = STEPS.indexOf(step);
  return { back: STEPS[index - 1], next: STEPS[index + 1] };
}

/** "2" of "5": the position a user is told ("Step 2 of 5"). */
export function position(step: Step): { number: string; count: string } {
  return { number: String(STEPS.indexOf(step) + 1), count: String(STEPS.length) };
}
