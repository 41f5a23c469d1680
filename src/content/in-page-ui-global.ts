import type { InPageViews } from "./in-page-views";

/**
 * Where content-ui.js leaves the in-page views for the content script: a global of the extension's own isolated
 * world (the page's scripts have their own globals and never see it), shared by every script Gelassen puts into
 * the frame. A file of its own so the UI bundle takes nothing else from the content script.
 */
export const VIEWS_GLOBAL = "gelassenInPageViews";

export type ViewsScope = { [VIEWS_GLOBAL]?: InPageViews };
