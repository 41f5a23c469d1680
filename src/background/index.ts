import { onKeyboardCommand } from "../platform/commands";
import { handle, send } from "../platform/messaging";
import { clearNotification, onAlarm, onNotificationClick, repeatAlarm } from "../platform/notify";
import { loadGuidelines, watchSettings } from "../platform/storage";
import { onTabClosed, openTab } from "../platform/tabs";
import { siteForUrl } from "../shared/sites";
import { refreshBadge, urlOfNotification } from "./alerts";
import { warmUpAnalysis } from "./assess-handlers";
import { openFirstRunOnInstall } from "./first-run";
import { HANDLERS } from "./handlers";
import { heldRemovals } from "./held-removals-store";
import { passCommand } from "./keyboard-commands";
import { expireUnwatchedThreads } from "./privacy";
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
openFirstRunOnInstall();
onKeyboardCommand((command, tabId) => void passCommand(command, tabId, send));
onTabClosed((tabId) => void heldRemovals.tabClosed(tabId).catch((error) => console.error("Gelassen:", error)));

onAlarm((name) => {
  void (async () => {
    if (name === HELD_ALARM) return heldRemovals.sweep();
    const db = await openDb();
    if (name === PURGE_ALARM) {
      // The daily clean-up: deletion-log entries and unwatched thread histories past their retention periods.
      await purgeDeletions(db, (await loadGuidelines()).logRetentionDays, Date.now());
      await expireUnwatchedThreads(db);
    } else await fire(db, name);
  })().catch((error) => console.error("Gelassen: alarm failed", name, error));
});

// A shorter retention period set on the options page applies at once, not at the next daily clean-up.
watchSettings(() => {
  void (async () => expireUnwatchedThreads(await openDb()))().catch((error) =>
    console.error("Gelassen: expiring thread histories failed", error),
  );
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
  repeatAlarm(HELD_ALARM, 1);
  // Before the database: a removal held in storage is settled even while the log cannot be opened.
  await heldRemovals.sweep().catch((error) => console.error("Gelassen: held removals", error));
  const db = await openDb();
  await restoreAlarms(db);
  // Not in the way of the badge and the clean-up alarm below if the settings cannot be read.
  await expireUnwatchedThreads(db).catch((error) => console.error("Gelassen: expiring thread histories failed", error));
  await refreshBadge(db);
  repeatAlarm(PURGE_ALARM, 24 * 60);
})().catch((error) => console.error("Gelassen: worker start failed", error));
