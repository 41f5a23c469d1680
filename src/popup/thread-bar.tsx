import { useEffect, useState } from "preact/hooks";
import { SURGE } from "../monitor/surge";
import { t } from "../platform/i18n";
import { send } from "../platform/messaging";
import type { ThreadView } from "../shared/monitor-messages";
import type { SiteId } from "../shared/sites";

type Thread = { site: SiteId; threadId: string; url: string };

/** The current post's place in the monitor: the early warning, and watching it. */
export function ThreadBar({ thread }: { thread: Thread }) {
  const [view, setView] = useState<ThreadView>();
  const key = `${thread.site}:${thread.threadId}`;
  useEffect(() => {
    send("threads/list", {}).then((result) => {
      if (result.ok) setView(result.value.threads.find((candidate) => candidate.key === key));
    });
  }, [key]);
  const watched = view?.watched ?? false;
  const toggle = async () => {
    const result = await send("thread/watch", { thread, watch: !watched });
    if (result.ok) setView((current) => (current ? { ...current, watched: !watched } : current));
    if (result.ok && !view) {
      const list = await send("threads/list", {});
      if (list.ok) setView(list.value.threads.find((candidate) => candidate.key === key));
    }
  };
  const surge = view && view.recentNegative >= SURGE.threshold;
  return (
    <>
      {surge && (
        <div class="advice advice-violation surge" role="alert">
          <strong>{t("surgeTitle")}</strong>
          <p>{t("surgeBody", String(view.recentNegative))}</p>
        </div>
      )}
      <div class="thread-bar">
        {watched && <span class="muted">{t("watching")}</span>}
        <button type="button" class="button" aria-pressed={watched} onClick={toggle}>
          {watched ? t("actionUnwatch") : t("actionWatch")}
        </button>
      </div>
    </>
  );
}
