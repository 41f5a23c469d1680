import { t } from "../platform/i18n";
import { notify, setBadge } from "../platform/notify";
import type { ThreadRecord } from "../shared/monitor";
import { SITE_NAMES } from "../shared/sites";
import type { Db } from "./store/db";
import { listThreads } from "./store/threads";

/** Notification ids carry the page a click opens: "<kind>|<url>". */
export function notificationId(kind: string, url: string): string {
  return `${kind}|${url}`;
}

export function urlOfNotification(id: string): string | undefined {
  const bar = id.indexOf("|");
  return bar < 0 ? undefined : id.slice(bar + 1);
}

function label(record: Pick<ThreadRecord, "title" | "site">): string {
  return record.title ? `${SITE_NAMES[record.site]}: ${record.title}` : SITE_NAMES[record.site];
}

/** The toolbar badge counts watched threads whose latest mood is escalating. */
export async function refreshBadge(db: Db): Promise<number> {
  const threads = await listThreads(db);
  const escalating = threads.filter((record) => record.watched && record.points.at(-1)?.mood === "escalating").length;
  await setBadge(escalating);
  return escalating;
}

export function notifyEscalating(record: ThreadRecord): Promise<void> {
  return notify(
    notificationId("escalating", record.url),
    t("notifyEscalatingTitle"),
    t("notifyEscalatingBody", label(record)),
  );
}

export function notifySurge(record: ThreadRecord, count: number): Promise<void> {
  return notify(
    notificationId("surge", record.url),
    t("notifySurgeTitle"),
    t("notifySurgeBody", [String(count), label(record)]),
  );
}
