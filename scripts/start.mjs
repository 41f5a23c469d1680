// `npm start`: builds Gelassen and opens Chromium with it loaded on demo pages served at the real addresses of
// Facebook, X and LinkedIn (no account, no network). `npm start -- --check` does the same headless, checks that
// Gelassen is active on every demo page, and exits. `--redesign=hashed` (or `=bare`) serves the pages as after a
// redesign: every class name hashed, or the class attributes gone (tests/fixtures/scramble.mjs).
import { execFileSync } from "node:child_process";
import { SCRAMBLES } from "../tests/fixtures/scramble.mjs";
import { PAGES, serveFixtures } from "../tests/fixtures/serve.mjs";
import { launchWithExtension } from "./chromium.mjs";

const DEMO_PAGES = Object.keys(PAGES).filter((url) => !/example/.test(url));
const check = process.argv.includes("--check");
const redesign = process.argv.find((arg) => arg.startsWith("--redesign="))?.slice("--redesign=".length);
const scramble = SCRAMBLES.find((variant) => variant.mode === redesign);
if (redesign && !scramble) {
  console.error(`--redesign takes ${SCRAMBLES.map((variant) => variant.mode).join(" or ")}, not "${redesign}".`);
  process.exit(2);
}

execFileSync(process.execPath, ["build.mjs"], { cwd: new URL("..", import.meta.url), stdio: "inherit" });

if (!check && process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error("npm start opens a browser window, but there is no display ($DISPLAY is empty).");
  console.error("Run it on a desktop, under xvfb-run, or use `npm start -- --check` for a headless check.");
  process.exit(1);
}

// The first-run page a new install opens stays open beside the demo pages: it is what a user sees first.
const browser = await launchWithExtension({
  headless: check,
  language: process.env.LANGUAGE?.startsWith("de") ? "de" : "en",
  firstRun: check ? "close" : "keep",
});
await serveFixtures(browser.context, { scramble });
const pages = [];
for (const url of DEMO_PAGES) {
  const page = await browser.context.newPage();
  await page.goto(url);
  pages.push(page);
}
for (const page of browser.context.pages()) {
  if (!pages.includes(page) && page !== browser.firstRunPage) await page.close();
}

if (check) {
  let failed = false;
  for (const page of pages) {
    const active = await page.waitForSelector("html[data-gelassen-active]", { timeout: 5000 }).catch(() => null);
    console.log(`${active ? "active  " : "INACTIVE"} ${page.url()}`);
    failed ||= !active;
  }
  await browser.close();
  process.exit(failed ? 1 : 0);
}

await pages[0]?.bringToFront();
console.log("Gelassen is loaded on the demo pages:");
for (const url of DEMO_PAGES) console.log(`  ${url}`);
console.log("The first tab is the first-run page a new install opens; its answers shape every suggestion.");
console.log(
  "Click Gelassen's toolbar icon (pin it from the puzzle-piece menu) to open the popup. Close the window to stop.",
);
browser.context.on("close", () => process.exit(0));
