import { t } from "../platform/i18n";
import { DeletionLog } from "./deletion-log";
import { GuidelinesSection } from "./guidelines-section";
import { SitesSection } from "./sites-section";

export function OptionsApp() {
  return (
    <div class="options">
      <header class="options-header">
        <h1 class="brand options-title">
          <img src="icons/icon-32.png" alt="" />
          Gelassen <span class="options-subtitle">{t("openOptions")}</span>
        </h1>
      </header>
      <SitesSection />
      <GuidelinesSection />
      <DeletionLog />
    </div>
  );
}
