import { useEffect, useState } from "preact/hooks";
import { t } from "../platform/i18n";
import { send } from "../platform/messaging";
import { openTab } from "../platform/tabs";
import type { ThreadView } from "../shared/monitor-messages";
import { SITE_NAMES } from "../shared/sites";
import { moodLabel, reasonText } from "../ui/labels";
import { MoodChart } from "../ui/mood-chart";

/** Rule 5: the threads the user answered (or chose to watch), each with its mood over time. */
export function WatchedView() {
  const [threads, setThreads] = useState<ThreadView[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    send("threads/list", {}).then((result) => {
      if (result.ok) setThreads(result.value.threads.filter((thread) => thread.watched));
      else setError(result.error);
    });
  }, []);

  if (error)
    return (
      <p class="status" data-kind="error">
        {error}
      </p>
    );
  if (!threads) return <p class="muted">{t("statusLoading")}</p>;
  if (!threads.length) return <p class="muted empty">{t("watchedNone")}</p>;
  const ordered = [...threads].sort((a, b) => Number(b.mood === "escalating") - Number(a.mood === "escalating"));
  return (
    <ul class="thread-list">
      {ordered.map((thread) => (
        <li key={thread.key} class="thread" data-mood={thread.mood}>
          <div class="thread-head">
            <a
              href={thread.url}
              onClick={(event) => {
                event.preventDefault();
                void openTab(thread.url);
              }}
            >
              {thread.title ?? SITE_NAMES[thread.site]}
            </a>
            <span class="chip mood-chip" data-mood={thread.mood}>
              {moodLabel(thread.mood)}
            </span>
          </div>
          <div class="thread-body">
            <MoodChart points={thread.points} />
            <p class="thread-why">{thread.moodReasons.map(reasonText).join(" · ")}</p>
          </div>
          <button
            type="button"
            class="link-button"
            onClick={async () => {
              const [site, ...rest] = thread.key.split(":");
              await send("thread/watch", {
                thread: { site: site as ThreadView["site"], threadId: rest.join(":"), url: thread.url },
                watch: false,
              });
              setThreads(threads.filter((other) => other.key !== thread.key));
            }}
          >
            {t("actionUnwatch")}
          </button>
        </li>
      ))}
    </ul>
  );
}
