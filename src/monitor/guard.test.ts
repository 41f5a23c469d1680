import { describe, expect, it } from "vitest";
import type { Assessment } from "../shared/assessment";
import { DEFAULT_GUIDELINES } from "../shared/guidelines";
import { cooldownLeft, guardDecision, overridesAdvice, verdictReasons } from "./guard";

type Input = Pick<Assessment, "verdict" | "violations" | "reasons" | "role" | "tone">;
const keep = (role: Assessment["role"], tone: Assessment["tone"]): Input => ({
  verdict: "keep",
  violations: [],
  reasons: [{ code: "criticism-not-violation" }],
  role,
  tone,
});
const guard = DEFAULT_GUIDELINES.guard;

describe("guardDecision", () => {
  it.each([
    ["a disappointed customer", keep("disappointed-customer", "critical"), "complaint"],
    ["a correction", keep("know-it-all", "neutral"), "correction"],
    ["harsh criticism", keep("general", "angry"), "criticism"],
    ["a question", keep("general", "question"), "question"],
    ["praise", keep("fan", "positive"), "praise"],
  ] as const)("holds the deletion of %s", (_, assessment, nature) => {
    const decision = guardDecision(assessment, "delete", guard);
    expect(decision).toMatchObject({ kind: "hold", nature, cooldownSeconds: 10 });
  });

  it("lets a real violation through and names it", () => {
    const insult: Input = {
      verdict: "may-delete",
      violations: [
        { kind: "insult", evidence: ["Idiot"] },
        { kind: "profanity", evidence: ["Scheiß"] },
      ],
      reasons: [{ code: "insult", words: ["Idiot"] }],
      role: "troll",
      tone: "angry",
    };
    expect(guardDecision(insult, "hide", guard)).toEqual({
      kind: "allow",
      violations: ["insult", "profanity"],
      reasons: insult.reasons,
    });
  });

  it.each(["delete", "hide", "remove"] as const)(
    "asks once, without a cool-down, before the %s of what only looks abusive",
    (action) => {
      const review: Input = {
        verdict: "review",
        violations: [{ kind: "profanity", evidence: ["ass"] }],
        reasons: [{ code: "review-model", words: ["ass"] }, { code: "criticism-not-violation" }],
        role: "general",
        tone: "angry",
      };
      expect(guardDecision(review, action, guard)).toEqual({ kind: "ask", words: ["ass"], reasons: review.reasons });
    },
  );

  it("asks with no words when the analysis gave none, and lets a review pass when the guard is off", () => {
    const review: Input = { verdict: "review", violations: [], reasons: [], role: "general", tone: "critical" };
    expect(guardDecision(review, "delete", guard)).toEqual({ kind: "ask", words: [], reasons: [] });
    expect(guardDecision(review, "delete", { enabled: false, cooldownSeconds: 10 }).kind).toBe("allow");
  });

  it("holds a comment Gelassen has not assessed yet", () => {
    expect(guardDecision(undefined, "remove", guard)).toMatchObject({
      kind: "hold",
      reasons: [{ code: "guard-not-assessed" }],
    });
  });

  it("follows the guidelines' cool-down and off switch", () => {
    expect(guardDecision(keep("general", "critical"), "delete", { enabled: true, cooldownSeconds: 30 })).toMatchObject({
      cooldownSeconds: 30,
    });
    expect(guardDecision(keep("general", "critical"), "delete", { enabled: false, cooldownSeconds: 10 }).kind).toBe(
      "allow",
    );
  });
});

describe("overridesAdvice", () => {
  it.each([
    ["keep", true],
    ["review", false],
    ["may-delete", false],
  ] as const)("a removal of a %s comment is an override: %s", (verdict, expected) => {
    expect(overridesAdvice({ verdict })).toBe(expected);
  });

  it("counts removing a comment not assessed yet as an override", () => {
    expect(overridesAdvice(undefined)).toBe(true);
  });
});

describe("verdictReasons", () => {
  it("leaves 'criticism, not a violation' out of a review, whose question is the user's", () => {
    const reasons = [{ code: "review-model", words: ["ass"] }, { code: "criticism-not-violation" }];
    expect(verdictReasons({ verdict: "review", reasons })).toEqual([{ code: "review-model", words: ["ass"] }]);
  });

  it("shows every reason of the other verdicts", () => {
    const reasons = [{ code: "criticism-not-violation" }];
    expect(verdictReasons({ verdict: "keep", reasons })).toEqual(reasons);
  });
});

describe("cooldownLeft", () => {
  it("counts down to zero", () => {
    expect(cooldownLeft(1000, 1000, 10)).toBe(10);
    expect(cooldownLeft(1000, 5500, 10)).toBe(6);
    expect(cooldownLeft(1000, 11_000, 10)).toBe(0);
    expect(cooldownLeft(1000, 99_000, 10)).toBe(0);
  });
});
