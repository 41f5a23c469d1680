import { useEffect, useState } from "preact/hooks";
import { t } from "../platform/i18n";
import type { Result } from "../shared/messages";
import type { DraftCheck, Suggestion } from "../shared/replies";
import { CheckSummary } from "./check-summary";

export type SuggestionActions = {
  /** Puts the text into the comment's reply box; the suggestion says what it promises (a holding reply's time). */
  insert: (text: string, suggestion: Suggestion) => Promise<Result<unknown>>;
  check: (text: string) => Promise<DraftCheck | undefined>;
};

type Status = { kind: "ok" | "error"; text: string } | undefined;

const strategyKey = (suggestion: Suggestion) => `strategy_${suggestion.strategy.replaceAll("-", "_")}`;

/** The text with the parts the user must fill in marked, as text nodes only. */
function withPlaceholders(suggestion: Suggestion) {
  const parts = [];
  let at = 0;
  for (const { start, end } of [...suggestion.placeholders].sort((a, b) => a.start - b.start)) {
    if (start < at || end > suggestion.text.length) continue;
    parts.push(suggestion.text.slice(at, start), <mark key={start}>{suggestion.text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(suggestion.text.slice(at));
  return parts;
}

/** One suggestion: read it, insert it, copy it, or edit it first (with the live check). */
export function SuggestionItem({ suggestion, actions }: { suggestion: Suggestion; actions: SuggestionActions }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(suggestion.text);
  const [check, setCheck] = useState<DraftCheck>(suggestion.check);
  const [status, setStatus] = useState<Status>();

  useEffect(() => {
    if (!editing) return;
    const timer = setTimeout(() => actions.check(draft).then((next) => next && setCheck(next)), 250);
    return () => clearTimeout(timer);
  }, [draft, editing, actions]);

  const title = suggestion.title ?? t(strategyKey(suggestion));
  if (!suggestion.insertable) {
    return (
      <li class="suggestion suggestion-advice" data-strategy={suggestion.strategy}>
        <div class="suggestion-head">
          <span class="strategy">{title}</span>
        </div>
        <p class="suggestion-text">{t(`${strategyKey(suggestion)}_advice`)}</p>
      </li>
    );
  }

  const insert = async () => {
    const result = await actions.insert(editing ? draft : suggestion.text, suggestion);
    setStatus(
      result.ok ? { kind: "ok", text: t("inserted") } : { kind: "error", text: t("insertFailed", result.error) },
    );
  };
  const copy = async () => {
    await navigator.clipboard.writeText(editing ? draft : suggestion.text);
    setStatus({ kind: "ok", text: t("copied") });
  };

  return (
    <li class="suggestion" data-strategy={suggestion.strategy}>
      <div class="suggestion-head">
        <span class="strategy">{title}</span>
        <CheckSummary check={editing ? check : suggestion.check} />
      </div>
      {editing ? (
        <textarea
          class="suggestion-editor"
          aria-label={title}
          value={draft}
          rows={Math.min(10, draft.split("\n").length + 2)}
          onInput={(event) => setDraft((event.target as HTMLTextAreaElement).value)}
        />
      ) : (
        <p class="suggestion-text">{withPlaceholders(suggestion)}</p>
      )}
      {suggestion.placeholders.length > 0 && <p class="hint">{t("placeholderHint")}</p>}
      <div class="actions">
        <button type="button" class="button primary" onClick={insert}>
          {editing ? t("actionInsertEdited") : t("actionInsert")}
        </button>
        <button type="button" class="button" onClick={copy}>
          {t("actionCopy")}
        </button>
        <button
          type="button"
          class="button"
          aria-pressed={editing}
          onClick={() => {
            setEditing(!editing);
            setDraft(suggestion.text);
            setCheck(suggestion.check);
          }}
        >
          {editing ? t("actionCancel") : t("actionEdit")}
        </button>
      </div>
      {status && (
        <p class="status" role="status" data-kind={status.kind}>
          {status.text}
        </p>
      )}
    </li>
  );
}

/** The suggestions for one comment, in the order the replies module gives them. */
export function SuggestionList({
  suggestions,
  actions,
}: {
  suggestions: readonly Suggestion[];
  actions: SuggestionActions;
}) {
  return (
    <ul class="suggestion-list">
      {suggestions.map((suggestion) => (
        <SuggestionItem
          key={`${suggestion.strategy}-${suggestion.savedReplyId ?? ""}`}
          suggestion={suggestion}
          actions={actions}
        />
      ))}
    </ul>
  );
}
