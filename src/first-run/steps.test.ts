import { describe, expect, it } from "vitest";
import { neighbours, position, STEPS } from "./steps";

describe("the first-run steps", () => {
  it("start with the guidelines file and end with the sites", () => {
    expect(STEPS[0]).toBe("file");
    expect(STEPS.at(-1)).toBe("sites");
  });

  it.each([
    ["file", undefined, "voice", "1"],
    ["voice", "file", "contact", "2"],
    ["hours", "contact", "sites", "4"],
    ["sites", "hours", undefined, "5"],
  ] as const)("%s: back to %s, on to %s, step %s of 5", (step, back, next, number) => {
    expect(neighbours(step)).toEqual({ back, next });
    expect(position(step)).toEqual({ number, count: "5" });
  });
});
