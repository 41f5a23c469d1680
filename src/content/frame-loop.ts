/** How much of one frame Gelassen may use; the rest is the page's (a 60 Hz frame has about 16 ms). */
export const FRAME_BUDGET_MS = 8;

/**
 * Runs `work` once per animation frame while it says there is more to do, giving it a deadline so no task
 * grows long. Hidden tabs get no animation frames, so there a timer stands in. With `eager`, a backlog (a page
 * of hundreds of comments to read) goes on in the next task instead of waiting for the next frame: each slice
 * still ends at the deadline, so the browser renders and answers input between slices, but a heavy page whose
 * frames come seldom no longer leaves the work waiting for them (issue 11).
 */
export function frameLoop(
  work: (deadline: number) => boolean,
  signal: AbortSignal,
  { eager = false }: { eager?: boolean } = {},
): { wake: () => void; now: () => void } {
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let posted = false;
  const channel = eager ? new MessageChannel() : undefined;
  const run = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    frame = undefined;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    posted = false;
    if (signal.aborted) return;
    let more = false;
    try {
      more = work(performance.now() + FRAME_BUDGET_MS);
    } catch (error) {
      console.error("Gelassen: a frame of work failed", error);
    }
    if (!more) return;
    if (channel && document.visibilityState !== "hidden") {
      posted = true;
      channel.port2.postMessage(undefined);
    } else wake();
  };
  if (channel) channel.port1.onmessage = () => posted && run();
  const wake = () => {
    if (signal.aborted || frame !== undefined || timer !== undefined || posted) return;
    if (document.visibilityState === "hidden") timer = setTimeout(run, 50);
    else {
      frame = requestAnimationFrame(run);
      // A frame that never comes (a throttled or occluded tab) must not stall the work.
      timer = setTimeout(run, 250);
    }
  };
  signal.addEventListener("abort", () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    posted = false;
    channel?.port1.close();
  });
  /** Runs the work at once, in the current task (its deadline still holds), and goes on per frame if it says so. */
  const now = () => {
    if (!signal.aborted) run();
  };
  return { wake, now };
}
