import type { RecognitionPath, SiteId } from "../shared/sites";
import type { ReadResult, SiteAdapter } from "../sites/site-adapter";

/** How long a page may show no comment at all before "comment" counts as missing (comments load late). */
export const SETTLE_MS = 4000;

/**
 * Which selector groups found something on this page. A required group that has only ever missed is reported
 * in `missing` (the popup says the layout may have changed) and logged once; nothing here ever throws.
 */
export class Health {
  private readonly hits = new Set<string>();
  private readonly misses = new Set<string>();
  private readonly logged = new Set<string>();
  /** The page-level check has run: comments had time to load, so "none" is an answer now. */
  private checked = false;
  /** Which ways of recognising comments found the comments read on this page. */
  private readonly paths = new Set<RecognitionPath>();

  constructor(
    private readonly site: SiteId,
    private readonly adapter: SiteAdapter,
    private readonly missing: Set<string>,
  ) {}

  noteRead(result: ReadResult): void {
    const required = this.adapter.required;
    for (const group of required) {
      if (result.missing.includes(group)) this.miss(group);
      else if (!this.hits.has(group)) {
        this.hits.add(group);
        this.missing.delete(group);
      }
    }
  }

  /** A comment was read from a container this path recognised; the first by structure is logged once. */
  noteFound(path: RecognitionPath): void {
    if (this.paths.has(path)) return;
    this.paths.add(path);
    if (path === "structure")
      console.info(`Gelassen on ${this.site}: comments found by structure, not by the known selectors.`);
  }

  get settled(): boolean {
    return this.checked;
  }

  get foundBy(): RecognitionPath[] {
    return [...this.paths].sort();
  }

  /**
   * The page-level check after settling: comments recognised, or none shown (an empty post: nothing to report),
   * or some shown (`shown`, the adapter's traces) but none recognised, the one sign the layout changed.
   */
  noteComments(found: number, shown: boolean): void {
    this.checked = true;
    if (found > 0) {
      this.hits.add("comment");
      this.missing.delete("comment");
    } else if (shown && !this.hits.has("comment")) this.miss("comment");
  }

  /** A new page (navigation): what the last page found says nothing about this one. */
  reset(): void {
    this.hits.clear();
    this.misses.clear();
    this.missing.clear();
    this.paths.clear();
    this.checked = false;
  }

  private miss(group: string): void {
    this.misses.add(group);
    if (this.hits.has(group)) return;
    this.missing.add(group);
    if (this.logged.has(group)) return;
    this.logged.add(group);
    const selectors = (this.adapter.selectors[group] ?? []).map((selector) => selector.css).join(" | ");
    console.warn(`Gelassen on ${this.site}: "${group}" found nothing (${selectors || "no selector"}).`);
  }
}
