import * as z from "zod/mini";
import { Reason } from "./assessment";
import { message } from "./message-spec";
import { DeletionEntry, Mood, Reminder, ThreadSnapshot } from "./monitor";
import { SiteId } from "./sites";

/** A watched (or visited) thread as the popup's "Watched" view shows it. */
export const ThreadView = z.object({
  key: z.string(),
  site: SiteId,
  url: z.string(),
  title: z.optional(z.string()),
  watched: z.boolean(),
  lastVisit: z.number(),
  mood: Mood,
  moodReasons: z.array(Reason),
  /** One entry per visit, oldest first: the chart's data. */
  points: z.array(z.object({ at: z.number(), mood: Mood, negative: z.number(), total: z.number() })),
  /** Critical or angry comments that arrived within the early-warning window, and when the warning went out. */
  recentNegative: z.number(),
  warnedAt: z.optional(z.number()),
});
export type ThreadView = z.infer<typeof ThreadView>;

export const WaitingView = z.object({ key: z.string(), author: z.string(), url: z.string(), waitedMs: z.number() });
export type WaitingView = z.infer<typeof WaitingView>;

const ThreadRef = z.object({
  site: SiteId,
  threadId: z.string().check(z.minLength(1), z.maxLength(300)),
  url: z.string().check(z.maxLength(2000)),
  title: z.optional(z.string().check(z.maxLength(300))),
});

const Done = z.object({});
const HeldId = z.string().check(z.minLength(1), z.maxLength(100));

export const MONITOR_MESSAGES = {
  /** Content script → worker: what a post looks like now (sent after comments settle on each visit). */
  "thread/visit": message(
    ["content"],
    z.object({ snapshot: ThreadSnapshot }),
    z.object({ mood: Mood, watched: z.boolean(), warn: z.boolean() }),
  ),
  /**
   * Content script → worker: the user submitted a reply in this thread (after Gelassen inserted it, or typed);
   * the thread is watched from now on. `holding` schedules the reminder a holding reply promised.
   */
  "thread/replied": message(
    ["content"],
    z.object({
      thread: ThreadRef,
      holding: z.optional(z.object({ dueAt: z.number(), label: z.string().check(z.maxLength(300)) })),
    }),
    Done,
  ),
  /** Popup → worker: watch or stop watching a thread. */
  "thread/watch": message(["extension"], z.object({ thread: ThreadRef, watch: z.boolean() }), Done),
  "threads/list": message(["extension"], z.object({}), z.object({ threads: z.array(ThreadView) })),
  "waiting/list": message(["extension"], z.object({}), z.object({ waiting: z.array(WaitingView) })),
  /**
   * Content script → worker, in the gesture itself: a delete, hide or remove passed the guard. The worker keeps
   * it (`id`, the content script's own) until `deletions/settle` says what the site did, or the tab closes.
   */
  "deletions/hold": message(["content"], z.object({ id: HeldId, entry: DeletionEntry }), Done),
  /** Content script → worker: the site removed the comment (done), asks for confirmation, or it was cancelled. */
  "deletions/settle": message(
    ["content"],
    z.object({ id: HeldId, outcome: z.enum(["done", "cancelled", "confirming"]) }),
    Done,
  ),
  /** Popup, options → worker: removals the log could not take yet, and why. */
  "deletions/unsaved": message(
    ["extension"],
    z.object({}),
    z.object({ count: z.number(), error: z.optional(z.string()) }),
  ),
  "deletions/list": message(["extension"], z.object({}), z.object({ entries: z.array(DeletionEntry) })),
  "deletions/clear": message(["extension"], z.object({}), Done),
  "reminders/list": message(["extension"], z.object({}), z.object({ reminders: z.array(Reminder) })),
};
