// Issue 11's heavy page: a long X conversation (500 full-size replies, about 9 MB of HTML, built from the fixture's
// tweet markup, tests/fixtures/x/heavy.mjs) served at its real address in real Chromium, once without the extension
// and once with it, in alternating fresh browsers, the worker stopped before the page opens (so every run with
// Gelassen meets a cold worker, as a user does whose worker MV3 has stopped). Prints, per run and as medians: page
// ready (the load event), first marker, every reply assessed (all carry data-gelassen-tone), a reply appended later
// → its marker with the assessment, and the longest main-thread task (PerformanceObserver "longtask"), each with and
// without Gelassen and as ratios.
// `npm run bench -- conversation`; BENCH_RUNS (default 3) and BENCH_REPLIES (default 500) change the size, and
// BENCH_COMPARE_DIR=<another build's dist/chrome> measures that build too, in the same runs (before and after);
// BENCH_RUNNING_WORKER=1 leaves the worker running from the browser's start.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { serveFixtures } from "../../tests/fixtures/serve.mjs";
import { heavyCell, heavyUrl, renderHeavyPage } from "../../tests/fixtures/x/heavy.mjs";
import { chromiumLaunchOptions, EXTENSION_DIR, launchWithExtension } from "../chromium.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const REPLIES = Number(process.env.BENCH_REPLIES ?? 500);
const LIVE_REPLIES = 10;
const GOALS = { allAssessedMs: 500, newReplyMs: 50, longestTaskMs: 50 };
const URL = heavyUrl("en");

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => (value === undefined || !Number.isFinite(value) ? "—" : `${Math.round(value)} ms`);
const verdict = (ok) => (ok ? "✓" : "✗");

/** Installed before the page's parser runs: the load event, long tasks, the first marker and every assessment. */
function watchPage(total) {
  const seen = {
    ready: undefined,
    firstMarker: undefined,
    allAssessed: undefined,
    longest: 0,
    longTasks: 0,
    longestAfterReady: 0,
  };
  window.__bench = seen;
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) {
      seen.longest = Math.max(seen.longest, task.duration);
      seen.longTasks += 1;
      // After the load event the page's own parsing, style and layout are done: what is left is mostly ours.
      if (seen.ready !== undefined && task.startTime >= seen.ready)
        seen.longestAfterReady = Math.max(seen.longestAfterReady, task.duration);
    }
  }).observe({ type: "longtask", buffered: true });
  addEventListener("load", () => {
    seen.ready = performance.now();
  });
  // Awaited by the harness (a promise, not a polling waitForFunction, whose injected script and per-frame checks
  // would run on the page's main thread in the very window being measured).
  let allAssessed;
  window.__benchAllAssessed = new Promise((resolve) => {
    allAssessed = resolve;
  });
  const assessed = new Set();
  new MutationObserver((records) => {
    for (const record of records) if (record.target.hasAttribute("data-gelassen-tone")) assessed.add(record.target);
    if (assessed.size >= total && seen.allAssessed === undefined) {
      seen.allAssessed = performance.now();
      allAssessed();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-gelassen-tone"] });
  // Markers are added after parsing: watching the tree from then on costs the parser nothing.
  addEventListener("DOMContentLoaded", () => {
    const markers = new MutationObserver(() => {
      if (!document.querySelector("[data-gelassen-marker]")) return;
      seen.firstMarker = performance.now();
      markers.disconnect();
    });
    markers.observe(document.body, { subtree: true, childList: true });
  });
}

/** In the page: appends one reply at the end of the conversation and times until its assessed marker stands. */
function appendReply(html) {
  return new Promise((resolve) => {
    const template = document.createElement("template");
    template.innerHTML = html;
    const cell = template.content.firstElementChild;
    const article = cell.querySelector("article");
    const result = { marker: undefined, assessed: undefined };
    const host = () => article.querySelector("[data-gelassen-marker]");
    let observer;
    const check = () => {
      const now = performance.now() - started;
      const shadow = host()?.shadowRoot;
      const current = shadow?.querySelector("button")?.dataset.look;
      if (current && result.marker === undefined) {
        result.marker = now;
        // The marker's look changes inside its shadow root, which the cell's observer does not see.
        observer.observe(shadow, { subtree: true, attributes: true, childList: true, characterData: true });
      }
      if (current && current !== "pending" && article.hasAttribute("data-gelassen-tone")) {
        result.assessed = now;
        observer.disconnect();
        resolve(result);
      }
    };
    observer = new MutationObserver(check);
    observer.observe(cell, { subtree: true, childList: true, attributes: true });
    const started = performance.now();
    document.querySelector('[data-fixture="timeline"]').append(cell);
    setTimeout(() => {
      observer.disconnect();
      resolve(result);
    }, 5000);
  });
}

async function plainChromium() {
  const profile = mkdtempSync(join(tmpdir(), "gelassen-bench-"));
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions(),
    headless: true,
    locale: "en-US",
    viewport: { width: 1280, height: 900 },
    args: ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One load of the heavy page in a fresh browser, with or without the extension. */
async function scenario(variant, html) {
  const withGelassen = variant.extensionDir !== undefined;
  const browser = withGelassen
    ? await launchWithExtension({ language: "en", extensionDir: variant.extensionDir })
    : await plainChromium();
  try {
    await serveFixtures(browser.context);
    // Registered after the fixture server's catch-all, so it answers this address first.
    await browser.context.route(URL, (route) =>
      route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
    );
    const page = await browser.context.newPage();
    await page.addInitScript(watchPage, REPLIES);
    // The worker is stopped before the page opens, as MV3 stops it after 30 s without work, so the page's own
    // messages start it again, cold: its script, the model, the analysis's code. BENCH_RUNNING_WORKER=1 leaves it
    // running from the browser's start instead (started, but its code never run on a comment).
    if (withGelassen && !process.env.BENCH_RUNNING_WORKER) {
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send("ServiceWorker.enable");
      await cdp.send("ServiceWorker.stopAllWorkers");
      await cdp.detach();
    }
    await page.goto(URL, { waitUntil: "load", timeout: 120_000 });
    if (withGelassen)
      await page.evaluate(() =>
        Promise.race([window.__benchAllAssessed, new Promise((resolve) => setTimeout(resolve, 60_000))]),
      );
    else await page.waitForTimeout(1500);
    const live = [];
    // Live replies arrive at the end of the thread, where a reader waiting for them has scrolled.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(300);
    for (let i = 0; i < LIVE_REPLIES; i++) {
      const comment = {
        key: `live${i}`,
        n: 990_000 + i,
        author: ["tom", "jana", "mark"][i % 3],
        text: `Live reply ${i + 1}: when do you finally answer my message?`,
        minutesAgo: 1,
      };
      live.push(await page.evaluate(appendReply, heavyCell(comment, { lang: "en" })));
      await page.waitForTimeout(100);
    }
    const seen = await page.evaluate(() => window.__bench);
    return { ...seen, live };
  } finally {
    await browser.close();
  }
}

const afterReady = (value, ready) => (value === undefined ? Number.POSITIVE_INFINITY : value - ready);

function summary(results) {
  const m = (pick) => median(results.map(pick));
  const live = results.flatMap((r) => r.live);
  return {
    ready: m((r) => r.ready),
    firstMarker: m((r) => afterReady(r.firstMarker, r.ready)),
    allAssessed: m((r) => afterReady(r.allAssessed, r.ready)),
    newMarker: median(live.map((l) => l.marker ?? Number.POSITIVE_INFINITY)),
    newAssessed: median(live.map((l) => l.assessed ?? Number.POSITIVE_INFINITY)),
    newWorst: Math.max(...live.map((l) => l.assessed ?? Number.POSITIVE_INFINITY)),
    liveCount: live.length,
    longest: m((r) => r.longest),
    longestAfterReady: m((r) => r.longestAfterReady),
  };
}

export default async function conversationBench({ root }) {
  if (!existsSync(join(root, "dist", "chrome", "content-x.js")))
    execFileSync(process.execPath, ["build.mjs"], { cwd: root, stdio: "ignore" });
  const html = renderHeavyPage({ lang: "en", count: REPLIES });
  // BENCH_COMPARE_DIR: another build (dist/chrome of an older checkout) measured in the same runs, "before".
  const variants = [
    { name: "without", extensionDir: undefined },
    { name: "with", extensionDir: EXTENSION_DIR },
    ...(process.env.BENCH_COMPARE_DIR ? [{ name: "before", extensionDir: process.env.BENCH_COMPARE_DIR }] : []),
  ];
  console.log(
    `page: ${URL}, ${REPLIES} replies, ${(Buffer.byteLength(html) / 1024 / 1024).toFixed(1)} MB of HTML; ${RUNS} runs, each a fresh browser per variant (${variants.map((v) => v.name).join(", ")}); machine load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
  );
  const results = new Map(variants.map((v) => [v.name, []]));
  for (let run = 0; run < RUNS; run++) {
    // Rotate which goes first, so a change in the machine's load does not always fall on the same side.
    const order = variants.map((_, i) => variants[(i + run) % variants.length]);
    for (const variant of order) {
      const result = await scenario(variant, html);
      results.get(variant.name).push(result);
      const live = result.live.map((l) => l.assessed ?? Number.POSITIVE_INFINITY);
      console.log(
        `  run ${run + 1} ${variant.name.padEnd(7)}: ready ${ms(result.ready)}` +
          (variant.extensionDir
            ? `, first marker +${ms(afterReady(result.firstMarker, result.ready))}, all assessed +${ms(afterReady(result.allAssessed, result.ready))}, new reply → assessed marker median ${ms(median(live))} worst ${ms(Math.max(...live))}`
            : "") +
          `, longest task ${ms(result.longest)} (${result.longTasks} over 50 ms), after ready ${ms(result.longestAfterReady)}; load ${loadavg()[0].toFixed(1)}`,
      );
    }
  }
  const base = summary(results.get("without"));
  for (const variant of variants.slice(1)) {
    const s = summary(results.get(variant.name));
    console.log(
      `${variant.name === "with" ? "with Gelassen" : `with the build in ${variant.extensionDir}`}, medians of ${RUNS} runs:`,
    );
    console.log(
      `  page ready (load event): without ${ms(base.ready)}, with ${ms(s.ready)} (×${(s.ready / base.ready).toFixed(2)})`,
    );
    console.log(`  first marker: ${ms(s.firstMarker)} after ready`);
    console.log(
      `  all ${REPLIES} replies assessed: ${ms(s.allAssessed)} after ready (goal < ${GOALS.allAssessedMs} ms) ${verdict(s.allAssessed < GOALS.allAssessedMs)}`,
    );
    console.log(
      `  new reply → marker ${ms(s.newMarker)}, → marker with its assessment ${ms(s.newAssessed)}, worst ${ms(s.newWorst)} of ${s.liveCount} (goal < ${GOALS.newReplyMs} ms) ${verdict(s.newAssessed < GOALS.newReplyMs)}`,
    );
    console.log(
      `  longest task (the page's parsing and layout included): without ${ms(base.longest)}, with ${ms(s.longest)} (×${(s.longest / Math.max(base.longest, 1)).toFixed(2)})`,
    );
    console.log(
      `  longest task after ready (when Gelassen works): without ${ms(base.longestAfterReady)}, with ${ms(s.longestAfterReady)} (goal < ${GOALS.longestTaskMs} ms; 0 = none over 50 ms) ${verdict(s.longestAfterReady < GOALS.longestTaskMs)}`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await conversationBench({ root: join(fileURLToPath(import.meta.url), "..", "..", "..") });
}
