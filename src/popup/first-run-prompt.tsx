import { useEffect, useState } from "preact/hooks";
import { t } from "../platform/i18n";
import { loadFirstRun, watchFirstRun } from "../platform/storage";
import { openFirstRunPage } from "../platform/tabs";
import { type FirstRun, firstRunOpen } from "../shared/first-run";

/** Offers the first-run page until it was finished or skipped: until then replies sign as "the team". */
export function FirstRunPrompt() {
  const [firstRun, setFirstRun] = useState<FirstRun>();
  useEffect(() => {
    void loadFirstRun().then(setFirstRun);
    return watchFirstRun(setFirstRun);
  }, []);
  if (!firstRun || !firstRunOpen(firstRun)) return null;
  return (
    <div class="first-run-prompt" data-first-run="prompt">
      <p>{t("frPopupPrompt")}</p>
      <button
        type="button"
        class="button primary"
        // The page opens in a tab of its own; the popup would only stand in front of it.
        onClick={() => void openFirstRunPage().then(() => window.close())}
      >
        {t("frPopupOpen")}
      </button>
    </div>
  );
}
