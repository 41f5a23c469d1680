import { type GuardDecision, guardDecision, overridesAdvice, RELEASE_SECONDS } from "../monitor/guard";
import { t } from "../platform/i18n";
import { loadGuidelines, watchGuidelines } from "../platform/storage";
import { DEFAULT_GUIDELINES, type Guidelines } from "../shared/guidelines";
import type { DeletionAction } from "../shared/monitor";
import type { MenuAction } from "../sites/site-adapter";
import { violationLabel } from "../ui/labels";
import type { TrackedComment } from "./comment-registry";
import { contentActions, suggestionsFor } from "./content-actions";
import type { Feature, PageContext } from "./feature";
import { FloatingUi } from "./floating-ui";
import { preloadViews } from "./in-page-ui";
import { MARKER_ATTRIBUTE } from "./marker-element";
import { deletionEntry, PendingRemoval } from "./removal-log";
import { UI_ATTRIBUTE } from "./ui-attribute";

const REMOVALS: readonly MenuAction[] = ["delete", "hide", "remove"];

/**
 * After the dialog, the focus goes back where the user was: the menu item that opened it, else (the site closed
 * its menu) the comment's menu button, else the comment's marker. Never left on the page's <body>.
 */
function giveFocusBack(page: PageContext, tracked: TrackedComment, item: Element): void {
  // The comment's element as Gelassen itself keeps it (a page may rewrite any attribute).
  const comment = tracked.element.isConnected ? tracked.element : page.comments.elementOf(tracked.key);
  const marker = comment?.querySelector(`[${MARKER_ATTRIBUTE}]`)?.shadowRoot?.querySelector("button");
  const candidates = [item, comment && page.adapter.menuButton(comment), marker];
  for (const candidate of candidates) {
    if (!(candidate instanceof HTMLElement) || !candidate.isConnected || candidate.getClientRects().length === 0)
      continue;
    candidate.focus();
    if (candidate.matches(":focus")) return;
  }
}
const isRemoval = (action: MenuAction | undefined): action is DeletionAction => REMOVALS.includes(action as MenuAction);

/**
 * Rule 1 on the site itself: a Delete, Hide or Remove chosen in the site's own menu for a comment Gelassen says
 * to keep is held (in the capture phase, before the site sees it) and a calm dialog offers replies instead.
 * After the cool-down the user may repeat the action normally. A comment that only looks abusive is asked about
 * once, with no cool-down; if the user goes ahead, the chosen item is chosen again for them. Real violations pass
 * with a note, and every removal that passes is logged. Other menu items (Report, Edit, Copy link) are never
 * touched.
 */
export const deleteGuard: Feature = {
  name: "delete-guard",
  init(page, signal) {
    const dialog = new FloatingUi("guard", { "data-gelassen-guard": "" });
    const note = new FloatingUi("guard-note");
    const released = new Map<string, number>();
    const pending = new PendingRemoval(() => page.adapter.confirmButton(document) !== undefined);
    let guard: Guidelines["guard"] = DEFAULT_GUIDELINES.guard;
    let menuFor: string | undefined;
    let noteTimer = 0;
    /** Set while Gelassen itself chooses a menu item again for the user (after asking): its own click. */
    let choosingAgain = false;
    /**
     * What the user's last key press on a menu item decided. The browser turns Enter on a button into a click of
     * its own, and sites turn it into theirs: either is the same choice, decided once (see onActivate).
     */
    let keyed: { item: Element; held: boolean } | undefined;

    const refresh = () => void loadGuidelines().then((guidelines) => (guard = guidelines.guard));
    refresh();
    signal.addEventListener("abort", watchGuidelines(refresh), { once: true });

    const showNote = (anchor: Element, text: string) => {
      note.show((views) => views.guardNote(text), anchor);
      clearTimeout(noteTimer);
      noteTimer = window.setTimeout(() => note.close(), 6000);
    };

    /** `item`: the menu item that was chosen, to choose again when the user goes ahead after being asked. */
    const hold = (
      tracked: TrackedComment,
      decision: Exclude<GuardDecision, { kind: "allow" }>,
      action: DeletionAction,
      item: Element,
    ) => {
      const inPage = contentActions(page, tracked);
      // Answering instead of deleting: once the reply is in the site's box, the dialog has done its work.
      const actions = {
        ...inPage,
        insert: async (text: string, suggestion: Parameters<typeof inPage.insert>[1]) => {
          const result = await inPage.insert(text, suggestion);
          if (result.ok) dialog.close();
          return result;
        },
      };
      const draw = (suggestions: Awaited<ReturnType<typeof suggestionsFor>> | undefined) =>
        dialog.show(
          (views) =>
            views.guardDialog({
              decision,
              action,
              assessed: tracked.assessment !== undefined,
              suggestions,
              actions,
              onRelease: () => {
                released.set(tracked.key, Date.now() + RELEASE_SECONDS * 1000);
                dialog.close();
                giveFocusBack(page, tracked, item);
                // Asked and answered: the removal goes on, if the site's menu is still open to take it.
                if (decision.kind === "ask" && item.isConnected && item instanceof HTMLElement) chooseAgain(item);
                else showNote(tracked.element, t("guardUnlocked"));
              },
              onClose: () => {
                dialog.close();
                giveFocusBack(page, tracked, item);
              },
            }),
          tracked.element,
        );
      draw(undefined);
      void suggestionsFor(tracked).then((suggestions) => dialog.open && draw(suggestions));
    };

    const chooseAgain = (item: HTMLElement) => {
      choosingAgain = true;
      try {
        item.click();
      } finally {
        choosingAgain = false;
      }
    };

    /** Keeps the site from seeing the event: the removal does not happen. */
    const stop = (event: Event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };

    /** A removal chosen in the menu of the comment with `key`: hold it, or let it pass and log it. */
    const decide = (event: Event, key: string, action: DeletionAction, item: Element): boolean => {
      const tracked = page.comments.get(key);
      if (!tracked) return false;
      const until = released.get(key);
      if (until !== undefined && until > Date.now()) {
        released.delete(key);
        pending.start(deletionEntry(tracked, action, overridesAdvice(tracked.assessment)));
        return false;
      }
      const decision = guardDecision(tracked.assessment, action, guard);
      if (decision.kind !== "allow") {
        // Held before the site's own handler runs; the site's menu stays as it was for everything else.
        stop(event);
        hold(tracked, decision, action, item);
        return true;
      }
      pending.start(deletionEntry(tracked, action, false));
      const kinds = decision.violations.filter((kind) => kind !== "profanity").map(violationLabel);
      if (kinds.length) showNote(tracked.element, t("guardAllowedNote", kinds.join(", ")));
      return false;
    };

    /**
     * A click or key press the user did not make (a page script's `click()` or `dispatchEvent`): it neither opens
     * a menu for the guard, nor confirms, nor releases, nor is logged. A removal it chooses is held silently —
     * which comment's menu it came from is the page's word, so it is not taken — except the click a site makes of
     * the user's own key press, which goes the way that key press went, and Gelassen's own choosing again.
     */
    const onUntrusted = (event: Event, target: Element) => {
      const item = page.adapter.menuItems(document).find((candidate) => candidate.element.contains(target));
      if (!item || !isRemoval(item.action)) return;
      if (keyed?.item === item.element && !keyed.held) return;
      stop(event);
    };

    const onActivate = (event: Event) => {
      const target = event.composedPath()[0];
      if (!(target instanceof Element) || target.closest(`[${UI_ATTRIBUTE}]`)) return;
      // Gelassen's own choosing again is the user's "go ahead", and is decided (released, logged) as such.
      if (!event.isTrusted && !choosingAgain) return onUntrusted(event, target);
      const previous = keyed;
      keyed = undefined;
      const comment = page.adapter.commentOf(target);
      if (comment && page.adapter.menuButton(comment)?.contains(target)) {
        menuFor = page.comments.keyOf(comment);
        // The hold itself needs nothing loaded; its dialog does, and a menu opened is when a removal may come.
        preloadViews();
        return;
      }
      if (page.adapter.confirmButton(document)?.contains(target)) {
        pending.confirmed();
        return;
      }
      const item = page.adapter.menuItems(document).find((candidate) => candidate.element.contains(target));
      if (!item || !isRemoval(item.action) || !menuFor) return;
      // Enter on a button is a keydown and then the browser's click: one choice, decided once.
      if (event.type === "click" && previous?.item === item.element) {
        keyed = previous;
        return;
      }
      const held = decide(event, menuFor, item.action, item.element);
      if (event.type === "keydown") keyed = { item: item.element, held };
    };

    document.addEventListener("click", onActivate, { capture: true, signal });
    document.addEventListener(
      "keydown",
      (event) => {
        if (event.key === "Enter" || event.key === " ") onActivate(event);
      },
      { capture: true, signal },
    );
    // Space clicks on keyup: the choice its keydown made is forgotten only after that click.
    document.addEventListener("keyup", () => setTimeout(() => (keyed = undefined)), { capture: true, signal });
    signal.addEventListener(
      "abort",
      () => {
        pending.settleNow();
        clearTimeout(noteTimer);
        dialog.close();
        note.close();
      },
      { once: true },
    );
  },
};
