import { threadKey } from "../monitor/history";
import { waitingComments } from "../monitor/waiting";
import type { Handlers } from "../platform/dispatch";
import { deletionOriginProblem } from "../shared/deletion-origin";
import { notifyEscalating, notifySurge, refreshBadge } from "./alerts";
import { heldRemovals } from "./held-removals-store";
import { threadView } from "./monitor-view";
import { lookAgain, schedule } from "./reminders";
import { openDb } from "./store/db";
import { clearDeletions, listDeletions } from "./store/deletions";
import { listReminders } from "./store/reminders";
import { listThreads, unwatchThread, visitThread, watchThread } from "./store/threads";

/** Rule 5 in the worker: thread histories, the badge, notifications, reminders and the deletion log. */
export const MONITOR_HANDLERS: Handlers = {
  "thread/visit": async ({ snapshot }) => {
    const db = await openDb();
    const { record, turned, warn } = await visitThread(db, snapshot);
    if (record.watched && turned === "escalating") {
      await notifyEscalating(record);
      await schedule(db, lookAgain(record, snapshot.at));
    }
    if (warn) await notifySurge(record, record.arrivals.filter((arrival) => arrival.negative).length);
    await refreshBadge(db);
    return { mood: record.points.at(-1)?.mood ?? "steady", watched: record.watched !== undefined, warn };
  },
  "thread/replied": async ({ thread, holding }) => {
    const db = await openDb();
    const record = await watchThread(db, thread, "replied", Date.now());
    if (holding) {
      await schedule(db, {
        id: `holding:${record.key}:${holding.dueAt}`,
        kind: "holding",
        dueAt: holding.dueAt,
        site: thread.site,
        threadKey: threadKey(thread),
        url: thread.url,
        label: holding.label,
      });
    }
    await refreshBadge(db);
    return {};
  },
  "thread/watch": async ({ thread, watch }) => {
    const db = await openDb();
    if (watch) await watchThread(db, thread, "manual", Date.now());
    else await unwatchThread(db, threadKey(thread));
    await refreshBadge(db);
    return {};
  },
  "threads/list": async () => {
    const now = Date.now();
    return { threads: (await listThreads(await openDb())).map((record) => threadView(record, now)) };
  },
  "waiting/list": async () => {
    const threads = await listThreads(await openDb());
    return {
      waiting: waitingComments(
        threads.map((record) => ({ url: record.url, comments: record.latest })),
        Date.now(),
      ),
    };
  },
  "deletions/hold": async ({ id, entry }, sender) => {
    const problem = deletionOriginProblem(entry, sender.url);
    if (problem) throw new Error(`refused: not a removal on one of the three sites (${problem})`);
    await heldRemovals.hold(id, entry, sender.tab?.id);
    return {};
  },
  "deletions/settle": async ({ id, outcome }) => {
    await heldRemovals.settle(id, outcome);
    return {};
  },
  "deletions/unsaved": async () => {
    // The user is looking: try once more first, so a log that works again says so at once.
    await heldRemovals.sweep().catch((error) => console.error("Gelassen: held removals", error));
    return heldRemovals.unsaved();
  },
  "deletions/list": async () => ({ entries: await listDeletions(await openDb()) }),
  "deletions/clear": async () => {
    await clearDeletions(await openDb());
    return {};
  },
  "reminders/list": async () => ({ reminders: await listReminders(await openDb()) }),
};
