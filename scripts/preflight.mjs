// Runs first in `npm test`: finds the browsers the tests drive, installs Playwright's Chromium when there is no
// other, and otherwise stops at once with one line saying what to install, instead of minutes of failing tests.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chromium as playwright } from "@playwright/test";
import { chromiumCandidates, firefoxCandidates } from "./browser-paths.mjs";
import { preflightPlan } from "./preflight-plan.mjs";

const firstExisting = (paths) => paths.find((path) => path && existsSync(path));

/** The major version `firefox --version` prints ("Mozilla Firefox 153.8.0esr"), or undefined. */
function majorVersion(path) {
  const run = spawnSync(path, ["--version"], { encoding: "utf8", timeout: 30_000 });
  const match = /(\d+)\.\d+/.exec(run.stdout ?? "");
  return match ? Number(match[1]) : undefined;
}

function firefoxMinimum() {
  const manifest = JSON.parse(readFileSync(new URL("../manifest/firefox.json", import.meta.url), "utf8"));
  return Number.parseInt(manifest.browser_specific_settings.gecko.strict_min_version, 10);
}

function machine(installTried) {
  const firefox = firstExisting(firefoxCandidates());
  return {
    chromium: {
      named: process.env.CHROMIUM_PATH || undefined,
      found: firstExisting(chromiumCandidates()),
      playwright: existsSync(playwright.executablePath()),
    },
    firefox: {
      named: process.env.FIREFOX_PATH || undefined,
      found: firefox,
      version: firefox ? majorVersion(firefox) : undefined,
    },
    firefoxMinimum: firefoxMinimum(),
    installTried,
  };
}

let plan = preflightPlan(machine(false));
if (plan.action === "install-chromium") {
  console.log("No Chromium found: installing Playwright's (npx playwright install chromium)…");
  // The full browser only: the headless shell cannot load extensions.
  spawnSync("npx", ["playwright", "install", "--no-shell", "chromium"], { stdio: "ignore" });
  plan = preflightPlan(machine(true));
}
if (plan.action === "stop") {
  console.error(plan.message);
  process.exit(1);
}
