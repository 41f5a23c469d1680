import type { ThreadComment } from "../shared/monitor";

export type Waiting = { key: string; author: string; url: string; waitedMs: number };

/**
 * Comments that owe a reply and have none from the company, longest wait first. A reply counts when the
 * company wrote a comment whose parent is this one.
 */
export function waitingComments(threads: readonly { url: string; comments: readonly ThreadComment[] }[], now: number) {
  const waiting: Waiting[] = [];
  for (const thread of threads) {
    const answered = new Set(
      thread.comments.filter((comment) => comment.byPageOwner && comment.parentKey).map((comment) => comment.parentKey),
    );
    for (const comment of thread.comments) {
      if (!comment.replyNeeded || comment.byPageOwner || answered.has(comment.key)) continue;
      waiting.push({
        key: comment.key,
        author: comment.name ?? comment.author,
        url: thread.url,
        waitedMs: Math.max(0, now - comment.at),
      });
    }
  }
  return waiting.sort((a, b) => b.waitedMs - a.waitedMs);
}
