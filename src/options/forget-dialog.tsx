import { useEffect, useRef } from "preact/hooks";
import { t } from "../platform/i18n";

type Props = { busy: boolean; onConfirm: () => void; onCancel: () => void };

/**
 * Asks before everything is forgotten. A modal `<dialog>`: the browser keeps focus inside it, Escape cancels,
 * and focus goes back to the button that opened it. "Cancel" comes first, so showModal gives it the focus and a reflexive
 * Enter forgets nothing.
 */
export function ForgetDialog({ busy, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      class="forget-dialog"
      aria-labelledby="forget-title"
      aria-describedby="forget-body"
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id="forget-title">{t("optForgetTitle")}</h2>
      <p id="forget-body">{t("optForgetBody")}</p>
      <div class="actions">
        <button type="button" class="button" disabled={busy} onClick={onCancel}>
          {t("optForgetCancel")}
        </button>
        <button type="button" class="button danger" disabled={busy} onClick={onConfirm}>
          {t("optForgetConfirm")}
        </button>
      </div>
    </dialog>
  );
}
