import { t } from "../platform/i18n";
import { clearAlarm, ensureAlarm, notify } from "../platform/notify";
import type { Reminder } from "../shared/monitor";
import { SITE_NAMES } from "../shared/sites";
import { notificationId } from "./alerts";
import type { Db } from "./store/db";
import { deleteReminder, getReminder, listReminders, putReminder } from "./store/reminders";
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

/** If showing a reminder's notification fails, it is tried again this much later (the reminder is kept). */
const RETRY_MS = 60_000;

/**
 * Handles an alarm; returns false when it was not a reminder's. The reminder is removed only once its
 * notification was shown (or is no longer owed): a failure keeps it, with a new alarm to try again.
 */
export async function fire(db: Db, alarm: string): Promise<boolean> {
  if (!alarm.startsWith(PREFIX)) return false;
  const id = alarm.slice(PREFIX.length);
  const reminder = await getReminder(db, id);
  await clearAlarm(alarm);
  if (!reminder) return true;
  try {
    await remind(db, reminder);
  } catch (error) {
    await ensureAlarm(alarm, Date.now() + RETRY_MS);
    throw error;
  }
  await deleteReminder(db, id);
  return true;
}

async function remind(db: Db, reminder: Reminder): Promise<void> {
  if (reminder.kind === "look-again") {
    const thread = await getThread(db, reminder.threadKey);
    const visitedSince = thread && thread.lastVisit > reminder.dueAt - LOOK_AGAIN_HOURS * 3_600_000;
    if (visitedSince || !thread?.watched) return;
    await notify(
      notificationId("look-again", reminder.url),
      t("notifyLookAgainTitle"),
      t("notifyLookAgainBody", reminder.label),
    );
    return;
  }
  await notify(
    notificationId("holding", reminder.url),
    t("notifyHoldingTitle"),
    t("notifyHoldingBody", [reminder.label, SITE_NAMES[reminder.site]]),
  );
}

/** The alarm that fires a reminder (so forgetting reminders can cancel them). */
export function reminderAlarm(id: string): string {
  return PREFIX + id;
}
