/** How much of one frame Gelassen may use; the rest is the page's (a 60 Hz frame has about 16 ms). */
export const FRAME_BUDGET_MS = 8;

/**
 * The most one idle slice may take. Chrome and Firefox grant idle periods of up to 50 ms when no frame is due; a
 * slice this long still leaves room under the 50 ms that counts as a long task.
 */
export const IDLE_BUDGET_MS = 30;

/** How long a backlog waits for an idle period before it takes a frame's share instead. */
const IDLE_TIMEOUT_MS = 100;

type Options = {
  /**
   * Work through a backlog in the browser's idle periods (up to IDLE_BUDGET_MS each) instead of 8 ms per frame:
   * for work the reader does not see (reading comments), so a page that has finished loading is read in a few
   * slices rather than over dozens of frames. The browser ends an idle period before a frame is due, so scrolling
   * and the markers' own frames are not put off (issue 11).
   */
  idle?: boolean;
};

type IdleDeadline = { timeRemaining(): number; didTimeout: boolean };
type IdleApi = {
  requestIdleCallback(callback: (deadline: IdleDeadline) => void, options?: { timeout: number }): number;
  cancelIdleCallback(handle: number): void;
};

/**
 * Runs `work` once per animation frame (or idle period) while it says there is more to do, giving it a deadline
 * so no task grows long. Hidden tabs get no animation frames, so there a timer stands in. `now` runs it at once,
 * in the current task: for a change so small (a reply arriving live) that waiting a frame would cost more than the
 * work. (Running a backlog in back-to-back timer slices instead was tried for issue 11: Chrome then put off the
 * page's frames, and the first markers came later on a heavy page. Idle periods do not have that fault: the
 * browser hands them out only when no frame is waiting.)
 */
export function frameLoop(
  work: (deadline: number) => boolean,
  signal: AbortSignal,
  options: Options = {},
): { wake: () => void; now: () => void } {
  const api = globalThis as unknown as Partial<IdleApi>;
  const idleApi = options.idle && typeof api.requestIdleCallback === "function" ? (api as IdleApi) : undefined;
  let frame: number | undefined;
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (idle !== undefined) idleApi?.cancelIdleCallback(idle);
    if (timer !== undefined) clearTimeout(timer);
    frame = idle = timer = undefined;
  };
  const run = (budget = FRAME_BUDGET_MS) => {
    cancel();
    if (signal.aborted) return;
    let more = false;
    try {
      more = work(performance.now() + budget);
    } catch (error) {
      console.error("Gelassen: a frame of work failed", error);
    }
    if (more) wake();
  };
  const wake = () => {
    if (signal.aborted || frame !== undefined || idle !== undefined || timer !== undefined) return;
    if (document.visibilityState === "hidden") timer = setTimeout(run, 50);
    else if (idleApi)
      idle = idleApi.requestIdleCallback(
        (deadline) => run(deadline.didTimeout ? FRAME_BUDGET_MS : idleBudget(deadline.timeRemaining())),
        { timeout: IDLE_TIMEOUT_MS },
      );
    else {
      frame = requestAnimationFrame(() => run());
      // A frame that never comes (a throttled or occluded tab) must not stall the work.
      timer = setTimeout(run, 250);
    }
  };
  const now = () => {
    if (!signal.aborted) run();
  };
  signal.addEventListener("abort", cancel);
  return { wake, now };
}

/** An idle period's share: what the browser offers, at least a frame's share and at most IDLE_BUDGET_MS. */
export function idleBudget(remaining: number): number {
  return Math.min(IDLE_BUDGET_MS, Math.max(FRAME_BUDGET_MS, remaining));
}
