import { useEffect, useState } from "preact/hooks";
import { t } from "../platform/i18n";
import { loadSettings, updateSettings, watchSettings } from "../platform/storage";
import { isSiteEnabled, type Settings, withSite } from "../shared/settings";
import { SITE_IDS, SITE_NAMES } from "../shared/sites";
import { Switch } from "../ui/switch";

/** The per-site switches, the same ones the popup shows for the current tab. */
export function SitesSection() {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return (
    <section class="card" aria-labelledby="sites-title">
      <h2 id="sites-title">{t("sitesTitle")}</h2>
      <p class="muted">{t("sitesHelp")}</p>
      <ul class="site-list">
        {SITE_IDS.map((site) => (
          <li key={site}>
            <span>{SITE_NAMES[site]}</span>
            <Switch
              checked={settings ? isSiteEnabled(settings, site) : false}
              disabled={!settings}
              label={t("siteSwitchLabel", SITE_NAMES[site])}
              onChange={(checked) => updateSettings((current) => withSite(current, site, checked))}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
