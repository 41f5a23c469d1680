// One Firefox with Gelassen for a whole suite (a launch costs 3–11 s), with what the checks need: site pages served
// from the fixtures, the extension's pages, a page of the extension kept open to reach its API, and a clean slate
// between tests.
import type { Browser, Page } from "puppeteer-core";
import { launchFirefoxWithExtension, openExtensionPage } from "../../scripts/firefox.mjs";
import { buildFixtures } from "../fixtures/build.mjs";
import { serveFixturesTo } from "../fixtures/serve.mjs";

export type FirefoxSession = {
  browser: Browser;
  language: "en" | "de";
  /**
   * An extension page left open: code evaluated in it reaches the extension's API. It uses `chrome`, which Firefox
   * provides beside `browser` (promise-returning in Manifest V3) and which tests/e2e/chrome.d.ts already types.
   */
  extension: Page;
  /** A new tab whose requests the fixture server answers. */
  sitePage(url: string): Promise<Page>;
  /** The popup as a page of its own, speaking about the tab that shows `page`. */
  popupFor(page: Page): Promise<Page>;
  /** Sends a message to the content script of the tab showing `page`, as the popup would. */
  askPage(page: Page, type: string, payload: unknown): Promise<unknown>;
  openExtensionPage(path: string): Promise<Page>;
  /** Errors and warnings Gelassen's content script logged on the site pages since the last reset. */
  complaints: string[];
  /** Closes every tab but the extension page and forgets stored settings, guidelines and per-thread state. */
  reset(): Promise<void>;
  close(): Promise<void>;
};

export async function startFirefox(language: "en" | "de"): Promise<FirefoxSession> {
  await buildFixtures();
  const { browser, close } = await launchFirefoxWithExtension({ language });
  const extension = await openExtensionPage(browser, "popup.html");
  // As in the Chromium specs: a user who has been through the first-run page, so no popup offers it.
  const markFirstRunDone = () =>
    extension.evaluate(() => chrome.storage.local.set({ firstRun: { version: 1, state: "done" } }));
  await markFirstRunDone();
  const complaints: string[] = [];

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const id = await extension.evaluate(async (url) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((tab) => tab.url === url)?.id;
    }, url);
    if (id === undefined) throw new Error(`no tab shows ${url}`);
    return id;
  };

  return {
    browser,
    language,
    extension,
    complaints,
    async sitePage(url) {
      const page = await browser.newPage();
      // As the Chromium specs see the pages: X draws only the rows near the screen.
      await page.setViewport({ width: 1280, height: 900 });
      await serveFixturesTo(page);
      // The content script's console reaches the page's log over BiDi: what Gelassen reports as gone wrong.
      page.on("console", (message) => {
        if (["error", "warn"].includes(message.type()) && message.text().startsWith("Gelassen"))
          complaints.push(`${url}: ${message.text()}`);
      });
      await page.goto(url);
      return page;
    },
    async popupFor(page) {
      // In a window of its own, as the toolbar popup floats over the page: a tab in front would hide the page
      // (visibilityState "hidden"), which the real popup never does, and X's reply dialog then missed the draft.
      const popup = await openExtensionPage(browser, `popup.html?tab=${await tabIdOf(page)}`, { type: "window" });
      await popup.setViewport({ width: 400, height: 900 });
      return popup;
    },
    async askPage(page, type, payload) {
      const tabId = await tabIdOf(page);
      return extension.evaluate(
        (tabId, type, payload) => chrome.tabs.sendMessage(tabId, { gelassen: 1, type, payload }, { frameId: 0 }),
        tabId,
        type,
        payload,
      );
    },
    openExtensionPage: (path) => openExtensionPage(browser, path),
    async reset() {
      for (const page of await browser.pages()) if (page !== extension) await page.close();
      complaints.length = 0;
      // The thread histories and the deletion log in IndexedDB are left: no check here reads them.
      await extension.evaluate(async () => {
        await chrome.storage.sync.clear();
        await chrome.storage.local.clear();
      });
      await markFirstRunDone();
    },
    close,
  };
}
