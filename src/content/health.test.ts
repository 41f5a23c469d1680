import { afterEach, describe, expect, it, vi } from "vitest";
import { x } from "../sites/x/adapter";
import { Health } from "./health";

describe("Health", () => {
  afterEach(() => vi.restoreAllMocks());

  it("reports a required group that only ever missed, and logs it once", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const missing = new Set<string>();
    const health = new Health("x", x, missing);
    health.noteRead({ comment: undefined, missing: ["text"] });
    health.noteRead({ comment: undefined, missing: ["text"] });
    expect([...missing]).toEqual(["text"]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain(
      '"text" found nothing ([data-testid="tweetText"] | div[lang][dir="auto"])',
    );
  });

  it("stops reporting a group once it found something", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const missing = new Set<string>();
    const health = new Health("x", x, missing);
    health.noteRead({ comment: undefined, missing: ["text"] });
    health.noteRead({ comment: undefined, missing: [] });
    health.noteRead({ comment: undefined, missing: ["text"] });
    expect([...missing]).toEqual([]);
  });

  it("does not report an empty post: no comment shown is no sign of a changed layout", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const missing = new Set<string>();
    const health = new Health("x", x, missing);
    expect(health.settled).toBe(false);
    health.noteComments(0, false);
    expect(health.settled).toBe(true);
    expect([...missing]).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it("reports a page that shows comments but has none recognised, and starts over after navigation", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const missing = new Set<string>();
    const health = new Health("x", x, missing);
    health.noteComments(0, true);
    expect([...missing]).toEqual(["comment"]);
    health.noteComments(3, true);
    expect([...missing]).toEqual([]);
    health.noteRead({ comment: undefined, missing: ["author"] });
    health.reset();
    expect([...missing]).toEqual([]);
    expect(health.settled).toBe(false);
  });

  it("says which ways found the comments, logs the first structural find once, and forgets both on navigation", () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const health = new Health("linkedin", x, new Set<string>());
    expect(health.foundBy).toEqual([]);
    health.noteFound("selectors");
    health.noteFound("structure");
    health.noteFound("structure");
    expect(health.foundBy).toEqual(["selectors", "structure"]);
    expect(info).toHaveBeenCalledTimes(1);
    expect(info.mock.calls[0]?.[0]).toContain("found by structure");
    health.reset();
    expect(health.foundBy).toEqual([]);
  });
});
