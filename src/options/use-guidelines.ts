import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../platform/i18n";
import {
  hasManagedGuidelines,
  loadGuidelines,
  loadGuidelinesRepaired,
  saveGuidelines,
  watchGuidelines,
} from "../platform/storage";
import type { Guidelines } from "../shared/guidelines";
import { exportGuidelines, parseGuidelinesImport } from "../shared/guidelines-import";
import { issueText } from "./issue-text";

/** The last save and, for a failed one, the field the user was typing in (its id), to say it there. */
export type Save = { kind: "saved" | "error"; text: string; field?: string } | undefined;

/** The path of a repaired field, from a repair problem ("guard.cooldownSeconds: …, reset to the default"). */
const repairedField = (problem: string) => problem.split(":")[0] ?? problem;

/**
 * The stored guidelines and a way to change them: a change is validated against the schema and saved at once,
 * or refused with the reason (and the stored value stays as it was).
 */
export function useGuidelines() {
  const [guidelines, setGuidelines] = useState<Guidelines>();
  const [managed, setManaged] = useState(false);
  const [save, setSave] = useState<Save>();
  const [repaired, setRepaired] = useState<string[]>([]);
  // Changes build on the newest guidelines, not on those of the last render: leaving a text field by clicking a
  // checkbox commits both before the page renders again, and the second change must not undo the first.
  const latest = useRef<Guidelines | undefined>(undefined);
  // A read from storage that began before this page's own last change would bring back what it replaced.
  const changes = useRef(0);
  /** The field the user last typed in: a change is committed when they leave it, so focus has moved on. */
  const typedIn = useRef<string | undefined>(undefined);
  useEffect(() => {
    const note = (event: Event) => (typedIn.current = (event.target as HTMLElement).id || undefined);
    document.addEventListener("input", note, true);
    return () => document.removeEventListener("input", note, true);
  }, []);
  useEffect(() => {
    const take = (loaded: Guidelines) => {
      latest.current = loaded;
      setGuidelines(loaded);
    };
    const load = () => {
      const since = changes.current;
      return loadGuidelines().then((loaded) => since === changes.current && take(loaded));
    };
    const since = changes.current;
    void loadGuidelinesRepaired().then(({ value, problems }) => {
      if (since !== changes.current) return;
      take(value);
      setRepaired(problems.map(repairedField));
    });
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
    const field = typedIn.current;
    try {
      await saveGuidelines(checked.value);
    } catch (error) {
      // Storage full or failing: the field keeps what was typed, and says right there that it was not saved; the
      // next change builds on what is stored.
      if (latest.current === checked.value) latest.current = base;
      const reason = error instanceof Error ? error.message : String(error);
      setSave({ kind: "error", text: t("guidelinesSaveFailed", reason), field });
      return;
    }
    setGuidelines(checked.value);
    setRepaired([]);
    setSave({ kind: "saved", text: t("optSaved") });
  };

  return { guidelines, managed, save, repaired, update, replace: (next: Guidelines) => update(() => next) };
}
