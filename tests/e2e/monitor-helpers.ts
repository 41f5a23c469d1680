// What the worker keeps in IndexedDB and chrome.storage, read from inside the extension for the browser tests.
import type { ExtensionBrowser } from "./browser";

export type LoggedRemoval = {
  commentKey: string;
  verdict: string;
  overrode: boolean;
  action: string;
  violations: string[];
  text: string;
};

/** The deletion log as stored, oldest first. */
export function deletionLog(browser: ExtensionBrowser): Promise<LoggedRemoval[]> {
  return browser.worker.evaluate(
    () =>
      new Promise<LoggedRemoval[]>((resolve, reject) => {
        const open = indexedDB.open("gelassen");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction("deletions").objectStore("deletions").getAll();
          read.onsuccess = () => resolve(read.result as LoggedRemoval[]);
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

/** Changes some guidelines as the options page would (the guard's cool-down, the address form…). */
export async function setGuidelines(browser: ExtensionBrowser, change: Record<string, unknown>): Promise<void> {
  await browser.worker.evaluate(async (patch) => {
    const stored = ((await chrome.storage.local.get("guidelines")).guidelines ?? {}) as Record<string, unknown>;
    await chrome.storage.local.set({ guidelines: { ...stored, ...patch } });
  }, change);
}

export type StoredThread = {
  key: string;
  watched?: string;
  points: { mood: string; total: number; negative: number }[];
};

/** The thread histories as stored. */
export function storedThreads(browser: ExtensionBrowser): Promise<StoredThread[]> {
  return browser.worker.evaluate(
    () =>
      new Promise<StoredThread[]>((resolve, reject) => {
        const open = indexedDB.open("gelassen");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction("threads").objectStore("threads").getAll();
          read.onsuccess = () => resolve(read.result as StoredThread[]);
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

export const notificationIds = (browser: ExtensionBrowser) =>
  browser.worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));

export const badgeText = (browser: ExtensionBrowser) => browser.worker.evaluate(() => chrome.action.getBadgeText({}));
