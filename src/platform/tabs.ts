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

export function onTabClosed(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
}
