import { useState } from "preact/hooks";
import { t } from "../platform/i18n";
import { DeletionLog } from "./deletion-log";
import { GuidelinesSection } from "./guidelines-section";
import { PrivacySection } from "./privacy-section";
import { SitesSection } from "./sites-section";

export function OptionsApp() {
  // Forgetting everything empties the log: a new key makes the log section read it again.
  const [logGeneration, setLogGeneration] = useState(0);
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
      <DeletionLog key={logGeneration} />
      <PrivacySection onForgotten={() => setLogGeneration((generation) => generation + 1)} />
    </div>
  );
}
