import type { SiteId } from "../shared/sites";
import type { SiteAdapter } from "../sites/site-adapter";
import type { CommentRegistry } from "./comment-registry";
import type { Health } from "./health";
import type { PageEvents } from "./page-events";

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
  /** How to find and read this site's comments and reach its reply editor. */
  adapter: SiteAdapter;
  /** Every comment recognised on this page, by key, with its assessment once the worker has given one. */
  comments: CommentRegistry;
  /** Which selector groups found something; logs a group that finds nothing once. */
  health: Health;
  /** How the features tell each other what happened ("found", "assessed", "marker-activate", "navigated"). */
  events: PageEvents;
};
