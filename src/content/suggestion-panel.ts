import type { Suggestion } from "../shared/replies";
import { ID_ATTRIBUTE } from "./comment-attributes";
import { commentForShortcut } from "./comment-in-focus";
import { contentActions, suggestionsFor } from "./content-actions";
import type { Feature } from "./feature";
import { FloatingUi } from "./floating-ui";
import { preloadViews } from "./in-page-ui";
import { MARKER_ATTRIBUTE } from "./marker-element";
import { entryOf, tabAfter } from "./tab-after";

/** The button inside a marker's Shadow DOM: its host cannot take focus. */
const markerButton = (marker: Element | undefined) =>
  marker?.shadowRoot?.querySelector("button") ?? (marker instanceof HTMLElement ? marker : undefined);

/**
 * The in-page panel: a click on a comment's marker opens its suggestions beside it, with the same card as the
 * popup. Escape, the close button or a second click on the marker closes it, and focus returns to the marker;
 * a successful Insert closes it too, leaving the user in the site's reply box with the draft.
 *
 * For the keyboard the panel sits right after its marker, though it floats at the end of the document: Tab on
 * the marker goes into the panel, Shift+Tab from its start back to the marker, and Tab past its end closes it and
 * goes on to what follows the marker on the page.
 */
export const suggestionPanel: Feature = {
  name: "suggestion-panel",
  init(page, signal) {
    const ui = new FloatingUi("panel");
    let openKey: string | undefined;
    let returnFocus: HTMLElement | undefined;
    /** The open panel was drawn before its comment was assessed, and waits for the assessment. */
    let waiting = false;

    /** The open panel's marker, found again if the site re-rendered the row. */
    const currentMarker = () => (openKey && returnFocus ? anchorOf(openKey, returnFocus)() : undefined);
    const close = () => {
      const button = markerButton(currentMarker());
      ui.close();
      openKey = undefined;
      button?.focus();
    };

    /** The comment's marker, found again if the site re-rendered the row; else the comment itself. */
    const anchorOf = (key: string, marker: HTMLElement) => () => {
      if (marker.isConnected) return marker;
      const comment = page.comments.elementOf(key);
      return comment?.querySelector(`[${MARKER_ATTRIBUTE}]`) ?? comment ?? undefined;
    };

    const draw = (key: string, marker: HTMLElement) => {
      const tracked = page.comments.get(key);
      if (!tracked) return close();
      const inPage = contentActions(page, tracked);
      // Once the draft is in the site's reply box the panel's work is done: it gives the reply box the stage.
      const actions = {
        ...inPage,
        insert: async (text: string, suggestion: Suggestion) => {
          const result = await inPage.insert(text, suggestion);
          if (result.ok) {
            ui.close();
            openKey = undefined;
          }
          return result;
        },
      };
      const show = (suggestions: Suggestion[] | "loading") =>
        ui.show(
          (views) =>
            views.panel({
              comment: tracked.snapshot,
              assessment: tracked.assessment,
              suggestions,
              actions,
              onClose: close,
            }),
          anchorOf(key, marker),
        );
      show("loading");
      // Without an assessment there is nothing to suggest yet; the panel is drawn again when it arrives.
      waiting = !tracked.assessment;
      if (tracked.assessment) {
        void suggestionsFor(tracked).then((suggestions) => {
          if (openKey === key) show(suggestions);
        });
      }
    };

    page.events.on(
      "marker-activate",
      ({ key, marker }) => {
        if (openKey === key) return close();
        openKey = key;
        returnFocus = marker;
        draw(key, marker);
      },
      signal,
    );
    // The shortcut opens the panel of the comment in focus (or the nearest one), or goes into the open one.
    page.events.on(
      "command",
      ({ command, answer }) => {
        if (command !== "open-suggestions") return;
        const found = commentForShortcut(page);
        if (!found) return;
        answer(true);
        if (openKey === found.tracked.key) return entryOf(ui)?.focus();
        openKey = found.tracked.key;
        returnFocus = found.marker;
        draw(found.tracked.key, found.marker);
      },
      signal,
    );
    page.events.on(
      "assessed",
      ({ comments }) => {
        const arrived = comments.some((tracked) => tracked.key === openKey && tracked.assessment);
        if (waiting && arrived && openKey && returnFocus) draw(openKey, returnFocus);
      },
      signal,
    );
    page.events.on("navigated", () => ui.open && close(), signal);
    // A pointer on a comment, or the focus in one, is the moment to fetch the panel: on the way to its marker (or
    // menu) there is time to have it there by the click. Pages no one points at never load it.
    const nearComment = (event: Event) => {
      if (event.target instanceof Element && event.target.closest(`[${ID_ATTRIBUTE}]`)) preloadViews();
    };
    document.addEventListener("pointerover", nearComment, { passive: true, signal });
    document.addEventListener("focusin", nearComment, { signal });
    tabAfter(ui, { anchor: () => markerButton(currentMarker()), leave: close }, signal);
    // Escape closes the panel from its marker too (inside the panel, the panel itself hears it).
    document.addEventListener(
      "keydown",
      (event) => {
        const marker = currentMarker();
        if (event.key !== "Escape" || !ui.open || !marker || !event.composedPath().includes(marker)) return;
        event.stopPropagation();
        close();
      },
      { capture: true, signal },
    );
    signal.addEventListener("abort", () => ui.close(), { once: true });
  },
};
