import { handle } from "../platform/messaging";
import { clearNotification, onAlarm, onNotificationClick, repeatAlarm } from "../platform/notify";
import { loadGuidelines } from "../platform/storage";
import { openTab } from "../platform/tabs";
import { siteForUrl } from "../shared/sites";
import { refreshBadge, urlOfNotification } from "./alerts";
import { warmUpAnalysis } from "./assess-handlers";
import { HANDLERS } from "./handlers";
import { fire, restoreAlarms } from "./reminders";
import { openDb } from "./store/db";
import { purgeDeletions } from "./store/deletions";

/**
 * The worker. MV3 may stop it at any moment, so nothing here lives only in memory: listeners are registered
 * synchronously on every start and state is read from IndexedDB and storage when needed.
 */
const PURGE_ALARM = "purge-deletion-log";

handle(HANDLERS, { refuseUnknown: true });

onAlarm((name) => {
  void (async () => {
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

// After this start's listeners are registered (a message that woke the worker is answered first either way).
setTimeout(() => {
  try {
    warmUpAnalysis();
  } catch (error) {
    console.error("Gelassen: the analysis could not warm up", error);
  }
}, 0);

void (async () => {
  // Start reading the guidelines (an administrator's policy is slow to read the first time) before a page asks.
  void loadGuidelines();
  const db = await openDb();
  await restoreAlarms(db);
  await refreshBadge(db);
  repeatAlarm(PURGE_ALARM, 24 * 60);
})().catch((error) => console.error("Gelassen: worker start failed", error));
