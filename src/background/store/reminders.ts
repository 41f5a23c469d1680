import type { Reminder } from "../../shared/monitor";
import { type Db, LIMITS, trimOldest } from "./db";

export async function putReminder(db: Db, reminder: Reminder): Promise<void> {
  await db.put("reminders", reminder);
  await trimOldest(db, "reminders", "dueAt", LIMITS.reminders);
}

export async function takeReminder(db: Db, id: string): Promise<Reminder | undefined> {
  const tx = db.transaction("reminders", "readwrite");
  const reminder = await tx.store.get(id);
  if (reminder) await tx.store.delete(id);
  await tx.done;
  return reminder;
}

export function getReminder(db: Db, id: string): Promise<Reminder | undefined> {
  return db.get("reminders", id);
}

export function deleteReminder(db: Db, id: string): Promise<void> {
  return db.delete("reminders", id);
}

/** Soonest first. */
export async function listReminders(db: Db): Promise<Reminder[]> {
  return db.getAllFromIndex("reminders", "dueAt");
}
