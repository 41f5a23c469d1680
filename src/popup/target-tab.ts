import { type ActiveTab, activeTab, tabById } from "../platform/tabs";

/**
 * The tab the popup speaks about: the active tab, or the one named by `?tab=<id>` when the popup is opened as a
 * page of its own (a popped-out popup, and the browser tests, which cannot click the toolbar button).
 */
export function targetTab(): Promise<ActiveTab | undefined> {
  const named = Number(new URLSearchParams(location.search).get("tab"));
  return Number.isInteger(named) && named > 0 ? tabById(named) : activeTab();
}
