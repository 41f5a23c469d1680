import { recordVisit, type VisitOutcome, watch } from "../../monitor/history";
import type { ThreadRecord, ThreadSnapshot } from "../../shared/monitor";
import { type Db, LIMITS, trimOldest } from "./db";

/** Records a visit in one transaction, so two tabs reporting at once cannot lose each other's points. */
export async function visitThread(db: Db, snapshot: ThreadSnapshot): Promise<VisitOutcome> {
  const tx = db.transaction("threads", "readwrite");
  const existing = await tx.store.get(`${snapshot.site}:${snapshot.threadId}`);
  const outcome = recordVisit(existing, snapshot);
  await tx.store.put(outcome.record);
  await tx.done;
  await trimOldest(db, "threads", "lastVisit", LIMITS.threads);
  return outcome;
}

export type ThreadRef = Pick<ThreadRecord, "site" | "threadId" | "url" | "title">;

/**
 * Starts watching. Watching is not a visit: a thread known from visits keeps its history, and one never visited
 * yet starts with none (its first visit then counts as the first).
 */
export async function watchThread(
  db: Db,
  thread: ThreadRef,
  why: "replied" | "manual",
  now: number,
): Promise<ThreadRecord> {
  const tx = db.transaction("threads", "readwrite");
  const key = `${thread.site}:${thread.threadId}`;
  const existing = await tx.store.get(key);
  const record: ThreadRecord = existing ?? {
    key,
    site: thread.site,
    threadId: thread.threadId,
    url: thread.url,
    lastVisit: now,
    points: [],
    moodReasons: [],
    latest: [],
    arrivals: [],
  };
  if (!existing && thread.title) record.title = thread.title;
  const watched = watch(record, why, now);
  await tx.store.put(watched);
  await tx.done;
  await trimOldest(db, "threads", "lastVisit", LIMITS.threads);
  return watched;
}

export async function unwatchThread(db: Db, key: string): Promise<void> {
  const tx = db.transaction("threads", "readwrite");
  const record = await tx.store.get(key);
  if (record) {
    const { watched: _watched, watchedSince: _since, ...rest } = record;
    await tx.store.put(rest);
  }
  await tx.done;
}

/** Most recently visited first. */
export async function listThreads(db: Db): Promise<ThreadRecord[]> {
  return (await db.getAllFromIndex("threads", "lastVisit")).reverse();
}

export async function getThread(db: Db, key: string): Promise<ThreadRecord | undefined> {
  return db.get("threads", key);
}

const DAY = 86_400_000;

/**
 * Drops the histories of posts nobody watches that were last visited more than `retentionDays` ago: they name
 * the people who commented and when, and are kept only as long as they can still feed the early warning and the
 * "who is still waiting" view. Watched posts keep theirs. Answers how many were dropped.
 */
export async function expireThreads(db: Db, retentionDays: number, now: number): Promise<number> {
  const tx = db.transaction("threads", "readwrite");
  let removed = 0;
  let cursor = await tx.store.index("lastVisit").openCursor(IDBKeyRange.upperBound(now - retentionDays * DAY, true));
  while (cursor) {
    if (!cursor.value.watched) {
      await cursor.delete();
      removed += 1;
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return removed;
}
