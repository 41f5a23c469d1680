import { holdingDeadline } from "../replies/deadline";
import { type BusinessHours, type Guidelines, WEEKDAYS, type Weekday } from "../shared/guidelines";

/**
 * The business hours as the options page edits them, and what they mean for a holding reply. The schema would
 * refuse wrong hours too, but only with a field path: said here, next to the inputs, before anything is saved.
 */

export type HoursProblem = "no-day" | "to-before-from" | "out-of-range";

export function hoursProblem(hours: BusinessHours): HoursProblem | undefined {
  if (hours.days.length === 0) return "no-day";
  const whole = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;
  if (!whole(hours.fromHour, 0, 23) || !whole(hours.toHour, 1, 24)) return "out-of-range";
  if (hours.toHour <= hours.fromHour) return "to-before-from";
  return undefined;
}

/** Ticked days in the week's order (Monday first), whatever order they were ticked in; no day twice. */
export function withDay(days: readonly Weekday[], day: Weekday, ticked: boolean): Weekday[] {
  return WEEKDAYS.filter((d) => (d === day ? ticked : days.includes(d)));
}

export type DeadlineExample = { kind: "promise"; phrase: string } | { kind: "no-promise" };

/**
 * What a holding reply would promise for a comment that came in at `now`: the reply's own phrase ("bis Freitag,
 * 27. November, 18:00 Uhr"), or that the guidelines allow no deadlines (the reply says "so bald wie möglich").
 */
export function deadlineExample(
  guidelines: Pick<Guidelines, "holdingDeadlineHours" | "promises">,
  hours: BusinessHours,
  now: Date,
  language: "de" | "en",
  timeZone?: string,
): DeadlineExample {
  if (!guidelines.promises.deadlines) return { kind: "no-promise" };
  const deadline = holdingDeadline(now, guidelines.holdingDeadlineHours, language, true, timeZone, hours);
  return { kind: "promise", phrase: deadline.phrase };
}
