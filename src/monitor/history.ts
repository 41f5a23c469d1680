import type { Mood, ThreadRecord, ThreadSnapshot } from "../shared/monitor";
import { threadMood } from "./mood";
import { type Arrival, shouldWarn } from "./surge";
import { isNegative, pointOf } from "./thread-point";

export const HISTORY_LIMITS = {
  /** Visits kept per thread (oldest dropped first). */
  points: 60,
  /** Arrivals remembered per thread, and for how long. */
  arrivals: 3000,
  arrivalDays: 7,
};

export type VisitOutcome = {
  record: ThreadRecord;
  /** The mood changed with this visit (to the given mood). */
  turned: Mood | undefined;
  /** The early warning should go out now. */
  warn: boolean;
};

export function threadKey(snapshot: Pick<ThreadSnapshot, "site" | "threadId">): string {
  return `${snapshot.site}:${snapshot.threadId}`;
}

/**
 * New comments since the last visit, with when they arrived. On a first visit, only comments whose site shows
 * when they were written count: a post full of old criticism seen for the first time is no shitstorm. The
 * others are remembered as seen, so a later visit does not take them for new.
 */
function mergeArrivals(old: readonly Arrival[], snapshot: ThreadSnapshot, firstVisit: boolean): Arrival[] {
  const known = new Set(old.map((arrival) => arrival.key));
  const fresh = snapshot.comments
    .filter((comment) => !comment.byPageOwner && !known.has(comment.key))
    .map((comment) => ({
      key: comment.key,
      at: comment.at,
      negative: isNegative(comment.tone),
      counts: !firstVisit || comment.dated === true,
    }));
  const oldest = snapshot.at - HISTORY_LIMITS.arrivalDays * 86_400_000;
  return [...old, ...fresh].filter((arrival) => arrival.at >= oldest).slice(-HISTORY_LIMITS.arrivals);
}

/** Adds a visit to a thread's history: a new point (or an update of the current visit's), mood, early warning. */
export function recordVisit(existing: ThreadRecord | undefined, snapshot: ThreadSnapshot): VisitOutcome {
  const sameVisit = existing !== undefined && existing.points.length > 0 && existing.visit === snapshot.visit;
  const kept = existing ? (sameVisit ? existing.points.slice(0, -1) : existing.points) : [];
  const point = pointOf(snapshot);
  const { mood, reasons } = threadMood(kept.at(-1), point);
  const before = existing?.points.at(-1)?.mood;
  // Until Gelassen has seen this thread's comments once (a thread watched before any visit has none), every
  // comment is old news unless the site dates it.
  const firstVisit = (existing?.arrivals.length ?? 0) === 0;
  const arrivals = mergeArrivals(existing?.arrivals ?? [], snapshot, firstVisit);
  const warn = shouldWarn(arrivals, snapshot.at, existing?.warnedAt);
  const record: ThreadRecord = {
    ...(existing ?? { key: threadKey(snapshot), site: snapshot.site, threadId: snapshot.threadId }),
    url: snapshot.url,
    lastVisit: snapshot.at,
    visit: snapshot.visit,
    points: [...kept, { ...point, mood }].slice(-HISTORY_LIMITS.points),
    moodReasons: reasons,
    latest: snapshot.comments,
    arrivals,
  } as ThreadRecord;
  if (snapshot.title) record.title = snapshot.title;
  if (warn) record.warnedAt = snapshot.at;
  return { record, turned: before !== undefined && before !== mood ? mood : undefined, warn };
}

/** Starts watching a thread (the user replied in it, or chose "Watch"); a thread already watched keeps its start. */
export function watch(record: ThreadRecord, why: "replied" | "manual", now: number): ThreadRecord {
  return record.watched ? record : { ...record, watched: why, watchedSince: now };
}
