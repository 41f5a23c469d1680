// Stopping and waking the extension's service worker, as MV3 browsers do whenever they like.
import type { Page } from "@playwright/test";
import type { ExtensionBrowser } from "./browser";
import { expect } from "./extension";

/** Stops the extension's service worker as the browser does when it is idle (over the DevTools protocol). */
export async function stopWorker(browser: ExtensionBrowser, page: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send("ServiceWorker.enable");
  await cdp.send("ServiceWorker.stopAllWorkers");
  await cdp.detach();
}

/** The worker once it runs again (the closed tab's event, a message or an extension page wakes it). */
export async function wokenWorker(browser: ExtensionBrowser, extensionPage: Page): Promise<void> {
  await expect
    .poll(async () => {
      // Any message wakes it; then take whichever worker of the extension answers.
      await extensionPage.evaluate(() => chrome.runtime.sendMessage({ gelassen: 1, type: "wake", payload: {} }));
      for (const worker of browser.context.serviceWorkers()) {
        const alive = await worker.evaluate(() => true).catch(() => false);
        if (alive && worker.url().includes(browser.extensionId)) {
          browser.worker = worker;
          return true;
        }
      }
      return false;
    })
    .toBe(true);
}
