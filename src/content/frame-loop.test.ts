// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { FRAME_BUDGET_MS, frameLoop, IDLE_BUDGET_MS, idleBudget } from "./frame-loop";

type Idle = (deadline: { timeRemaining(): number; didTimeout: boolean }) => void;

/** A stand-in for the browser's idle callbacks, handing out periods of the length a test chooses. */
function idleCallbacks() {
  const waiting: Idle[] = [];
  vi.stubGlobal("requestIdleCallback", (callback: Idle) => waiting.push(callback));
  vi.stubGlobal("cancelIdleCallback", () => {});
  return {
    grant(remaining: number, didTimeout = false) {
      const callback = waiting.shift();
      callback?.({ timeRemaining: () => remaining, didTimeout });
      return callback !== undefined;
    },
    get waiting() {
      return waiting.length;
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("idleBudget", () => {
  it("takes what an idle period offers, within a frame's share and the long-task limit", () => {
    expect(idleBudget(45)).toBe(IDLE_BUDGET_MS);
    expect(idleBudget(20)).toBe(20);
    expect(idleBudget(1)).toBe(FRAME_BUDGET_MS);
    expect(IDLE_BUDGET_MS).toBeLessThan(50);
  });
});

describe("frameLoop with idle periods", () => {
  it("works through a backlog in idle periods, one slice per period, until the work says it is done", () => {
    const idle = idleCallbacks();
    const budgets: number[] = [];
    let left = 3;
    const loop = frameLoop(
      (deadline) => {
        budgets.push(Math.round(deadline - performance.now()));
        left -= 1;
        return left > 0;
      },
      new AbortController().signal,
      { idle: true },
    );
    loop.wake();
    expect(idle.grant(45)).toBe(true);
    expect(idle.grant(12)).toBe(true);
    // A period that timed out (the page never idled) gets only a frame's share.
    expect(idle.grant(0, true)).toBe(true);
    expect(idle.waiting).toBe(0);
    expect(budgets).toEqual([IDLE_BUDGET_MS, 12, FRAME_BUDGET_MS]);
  });

  it("asks for one period at a time, and none once stopped", () => {
    const idle = idleCallbacks();
    const controller = new AbortController();
    const work = vi.fn(() => true);
    const loop = frameLoop(work, controller.signal, { idle: true });
    loop.wake();
    loop.wake();
    expect(idle.waiting).toBe(1);
    controller.abort();
    idle.grant(30);
    expect(work).not.toHaveBeenCalled();
  });

  it("runs at once when asked to, without waiting for a period", () => {
    idleCallbacks();
    const work = vi.fn(() => false);
    frameLoop(work, new AbortController().signal, { idle: true }).now();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("falls back to animation frames where the browser has no idle callbacks", () => {
    vi.stubGlobal("requestIdleCallback", undefined);
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => frames.push(callback));
    const budgets: number[] = [];
    const loop = frameLoop(
      (deadline) => {
        budgets.push(Math.round(deadline - performance.now()));
        return false;
      },
      new AbortController().signal,
      { idle: true },
    );
    loop.wake();
    frames.shift()?.(performance.now());
    expect(budgets).toEqual([FRAME_BUDGET_MS]);
  });
});
