import type { Feature } from "./feature";

/** Marks the document while Gelassen works on it, so the page (and the tests) can tell it is active. */
export const ACTIVE_ATTRIBUTE = "data-gelassen-active";

export const presence: Feature = {
  name: "presence",
  init(page, signal) {
    const root = document.documentElement;
    root.setAttribute(ACTIVE_ATTRIBUTE, page.site);
    signal.addEventListener("abort", () => root.removeAttribute(ACTIVE_ATTRIBUTE), { once: true });
  },
};
