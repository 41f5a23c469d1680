import { describe, expect, it } from "vitest";
import { HISTORY_LIMITS, recordVisit, watch } from "./history";
import { SURGE } from "./surge";
import { thread } from "./test-threads";

const HOUR = 3_600_000;

describe("recordVisit", () => {
  it("turns a thread escalating on a worse second visit, and says so once", () => {
    const first = recordVisit(undefined, thread(0, ["anna:critical", "@acme>c1"]));
    expect(first.record.points).toHaveLength(1);
    expect(first.turned).toBeUndefined();
    const worse = thread(HOUR, ["anna:critical", "@acme>c1", "anna:angry", "bob:angry", "carl:angry"]);
    const second = recordVisit(first.record, worse);
    expect(second.record.points.map((point) => point.mood)).toEqual(["steady", "escalating"]);
    expect(second.turned).toBe("escalating");
    // The original commenter stays angrier than before the reply: still escalating, no second alarm.
    const third = recordVisit(second.record, { ...worse, at: 2 * HOUR });
    expect(third.record.points.at(-1)?.mood).toBe("escalating");
    expect(third.turned).toBeUndefined();
    const calmer = recordVisit(
      third.record,
      thread(3 * HOUR, ["anna:critical", "@acme>c1", "anna:positive", "bob:angry", "carl:angry"]),
    );
    expect(calmer.turned).toBe("calming");
  });

  it("treats snapshots of one page visit as one visit", () => {
    const first = recordVisit(undefined, thread(0, ["anna:critical"]));
    const again = recordVisit(first.record, { ...thread(60_000, ["anna:critical", "bob:critical"]), visit: "visit-0" });
    expect(again.record.points).toHaveLength(1);
    expect(again.record.points[0]?.total).toBe(2);
  });

  it("keeps a bounded history, oldest dropped first", () => {
    let record = recordVisit(undefined, thread(0, ["anna:neutral"])).record;
    for (let visit = 1; visit <= HISTORY_LIMITS.points + 5; visit++) {
      record = recordVisit(record, thread(visit * HOUR, ["anna:neutral"])).record;
    }
    expect(record.points).toHaveLength(HISTORY_LIMITS.points);
    expect(record.points[0]?.at).toBe(6 * HOUR);
  });

  it("warns once when many critical comments arrive in a short time", () => {
    // Three comments on the first visit, then as many new critical ones as the warning needs.
    const burst = Array.from({ length: SURGE.threshold + 3 }, (_, i) => `user${i}:critical`);
    const quiet = recordVisit(undefined, thread(0, burst.slice(0, 3)));
    expect(quiet.warn).toBe(false);
    const fewer = recordVisit(quiet.record, thread(10 * 60_000, burst.slice(0, SURGE.threshold + 2)));
    expect(fewer.warn).toBe(false);
    const loud = recordVisit(fewer.record, thread(20 * 60_000, burst));
    expect(loud.warn).toBe(true);
    const later = recordVisit(loud.record, thread(HOUR, [...burst, "x:angry"]));
    expect(later.warn).toBe(false);
  });

  it("counts a first visit's comments only where the site dates them", () => {
    const page = thread(
      0,
      Array.from({ length: SURGE.threshold + 2 }, (_, i) => `user${i}:critical`),
    );
    expect(recordVisit(undefined, page).warn).toBe(false);
    const dated = { ...page, comments: page.comments.map((comment) => ({ ...comment, dated: true })) };
    expect(recordVisit(undefined, dated).warn).toBe(true);
  });

  it("does not take a first visit's undated comments for new ones on the next visit", () => {
    const old = thread(
      0,
      Array.from({ length: SURGE.threshold + 2 }, (_, i) => `user${i}:critical`),
    );
    const first = recordVisit(undefined, old);
    const second = recordVisit(first.record, { ...thread(HOUR, ["late:angry"]), comments: [...old.comments] });
    expect(second.warn).toBe(false);
  });

  it("treats the first visit after watching an unvisited thread as a first visit", () => {
    const watched = watch(recordVisit(undefined, thread(0, [])).record, "manual", 0);
    const page = thread(
      HOUR,
      Array.from({ length: SURGE.threshold + 2 }, (_, i) => `user${i}:angry`),
    );
    expect(recordVisit(watched, page).warn).toBe(false);
  });

  it("does not count old comments seen for the first time as a surge", () => {
    const old = thread(
      0,
      Array.from({ length: 20 }, (_, i) => `user${i}:angry`),
    );
    const seenLate = { ...old, at: 3 * 24 * HOUR };
    expect(recordVisit(undefined, seenLate).warn).toBe(false);
  });
});

describe("watch", () => {
  it("keeps why and since when a thread is watched", () => {
    const { record } = recordVisit(undefined, thread(0, ["anna:critical"]));
    const watched = watch(record, "replied", 5);
    expect(watched).toMatchObject({ watched: "replied", watchedSince: 5 });
    expect(watch(watched, "manual", 9)).toMatchObject({ watched: "replied", watchedSince: 5 });
  });
});
