import { send } from "../platform/messaging";
import type { Feature } from "./feature";
import { threadSnapshots } from "./thread-snapshot";

/** Report a post's state once its comments have settled for this long (they arrive in batches). */
const SETTLE_MS = 2500;
/** A comment first found this long after the page's first ones came in while the user watched. */
const LIVE_AFTER_MS = 15_000;

/**
 * Rule 5: every visit to a post tells the worker what the thread looks like now — tone mix, participants, what
 * came after the company's reply — so it can call the thread calming, steady or escalating and warn early.
 */
export const threadReport: Feature = {
  name: "thread-report",
  init(page, signal) {
    const firstSeen = new Map<string, number>();
    /** When this page's first comments were found; comments found well after it were seen arriving. */
    let pageStart: number | undefined;
    // One visit per page load and per in-page navigation; its snapshots update one point of the history.
    let visit = crypto.randomUUID();
    let timer = 0;
    const report = () => {
      const now = Date.now();
      const seen = (key: string) => {
        const at = firstSeen.get(key) ?? now;
        return { at, arrived: pageStart !== undefined && at - pageStart >= LIVE_AFTER_MS };
      };
      const snapshots = threadSnapshots(page.comments.all(), seen, {
        visit,
        url: location.href,
        title: document.title,
        now,
      });
      for (const snapshot of snapshots) void send("thread/visit", { snapshot });
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = window.setTimeout(report, SETTLE_MS);
    };
    page.events.on(
      "found",
      ({ comments }) => {
        const now = Date.now();
        pageStart ??= now;
        for (const tracked of comments) if (!firstSeen.has(tracked.key)) firstSeen.set(tracked.key, now);
      },
      signal,
    );
    page.events.on("assessed", schedule, signal);
    page.events.on(
      "navigated",
      () => {
        visit = crypto.randomUUID();
        pageStart = undefined;
      },
      signal,
    );
    signal.addEventListener("abort", () => clearTimeout(timer), { once: true });
  },
};
