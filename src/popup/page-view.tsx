import { useEffect, useMemo, useState } from "preact/hooks";
import { t } from "../platform/i18n";
import type { PageComment } from "../shared/page-messages";
import { CommentCard } from "../ui/comment-card";
import { popupActions } from "./page-actions";
import { useSuggestions } from "./use-suggestions";

/** How many comments the list shows before "show more"; the most urgent come first. */
const PAGE_SIZE = 20;
/** Suggestions are composed for this many of the most urgent comments at once; the rest on request. */
const OPEN_AT_START = 3;

export function byUrgency(comments: readonly PageComment[]): PageComment[] {
  return comments
    .filter(({ comment }) => !comment.byPageOwner)
    .sort((a, b) => (b.assessment?.priority ?? -1) - (a.assessment?.priority ?? -1));
}

/** Rules 3 and 4 in the popup: the page's comments, most urgent first, each with its reply suggestions. */
export function PageView({ tabId, comments }: { tabId: number; comments: readonly PageComment[] }) {
  const [shown, setShown] = useState(PAGE_SIZE);
  const ordered = useMemo(() => byUrgency(comments), [comments]);
  const [open, setOpen] = useState<Set<string>>(new Set());
  useEffect(() => {
    setOpen((current) =>
      current.size
        ? current
        : new Set(ordered.slice(0, OPEN_AT_START).map(({ comment }) => `${comment.site}:${comment.id}`)),
    );
  }, [ordered]);
  const suggestions = useSuggestions(ordered.filter(({ comment }) => open.has(`${comment.site}:${comment.id}`)));

  // No comment at all is said once, by the status line ("no comments on this post yet"); a second sentence
  // here used to contradict it. Only the page's own comments is a different thing and says so.
  if (!ordered.length) return comments.length ? <p class="muted empty">{t("pageNoComments")}</p> : null;
  const opened = ordered.filter(({ comment }) => open.has(`${comment.site}:${comment.id}`));
  const preparing = opened.some(({ comment }) => !suggestions.has(`${comment.site}:${comment.id}`));
  // One announcement for the list, not one per card: three cards open at once would talk over each other.
  const heard = !opened.length
    ? ""
    : preparing
      ? t("suggestionsLoading")
      : t("suggestionsReadyPage", String(opened.length));
  return (
    <section aria-label={t("commentsTitle")}>
      <h2 class="section-title">{t("commentsTitle")}</h2>
      <p class="visually-hidden" role="status" data-announce="suggestions">
        {heard}
      </p>
      {ordered.slice(0, shown).map(({ comment, assessment }) => {
        const key = `${comment.site}:${comment.id}`;
        return (
          <CommentCard
            key={key}
            comment={comment}
            assessment={assessment}
            suggestions={open.has(key) ? (suggestions.get(key) ?? "loading") : "collapsed"}
            actions={popupActions(tabId, comment, assessment)}
            showText
            announce={false}
            onExpand={() => setOpen(new Set([...open, key]))}
          />
        );
      })}
      {ordered.length > shown && (
        <button type="button" class="button more" onClick={() => setShown(shown + PAGE_SIZE)}>
          {t("showMore", String(Math.min(PAGE_SIZE, ordered.length - shown)))}
        </button>
      )}
    </section>
  );
}
