/**
 * The holding reply's promise: "we will get back to you by …". The deadline is now plus the guidelines' hours,
 * rounded up to the full hour, said as weekday, date and time in the reply's language and the user's time zone
 * (working hours are not considered: the hours are the company's promise). When the guidelines do not allow
 * promising deadlines, the reply says "as soon as we can" instead.
 */
export type Deadline = { phrase: string; iso?: string };

const HOUR = 3_600_000;

export function holdingDeadline(
  now: Date,
  hours: number,
  language: "de" | "en",
  allowed: boolean,
  timeZone?: string,
): Deadline {
  if (!allowed) return { phrase: language === "de" ? "so bald wie möglich" : "as soon as we can" };
  const due = new Date(Math.ceil((now.getTime() + hours * HOUR) / HOUR) * HOUR);
  const locale = language === "de" ? "de-DE" : "en-GB";
  const parts = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(due);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const time = `${part("hour")}:${part("minute")}`;
  const phrase =
    language === "de"
      ? `bis ${part("weekday")}, ${part("day")}. ${part("month")}, ${time} Uhr`
      : `by ${part("weekday")} ${part("day")} ${part("month")}, ${time}`;
  return { phrase, iso: due.toISOString() };
}
