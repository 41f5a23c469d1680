import { useEffect, useState } from "preact/hooks";
import { t } from "../platform/i18n";
import { send } from "../platform/messaging";

/**
 * Removals the deletion log has not taken although the worker tried: said plainly wherever the user looks (the
 * popup, the options page), since a log that silently misses entries is worse than none.
 */
export function UnsavedRemovals() {
  const [unsaved, setUnsaved] = useState<{ count: number; error?: string }>();
  useEffect(() => {
    void send("deletions/unsaved", {}).then((result) => result.ok && setUnsaved(result.value));
  }, []);
  if (!unsaved?.count) return null;
  return (
    <p class="status" data-kind="error" role="alert" data-gelassen-unsaved="">
      {t("unsavedRemovals", [String(unsaved.count), unsaved.error ?? "?"])}
    </p>
  );
}
