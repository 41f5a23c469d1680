import { send } from "../platform/messaging";
import { MAX_TEXT_LENGTH } from "../shared/comment";
import type { DraftCheck } from "../shared/replies";
import { visibleText } from "../sites/dom-text";
import { checkLabel } from "../ui/check-label";
import { draftContext } from "../ui/draft-context";
import type { TrackedComment } from "./comment-registry";
import { DraftDescription } from "./draft-description";
import type { Feature, PageContext } from "./feature";
import { FloatingUi } from "./floating-ui";
import { preloadViews } from "./in-page-ui";
import { latestDraft } from "./recent-drafts";
import { entryOf, tabAfter } from "./tab-after";
import { UI_ATTRIBUTE } from "./ui-attribute";

/** Wait this long after the last keystroke before checking: a check per key would only flicker. */
const QUIET_MS = 300;

const EDITOR = '[contenteditable="true"], [contenteditable="plaintext-only"], textarea';

function editorOf(target: EventTarget | null): HTMLElement | undefined {
  if (!(target instanceof Element) || target.closest(`[${UI_ATTRIBUTE}]`)) return undefined;
  const editor = target.closest(EDITOR);
  return editor instanceof HTMLElement ? editor : undefined;
}

const textOf = (editor: HTMLElement) =>
  editor instanceof HTMLTextAreaElement ? editor.value : visibleText(editor).replace(/\n{3,}/g, "\n\n");

/** The comment a reply box answers: the one around it, or (X's dialog) the one Gelassen last drafted for. */
function answeredComment(page: PageContext, editor: Element): TrackedComment | undefined {
  const container = page.adapter.commentOf(editor);
  const key = page.comments.keyOf(container) ?? latestDraft()?.key;
  return key ? page.comments.get(key) : undefined;
}

/**
 * The live check of the user's own draft: while they type into a reply box, a small indicator beside it says
 * whether the draft is calm and within the guidelines; a click lists what to fix.
 */
export const draftCheck: Feature = {
  name: "draft-check",
  init(page, signal) {
    const ui = new FloatingUi("draft-check");
    const description = new DraftDescription();
    let timer = 0;
    let current: HTMLElement | undefined;
    let asked = 0;

    const show = (editor: HTMLElement, check: DraftCheck) => {
      const label = checkLabel(check);
      ui.show((views) => views.draftIndicator(check, label), editor);
      description.describe(editor, label);
    };
    const close = () => {
      ui.close();
      description.clear();
    };

    const run = async (editor: HTMLElement) => {
      // The worker checks no more than the extension reads of a comment: a longer draft is checked up to there.
      const text = textOf(editor).trim().slice(0, MAX_TEXT_LENGTH);
      if (!text) return close();
      const tracked = answeredComment(page, editor);
      const ticket = ++asked;
      const result = await send("draft/check", {
        text,
        context: draftContext(tracked?.snapshot, tracked?.assessment, page.site),
      });
      if (ticket !== asked || !editor.isConnected || current !== editor) return;
      if (result.ok) show(editor, result.value.check);
    };

    // Right after the reply box for the keyboard: one Tab from the draft to its verdict, Shift+Tab back.
    tabAfter(ui, { anchor: () => (current?.isConnected ? current : undefined) }, signal);
    page.events.on(
      "command",
      ({ command, answer }) => {
        if (command !== "check-draft") return;
        const root = ui.host.shadowRoot;
        const inside = ui.open && root?.activeElement;
        // The shortcut goes back and forth: from the reply box to its verdict, and from the verdict back.
        const target = inside ? current : ui.open ? entryOf(ui) : undefined;
        if (target?.isConnected) {
          target.focus();
          answer(true);
        }
      },
      signal,
    );

    // The indicator goes with its reply box: when the site removes the box (posted, cancelled), it closes.
    const sweep = window.setInterval(() => {
      if (ui.open && !current?.isConnected) close();
    }, 1000);
    signal.addEventListener("abort", () => clearInterval(sweep), { once: true });

    document.addEventListener(
      "input",
      (event) => {
        const editor = editorOf(event.target);
        if (!editor) return;
        current = editor;
        // The indicator is drawn after a pause and the worker's check: time enough to fetch it.
        preloadViews();
        clearTimeout(timer);
        timer = window.setTimeout(() => void run(editor), QUIET_MS);
      },
      { capture: true, signal },
    );
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        close();
      },
      { once: true },
    );
  },
};
