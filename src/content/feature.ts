import type { SiteId } from "../shared/sites";

/**
 * One feature of the content script. `init` runs when Gelassen starts on the page and must undo everything it
 * did when `signal` aborts (the site was switched off): listeners, observers, UI and attributes.
 */
export type Feature = {
  name: string;
  init: (page: PageContext, signal: AbortSignal) => void;
};

export type PageContext = {
  site: SiteId;
  /** Counters the popup shows; features add to them. */
  counts: { found: number; read: number; assessed: number };
  /** Selector groups that matched nothing on this page. */
  missing: Set<string>;
};
