import { useEffect, useState } from "preact/hooks";
import { t } from "../platform/i18n";
import { hasManagedGuidelines, loadGuidelines, saveGuidelines, watchGuidelines } from "../platform/storage";
import type { Guidelines } from "../shared/guidelines";
import { exportGuidelines, parseGuidelinesImport } from "../shared/guidelines-import";
import { issueText } from "./issue-text";

export type Save = { kind: "saved" | "error"; text: string } | undefined;

/**
 * The stored guidelines and a way to change them: a change is validated against the schema and saved at once,
 * or refused with the reason (and the stored value stays as it was).
 */
export function useGuidelines() {
  const [guidelines, setGuidelines] = useState<Guidelines>();
  const [managed, setManaged] = useState(false);
  const [save, setSave] = useState<Save>();
  useEffect(() => {
    const load = () => loadGuidelines().then(setGuidelines);
    void load();
    void hasManagedGuidelines().then(setManaged);
    return watchGuidelines(() => void load());
  }, []);

  const update = async (change: (current: Guidelines) => Guidelines) => {
    if (!guidelines || managed) return;
    // The same check as an import, so the options page and a file name a wrong value the same way.
    const checked = parseGuidelinesImport(exportGuidelines(change(guidelines)), guidelines);
    if (!checked.ok) {
      setSave({ kind: "error", text: t("optInvalid", checked.issues.map(issueText).join("; ")) });
      return;
    }
    await saveGuidelines(checked.value);
    setGuidelines(checked.value);
    setSave({ kind: "saved", text: t("optSaved") });
  };

  return { guidelines, managed, save, update, replace: (next: Guidelines) => update(() => next) };
}
