import { useEffect, useState } from "preact/hooks";
import { t } from "../platform/i18n";
import { send } from "../platform/messaging";
import { loadSettings, updateSettings, watchSettings } from "../platform/storage";
import { openOptionsPage } from "../platform/tabs";
import type { PageStatus, Result } from "../shared/messages";
import { isSiteEnabled, type Settings, withSite } from "../shared/settings";
import { SITE_NAMES, type SiteId, siteForUrl } from "../shared/sites";
import { Switch } from "../ui/switch";
import { statusLine } from "./status-line";
import { targetTab } from "./target-tab";

type Target = { tabId: number; site: SiteId | undefined };

/** While the popup is open, the page's counts are refreshed this often. */
const REFRESH_MS = 1000;

export function PopupApp() {
  const [target, setTarget] = useState<Target | "none" | undefined>();
  const [settings, setSettings] = useState<Settings>();
  const [status, setStatus] = useState<Result<PageStatus>>();

  useEffect(() => {
    targetTab().then((tab) => setTarget(tab ? { tabId: tab.id, site: siteForUrl(tab.url) } : "none"));
    loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  useEffect(() => {
    if (!target || target === "none" || !target.site) return;
    const ask = () => send("page/status", {}, { tabId: target.tabId }).then(setStatus);
    ask();
    const timer = setInterval(ask, REFRESH_MS);
    return () => clearInterval(timer);
  }, [target]);

  return (
    <>
      <header class="popup-header">
        <div class="brand">
          <img src="icons/icon-32.png" alt="" />
          Gelassen
        </div>
      </header>
      {target === undefined || !settings ? (
        <p class="muted popup-body">{t("statusLoading")}</p>
      ) : target === "none" || !target.site ? (
        <Unsupported />
      ) : (
        <SiteCard site={target.site} settings={settings} status={status} />
      )}
      <footer class="popup-footer">
        <button type="button" class="link-button" onClick={() => openOptionsPage()}>
          {t("openOptions")}
        </button>
      </footer>
    </>
  );
}

function Unsupported() {
  return (
    <section class="popup-body">
      <h1 class="popup-title">{t("unsupportedTitle")}</h1>
      <p class="muted">{t("unsupportedBody")}</p>
    </section>
  );
}

function SiteCard({ site, settings, status }: { site: SiteId; settings: Settings; status?: Result<PageStatus> }) {
  const enabled = isSiteEnabled(settings, site);
  const name = SITE_NAMES[site];
  const line = statusLine(enabled, status);
  return (
    <section class="popup-body" aria-labelledby="site-title">
      <div class="site-row">
        <div>
          <h1 class="popup-title" id="site-title">
            {name}
          </h1>
          <p class="site-state" data-state={enabled ? "on" : "off"}>
            {t(enabled ? "siteActive" : "siteInactive", name)}
          </p>
        </div>
        <Switch
          checked={enabled}
          label={t("siteSwitchLabel", name)}
          onChange={(checked) => updateSettings((current) => withSite(current, site, checked))}
        />
      </div>
      <p class="status-line muted" role="status" data-status={line.key}>
        {t(line.key, line.substitutions)}
      </p>
    </section>
  );
}
