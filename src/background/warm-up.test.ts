import { describe, expect, it, vi } from "vitest";
import type { Assessment } from "../shared/assessment";
import { WARM_UP_ASSESSMENTS, WarmUp } from "./warm-up";

/** A scheduler the test runs by hand: each queued slice is one task. */
function tasks() {
  const queue: (() => void)[] = [];
  return {
    later: (run: () => void) => void queue.push(run),
    runAll: () => {
      let ran = 0;
      for (let run = queue.shift(); run; run = queue.shift()) {
        run();
        ran += 1;
      }
      return ran;
    },
    get queued() {
      return queue.length;
    },
  };
}

describe("warming the analysis up while a page loads", () => {
  it("assesses the samples in slices of their own, once in the worker's life", () => {
    const clock = tasks();
    const assess = vi.fn(() => ({}) as Assessment);
    const warmUp = new WarmUp(assess, clock.later);
    expect(warmUp.start()).toBe(true);
    // Nothing runs in the task that asked: the page's message is answered first.
    expect(assess).not.toHaveBeenCalled();
    expect(clock.runAll()).toBeGreaterThan(0);
    expect(assess).toHaveBeenCalledTimes(WARM_UP_ASSESSMENTS);
    const texts = new Set(assess.mock.calls.map((call) => (call as unknown as [{ text: string }])[0].text));
    expect(texts.size).toBeGreaterThan(10);
    // Warm already: a second page does not warm it up again.
    expect(warmUp.start()).toBe(false);
    expect(clock.queued).toBe(0);
  });

  it("counts comments assessed for real towards it, and does not start twice while it runs", () => {
    const clock = tasks();
    const assess = vi.fn(() => ({}) as Assessment);
    const warmUp = new WarmUp(assess, clock.later);
    warmUp.start();
    warmUp.start();
    expect(clock.queued).toBe(1);
    warmUp.noteAssessed(WARM_UP_ASSESSMENTS - 10);
    clock.runAll();
    expect(assess).toHaveBeenCalledTimes(10);
    expect(warmUp.start()).toBe(false);
  });

  it("stops at an analysis that fails instead of repeating the failure", () => {
    const clock = tasks();
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const assess = vi.fn((): Assessment => {
      throw new Error("model missing");
    });
    const warmUp = new WarmUp(assess, clock.later);
    warmUp.start();
    clock.runAll();
    expect(assess).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith("Gelassen: warming the analysis up failed", expect.any(Error));
    expect(warmUp.start()).toBe(false);
    error.mockRestore();
  });
});
