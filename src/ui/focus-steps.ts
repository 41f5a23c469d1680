// Where Tab goes in Gelassen's own floating UI. The UI lives in a Shadow DOM appended at the end of the page, so
// the browser's own order would take the user from the panel to the top of the page; these helpers let the
// features put it where it belongs (after its marker, after the reply box) or keep it inside a modal dialog.

const CANDIDATES = "button, [href], input, select, textarea, summary, [tabindex]";

/** The elements inside `container` that Tab stops at, in order (Gelassen's UI uses no positive tabindex). */
export function tabStops(container: ParentNode): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(CANDIDATES)].filter(
    (element) =>
      element.tabIndex >= 0 &&
      !(element as HTMLButtonElement).disabled &&
      !element.closest("[inert], [hidden]") &&
      element.getClientRects().length > 0,
  );
}

/** The focused element inside the tree `node` belongs to (a shadow root's own, not the retargeted host). */
export function focusedIn(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot || root instanceof Document ? root.activeElement : null;
}

/**
 * Keeps Tab and Shift+Tab inside `container` (a modal dialog): past the last stop to the first, before the first
 * (or from the dialog itself) to the last. True when it moved the focus.
 */
export function cycleFocus(event: KeyboardEvent, container: HTMLElement): boolean {
  if (event.key !== "Tab" || event.altKey || event.ctrlKey || event.metaKey) return false;
  const stops = tabStops(container);
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) {
    event.preventDefault();
    container.focus();
    return true;
  }
  const focused = focusedIn(container);
  const outside = !focused || !stops.includes(focused as HTMLElement);
  if (event.shiftKey && (outside || focused === first)) {
    event.preventDefault();
    last.focus();
    return true;
  }
  if (!event.shiftKey && (outside || focused === last)) {
    event.preventDefault();
    first.focus();
    return true;
  }
  return false;
}
