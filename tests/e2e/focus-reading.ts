// Where the focus is, read inside the page: shared by the Chromium keyboard tests (Playwright) and the Firefox
// suite (Puppeteer), so it imports nothing. Focus inside Gelassen's UI is inside a Shadow DOM: what counts there
// is the shadow root's activeElement.

/** Where the focus is, looking into shadow roots: which Gelassen UI (if any), and what the element is. */
export type Focus = {
  /** "marker", or the floating UI's kind ("panel", "guard", "draft-check"); undefined on the page itself. */
  ui: string | undefined;
  /** The comment (data-gelassen-id) the focused element or its marker sits in. */
  comment: string | undefined;
  tag: string;
  text: string;
  /** The site's own markers on the element: data-fixture, data-fixture-action. */
  fixture: string | undefined;
  action: string | undefined;
  /** The focused element is the root of a dialog (role dialog or alertdialog). */
  dialog: boolean;
  editor: boolean;
};

/** Runs in the page (pass it to page.evaluate). */
export function readFocus(): Focus {
  let element = document.activeElement;
  let host: Element | undefined;
  while (element?.shadowRoot?.activeElement) {
    host = element;
    element = element.shadowRoot.activeElement;
  }
  const ui = host?.hasAttribute("data-gelassen-marker") ? "marker" : host?.getAttribute("data-gelassen-ui");
  const inPage = host ?? element;
  return {
    ui: ui ?? undefined,
    comment: inPage?.closest("[data-gelassen-id]")?.getAttribute("data-gelassen-id") ?? undefined,
    tag: element?.tagName.toLowerCase() ?? "",
    text: (element?.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 80),
    fixture: element?.getAttribute("data-fixture") ?? undefined,
    action: element?.getAttribute("data-fixture-action") ?? undefined,
    dialog: /dialog/.test(element?.getAttribute("role") ?? ""),
    editor: (element as HTMLElement | null)?.isContentEditable ?? false,
  };
}
