/** How much of one frame Gelassen may use; the rest is the page's (a 60 Hz frame has about 16 ms). */
export const FRAME_BUDGET_MS = 8;

/** One slice of `work` within the budget; whether it has more to do. An error is logged, never the page's. */
function slice(work: (deadline: number) => boolean): boolean {
  try {
    return work(performance.now() + FRAME_BUDGET_MS);
  } catch (error) {
    console.error("Gelassen: a slice of work failed", error);
    return false;
  }
}

/**
 * Runs `work` once per animation frame while it says there is more to do, giving it a deadline so no task
 * grows long. Hidden tabs get no animation frames, so there a timer stands in. `now` runs it at once, in the
 * current task: for a change so small (a reply arriving live) that waiting a frame would cost more than the work.
 * (Running a backlog in back-to-back slices instead of one per frame was tried for issue 11: Chrome then put off
 * the page's frames, and the first markers came later on a heavy page.)
 */
export function frameLoop(
  work: (deadline: number) => boolean,
  signal: AbortSignal,
): { wake: () => void; now: () => void } {
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    frame = undefined;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!signal.aborted && slice(work)) wake();
  };
  const wake = () => {
    if (signal.aborted || frame !== undefined || timer !== undefined) return;
    if (document.visibilityState === "hidden") timer = setTimeout(run, 50);
    else {
      frame = requestAnimationFrame(run);
      // A frame that never comes (a throttled or occluded tab) must not stall the work.
      timer = setTimeout(run, 250);
    }
  };
  const now = () => {
    if (!signal.aborted) run();
  };
  signal.addEventListener("abort", () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  });
  return { wake, now };
}

type PostTask = (callback: () => void, options: { priority: "background"; signal?: AbortSignal }) => Promise<void>;

/**
 * Like frameLoop, but each slice of `work` runs in a task of its own at background priority (scheduler.postTask
 * where the browser has it, else a timer) instead of inside the page's animation frame: reading the page needs no
 * layout, and work inside the frame lengthened the very task in which a heavy page lays itself out and paints.
 */
export function taskLoop(
  work: (deadline: number) => boolean,
  signal: AbortSignal,
): { wake: () => void; now: () => void } {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  const post: (run: () => void) => void = scheduler?.postTask
    ? (run) => void scheduler.postTask?.(run, { priority: "background", signal }).catch(() => {})
    : (run) => setTimeout(run, 0);
  let queued = false;
  const run = () => {
    queued = false;
    if (!signal.aborted && slice(work)) wake();
  };
  const wake = () => {
    if (signal.aborted || queued) return;
    queued = true;
    post(run);
  };
  return { wake, now: () => (signal.aborted ? undefined : run()) };
}
