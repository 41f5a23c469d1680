import { send } from "../platform/messaging";
import { VIEWS_GLOBAL, type ViewsScope } from "./in-page-ui-global";
import type { InPageViews } from "./in-page-views";

const scope = globalThis as ViewsScope;
let loading: Promise<InPageViews> | undefined;

/** The in-page views if content-ui.js is already in this frame; else undefined (nothing is asked for). */
export function loadedViews(): InPageViews | undefined {
  return scope[VIEWS_GLOBAL];
}

/**
 * The in-page views (panel, guard dialog, draft indicator), loaded on their first use: most pages never open
 * one, so the content script every page loads leaves them out. The worker puts content-ui.js into this frame
 * (`in-page-ui/load`); it registers in this isolated world. A failed load is not kept: the next use asks again.
 */
export function loadViews(): Promise<InPageViews> {
  const loaded = loadedViews();
  if (loaded) return Promise.resolve(loaded);
  loading ??= send("in-page-ui/load", {}).then((result) => {
    const views = loadedViews();
    if (views) return views;
    loading = undefined;
    throw new Error(result.ok ? "content-ui.js did not register its views" : result.error);
  });
  return loading;
}

/**
 * Starts loading the views when the user is about to need them (a pointer over a marker, a comment's menu
 * opened, a reply being typed), so the first panel or dialog appears as soon as the second one would.
 */
export function preloadViews(): void {
  if (loadedViews()) return;
  loadViews().catch((error) => console.error("Gelassen could not load its in-page UI", error));
}
