import { send } from "../platform/messaging";
import { MAX_BATCH } from "../shared/messages";
import type { TrackedComment } from "./comment-registry";
import type { Feature } from "./feature";

/** Comments found within this time, while the page is still being read, travel to the worker together. */
const BATCH_DELAY_MS = 20;
const FIRST_RETRY_MS = 2000;
const MAX_RETRY_MS = 60_000;
/**
 * Batches on their way to the worker at once. A second batch leaves while the first is assessed, so the hop to the
 * worker and back (tens of milliseconds on a busy machine) overlaps the worker's work instead of adding to it.
 */
const MAX_IN_FLIGHT = 2;

/**
 * Sends new comments to the worker in batches of at most MAX_BATCH and applies the assessments it returns. While
 * the worker cannot assess (not started, refusing, failing), the comments stay "not assessed yet" with the reason,
 * and the batch is retried with growing pauses: Gelassen never invents an assessment.
 */
export const assessComments: Feature = {
  name: "assess-comments",
  init(page, signal) {
    const pending = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let inFlight = 0;
    let retry = 0;

    const schedule = (delay: number) => {
      if (delay === 0 && timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
      }
      if (timer === undefined && inFlight < MAX_IN_FLIGHT && !signal.aborted) timer = setTimeout(flush, delay);
    };

    async function flush() {
      timer = undefined;
      const batch = [...pending]
        .slice(0, MAX_BATCH)
        .map((key) => page.comments.get(key))
        .filter((tracked): tracked is TrackedComment => tracked !== undefined && !tracked.assessment);
      for (const tracked of batch) pending.delete(tracked.key);
      if (!batch.length) return;
      inFlight += 1;
      // More waiting than one batch holds: the next leaves now, without waiting for this one's answer.
      if (pending.size && retry === 0) schedule(0);
      const result = await send("comments/assess", { comments: batch.map((tracked) => tracked.snapshot) });
      inFlight -= 1;
      if (signal.aborted) return;
      if (!result.ok || result.value.assessments.length !== batch.length) {
        page.comments.assessError = result.ok ? "the worker answered a different number of assessments" : result.error;
        for (const tracked of batch) pending.add(tracked.key);
        // A batch that failed while another was out does not double the pause again.
        if (timer === undefined || retry === 0) {
          retry = Math.min(retry ? retry * 2 : FIRST_RETRY_MS, MAX_RETRY_MS);
          clearTimeout(timer);
          timer = undefined;
          schedule(retry);
        }
        page.events.emit("assessed", { comments: batch });
        return;
      }
      retry = 0;
      page.comments.assessError = undefined;
      const assessed = batch.flatMap((tracked, index) => {
        const assessment = result.value.assessments[index];
        const updated = assessment && page.comments.setAssessment(tracked.key, assessment);
        return updated ? [updated] : [];
      });
      page.events.emit("assessed", { comments: assessed });
      if (pending.size) schedule(0);
    }

    page.events.on(
      "found",
      ({ comments, bulk, more }) => {
        for (const tracked of comments) if (!tracked.assessment) pending.add(tracked.key);
        // The page's reading is done for now (its last frame, or a reply arrived live): nothing more is coming to
        // wait for, so the last batch of a long page leaves at once instead of BATCH_DELAY_MS later (issue 11).
        if (pending.size && retry === 0) schedule(pending.size >= MAX_BATCH || !bulk || !more ? 0 : BATCH_DELAY_MS);
      },
      signal,
    );
    signal.addEventListener("abort", () => clearTimeout(timer), { once: true });
  },
};
