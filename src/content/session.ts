import type { PageStatus } from "../shared/messages";
import type { SiteId } from "../shared/sites";
import type { Feature, PageContext } from "./feature";

/**
 * Gelassen's work on one page: started when the site is switched on, stopped (everything undone) when it is
 * switched off, and started again without a reload.
 */
export class Session {
  private controller: AbortController | undefined;
  private page: PageContext;

  constructor(
    readonly site: SiteId,
    private readonly features: readonly Feature[],
  ) {
    this.page = this.freshPage();
  }

  get running(): boolean {
    return this.controller !== undefined;
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
    };
  }

  private freshPage(): PageContext {
    return { site: this.site, counts: { found: 0, read: 0, assessed: 0 }, missing: new Set() };
  }
}
