import { useEffect, useRef, useState } from "preact/hooks";
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
  // Changes build on the newest guidelines, not on those of the last render: leaving a text field by clicking a
  // checkbox commits both before the page renders again, and the second change must not undo the first.
  const latest = useRef<Guidelines | undefined>(undefined);
  // A read from storage that began before this page's own last change would bring back what it replaced.
  const changes = useRef(0);
  useEffect(() => {
    const load = () => {
      const since = changes.current;
      return loadGuidelines().then((loaded) => {
        if (since !== changes.current) return;
        latest.current = loaded;
        setGuidelines(loaded);
      });
    };
    void load();
    void hasManagedGuidelines().then(setManaged);
    return watchGuidelines(() => void load());
  }, []);

  const update = async (change: (current: Guidelines) => Guidelines) => {
    const base = latest.current;
    if (!base || managed) return;
    // The same check as an import, so the options page and a file name a wrong value the same way.
    const checked = parseGuidelinesImport(exportGuidelines(change(base)), base);
    if (!checked.ok) {
      setSave({ kind: "error", text: t("optInvalid", checked.issues.map(issueText).join("; ")) });
      return;
    }
    changes.current += 1;
    latest.current = checked.value;
    setGuidelines(checked.value);
    await saveGuidelines(checked.value);
    setSave({ kind: "saved", text: t("optSaved") });
  };

  return { guidelines, managed, save, update, replace: (next: Guidelines) => update(() => next) };
}
