import { DeletionLog } from "./deletion-log";
import { GuidelinesSection } from "./guidelines-section";
import { SitesSection } from "./sites-section";

export function OptionsApp() {
  return (
    <div class="options">
      <header class="options-header">
        <div class="brand">
          <img src="icons/icon-32.png" alt="" />
          Gelassen
        </div>
      </header>
      <SitesSection />
      <GuidelinesSection />
      <DeletionLog />
    </div>
  );
}
