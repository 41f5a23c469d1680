import type { Reminder } from "../../shared/monitor";
import type { Db } from "./db";

export type Forgotten = { threads: number; deletions: number; reminders: Reminder[] };

/**
 * Clears everything Gelassen keeps about other people: thread histories, the deletion log and reminders, in one
 * transaction, so a failure leaves all of it as it was rather than half gone. Answers what was there (the
 * reminders themselves, so their alarms can be cancelled too).
 */
export async function forgetEverything(db: Db): Promise<Forgotten> {
  const tx = db.transaction(["threads", "deletions", "reminders"], "readwrite");
  const [threads, deletions, reminders] = await Promise.all([
    tx.objectStore("threads").count(),
    tx.objectStore("deletions").count(),
    tx.objectStore("reminders").getAll(),
  ]);
  await Promise.all([
    tx.objectStore("threads").clear(),
    tx.objectStore("deletions").clear(),
    tx.objectStore("reminders").clear(),
    tx.done,
  ]);
  return { threads, deletions, reminders };
}
