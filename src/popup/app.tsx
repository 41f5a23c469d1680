import { useEffect, useState } from "preact/hooks";
import { t } from "../platform/i18n";
import { send } from "../platform/messaging";
import { loadSettings, watchSettings } from "../platform/storage";
import { openOptionsPage } from "../platform/tabs";
import type { PageStatus, Result } from "../shared/messages";
import type { PageComment } from "../shared/page-messages";
import type { Settings } from "../shared/settings";
import { isSiteEnabled } from "../shared/settings";
import { type SiteId, siteForUrl } from "../shared/sites";
import { UnsavedRemovals } from "../ui/unsaved-removals";
import { FirstRunPrompt } from "./first-run-prompt";
import { PageView } from "./page-view";
import { SiteCard } from "./site-card";
import { Tabs } from "./tabs";
import { targetTab } from "./target-tab";
import { ThreadBar } from "./thread-bar";
import { WaitingView } from "./waiting-view";
import { WatchedView } from "./watched-view";

type Target = { tabId: number; site: SiteId | undefined; url: string };
type Page = { comments: PageComment[]; status: PageStatus };

/** While the popup is open, the page's counts are refreshed this often. */
const REFRESH_MS = 1000;

export function PopupApp() {
  const [target, setTarget] = useState<Target | "none" | undefined>();
  const [settings, setSettings] = useState<Settings>();
  const [page, setPage] = useState<Result<Page>>();

  useEffect(() => {
    targetTab().then((tab) =>
      setTarget(tab ? { tabId: tab.id, site: siteForUrl(tab.url), url: tab.url ?? "" } : "none"),
    );
    loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    if (!target || target === "none" || !target.site) return;
    const ask = () => send("page/comments", {}, { tabId: target.tabId }).then(setPage);
    ask();
    const timer = setInterval(ask, REFRESH_MS);
    return () => clearInterval(timer);
  }, [target]);

  const pageTab = () => {
    if (target === undefined || !settings) return <p class="muted">{t("statusLoading")}</p>;
    if (target === "none" || !target.site) return <Unsupported />;
    const status: Result<PageStatus> | undefined = page && (page.ok ? { ok: true, value: page.value.status } : page);
    const comments = page?.ok && isSiteEnabled(settings, target.site) ? page.value.comments : [];
    const first = comments[0]?.comment;
    return (
      <>
        <SiteCard site={target.site} settings={settings} status={status} />
        {first && <ThreadBar thread={{ site: first.site, threadId: first.threadId, url: target.url }} />}
        {page?.ok && page.value.status.active && <PageView tabId={target.tabId} comments={comments} />}
      </>
    );
  };

  return (
    <>
      <header class="popup-header">
        <div class="brand">
          <img src="icons/icon-32.png" alt="" />
          Gelassen
        </div>
        <button type="button" class="link-button" onClick={() => openOptionsPage()}>
          {t("openOptions")}
        </button>
      </header>
      <FirstRunPrompt />
      <UnsavedRemovals />
      <Tabs
        tabs={[
          { id: "page", label: t("tabPage"), content: pageTab },
          { id: "watched", label: t("tabWatched"), content: () => <WatchedView /> },
          { id: "waiting", label: t("tabWaiting"), content: () => <WaitingView /> },
        ]}
      />
    </>
  );
}

function Unsupported() {
  return (
    <section>
      <h1 class="popup-title">{t("unsupportedTitle")}</h1>
      <p class="muted">{t("unsupportedBody")}</p>
    </section>
  );
}
