/**
 * The holding reply's promise: "we will get back to you by …". The deadline is now plus the guidelines' hours,
 * rounded down to the full hour (rounding up would promise later than the guidelines allow), said as weekday, date and time in the reply's language and the user's time zone.
 * A deadline in the night ("Monday, 00:00") reads oddly: it moves back to the evening before, 18:00, when that
 * still leaves at least half the promised time (never later than the guidelines promise). When the guidelines
 * do not allow promising deadlines, the reply says "as soon as we can" instead.
 */
import type { BusinessHours, Weekday } from "../shared/guidelines";

/** `short` says the same within a week by its weekday alone ("bis Donnerstag, 10 Uhr"), for X's few characters. */
export type Deadline = { phrase: string; short: string; iso?: string };

const HOUR = 3_600_000;

function localHour(time: Date, timeZone: string | undefined): number {
  const hour = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(time);
  return Number.parseInt(hour, 10);
}

/** Night hours (21:00–07:59) move back to 18:00, if that keeps at least half the promised time. */
function evening(due: Date, now: Date, hours: number, timeZone: string | undefined): Date {
  const hour = localHour(due, timeZone);
  if (hour >= 8 && hour < 21) return due;
  const back = hour >= 21 ? hour - 18 : hour + 6;
  const earlier = new Date(due.getTime() - back * HOUR);
  return earlier.getTime() - now.getTime() >= (hours * HOUR) / 2 ? earlier : due;
}

const WEEKDAY_NUMBERS: Record<string, Weekday> = {
  Mon: "mon",
  Tue: "tue",
  Wed: "wed",
  Thu: "thu",
  Fri: "fri",
  Sat: "sat",
  Sun: "sun",
};

function localDay(time: Date, timeZone: string | undefined): Weekday {
  const day = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short" }).format(time);
  return WEEKDAY_NUMBERS[day] ?? "mon";
}

/**
 * A promise is kept inside the business hours ("bis Freitag, 18:00 Uhr", never "bis Samstag, 10:00 Uhr" when
 * nobody works on Saturdays): a deadline outside them moves back to the last business hour before it, if that
 * still leaves half the promised time; else forward to the next one.
 */
function inBusinessHours(
  due: Date,
  now: Date,
  hours: number,
  business: BusinessHours,
  timeZone: string | undefined,
): Date {
  const open = (time: Date) => {
    const hour = localHour(time, timeZone) || 24;
    return business.days.includes(localDay(time, timeZone)) && hour > business.fromHour && hour <= business.toHour;
  };
  if (open(due)) return due;
  for (let back = 1; back <= 24 * 8; back++) {
    const earlier = new Date(due.getTime() - back * HOUR);
    if (earlier.getTime() - now.getTime() < (hours * HOUR) / 2) break;
    if (open(earlier)) return earlier;
  }
  for (let ahead = 1; ahead <= 24 * 8; ahead++) {
    const later = new Date(due.getTime() + ahead * HOUR);
    if (open(later)) return later;
  }
  return due;
}

export function holdingDeadline(
  now: Date,
  hours: number,
  language: "de" | "en",
  allowed: boolean,
  timeZone?: string,
  business?: BusinessHours,
): Deadline {
  if (!allowed) {
    const phrase = language === "de" ? "so bald wie möglich" : "as soon as we can";
    return { phrase, short: phrase };
  }
  const rounded = new Date(Math.floor((now.getTime() + hours * HOUR) / HOUR) * HOUR);
  const due = business
    ? inBusinessHours(rounded, now, hours, business, timeZone)
    : evening(rounded, now, hours, timeZone);
  const phrase = deadlinePhrase(due, language, timeZone);
  // A weekday names one day only within the week ahead; further out the date stays.
  const short = due.getTime() - now.getTime() < 6 * 24 * HOUR ? weekdayPhrase(due, language, timeZone) : phrase;
  return { phrase, short, iso: due.toISOString() };
}

/** The named parts of a time as the language writes them: weekday, and with `dated` the day and month. */
function timeParts(due: Date, language: "de" | "en", timeZone: string | undefined, dated: boolean) {
  const parts = new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", {
    timeZone,
    weekday: "long",
    ...(dated ? { day: "numeric", month: "long" } : {}),
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(due);
  return (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
}

/** "bis Donnerstag, 10 Uhr" / "by Thursday, 10:00": the weekday and the time, no date. */
function weekdayPhrase(due: Date, language: "de" | "en", timeZone?: string): string {
  const part = timeParts(due, language, timeZone, false);
  const minute = part("minute");
  return language === "de"
    ? `bis ${part("weekday")}, ${Number.parseInt(part("hour"), 10)}${minute === "00" ? "" : `:${minute}`} Uhr`
    : `by ${part("weekday")}, ${part("hour")}:${minute}`;
}

/** "bis Mittwoch, 2. Dezember, 10:00 Uhr" / "by Wednesday 2 December, 10:00", in the given time zone. */
export function deadlinePhrase(due: Date, language: "de" | "en", timeZone?: string): string {
  const part = timeParts(due, language, timeZone, true);
  const time = `${part("hour")}:${part("minute")}`;
  return language === "de"
    ? `bis ${part("weekday")}, ${part("day")}. ${part("month")}, ${time} Uhr`
    : `by ${part("weekday")} ${part("day")} ${part("month")}, ${time}`;
}
