import { describe, expect, it } from "vitest";
import { threadMood } from "./mood";
import { thread } from "./test-threads";
import { pointOf } from "./thread-point";

const HOUR = 3_600_000;
const mood = (before: string[] | undefined, after: string[]) =>
  threadMood(before ? pointOf(thread(0, before)) : undefined, pointOf(thread(HOUR, after)));

describe("threadMood", () => {
  it.each([
    ["a first visit", undefined, ["anna:critical", "@acme>c1"], "steady", ["mood-first-visit"]],
    ["nothing new", ["anna:critical", "@acme>c1"], ["anna:critical", "@acme>c1"], "steady", ["mood-no-change"]],
    [
      "three more angry comments",
      ["anna:critical", "@acme>c1"],
      ["anna:critical", "@acme>c1", "anna:angry", "anna:angry", "anna:critical"],
      "escalating",
      ["mood-more-negative"],
    ],
    [
      "a violation appears",
      ["anna:critical", "@acme>c1", "bob:neutral"],
      ["anna:critical", "@acme>c1", "bob:neutral", "carl:angry!"],
      "escalating",
      ["mood-violation"],
    ],
    [
      "new people pile in",
      ["anna:critical", "@acme>c1", "bob:positive", "bob:positive", "bob:positive"],
      [
        "anna:critical",
        "@acme>c1",
        "bob:positive",
        "bob:positive",
        "bob:positive",
        "carl:critical",
        "dora:critical",
        "emil:neutral",
      ],
      "escalating",
      ["mood-pile-on"],
    ],
    [
      "the original commenter is angrier after the reply",
      ["anna:critical", "@acme>c1"],
      ["anna:critical", "@acme>c1", "anna:angry"],
      "escalating",
      ["mood-op-angrier"],
    ],
    [
      "the original commenter calms down",
      ["anna:angry", "@acme>c1"],
      ["anna:angry", "@acme>c1", "anna:positive"],
      "calming",
      ["mood-op-calmer"],
    ],
    [
      "friendly comments dilute the criticism",
      ["anna:critical", "bob:critical", "@acme>c1"],
      ["anna:critical", "bob:critical", "@acme>c1", "carl:positive", "dora:positive", "emil:neutral"],
      "calming",
      ["mood-less-negative"],
    ],
  ] as const)("%s → %s", (_, before, after, expected, codes) => {
    const result = mood(before ? [...before] : undefined, [...after]);
    expect(result.mood).toBe(expected);
    expect(result.reasons.map((reason) => reason.code)).toEqual(expect.arrayContaining([...codes]));
  });

  it("lets escalation win over a calmer original commenter", () => {
    const result = mood(["anna:angry", "@acme>c1"], ["anna:angry", "@acme>c1", "anna:positive", "bob:angry!"]);
    expect(result.mood).toBe("escalating");
  });
});

describe("pointOf", () => {
  it("counts tones, people and what came after the company's reply", () => {
    const point = pointOf(thread(0, ["anna:critical", "bob:question", "@acme>c1", "anna:angry", "carl:positive"]));
    expect(point).toMatchObject({
      total: 4,
      participants: 3,
      tones: { critical: 1, question: 1, angry: 1, positive: 1, neutral: 0 },
      negative: 2,
      afterReply: { total: 2, negative: 1 },
      opBefore: "critical",
      opAfter: "angry",
    });
  });

  it("has no original commenter without a company reply", () => {
    const point = pointOf(thread(0, ["anna:critical"]));
    expect(point.opBefore).toBeUndefined();
    expect(point.afterReply).toEqual({ total: 0, negative: 0 });
  });
});
