import { describe, expect, it } from "vitest";
import { isNegative } from "../monitor/thread-point";
import { assessmentOf, commentOf } from "../replies/fixtures";
import type { Verdict } from "../shared/assessment";
import type { TrackedComment } from "./comment-registry";
import { threadComment } from "./thread-snapshot";

const tracked = (verdict: Verdict): TrackedComment => ({
  key: "facebook:c-1",
  snapshot: commentOf("You can shove your new opening hours up your ass."),
  element: {} as Element,
  assessment: { ...assessmentOf("en", "general", "angry"), verdict },
});

describe("threadComment", () => {
  it.each([
    ["may-delete", true],
    ["review", false],
    ["keep", false],
  ] as const)("a %s comment is a violation for the mood: %s", (verdict, violation) => {
    expect(threadComment(tracked(verdict), { at: 0, arrived: false })?.violation).toBe(violation);
  });

  it("still counts an angry review among the negative comments", () => {
    const comment = threadComment(tracked("review"), { at: 0, arrived: false });
    expect(comment && isNegative(comment.tone)).toBe(true);
  });
});
