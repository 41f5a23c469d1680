import { describe, expect, it } from "vitest";
import type { DeletionEntry } from "../shared/monitor";
import { type HeldRemoval, HeldRemovals } from "./held-removals";

const entry = (key: string): DeletionEntry => ({
  at: 1,
  site: "x",
  url: "https://x.com/acme/status/1",
  commentKey: `x:${key}`,
  text: "…",
  author: "A",
  action: "hide",
  verdict: "may-delete",
  violations: [],
  reasons: [],
  overrode: false,
});

/** Held removals over a plain object store, a log that fails while `failing` is set, and the open tabs. */
function setup() {
  let stored: Record<string, HeldRemoval> = {};
  const logged: string[] = [];
  const open = new Set([7]);
  const world = { failing: false };
  const held = new HeldRemovals({
    store: {
      read: async () => structuredClone(stored),
      write: async (next) => {
        stored = structuredClone(next);
      },
    },
    log: async (removal) => {
      if (world.failing) throw new Error("QuotaExceededError");
      logged.push(removal.commentKey);
    },
    tabExists: async (tabId) => open.has(tabId),
  });
  return { held, logged, open, world, stored: () => stored };
}

describe("removals held between the click and the log", () => {
  it("logs a removal once the site did it, and forgets a cancelled one", async () => {
    const { held, logged, stored } = setup();
    await Promise.all([held.hold("a", entry("1"), 7), held.hold("b", entry("2"), 7)]);
    expect(Object.keys(stored())).toEqual(["a", "b"]);
    await held.settle("a", "done");
    await held.settle("b", "cancelled");
    expect(logged).toEqual(["x:1"]);
    expect(stored()).toEqual({});
  });

  it("logs what was waiting in a tab that closed, but not what asked for confirmation there", async () => {
    const { held, logged, open } = setup();
    await held.hold("a", entry("1"), 7);
    await held.hold("b", entry("2"), 7);
    await held.settle("b", "confirming");
    open.delete(7);
    // The worker was stopped when the tab closed: its next start finds the tab gone.
    await held.sweep();
    expect(logged).toEqual(["x:1"]);
  });

  it("keeps a removal the log cannot take, says so, and logs it when the log works again", async () => {
    const { held, logged, world, stored } = setup();
    world.failing = true;
    await held.hold("a", entry("1"), 7);
    await held.settle("a", "done");
    await held.sweep();
    expect(await held.unsaved()).toEqual({ count: 1, error: "QuotaExceededError" });
    expect(stored().a?.attempts).toBe(2);
    world.failing = false;
    await held.sweep();
    expect(logged).toEqual(["x:1"]);
    expect(await held.unsaved()).toEqual({ count: 0, error: undefined });
  });
});
