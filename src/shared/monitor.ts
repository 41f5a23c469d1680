import * as z from "zod/mini";
import { Reason, Tone, Verdict, ViolationKind } from "./assessment";
import { SiteId } from "./sites";

/** One comment as a thread's history remembers it: no text, only what the mood rules need. */
export const ThreadComment = z.object({
  key: z.string().check(z.maxLength(400)),
  /** Who wrote it: handle, profile link or name, whatever the site shows. */
  author: z.string().check(z.maxLength(400)),
  /** The name to show for the author, where the site shows one. */
  name: z.optional(z.string().check(z.maxLength(300))),
  tone: Tone,
  violation: z.boolean(),
  byPageOwner: z.boolean(),
  isReply: z.boolean(),
  parentKey: z.optional(z.string().check(z.maxLength(400))),
  replyNeeded: z.boolean(),
  /** When it was written (the site's time) or, failing that, when Gelassen first saw it; ms since 1970. */
  at: z.number(),
  /** `at` is the site's own time, not the first sighting. */
  dated: z.optional(z.boolean()),
});
export type ThreadComment = z.infer<typeof ThreadComment>;

/** What one visit to a post saw, in page order. */
export const ThreadSnapshot = z.object({
  /**
   * Which visit: one id per page load (and per in-page navigation to the post). Snapshots of one visit — comments
   * loading in, "more" clicked — update that visit's point instead of adding visits.
   */
  visit: z.string().check(z.minLength(1), z.maxLength(100)),
  site: SiteId,
  threadId: z.string().check(z.minLength(1), z.maxLength(300)),
  url: z.string().check(z.maxLength(2000)),
  title: z.optional(z.string().check(z.maxLength(300))),
  at: z.number(),
  comments: z.array(ThreadComment).check(z.maxLength(5000)),
});
export type ThreadSnapshot = z.infer<typeof ThreadSnapshot>;

export const MOODS = ["calming", "steady", "escalating"] as const;
export const Mood = z.enum(MOODS);
export type Mood = z.infer<typeof Mood>;

const count = z.number().check(z.int(), z.nonnegative());

/** A visit condensed to the figures the mood rules compare. */
export const ThreadPoint = z.object({
  at: z.number(),
  total: count,
  participants: count,
  tones: z.object({ positive: count, neutral: count, question: count, critical: count, angry: count }),
  /** Critical and angry comments. */
  negative: count,
  violations: count,
  /** Comments after the company's first reply, and how many of them are negative. */
  afterReply: z.object({ total: count, negative: count }),
  /** The tone of the person the company answered: before the reply, and their latest after it. */
  opBefore: z.optional(Tone),
  opAfter: z.optional(Tone),
  mood: Mood,
});
export type ThreadPoint = z.infer<typeof ThreadPoint>;

export const ThreadRecord = z.object({
  /** "<site>:<threadId>" */
  key: z.string(),
  site: SiteId,
  threadId: z.string(),
  url: z.string(),
  title: z.optional(z.string()),
  /** Why Gelassen watches it; absent for a post merely visited (its history still feeds the early warning). */
  watched: z.optional(z.enum(["replied", "manual"])),
  watchedSince: z.optional(z.number()),
  lastVisit: z.number(),
  /** The id of the latest visit (see ThreadSnapshot.visit). */
  visit: z.optional(z.string()),
  points: z.array(ThreadPoint),
  moodReasons: z.array(Reason),
  /** The latest snapshot's comments, for the "who is still waiting" view. */
  latest: z.array(ThreadComment),
  /** Times negative comments were first seen, for the early warning. */
  arrivals: z.array(
    z.object({
      key: z.string(),
      at: z.number(),
      negative: z.boolean(),
      /** Counts for the early warning: its arrival time is known (see ThreadComment.dated and history.ts). */
      counts: z.optional(z.boolean()),
    }),
  ),
  /** When the shitstorm warning last went out for this post. */
  warnedAt: z.optional(z.number()),
});
export type ThreadRecord = z.infer<typeof ThreadRecord>;

export const DELETION_ACTIONS = ["delete", "hide", "remove"] as const;
export const DeletionAction = z.enum(DELETION_ACTIONS);
export type DeletionAction = z.infer<typeof DeletionAction>;

/** A removal that passed the guard, kept for the team's records and for complaints about removals. */
export const DeletionEntry = z.object({
  at: z.number(),
  site: SiteId,
  url: z.string().check(z.maxLength(2000)),
  commentKey: z.string().check(z.maxLength(400)),
  text: z.string().check(z.maxLength(20_000)),
  author: z.string().check(z.maxLength(400)),
  action: DeletionAction,
  /** Gelassen's verdict when the user acted; "unknown" if the comment had not been assessed. */
  verdict: z.union([Verdict, z.literal("unknown")]),
  violations: z.array(ViolationKind),
  reasons: z.array(Reason),
  /** The user deleted a comment Gelassen said to keep, after the cool-down. */
  overrode: z.boolean(),
});
export type DeletionEntry = z.infer<typeof DeletionEntry>;

export const REMINDER_KINDS = ["holding", "look-again"] as const;

/** A promise to come back: a holding reply's deadline, or a look at an escalating thread. */
export const Reminder = z.object({
  id: z.string().check(z.maxLength(500)),
  kind: z.enum(REMINDER_KINDS),
  dueAt: z.number(),
  site: SiteId,
  threadKey: z.string().check(z.maxLength(400)),
  url: z.string().check(z.maxLength(2000)),
  /** Whom the user promised an answer (the commenter's name), or the post's title. */
  label: z.string().check(z.maxLength(300)),
});
export type Reminder = z.infer<typeof Reminder>;
