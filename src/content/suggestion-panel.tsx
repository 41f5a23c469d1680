import type { Suggestion } from "../shared/replies";
import { Panel } from "../ui/panel";
import { contentActions, suggestionsFor } from "./content-actions";
import type { Feature } from "./feature";
import { FloatingUi } from "./floating-ui";

/**
 * The in-page panel: a click on a comment's marker opens its suggestions beside it, with the same card as the
 * popup. Escape, the close button or a second click on the marker closes it, and focus returns to the marker.
 */
export const suggestionPanel: Feature = {
  name: "suggestion-panel",
  init(page, signal) {
    const ui = new FloatingUi("panel");
    let openKey: string | undefined;
    let returnFocus: HTMLElement | undefined;

    const close = () => {
      ui.close();
      openKey = undefined;
      returnFocus?.focus();
    };

    page.events.on(
      "marker-activate",
      ({ key, marker }) => {
        if (openKey === key) return close();
        const tracked = page.comments.get(key);
        if (!tracked) return;
        openKey = key;
        returnFocus = marker;
        const actions = contentActions(page, tracked);
        const draw = (suggestions: Suggestion[] | "loading") =>
          ui.show(
            <Panel
              comment={tracked.snapshot}
              assessment={tracked.assessment}
              suggestions={suggestions}
              actions={actions}
              onClose={close}
            />,
            marker,
          );
        draw("loading");
        void suggestionsFor(tracked).then((suggestions) => {
          if (openKey === key) draw(suggestions);
        });
      },
      signal,
    );
    page.events.on("navigated", () => ui.open && close(), signal);
    signal.addEventListener("abort", () => ui.close(), { once: true });
  },
};
