import { t } from "../platform/i18n";
import { updateSettings } from "../platform/storage";
import type { PageStatus, Result } from "../shared/messages";
import { isSiteEnabled, type Settings, withSite } from "../shared/settings";
import { SITE_NAMES, type SiteId } from "../shared/sites";
import { Switch } from "../ui/switch";
import { pathLine, statusLine } from "./status-line";

/** The site of the current tab: the on/off switch and what Gelassen sees on the page. */
export function SiteCard({
  site,
  settings,
  status,
}: {
  site: SiteId;
  settings: Settings;
  status?: Result<PageStatus>;
}) {
  const enabled = isSiteEnabled(settings, site);
  const name = SITE_NAMES[site];
  const line = statusLine(enabled, status);
  const path = enabled ? pathLine(status) : undefined;
  return (
    <section class="site-card" aria-labelledby="site-title">
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
      {path && (
        <p class="status-path muted" data-path={path.key}>
          {t(path.key, path.substitutions)}
        </p>
      )}
    </section>
  );
}
