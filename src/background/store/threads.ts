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

/** Starts watching; a thread never visited yet is recorded from the given snapshot first. */
export async function watchThread(db: Db, snapshot: ThreadSnapshot, why: "replied" | "manual"): Promise<ThreadRecord> {
  const { record } = await visitThread(db, snapshot);
  const watched = watch(record, why, snapshot.at);
  await db.put("threads", watched);
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
