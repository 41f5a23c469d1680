import { negativeArrivals } from "../monitor/surge";
import type { ThreadRecord } from "../shared/monitor";
import type { ThreadView } from "../shared/monitor-messages";

/** A stored thread as the popup shows it: its mood over time, without the comment details. */
export function threadView(record: ThreadRecord, now: number): ThreadView {
  const last = record.points.at(-1);
  const view: ThreadView = {
    key: record.key,
    site: record.site,
    url: record.url,
    watched: record.watched !== undefined,
    lastVisit: record.lastVisit,
    mood: last?.mood ?? "steady",
    moodReasons: record.moodReasons,
    points: record.points.map((point) => ({
      at: point.at,
      mood: point.mood,
      negative: point.negative,
      total: point.total,
    })),
    recentNegative: negativeArrivals(record.arrivals, now),
  };
  if (record.title) view.title = record.title;
  if (record.warnedAt !== undefined) view.warnedAt = record.warnedAt;
  return view;
}
