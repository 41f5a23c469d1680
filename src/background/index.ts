import { handle } from "../platform/messaging";
import { clearNotification, onAlarm, onNotificationClick, repeatAlarm } from "../platform/notify";
import { loadGuidelines } from "../platform/storage";
import { onTabClosed, openTab } from "../platform/tabs";
import { siteForUrl } from "../shared/sites";
import { refreshBadge, urlOfNotification } from "./alerts";
import { HANDLERS } from "./handlers";
import { heldRemovals } from "./held-removals-store";
import { fire, restoreAlarms } from "./reminders";
import { openDb } from "./store/db";
import { purgeDeletions } from "./store/deletions";

/**
 * The worker. MV3 may stop it at any moment, so nothing here lives only in memory: listeners are registered
 * synchronously on every start and state is read from IndexedDB and storage when needed.
 */
const PURGE_ALARM = "purge-deletion-log";
/** Retries removals the log has not taken yet (a failed write, a tab closed while the worker was stopped). */
const HELD_ALARM = "retry-held-removals";

handle(HANDLERS, { refuseUnknown: true });
onTabClosed((tabId) => void heldRemovals.tabClosed(tabId).catch((error) => console.error("Gelassen:", error)));

onAlarm((name) => {
  void (async () => {
    if (name === HELD_ALARM) return heldRemovals.sweep();
    const db = await openDb();
    if (name === PURGE_ALARM) await purgeDeletions(db, (await loadGuidelines()).logRetentionDays, Date.now());
    else await fire(db, name);
  })().catch((error) => console.error("Gelassen: alarm failed", name, error));
});

onNotificationClick((id) => {
  const url = urlOfNotification(id);
  // Only ever open pages of the three sites, whatever a notification id says.
  if (url && siteForUrl(url)) void openTab(url);
  void clearNotification(id);
});

void (async () => {
  // Start reading the guidelines (an administrator's policy is slow to read the first time) before a page asks.
  void loadGuidelines();
  repeatAlarm(HELD_ALARM, 1);
  // Before the database: a removal held in storage is settled even while the log cannot be opened.
  await heldRemovals.sweep().catch((error) => console.error("Gelassen: held removals", error));
  const db = await openDb();
  await restoreAlarms(db);
  await refreshBadge(db);
  repeatAlarm(PURGE_ALARM, 24 * 60);
})().catch((error) => console.error("Gelassen: worker start failed", error));
