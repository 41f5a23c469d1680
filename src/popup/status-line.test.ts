import { describe, expect, it } from "vitest";
import type { PageStatus } from "../shared/messages";
import { pathLine, statusLine } from "./status-line";

const status = (found: number, assessed: number, active = true, settled = true): PageStatus => ({
  site: "x",
  active,
  counts: { found, read: found, assessed },
  missing: [],
  foundBy: ["selectors"],
  settled,
});

describe("statusLine", () => {
  it.each([
    ["switched off", false, { ok: true, value: status(3, 3) }, "statusSwitchedOff"],
    ["still asking", true, undefined, "statusLoading"],
    ["no content script", true, { ok: false, error: "no receiver" }, "statusNoContact"],
    ["not yet started", true, { ok: true, value: status(0, 0, false) }, "statusStarting"],
    ["still looking", true, { ok: true, value: status(0, 0, true, false) }, "statusLooking"],
    ["an empty post", true, { ok: true, value: status(0, 0) }, "statusNoneYet"],
  ] as const)("%s", (_, enabled, result, key) => {
    expect(statusLine(enabled, result).key).toBe(key);
  });

  it("says when the page layout may have changed", () => {
    const none = { ...status(0, 0), site: "linkedin" as const, missing: ["comment"] };
    expect(statusLine(true, { ok: true, value: none })).toEqual({
      key: "statusLayoutChanged",
      substitutions: ["LinkedIn"],
    });
    const partial = { ...status(4, 4), missing: ["author"] };
    expect(statusLine(true, { ok: true, value: partial })).toEqual({ key: "statusMissing", substitutions: ["author"] });
  });

  it("counts what was found and assessed", () => {
    expect(statusLine(true, { ok: true, value: status(12, 9) })).toEqual({
      key: "statusCounts",
      substitutions: ["12", "9"],
    });
  });
});

describe("pathLine", () => {
  const ok = (value: PageStatus) => ({ ok: true as const, value });
  it.each([
    [["selectors"], "statusFoundBySelectors"],
    [["structure"], "statusFoundByStructure"],
    [["selectors", "structure"], "statusFoundByBoth"],
  ] as const)("says comments found by %j", (foundBy, key) => {
    expect(pathLine(ok({ ...status(3, 3), foundBy: [...foundBy] }))?.key).toBe(key);
  });

  it("says nothing before any comment is found or when the page cannot be asked", () => {
    expect(pathLine(ok({ ...status(0, 0), foundBy: [] }))).toBeUndefined();
    expect(pathLine({ ok: false, error: "no receiver" })).toBeUndefined();
  });
});
