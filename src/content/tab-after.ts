import { focusedIn, tabStops } from "../ui/focus-steps";
import type { FloatingUi } from "./floating-ui";

type Options = {
  /** The element of the page the UI belongs after (a marker's button, a reply box); undefined when it is gone. */
  anchor: () => HTMLElement | undefined;
  /** Tab went past the UI's last stop: the focus is back on the anchor and the browser's Tab goes on from there. */
  leave?: () => void;
};

/** Where the focus goes into the UI: its first stop, else the element that holds the UI's words (tabindex -1). */
export function entryOf(ui: FloatingUi): HTMLElement | undefined {
  const root = ui.host.shadowRoot;
  if (!root) return undefined;
  return tabStops(root)[0] ?? root.querySelector<HTMLElement>("[tabindex]") ?? undefined;
}

/**
 * Puts a floating UI right after `anchor` in the keyboard's order, though it lives at the end of the document:
 * Tab on the anchor goes into the UI, Shift+Tab from the UI's start back to the anchor, and Tab past the UI's end
 * to what follows the anchor on the page (the browser moves on from the anchor, its own order there kept).
 */
export function tabAfter(ui: FloatingUi, { anchor, leave }: Options, signal: AbortSignal): void {
  document.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "Tab" || !ui.open || event.altKey || event.ctrlKey || event.metaKey) return;
      const root = ui.host.shadowRoot;
      const target = anchor();
      if (!root || !target) return;
      const path = event.composedPath();
      if (path.includes(target) && !event.shiftKey) {
        const entry = entryOf(ui);
        if (!entry) return;
        event.preventDefault();
        event.stopPropagation();
        entry.focus();
        return;
      }
      if (!path.includes(ui.host)) return;
      const stops = tabStops(root);
      const focused = focusedIn(root);
      const inStops = stops.includes(focused as HTMLElement);
      if (event.shiftKey && (!inStops || focused === stops[0])) {
        event.preventDefault();
        event.stopPropagation();
        target.focus();
      } else if (!event.shiftKey && (!stops.length || focused === stops.at(-1))) {
        // No preventDefault: with the focus on the anchor, the browser's Tab goes on to what follows it.
        target.focus();
        leave?.();
      }
    },
    { capture: true, signal },
  );
}
