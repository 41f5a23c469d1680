// Launches Chromium with the built extension loaded. Shared by the browser tests, the benchmarks and `npm start`.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "@playwright/test";
import { chromiumCandidates } from "./browser-paths.mjs";

export const EXTENSION_DIR = resolve(import.meta.dirname, "../dist/chrome");

/**
 * The Chromium to drive: $CHROMIUM_PATH, else Debian's chromium, else Playwright's own (channel "chromium", the
 * full browser: the headless shell cannot load extensions).
 * @returns {{ executablePath?: string, channel?: string }}
 */
export function chromiumLaunchOptions() {
  const executablePath = chromiumCandidates().find((path) => path && existsSync(path));
  return executablePath ? { executablePath } : { channel: "chromium" };
}

/**
 * Launches Chromium with the built extension, in the given interface language (Chromium on Linux takes it from
 * LANGUAGE; Debian's chromium needs the chromium-l10n package for anything but English).
 *
 * A new install opens Gelassen's first-run page in a tab of its own (src/background/first-run.ts). It is waited
 * for, so it cannot appear later in front of a test's pages, and closed unless `firstRun` is "keep"; a launch
 * whose first-run page never opens fails. `extensionDir` loads another build (a benchmark compares one before a
 * change with the current one).
 * @param {{ language?: "en" | "de", headless?: boolean, firstRun?: "close" | "keep", extensionDir?: string }} [options]
 */
export async function launchWithExtension(options = {}) {
  const language = options.language ?? "en";
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, "manifest.json"))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), "gelassen-profile-"));
  const locale = language === "de" ? "de-DE" : "en-US";
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions(),
    headless: options.headless ?? true,
    locale,
    viewport: options.headless === false ? null : { width: 1280, height: 900 },
    env: { ...process.env, LANGUAGE: language, LANG: `${locale.replace("-", "_")}.UTF-8` },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${locale}`,
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  const firstRunPage = await waitForFirstRun(context, `chrome-extension://${extensionId}/first-run.html`).catch(
    async (error) => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      throw error;
    },
  );
  // Loaded before it is closed: a tab closed while its document still loads could leave the extension's page
  // process half set up for the next page of Gelassen that opens in it.
  await firstRunPage.waitForLoadState("load");
  if (options.firstRun !== "keep") await firstRunPage.close();
  return {
    context,
    worker,
    extensionId,
    /** The tab the install opened, when `firstRun` is "keep". */
    firstRunPage: options.firstRun === "keep" ? firstRunPage : undefined,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The tab showing the first-run page, once it is there. Polled: the tab is created before it navigates, so the
 * context's "page" event sees a blank URL.
 * @param {import("@playwright/test").BrowserContext} context
 * @param {string} url
 */
async function waitForFirstRun(context, url) {
  for (const end = Date.now() + 15_000; Date.now() < end; ) {
    const page = context.pages().find((each) => each.url() === url);
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Installing Gelassen did not open ${url} within 15 s.`);
}
