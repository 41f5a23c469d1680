import { describe, expect, it } from "vitest";
import type { Assessment } from "../shared/assessment";
import { DEFAULT_GUIDELINES } from "../shared/guidelines";
import { cooldownLeft, guardDecision } from "./guard";

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

describe("cooldownLeft", () => {
  it("counts down to zero", () => {
    expect(cooldownLeft(1000, 1000, 10)).toBe(10);
    expect(cooldownLeft(1000, 5500, 10)).toBe(6);
    expect(cooldownLeft(1000, 11_000, 10)).toBe(0);
    expect(cooldownLeft(1000, 99_000, 10)).toBe(0);
  });
});
