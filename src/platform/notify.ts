import { browser } from "./browser";

/**
 * Badge, notifications and alarms: the worker's ways of reaching the user when no Gelassen page is open.
 * A notification's id carries the page to open when it is clicked.
 */
export function setBadge(count: number): Promise<void> {
  return Promise.all([
    browser.action.setBadgeText({ text: count > 0 ? String(count) : "" }),
    browser.action.setBadgeBackgroundColor({ color: "#b3261e" }),
  ]).then(() => undefined);
}

export async function notify(id: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(id, {
    type: "basic",
    iconUrl: browser.runtime.getURL("icons/icon-128.png"),
    title,
    message,
  });
}

export function onNotificationClick(listener: (id: string) => void): void {
  browser.notifications.onClicked.addListener(listener);
}

export function clearNotification(id: string): Promise<boolean> {
  return browser.notifications.clear(id);
}

export async function ensureAlarm(name: string, when: number): Promise<void> {
  const existing = await browser.alarms.get(name);
  if (!existing) browser.alarms.create(name, { when: Math.max(when, Date.now() + 1000) });
}

export function repeatAlarm(name: string, periodInMinutes: number): void {
  browser.alarms.create(name, { periodInMinutes, delayInMinutes: 1 });
}

export function clearAlarm(name: string): Promise<boolean> {
  return browser.alarms.clear(name);
}

export function onAlarm(listener: (name: string) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => listener(alarm.name));
}
