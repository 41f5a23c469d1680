import { t } from "../platform/i18n";
import type { Assessment } from "../shared/assessment";
import type { CommentSnapshot } from "../shared/comment";
import type { Suggestion } from "../shared/replies";
import { AssessmentChips } from "./chips";
import { DeleteAdvice } from "./delete-advice";
import { reasonText } from "./labels";
import { type SuggestionActions, SuggestionList } from "./suggestion-item";

type Props = {
  comment: CommentSnapshot;
  assessment: Assessment | undefined;
  /** "collapsed": a button shows them on request (`onExpand`). */
  suggestions: Suggestion[] | "loading" | "collapsed";
  actions: SuggestionActions;
  onExpand?: () => void;
  /** The popup shows one line of the text; the in-page panel sits beside the comment and needs none. */
  showText: boolean;
  /**
   * Whether this card tells a screen reader when its suggestions are being prepared and when they arrive. The
   * popup says it once for the whole list instead of once per card.
   */
  announce?: boolean;
};

/** A comment with its assessment, the deletion advice and the reply suggestions. Text is only ever text. */
export function CommentCard({ comment, assessment, suggestions, actions, showText, onExpand, announce = true }: Props) {
  const author = comment.byPageOwner ? t("commentByCompany") : (comment.author.name ?? t("commentUnknownAuthor"));
  // A review's notice says why it looks abusive; the line above it need not say it again.
  const verdictWhy = assessment?.verdict === "review" ? [] : (assessment?.reasons ?? []);
  const why = assessment ? [...verdictWhy, ...assessment.roleReasons].map(reasonText).join(" · ") : undefined;
  return (
    <article class="comment-card" data-comment-key={`${comment.site}:${comment.id}`}>
      <header class="comment-head">
        <span class="comment-author">{author}</span>
        <AssessmentChips assessment={assessment} />
      </header>
      {showText && <p class="comment-text">{comment.text}</p>}
      {why && <p class="comment-why">{why}</p>}
      {assessment && <DeleteAdvice assessment={assessment} />}
      {!comment.byPageOwner && (
        <section class="suggestions" aria-label={t("suggestionsTitle")}>
          {suggestions === "collapsed" && (
            <button type="button" class="button" aria-expanded="false" onClick={onExpand}>
              {t("showSuggestions")}
            </button>
          )}
          <SuggestionsState suggestions={suggestions} announce={announce} />
          {Array.isArray(suggestions) && suggestions.length > 0 && (
            <SuggestionList suggestions={suggestions} actions={actions} />
          )}
        </section>
      )}
    </article>
  );
}

/**
 * "Preparing…", "none" or (for the ear only) "3 ready", in one element that stays in place from the first render:
 * a live region announces changes of its text, not an element that appears with its text already in it.
 */
function SuggestionsState({ suggestions, announce }: { suggestions: Props["suggestions"]; announce: boolean }) {
  const visible =
    suggestions === "loading" ? t("suggestionsLoading") : suggestions.length === 0 ? t("suggestionsNone") : "";
  const heard =
    Array.isArray(suggestions) && suggestions.length > 0 ? t("suggestionsReady", String(suggestions.length)) : "";
  return (
    <p class={visible ? "muted" : "visually-hidden"} role={announce ? "status" : undefined}>
      {visible || (announce ? heard : "")}
    </p>
  );
}
