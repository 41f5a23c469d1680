import type { PageStatus } from "../shared/messages";
import type { SiteId } from "../shared/sites";
import type { SiteAdapter } from "../sites/site-adapter";
import { CommentRegistry } from "./comment-registry";
import type { Feature, PageContext } from "./feature";
import { Health } from "./health";
import { PageEvents } from "./page-events";

/**
 * Gelassen's work on one page: started when the site is switched on, stopped (everything undone) when it is
 * switched off, and started again without a reload.
 */
export class Session {
  private controller: AbortController | undefined;
  private page: PageContext;

  readonly site: SiteId;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly features: readonly Feature[],
  ) {
    this.site = adapter.site;
    this.page = this.freshPage();
  }

  get running(): boolean {
    return this.controller !== undefined;
  }

  /** What the running features share; undefined while Gelassen is switched off here. */
  get context(): PageContext | undefined {
    return this.controller ? this.page : undefined;
  }

  start(): void {
    if (this.controller) return;
    this.controller = new AbortController();
    this.page = this.freshPage();
    for (const feature of this.features) {
      try {
        feature.init(this.page, this.controller.signal);
      } catch (error) {
        // One broken feature must not take the others (or the host page) down with it.
        console.error(`Gelassen: feature "${feature.name}" failed to start`, error);
      }
    }
  }

  stop(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.page = this.freshPage();
  }

  setEnabled(enabled: boolean): void {
    if (enabled) this.start();
    else this.stop();
  }

  status(): PageStatus {
    return {
      site: this.site,
      active: this.running,
      counts: { ...this.page.counts },
      missing: [...this.page.missing].sort(),
      foundBy: this.page.health.foundBy,
      settled: this.page.health.settled,
    };
  }

  private freshPage(): PageContext {
    const counts = { found: 0, read: 0, assessed: 0 };
    const missing = new Set<string>();
    const adapter = this.adapter;
    return {
      site: this.site,
      counts,
      missing,
      adapter,
      comments: new CommentRegistry(counts),
      health: new Health(this.site, adapter, missing),
      events: new PageEvents(),
    };
  }
}
