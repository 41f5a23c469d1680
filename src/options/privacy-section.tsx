import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../platform/i18n";
import { send } from "../platform/messaging";
import { loadSettings, updateSettings, watchSettings } from "../platform/storage";
import { type Settings, THREAD_RETENTION_RANGE, withThreadRetention } from "../shared/settings";
import { NumberField } from "./fields";
import { ForgetDialog } from "./forget-dialog";

type Status = { kind: "ok" | "error"; text: string };

/**
 * What Gelassen keeps about other people, and the user's say over it: how long the histories of unwatched posts
 * are kept, and a way to forget everything at once. `onForgotten` lets the page reload what it shows of the log.
 */
export function PrivacySection({ onForgotten }: { onForgotten: () => void }) {
  const [settings, setSettings] = useState<Settings>();
  const [retention, setRetention] = useState<Status>();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [forgotten, setForgotten] = useState<Status>();
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const commitRetention = (days: number) => {
    const { min, max } = THREAD_RETENTION_RANGE;
    if (!Number.isInteger(days) || days < min || days > max) {
      setRetention({ kind: "error", text: t("optThreadRetentionInvalid", [String(min), String(max)]) });
      return;
    }
    updateSettings((current) => withThreadRetention(current, days)).then(
      () => setRetention({ kind: "ok", text: t("optSaved") }),
      (error) => setRetention({ kind: "error", text: t("optSaveFailed", String(error?.message ?? error)) }),
    );
  };

  // Back to the button that opened the dialog once the dialog is gone (while it is modal, the page is inert).
  const wasAsking = useRef(false);
  useEffect(() => {
    if (wasAsking.current && !asking) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  const close = () => setAsking(false);
  const forget = async () => {
    setBusy(true);
    const result = await send("data/forget", {});
    setBusy(false);
    close();
    if (!result.ok) {
      setForgotten({ kind: "error", text: t("optForgetFailed", result.error) });
      return;
    }
    const { threads, deletions, reminders } = result.value;
    setForgotten({ kind: "ok", text: t("optForgotten", [String(threads), String(deletions), String(reminders)]) });
    onForgotten();
  };

  return (
    <section class="card" aria-labelledby="data-title">
      <h2 id="data-title">{t("optDataTitle")}</h2>
      <p class="muted">{t("optDataHelp")}</p>
      <NumberField
        id="thread-retention"
        label={t("optThreadRetention")}
        min={THREAD_RETENTION_RANGE.min}
        max={THREAD_RETENTION_RANGE.max}
        value={settings?.threadRetentionDays ?? 30}
        disabled={!settings}
        onCommit={commitRetention}
      />
      <p class="help">{t("optThreadRetentionHelp")}</p>
      <p class="data-state" role="status" data-kind={retention?.kind}>
        {retention?.text ?? ""}
      </p>

      <div class="actions">
        <button type="button" class="button danger" ref={opener} onClick={() => setAsking(true)}>
          {t("optForget")}
        </button>
      </div>
      <p class="help">{t("optForgetHelp")}</p>
      <p class="data-state" role="status" data-kind={forgotten?.kind}>
        {forgotten?.text ?? ""}
      </p>
      {asking && <ForgetDialog busy={busy} onConfirm={forget} onCancel={close} />}
    </section>
  );
}
