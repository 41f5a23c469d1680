import type { ThreadComment, ThreadSnapshot } from "../shared/monitor";
import type { TrackedComment } from "./comment-registry";

/** Who wrote a comment, as one stable string: the handle, else the profile link, else the name. */
export function authorKey(tracked: TrackedComment): string {
  const { author } = tracked.snapshot;
  return (author.handle ?? author.profileUrl ?? author.name ?? "?").slice(0, 400);
}

/** A comment as the thread history remembers it; only assessed comments have a tone to remember. */
export function threadComment(
  tracked: TrackedComment,
  seen: { at: number; arrived: boolean },
): ThreadComment | undefined {
  const { snapshot, assessment } = tracked;
  if (!assessment) return undefined;
  const written = snapshot.time ? Date.parse(snapshot.time) : Number.NaN;
  const comment: ThreadComment = {
    key: tracked.key,
    author: authorKey(tracked),
    tone: assessment.tone,
    // Only a violation a rule names counts as one for the mood ("a violation appeared"): a review is the user's
    // call, and its tone (critical or angry) already counts it among the negative comments and the early warning.
    violation: assessment.verdict === "may-delete",
    byPageOwner: snapshot.byPageOwner,
    isReply: snapshot.isReply,
    replyNeeded: assessment.replyNeeded,
    at: Number.isFinite(written) ? written : seen.at,
    // Dated by the site, or seen arriving: either way `at` says when the comment came.
    dated: Number.isFinite(written) || seen.arrived,
  };
  if (snapshot.author.name) comment.name = snapshot.author.name.slice(0, 300);
  if (snapshot.parentId) comment.parentKey = `${snapshot.site}:${snapshot.parentId}`;
  return comment;
}

/** The page's assessed comments, one snapshot per post they belong to, in page order. */
export function threadSnapshots(
  comments: readonly TrackedComment[],
  seen: (key: string) => { at: number; arrived: boolean },
  page: { visit: string; url: string; title: string; now: number },
): ThreadSnapshot[] {
  const byThread = new Map<string, ThreadSnapshot>();
  for (const tracked of comments) {
    const comment = threadComment(tracked, seen(tracked.key));
    if (!comment) continue;
    const { site, threadId } = tracked.snapshot;
    let snapshot = byThread.get(threadId);
    if (!snapshot) {
      snapshot = { visit: page.visit, site, threadId, url: page.url.slice(0, 2000), at: page.now, comments: [] };
      if (page.title) snapshot.title = page.title.slice(0, 300);
      byThread.set(threadId, snapshot);
    }
    if (snapshot.comments.length < 5000) snapshot.comments.push(comment);
  }
  return [...byThread.values()];
}
