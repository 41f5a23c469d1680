import { describe, expect, it } from "vitest";
import { DEFAULT_FIRST_RUN, firstRunOnInstalled, firstRunOpen, repairFirstRun } from "./first-run";

describe("the first-run state", () => {
  it.each([
    ["nothing stored (a new install)", undefined, "pending", 0],
    ["finished", { version: 1, state: "done" }, "done", 0],
    ["skipped", { version: 1, state: "skipped" }, "skipped", 0],
    ["an unknown state", { version: 1, state: "maybe" }, "pending", 1],
    ["not an object", "done", "pending", 1],
  ])("%s reads as %s", (_, raw, state, problems) => {
    const repaired = repairFirstRun(raw);
    expect(repaired.value).toEqual({ version: 1, state });
    expect(repaired.problems).toHaveLength(problems);
  });

  it.each([
    ["pending", true],
    ["done", false],
    ["skipped", false],
  ] as const)("the popup offers the page while it is %s: %s", (state, offered) => {
    expect(firstRunOpen({ ...DEFAULT_FIRST_RUN, state })).toBe(offered);
  });

  it.each([
    ["install", "open"],
    ["update", "nothing"],
    ["browser_update", "nothing"],
    ["chrome_update", "nothing"],
    ["shared_module_update", "nothing"],
  ])("onInstalled for %s: %s", (reason, action) => {
    expect(firstRunOnInstalled(reason)).toBe(action);
  });
});
