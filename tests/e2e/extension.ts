import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { test as base, type Page } from "@playwright/test";
import type { SCRAMBLES } from "../fixtures/scramble.mjs";
import { PAGES, serveFixtures } from "../fixtures/serve.mjs";
import { type ExtensionBrowser, launchWithExtension } from "./browser";

type Scramble = (typeof SCRAMBLES)[number];

export const SCREENSHOT_DIR = resolve(import.meta.dirname, "../../artifacts/screenshots");

export const URLS = {
  facebook: "https://www.facebook.com/acme/posts/pfbid02demo",
  x: "https://x.com/acme/status/1981400000000000000",
  linkedin: "https://www.linkedin.com/posts/acme_launch-activity-7350000000000000000-abcd",
} as const;

for (const url of Object.values(URLS)) if (!(url in PAGES)) throw new Error(`no fixture page for ${url}`);

/**
 * One browser per test file (a launch costs seconds), in the given interface language. With `scramble`, every
 * fixture page is served as after a redesign (tests/fixtures/scramble.mjs).
 */
export function testIn(language: "en" | "de", { scramble }: { scramble?: Scramble } = {}) {
  return base.extend<{ gelassen: ExtensionBrowser }, { browserWithExtension: ExtensionBrowser }>({
    browserWithExtension: [
      // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
      async ({}, use) => {
        const browser = await launchWithExtension({ language });
        await markFirstRunDone(browser);
        await serveFixtures(browser.context, { scramble });
        await use(browser);
        await browser.close();
      },
      { scope: "worker" },
    ],
    gelassen: async ({ browserWithExtension }, use) => {
      await use(browserWithExtension);
      // Pages first: a page left open could still report a visit after the reset.
      for (const page of browserWithExtension.context.pages()) await page.close();
      await resetStorage(browserWithExtension);
      await markFirstRunDone(browserWithExtension);
    },
  });
}

/**
 * The specs work as a user who has been through the first-run page (tests/e2e/first-run-*.spec.ts check that
 * page): the popup's offer to set Gelassen up would stand above every popup they look at.
 */
export async function markFirstRunDone(browser: ExtensionBrowser): Promise<void> {
  await browser.worker.evaluate(() => chrome.storage.local.set({ firstRun: { version: 1, state: "done" } }));
}

/** In English; a file that needs German uses `testIn("de")`. */
export const test = testIn("en");

export { expect } from "@playwright/test";

/**
 * Forgets what a test left behind: settings and guidelines, the worker's IndexedDB (thread histories, the
 * deletion log, reminders) and the reminders' alarms. The browser is shared by the files of one worker, and a post
 * visited in one test would otherwise arrive in the next with a history (a watched thread with visits it never
 * made), a reminder's alarm with a reminder nobody set.
 */
export async function resetStorage(browser: ExtensionBrowser): Promise<void> {
  await browser.worker.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
    for (const alarm of await chrome.alarms.getAll()) {
      if (alarm.name.startsWith("reminder:")) await chrome.alarms.clear(alarm.name);
    }
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open("gelassen");
      // Not created yet: leave that to the worker (an empty database here would skip its upgrade).
      let absent = false;
      open.onupgradeneeded = () => {
        absent = true;
        open.transaction?.abort();
      };
      open.onerror = () => (absent ? resolve() : reject(open.error));
      open.onsuccess = () => {
        const db = open.result;
        const stores = [...db.objectStoreNames];
        if (!stores.length) {
          db.close();
          return resolve();
        }
        const tx = db.transaction(stores, "readwrite");
        for (const store of stores) tx.objectStore(store).clear();
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  });
}

/**
 * The browser's id of the tab showing `page`: the active tab once the page is in front. (Tab URLs are visible
 * to the extension only on the three sites, so a URL lookup would miss every other page.)
 */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await browser.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error(`no active tab shows ${page.url()}`);
  return id;
}

/** Opens the popup as a page, speaking about the tab that shows `page`. */
export async function openPopup(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, page);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 340, height: 400 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? true });
  return path;
}

/** Sends a message to the content script of the tab showing `page`, as Gelassen's popup would. */
export async function askPage(browser: ExtensionBrowser, page: Page, type: string, payload: unknown): Promise<unknown> {
  const tabId = await tabIdOf(browser, page);
  return browser.worker.evaluate(
    ({ tabId, type, payload }) => chrome.tabs.sendMessage(tabId, { gelassen: 1, type, payload }, { frameId: 0 }),
    { tabId, type, payload },
  );
}

/** Switches Gelassen on or off for one site, as the popup's switch does. */
export async function setSiteEnabled(browser: ExtensionBrowser, site: string, enabled: boolean): Promise<void> {
  await browser.worker.evaluate(
    async ({ site, enabled }) => {
      const stored = (await chrome.storage.sync.get("settings")).settings as
        | { sites?: Record<string, boolean> }
        | undefined;
      const sites = { facebook: true, x: true, linkedin: true, ...stored?.sites, [site]: enabled };
      await chrome.storage.sync.set({ settings: { version: 1, ...stored, sites } });
    },
    { site, enabled },
  );
}
