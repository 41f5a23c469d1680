import * as z from "zod/mini";
import { Assessment } from "./assessment";
import { CommentSnapshot } from "./comment";
import { message } from "./message-spec";
import { MONITOR_MESSAGES } from "./monitor-messages";
import { PAGE_MESSAGES, PageComment } from "./page-messages";
import { PRIVACY_MESSAGES } from "./privacy-messages";
import { REPLY_MESSAGES } from "./reply-messages";
import { RecognitionPath, SiteId } from "./sites";

export type { SenderKind } from "./message-spec";

/**
 * Every message between content script, worker and extension pages: its name, who may send it, and the zod
 * schemas of request and response. Each is validated where it arrives: a request by its handler, the answer by the
 * one who asked.
 * Larger families of messages live in their own files and are spread in here.
 */
export const PageStatus = z.object({
  site: SiteId,
  /** Gelassen is switched on for this site and working on the page. */
  active: z.boolean(),
  /** Comments recognised on the page, read into snapshots, and assessed by the worker. */
  counts: z.object({
    found: z.number().check(z.int(), z.nonnegative()),
    read: z.number().check(z.int(), z.nonnegative()),
    assessed: z.number().check(z.int(), z.nonnegative()),
  }),
  /** Selector groups that matched nothing on this page (a sign the site's layout changed). */
  missing: z.array(z.string()),
  /** Which ways of recognising comments found the ones on this page (issue 11: a redesign stays visible). */
  foundBy: z.array(RecognitionPath),
  /** The page has had time to load its comments: only now does "none" mean an empty post (issue 13). */
  settled: z.boolean(),
});
export type PageStatus = z.infer<typeof PageStatus>;

const Empty = z.object({});

/** The most comments one assess request may carry; the content script sends larger pages in several batches. */
export const MAX_BATCH = 200;

export const MESSAGES = {
  /** Popup → content script: what Gelassen sees on this page. */
  "page/status": message(["extension"], Empty, PageStatus),
  /** Content script → worker: assess a batch of comments. Answers in the same order. */
  "comments/assess": message(
    ["content"],
    z.object({ comments: z.array(CommentSnapshot).check(z.maxLength(MAX_BATCH)) }),
    z.object({ assessments: z.array(Assessment) }),
  ),
  /**
   * Content script at document_start → worker: a page of a site Gelassen is on for is loading, so the analysis
   * warms up before its comments arrive. `warming`: some warm-up is left to do (not yet done in this worker's life).
   */
  "analysis/prepare": message(["content"], Empty, z.object({ warming: z.boolean() })),
  ...MONITOR_MESSAGES,
  ...REPLY_MESSAGES,
  ...PAGE_MESSAGES,
  ...PRIVACY_MESSAGES,
  /** Popup → content script: the page's comments (each with its assessment once assessed) and the page health. */
  "page/comments": message(["extension"], Empty, z.object({ comments: z.array(PageComment), status: PageStatus })),
};

export type MessageType = keyof typeof MESSAGES;
export type RequestOf<K extends MessageType> = z.infer<(typeof MESSAGES)[K]["request"]>;
export type ResponseOf<K extends MessageType> = z.infer<(typeof MESSAGES)[K]["response"]>;

/** What travels over the wire. The `gelassen` tag keeps other extensions' and pages' messages apart. */
export const Envelope = z.object({
  gelassen: z.literal(1),
  type: z.string().check(z.maxLength(100)),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof Envelope>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ResultEnvelope = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(MESSAGES, type);
}

/** A zod error as one readable line: "counts.found: Expected number, received string". */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`)
    .join("; ");
}
