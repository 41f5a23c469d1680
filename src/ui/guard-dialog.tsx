import { useEffect, useRef, useState } from "preact/hooks";
import type { GuardDecision } from "../monitor/guard";
import { t } from "../platform/i18n";
import type { DeletionAction } from "../shared/monitor";
import type { Suggestion } from "../shared/replies";
import { cycleFocus } from "./focus-steps";
import { quoted } from "./labels";
import { type SuggestionActions, SuggestionList } from "./suggestion-item";

type Props = {
  /** Held with a cool-down (criticism, or not assessed yet), or asked about once (it only looks abusive). */
  decision: Exclude<GuardDecision, { kind: "allow" }>;
  action: DeletionAction;
  assessed: boolean;
  suggestions: Suggestion[] | undefined;
  actions: SuggestionActions;
  /** The user waited out the cool-down (or, asked, decided) and chose to go ahead. */
  onRelease: () => void;
  onClose: () => void;
};

/**
 * Rule 1 at the moment of deletion: the site's Delete is held, the dialog says why deleting criticism
 * backfires and offers replies instead. "Delete anyway" unlocks after the cool-down. A comment that only looks
 * abusive gets one question instead, with no cool-down: does it break the netiquette? Remove it, or keep it and
 * answer. A modal dialog: Tab and Shift+Tab stay inside, Escape closes it (the feature returns the focus).
 */
export function GuardDialog({ decision, action, assessed, suggestions, actions, onRelease, onClose }: Props) {
  const ask = decision.kind === "ask";
  const words = ask ? quoted(decision.words) : "";
  const cooldownSeconds = decision.kind === "hold" ? decision.cooldownSeconds : 0;
  const [left, setLeft] = useState(cooldownSeconds);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.focus();
    if (cooldownSeconds <= 0) return;
    const started = Date.now();
    const timer = setInterval(() => {
      const remaining = Math.max(0, cooldownSeconds - Math.floor((Date.now() - started) / 1000));
      setLeft(remaining);
      if (remaining === 0) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [cooldownSeconds]);

  return (
    <div
      class="guard"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="guard-title"
      aria-describedby={cooldownSeconds > 0 ? "guard-why guard-wait" : "guard-why"}
      tabIndex={-1}
      ref={dialog}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.stopPropagation();
          onClose();
        } else if (dialog.current && cycleFocus(event, dialog.current)) event.stopPropagation();
      }}
    >
      <h2 id="guard-title" class="guard-title">
        {decision.kind === "hold"
          ? t("guardTitle", t(`nature_${decision.nature}`))
          : words
            ? t("guardReviewTitle", words)
            : t("guardReviewTitlePlain")}
      </h2>
      <p id="guard-why" class="guard-why">
        {ask ? t("guardReviewWhy") : assessed ? t("guardWhy") : `${t("guardNotAssessed")} ${t("guardWhy")}`}
      </p>
      {cooldownSeconds > 0 && (
        // Said once with the dialog; the button's own count changes every second and is not announced.
        <p id="guard-wait" class="visually-hidden">
          {t("guardWaitNote", String(cooldownSeconds))}
        </p>
      )}
      <p class="visually-hidden" role="status" data-announce="guard">
        {cooldownSeconds > 0 && left === 0 ? t("guardReleasedNow") : ""}
      </p>
      <div class="actions guard-actions">
        <button type="button" class="button primary" onClick={onClose}>
          {t("guardKeep")}
        </button>
        <button type="button" class="button" disabled={left > 0} onClick={onRelease} data-gelassen-release="">
          {ask ? t(`guardGo_${action}`) : left > 0 ? t("guardDeleteIn", String(left)) : t("guardDeleteAnyway")}
        </button>
      </div>
      {suggestions && suggestions.length > 0 && (
        <section class="suggestions" aria-label={t("suggestionsTitle")}>
          <p class="guard-instead">{t("guardInstead")}</p>
          <SuggestionList suggestions={suggestions} actions={actions} />
        </section>
      )}
    </div>
  );
}
