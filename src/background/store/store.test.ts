import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { thread } from "../../monitor/test-threads";
import type { DeletionEntry } from "../../shared/monitor";
import { LIMITS, openDb } from "./db";
import { addDeletion, clearDeletions, listDeletions } from "./deletions";
import { forgetEverything } from "./forget";
import { listReminders, putReminder, takeReminder } from "./reminders";
import { expireThreads, listThreads, unwatchThread, visitThread, watchThread } from "./threads";

let counter = 0;
const fresh = () => openDb(`test-${++counter}`);
const DAY = 86_400_000;
const HOUR = 3_600_000;

const deletion = (at: number, text = "text"): DeletionEntry => ({
  at,
  site: "facebook",
  url: "https://www.facebook.com/acme/posts/1",
  commentKey: `facebook:${at}`,
  text,
  author: "Anna",
  action: "delete",
  verdict: "keep",
  violations: [],
  reasons: [],
  overrode: true,
});

describe("the deletion log", () => {
  it("keeps entries newest first, drops those past retention, and clears", async () => {
    const db = await fresh();
    const now = 100 * DAY;
    await addDeletion(db, deletion(now - 95 * DAY, "too old"), 90);
    await addDeletion(db, deletion(now - DAY, "yesterday"), 90);
    await addDeletion(db, deletion(now, "today"), 90);
    expect((await listDeletions(db)).map((entry) => entry.text)).toEqual(["today", "yesterday"]);
    expect(await listDeletions(db)).toEqual([deletion(now, "today"), deletion(now - DAY, "yesterday")]);
    await clearDeletions(db);
    expect(await listDeletions(db)).toEqual([]);
  });

  it("takes a retried entry once (the worker stopped after writing, before it answered)", async () => {
    const db = await fresh();
    await addDeletion(db, deletion(DAY, "once"), 3650);
    await addDeletion(db, deletion(DAY, "once"), 3650);
    await addDeletion(db, { ...deletion(DAY, "another comment"), commentKey: "facebook:other" }, 3650);
    expect((await listDeletions(db)).map((entry) => entry.text).sort()).toEqual(["another comment", "once"]);
  });

  it("is bounded: the oldest entries go first", async () => {
    const db = await fresh();
    const tx = db.transaction("deletions", "readwrite");
    for (let i = 0; i < LIMITS.deletions; i++) void tx.store.add(deletion(DAY + i));
    await tx.done;
    await addDeletion(db, deletion(2 * DAY, "newest"), 3650);
    const entries = await listDeletions(db);
    expect(entries).toHaveLength(LIMITS.deletions);
    expect(entries[0]?.text).toBe("newest");
    expect(entries.at(-1)?.at).toBe(DAY + 1);
  });

  it("survives closing and reopening the database (a restarted worker)", async () => {
    const name = `test-${++counter}`;
    const first = await openDb(name);
    await addDeletion(first, deletion(DAY, "kept"), 90);
    first.close();
    const second = await openDb(name);
    expect((await listDeletions(second)).map((entry) => entry.text)).toEqual(["kept"]);
  });
});

describe("thread histories", () => {
  it("records visits, watches and unwatches", async () => {
    const db = await fresh();
    await visitThread(db, thread(0, ["anna:critical", "@acme>c1"]));
    const ref = { site: "facebook", threadId: "post1", url: "https://www.facebook.com/acme/posts/1" } as const;
    const watched = await watchThread(db, ref, "replied", HOUR);
    expect(watched).toMatchObject({ key: "facebook:post1", watched: "replied", watchedSince: HOUR });
    // Watching is not a visit: the history still has one point.
    expect(watched.points).toHaveLength(1);
    const outcome = await visitThread(db, thread(2 * HOUR, ["anna:critical", "@acme>c1", "anna:angry"]));
    expect(outcome.turned).toBe("escalating");
    expect(outcome.record.watched).toBe("replied");
    const [record] = await listThreads(db);
    expect(record?.points.map((point) => point.mood)).toEqual(["steady", "escalating"]);
    await unwatchThread(db, "facebook:post1");
    expect((await listThreads(db))[0]?.watched).toBeUndefined();
  });

  it("watches a thread never visited without inventing a visit", async () => {
    const db = await fresh();
    const ref = { site: "x", threadId: "9", url: "https://x.com/acme/status/9", title: "Launch" } as const;
    const watched = await watchThread(db, ref, "manual", 5);
    expect(watched).toMatchObject({ key: "x:9", watched: "manual", title: "Launch", points: [], arrivals: [] });
  });

  it("keeps at most the newest threads", async () => {
    const db = await fresh();
    for (let i = 0; i <= LIMITS.threads; i++) {
      await visitThread(db, { ...thread(i * HOUR, ["anna:neutral"]), threadId: `post${i}` });
    }
    const threads = await listThreads(db);
    expect(threads).toHaveLength(LIMITS.threads);
    expect(threads.some((record) => record.threadId === "post0")).toBe(false);
  });
});

describe("the retention of thread histories", () => {
  const visitAt = (db: Awaited<ReturnType<typeof fresh>>, threadId: string, at: number) =>
    visitThread(db, { ...thread(at, ["anna:critical", "bob:angry"]), threadId });

  it("drops unwatched posts last visited before the period, and keeps watched and recent ones", async () => {
    const db = await fresh();
    const now = 100 * DAY;
    await visitAt(db, "old", now - 31 * DAY);
    await visitAt(db, "watched-old", now - 90 * DAY);
    await watchThread(
      db,
      { site: "facebook", threadId: "watched-old", url: "https://www.facebook.com/p/2" },
      "manual",
      10 * DAY,
    );
    await visitAt(db, "recent", now - 29 * DAY);
    await visitAt(db, "unwatched-again", now - 40 * DAY);
    await watchThread(
      db,
      { site: "facebook", threadId: "unwatched-again", url: "https://www.facebook.com/p/3" },
      "manual",
      60 * DAY,
    );
    await unwatchThread(db, "facebook:unwatched-again");

    expect(await expireThreads(db, 30, now)).toBe(2);
    expect((await listThreads(db)).map((record) => record.threadId)).toEqual(["recent", "watched-old"]);
    // A shorter period takes effect at once; nothing is dropped twice.
    expect(await expireThreads(db, 7, now)).toBe(1);
    expect((await listThreads(db)).map((record) => record.threadId)).toEqual(["watched-old"]);
  });

  it("keeps a post visited exactly at the edge of the period", async () => {
    const db = await fresh();
    await visitAt(db, "edge", 70 * DAY);
    expect(await expireThreads(db, 30, 100 * DAY)).toBe(0);
    expect(await listThreads(db)).toHaveLength(1);
  });
});

describe("forgetting everything", () => {
  it("clears thread histories, the deletion log and reminders, and says what there was", async () => {
    const db = await fresh();
    await visitThread(db, thread(HOUR, ["anna:critical"]));
    await watchThread(db, { site: "x", threadId: "9", url: "https://x.com/acme/status/9" }, "manual", HOUR);
    await addDeletion(db, deletion(DAY), 90);
    const reminder = {
      id: "holding:x:9:5",
      kind: "holding",
      dueAt: 5 * DAY,
      site: "x",
      threadKey: "x:9",
      url: "https://x.com/acme/status/9",
      label: "Anna",
    } as const;
    await putReminder(db, reminder);

    expect(await forgetEverything(db)).toEqual({ threads: 2, deletions: 1, reminders: [reminder] });
    expect(await listThreads(db)).toEqual([]);
    expect(await listDeletions(db)).toEqual([]);
    expect(await listReminders(db)).toEqual([]);
    expect(await forgetEverything(db)).toEqual({ threads: 0, deletions: 0, reminders: [] });
  });
});

describe("reminders", () => {
  it("lists soonest first and hands each out once", async () => {
    const db = await fresh();
    const base = {
      kind: "holding",
      site: "x",
      threadKey: "x:1",
      url: "https://x.com/acme/status/1",
      label: "Anna",
    } as const;
    await putReminder(db, { ...base, id: "later", dueAt: 2000 });
    await putReminder(db, { ...base, id: "soon", dueAt: 1000 });
    expect((await listReminders(db)).map((reminder) => reminder.id)).toEqual(["soon", "later"]);
    expect((await takeReminder(db, "soon"))?.dueAt).toBe(1000);
    expect(await takeReminder(db, "soon")).toBeUndefined();
  });
});

describe("opening the database after a version change", () => {
  it("opens a database a newer Gelassen left at a higher version, keeping its data, and adds what is missing", async () => {
    const name = `test-${++counter}`;
    const first = await openDb(name);
    await addDeletion(first, deletion(DAY, "kept"), 3650);
    first.close();
    // A newer version (rolled back since) raised the version and dropped the reminders store.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 7);
      request.onupgradeneeded = () => request.result.deleteObjectStore("reminders");
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const again = await openDb(name);
    expect(again.version).toBe(8);
    expect((await listDeletions(again)).map((entry) => entry.text)).toEqual(["kept"]);
    expect(await listReminders(again)).toEqual([]);
  });

  it("steps aside when another connection wants a newer version, instead of blocking it", async () => {
    const name = `test-${++counter}`;
    await openDb(name);
    const upgraded = await new Promise<number>((resolve, reject) => {
      const request = indexedDB.open(name, 3);
      request.onsuccess = () => {
        const { version } = request.result;
        request.result.close();
        resolve(version);
      };
      request.onblocked = () => reject(new Error("blocked by Gelassen's open connection"));
      request.onerror = () => reject(request.error);
    });
    expect(upgraded).toBe(3);
    expect((await openDb(name)).version).toBe(3);
  });
});
