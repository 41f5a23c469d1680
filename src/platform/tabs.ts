import { browser } from "./browser";

export type ActiveTab = { id: number; url: string | undefined };

/** The tab the popup was opened over. Its URL is known only for the three sites (our host permissions). */
export async function activeTab(): Promise<ActiveTab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

export async function tabById(id: number): Promise<ActiveTab | undefined> {
  const tab = await browser.tabs.get(id).catch(() => undefined);
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

export function openTab(url: string): Promise<unknown> {
  return browser.tabs.create({ url });
}

/** The page that asks a new user for what every suggestion depends on (src/first-run/). */
export const FIRST_RUN_PAGE = "first-run.html";

export function openFirstRunPage(): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(FIRST_RUN_PAGE) });
}

/** Calls back with the browser's reason ("install", "update", "browser_update"…) when Gelassen is installed or updated. */
export function onInstalled(listener: (reason: string) => void): void {
  browser.runtime.onInstalled.addListener((details) => listener(details.reason));
}

export function onTabClosed(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
}
