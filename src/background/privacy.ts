import type { Handlers } from "../platform/dispatch";
import { clearAlarm } from "../platform/notify";
import { loadSettings } from "../platform/storage";
import { refreshBadge } from "./alerts";
import { reminderAlarm } from "./reminders";
import type { Db } from "./store/db";
import { openDb } from "./store/db";
import { forgetEverything } from "./store/forget";
import { expireThreads } from "./store/threads";

/** Drops the histories of unwatched posts past the user's retention period (daily, at start, and when it changes). */
export async function expireUnwatchedThreads(db: Db, now = Date.now()): Promise<number> {
  return expireThreads(db, (await loadSettings()).threadRetentionDays, now);
}

export const PRIVACY_HANDLERS: Handlers = {
  "data/forget": async () => {
    const db = await openDb();
    const forgotten = await forgetEverything(db);
    // An alarm's name holds the reminder's id (a thread's key): cancel them too, so nothing of it is left.
    await Promise.all(forgotten.reminders.map((reminder) => clearAlarm(reminderAlarm(reminder.id))));
    await refreshBadge(db);
    return { threads: forgotten.threads, deletions: forgotten.deletions, reminders: forgotten.reminders.length };
  },
};
