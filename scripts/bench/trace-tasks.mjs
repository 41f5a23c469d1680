// Reads a Chrome trace (over the DevTools protocol) for the main-thread tasks in which the content script ran:
// a task counts when a script call inside it comes from the extension (chrome-extension://<id>/content-*.js).

const CATEGORIES = ["devtools.timeline", "toplevel"];
const CALLS = new Set(["FunctionCall", "EvaluateScript", "v8.compile", "TimerFire", "FireAnimationFrame"]);

/** @param {import("@playwright/test").CDPSession} cdp @param {string} extensionId */
export function contentTasks(cdp, extensionId) {
  const events = [];
  cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
  const origin = `chrome-extension://${extensionId}/`;
  return {
    start: () => cdp.send("Tracing.start", { categories: CATEGORIES.join(","), transferMode: "ReportEvents" }),
    async stop() {
      const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
      await cdp.send("Tracing.end");
      await done;
      return summarise(events, origin);
    },
  };
}

function summarise(events, origin) {
  const isTask = (e) => e.ph === "X" && (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask");
  const tasks = new Map();
  for (const event of events.filter(isTask)) {
    const thread = `${event.pid}:${event.tid}`;
    tasks.set(thread, [...(tasks.get(thread) ?? []), event]);
  }
  const ours = events.filter(
    (e) => e.ph === "X" && CALLS.has(e.name) && JSON.stringify(e.args?.data ?? {}).includes(origin),
  );
  // Each call of the content script lies inside one top-level task of its thread: that task is the one it causes.
  const hit = new Set();
  for (const call of ours) {
    const task = (tasks.get(`${call.pid}:${call.tid}`) ?? []).find(
      (t) => call.ts >= t.ts && call.ts < t.ts + (t.dur ?? 0),
    );
    if (task) hit.add(task);
  }
  const durations = [...hit].map((task) => (task.dur ?? 0) / 1000);
  // The content script's own JavaScript inside each of those tasks (the rest is the page's style, layout, paint).
  const scriptTime = [...hit].map(
    (task) =>
      ours
        .filter((call) => call.name !== "v8.compile" && call.pid === task.pid && call.tid === task.tid)
        .filter((call) => call.ts >= task.ts && call.ts < task.ts + task.dur)
        .reduce((sum, call) => sum + (call.dur ?? 0), 0) / 1000,
  );
  if (process.env.BENCH_DEBUG) {
    for (const task of [...hit].sort((a, b) => b.dur - a.dur).slice(0, 6)) {
      const inside = events.filter(
        (e) =>
          e.ph === "X" &&
          e.pid === task.pid &&
          e.tid === task.tid &&
          e.ts >= task.ts &&
          e.ts < task.ts + task.dur &&
          e !== task,
      );
      const parts = {};
      for (const e of inside) parts[e.name] = (parts[e.name] ?? 0) + e.dur / 1000;
      console.log(
        (task.dur / 1000).toFixed(0),
        Object.entries(parts)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 6)
          .map(([k, v]) => `${k}=${v.toFixed(0)}`)
          .join(" "),
      );
    }
  }
  if (process.env.BENCH_DEBUG) {
    const order = [...hit]
      .map((task, i) => [task, scriptTime[i]])
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5);
    for (const [task, script] of order) {
      const calls = ours.filter(
        (c) => c.pid === task.pid && c.tid === task.tid && c.ts >= task.ts && c.ts < task.ts + task.dur,
      );
      console.log(
        `script ${script.toFixed(0)} ms:`,
        calls
          .map(
            (c) =>
              `${c.name}:${c.args?.data?.functionName ?? ""}:${c.args?.data?.lineNumber ?? ""}:${(c.dur / 1000).toFixed(0)}`,
          )
          .join(" "),
      );
    }
    const buckets = [16, 33, 50, 100, 200, 400, 1e9];
    const histogram = buckets.map(
      (limit, i) =>
        `${i ? buckets[i - 1] : 0}-${limit}ms: ${durations.filter((d) => d >= (i ? buckets[i - 1] : 0) && d < limit).length}`,
    );
    console.log(histogram.join(", "));
  }
  return {
    count: durations.length,
    longestScript: scriptTime.length ? Math.max(...scriptTime) : 0,
    longest: durations.length ? Math.max(...durations) : 0,
    /** The longest task of the page's renderer at all, ours or not (the baseline without Gelassen). */
    longestAny: Math.max(0, ...[...tasks.values()].flat().map((task) => (task.dur ?? 0) / 1000)),
    total: durations.reduce((sum, d) => sum + d, 0),
  };
}
