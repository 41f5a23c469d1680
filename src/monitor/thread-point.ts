import type { Tone } from "../shared/assessment";
import type { ThreadComment, ThreadPoint, ThreadSnapshot } from "../shared/monitor";

/** How heated a tone is, for comparing one person's comments over time. */
export const TONE_HEAT: Record<Tone, number> = { positive: 0, neutral: 1, question: 1, critical: 2, angry: 3 };

export const isNegative = (tone: Tone) => tone === "critical" || tone === "angry";

/** A comment counts as after the company's reply when written later; equal times fall back to page order. */
function isAfter(comment: ThreadComment, index: number, reply: ThreadComment, replyIndex: number): boolean {
  return comment.at > reply.at || (comment.at === reply.at && index > replyIndex);
}

function latestTone(comments: readonly ThreadComment[]): Tone | undefined {
  let latest: ThreadComment | undefined;
  for (const comment of comments) if (!latest || comment.at >= latest.at) latest = comment;
  return latest?.tone;
}

/** Condenses one visit: tone mix, participants, and what came after the company's first reply. */
export function pointOf(snapshot: ThreadSnapshot): Omit<ThreadPoint, "mood"> {
  const tones = { positive: 0, neutral: 0, question: 0, critical: 0, angry: 0 };
  const people = new Set<string>();
  let violations = 0;
  for (const comment of snapshot.comments) {
    if (comment.byPageOwner) continue;
    tones[comment.tone] += 1;
    people.add(comment.author);
    if (comment.violation) violations += 1;
  }
  const replyIndex = snapshot.comments.findIndex((comment) => comment.byPageOwner);
  const reply = snapshot.comments[replyIndex];
  const afterReply = { total: 0, negative: 0 };
  let opBefore: Tone | undefined;
  let opAfter: Tone | undefined;
  if (reply) {
    const others = snapshot.comments
      .map((comment, index) => ({ comment, index }))
      .filter((c) => !c.comment.byPageOwner);
    const after = others.filter(({ comment, index }) => isAfter(comment, index, reply, replyIndex));
    afterReply.total = after.length;
    afterReply.negative = after.filter(({ comment }) => isNegative(comment.tone)).length;
    const op = snapshot.comments.find((comment) => comment.key === reply.parentKey)?.author;
    if (op) {
      const afterSet = new Set(after.map(({ comment }) => comment));
      const mine = others.filter(({ comment }) => comment.author === op).map(({ comment }) => comment);
      opBefore = latestTone(mine.filter((comment) => !afterSet.has(comment)));
      opAfter = latestTone(mine.filter((comment) => afterSet.has(comment)));
    }
  }
  const point: Omit<ThreadPoint, "mood"> = {
    at: snapshot.at,
    total: snapshot.comments.filter((comment) => !comment.byPageOwner).length,
    participants: people.size,
    tones,
    negative: tones.critical + tones.angry,
    violations,
    afterReply,
  };
  if (opBefore) point.opBefore = opBefore;
  if (opAfter) point.opAfter = opAfter;
  return point;
}
