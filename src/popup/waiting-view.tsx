import { useEffect, useState } from "preact/hooks";
import { t, uiLanguage } from "../platform/i18n";
import { send } from "../platform/messaging";
import { openTab } from "../platform/tabs";
import type { WaitingView as Waiting } from "../shared/monitor-messages";
import { SITE_NAMES, siteForUrl } from "../shared/sites";
import { duration } from "../ui/labels";

/** Rule 4: who is still waiting for an answer, longest first. */
export function WaitingView() {
  const [waiting, setWaiting] = useState<Waiting[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    send("waiting/list", {}).then((result) => (result.ok ? setWaiting(result.value.waiting) : setError(result.error)));
  }, []);
  if (error)
    return (
      <p class="status" data-kind="error">
        {error}
      </p>
    );
  if (!waiting) return <p class="muted">{t("statusLoading")}</p>;
  if (!waiting.length) return <p class="muted empty">{t("waitingNone")}</p>;
  const language = uiLanguage();
  return (
    <ul class="waiting-list">
      {waiting.slice(0, 50).map((item) => {
        const site = siteForUrl(item.url);
        return (
          <li key={item.key} class="waiting">
            <span class="waiting-author">{item.author}</span>
            <span class="muted">{site ? SITE_NAMES[site] : ""}</span>
            <span class="waiting-time">{t("waitedFor", duration(item.waitedMs, language))}</span>
            <button type="button" class="link-button" onClick={() => void openTab(item.url)}>
              {t("actionOpen")}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
