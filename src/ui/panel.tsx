import { useEffect, useRef } from "preact/hooks";
import { t } from "../platform/i18n";
import type { Assessment } from "../shared/assessment";
import type { CommentSnapshot } from "../shared/comment";
import type { Suggestion } from "../shared/replies";
import { CommentCard } from "./comment-card";
import type { SuggestionActions } from "./suggestion-item";

type Props = {
  comment: CommentSnapshot;
  assessment: Assessment | undefined;
  suggestions: Suggestion[] | "loading";
  actions: SuggestionActions;
  onClose: () => void;
};

/** The in-page panel beside a comment: the same card as in the popup. Escape closes it. */
export function Panel({ comment, assessment, suggestions, actions, onClose }: Props) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => root.current?.focus(), []);
  return (
    <div
      class="panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby="panel-title"
      tabIndex={-1}
      ref={root}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="panel-head">
        <h2 id="panel-title" class="panel-title">
          {t("panelTitle")}
        </h2>
        <button type="button" class="close" aria-label={t("actionClose")} onClick={onClose}>
          ×
        </button>
      </div>
      <CommentCard
        comment={comment}
        assessment={assessment}
        suggestions={suggestions}
        actions={actions}
        showText={false}
      />
    </div>
  );
}
