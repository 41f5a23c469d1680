import { t } from "../platform/i18n";
import { clearAlarm, ensureAlarm, notify } from "../platform/notify";
import type { Reminder } from "../shared/monitor";
import { SITE_NAMES } from "../shared/sites";
import { notificationId } from "./alerts";
import type { Db } from "./store/db";
import { listReminders, putReminder, takeReminder } from "./store/reminders";
import { getThread } from "./store/threads";

/** A watched thread that turned escalating and was not visited again within this time gets a "look again". */
export const LOOK_AGAIN_HOURS = 3;

const PREFIX = "reminder:";

export async function schedule(db: Db, reminder: Reminder): Promise<void> {
  await putReminder(db, reminder);
  await ensureAlarm(PREFIX + reminder.id, reminder.dueAt);
}

export function lookAgain(record: { key: string; site: Reminder["site"]; url: string; title?: string }, now: number) {
  return {
    id: `look-again:${record.key}`,
    kind: "look-again",
    dueAt: now + LOOK_AGAIN_HOURS * 3_600_000,
    site: record.site,
    threadKey: record.key,
    url: record.url,
    label: record.title ?? SITE_NAMES[record.site],
  } satisfies Reminder;
}

/** Alarms may not outlive a browser restart: recreate one for every stored reminder. */
export async function restoreAlarms(db: Db): Promise<void> {
  for (const reminder of await listReminders(db)) await ensureAlarm(PREFIX + reminder.id, reminder.dueAt);
}

/** Handles an alarm; returns false when it was not a reminder's. */
export async function fire(db: Db, alarm: string): Promise<boolean> {
  if (!alarm.startsWith(PREFIX)) return false;
  const reminder = await takeReminder(db, alarm.slice(PREFIX.length));
  await clearAlarm(alarm);
  if (!reminder) return true;
  if (reminder.kind === "look-again") {
    const thread = await getThread(db, reminder.threadKey);
    const visitedSince = thread && thread.lastVisit > reminder.dueAt - LOOK_AGAIN_HOURS * 3_600_000;
    if (visitedSince || !thread?.watched) return true;
    await notify(
      notificationId("look-again", reminder.url),
      t("notifyLookAgainTitle"),
      t("notifyLookAgainBody", reminder.label),
    );
    return true;
  }
  await notify(
    notificationId("holding", reminder.url),
    t("notifyHoldingTitle"),
    t("notifyHoldingBody", [reminder.label, SITE_NAMES[reminder.site]]),
  );
  return true;
}

/** The alarm that fires a reminder (so forgetting reminders can cancel them). */
export function reminderAlarm(id: string): string {
  return PREFIX + id;
}
