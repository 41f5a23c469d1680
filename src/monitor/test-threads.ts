import type { Tone } from "../shared/assessment";
import type { ThreadComment, ThreadSnapshot } from "../shared/monitor";

/**
 * Builds synthetic threads for the table tests: "anna:critical" is a comment by anna, "@acme>c1" a company reply
 * to comment c1, "bob:angry!" a comment with a violation. Keys are c1, c2, … in order; the comments were written just before the visit.
 */
export function thread(at: number, spec: readonly string[]): ThreadSnapshot {
  const comments: ThreadComment[] = spec.map((item, index) => {
    const key = `c${index + 1}`;
    if (item.startsWith("@acme")) {
      const parentKey = item.split(">")[1];
      return {
        key,
        author: "acme",
        tone: "neutral",
        violation: false,
        byPageOwner: true,
        isReply: true,
        parentKey,
        replyNeeded: false,
        at: at - spec.length + index,
      };
    }
    const [author = "", rest = "neutral"] = item.split(":");
    const violation = rest.endsWith("!");
    const tone = rest.replace("!", "") as Tone;
    return {
      key,
      author,
      tone,
      violation,
      byPageOwner: false,
      isReply: false,
      replyNeeded: tone !== "positive",
      at: at - spec.length + index,
    };
  });
  return {
    visit: `visit-${at}`,
    site: "facebook",
    threadId: "post1",
    url: "https://www.facebook.com/acme/posts/1",
    at,
    comments,
  };
}
