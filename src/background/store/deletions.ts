import type { DeletionEntry } from "../../shared/monitor";
import { type Db, LIMITS, type StoredDeletion, trimOldest } from "./db";

const DAY = 86_400_000;

/** Adds an entry once: a retried write (the worker stopped before it answered) finds it already there. */
export async function addDeletion(db: Db, entry: DeletionEntry, retentionDays: number): Promise<void> {
  const tx = db.transaction("deletions", "readwrite");
  const same = await tx.store.index("at").getAll(IDBKeyRange.only(entry.at));
  if (!same.some((stored) => stored.commentKey === entry.commentKey && stored.action === entry.action))
    await tx.store.add(entry);
  await tx.done;
  await purgeDeletions(db, retentionDays, entry.at);
  await trimOldest(db, "deletions", "at", LIMITS.deletions);
}

/** Newest first. */
export async function listDeletions(db: Db): Promise<DeletionEntry[]> {
  const all = await db.getAllFromIndex("deletions", "at");
  return all.reverse().map(({ id: _id, ...entry }: StoredDeletion) => entry);
}

/** Drops entries older than the retention period. */
export async function purgeDeletions(db: Db, retentionDays: number, now: number): Promise<number> {
  const tx = db.transaction("deletions", "readwrite");
  let removed = 0;
  let cursor = await tx.store.index("at").openCursor(IDBKeyRange.upperBound(now - retentionDays * DAY, true));
  while (cursor) {
    await cursor.delete();
    removed += 1;
    cursor = await cursor.continue();
  }
  await tx.done;
  return removed;
}

export async function clearDeletions(db: Db): Promise<void> {
  await db.clear("deletions");
}
