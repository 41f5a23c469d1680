import { send } from "../platform/messaging";
import { visibleText } from "../sites/dom-text";
import type { Feature, PageContext } from "./feature";
import {
  draftEditors,
  forgetAllDrafts,
  forgetDraft,
  latestDraft,
  type RecentDraft,
  recentDraft,
} from "./recent-drafts";
import { UI_ATTRIBUTE } from "./ui-attribute";

const EDITOR = '[contenteditable="true"], textarea';

/** The comment a reply box answers: the comment around it, else (X's dialog) the one last drafted for. */
function draftFor(page: PageContext, editor: Element): Pick<RecentDraft, "key" | "text" | "followUpBy"> | undefined {
  const key = page.comments.keyOf(page.adapter.commentOf(editor));
  if (key) return recentDraft(key) ?? { key, text: "", followUpBy: undefined };
  return latestDraft();
}

/**
 * Notices when the user posts a reply with the site's own submit control (after Gelassen inserted it, or typed
 * it): the thread becomes watched, and a holding reply's promised time becomes a reminder.
 */
export const replyWatch: Feature = {
  name: "reply-watch",
  init(page, signal) {
    /** Reply boxes the user typed or Gelassen inserted into on this page. */
    const editors = new Set<Element>();

    const posted = (editor: Element) => {
      const draft = draftFor(page, editor);
      const tracked = draft ? page.comments.get(draft.key) : undefined;
      editors.delete(editor);
      if (!draft || !tracked) return;
      const { site, threadId } = tracked.snapshot;
      const firstLine =
        draft.text
          .split("\n")
          .find((line) => line.trim())
          ?.trim() ?? "";
      const stillHolding = draft.followUpBy && firstLine && visibleText(editor).includes(firstLine);
      const dueAt = draft.followUpBy ? Date.parse(draft.followUpBy) : Number.NaN;
      void send("thread/replied", {
        thread: { site, threadId, url: location.href.slice(0, 2000), title: document.title.slice(0, 300) },
        holding:
          stillHolding && Number.isFinite(dueAt)
            ? { dueAt, label: (tracked.snapshot.author.name ?? tracked.snapshot.author.handle ?? "").slice(0, 300) }
            : undefined,
      });
      forgetDraft(draft.key);
    };

    const submitted = (target: Element) => {
      for (const editor of new Set([...editors, ...draftEditors()])) {
        if (!editor.isConnected) {
          editors.delete(editor);
          continue;
        }
        const submit = page.adapter.submitFor(editor);
        if (submit?.contains(target) && page.adapter.isSubmitEnabled(submit)) return posted(editor);
      }
    };

    document.addEventListener(
      "input",
      (event) => {
        const editor = event.target instanceof Element ? event.target.closest(EDITOR) : null;
        if (editor && !editor.closest(`[${UI_ATTRIBUTE}]`)) editors.add(editor);
      },
      { capture: true, signal },
    );
    document.addEventListener(
      "click",
      (event) => {
        const target = event.composedPath()[0];
        if (target instanceof Element && !target.closest(`[${UI_ATTRIBUTE}]`)) submitted(target);
      },
      { capture: true, signal },
    );
    document.addEventListener(
      "keydown",
      (event) => {
        // Facebook posts a comment with Enter (Shift+Enter is a new line).
        if (event.key !== "Enter" || event.shiftKey || page.site !== "facebook") return;
        const editor = event.target instanceof Element ? event.target.closest(EDITOR) : null;
        const known = editor && (editors.has(editor) || draftEditors().includes(editor));
        if (editor && known && visibleText(editor).trim()) posted(editor);
      },
      { capture: true, signal },
    );
    signal.addEventListener("abort", forgetAllDrafts, { once: true });
  },
};
