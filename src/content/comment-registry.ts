import type { Assessment } from "../shared/assessment";
import { type CommentSnapshot, commentKey } from "../shared/comment";

export type TrackedComment = {
  key: string;
  snapshot: CommentSnapshot;
  /** The container element last seen showing it; X's virtualised list may have dropped or recycled it since. */
  element: Element;
  assessment?: Assessment;
};

type Counts = { found: number; read: number; assessed: number };

/**
 * Every comment recognised on this page, by key. It outlives the elements: X recycles and drops rows while
 * scrolling, and a comment that comes back keeps its assessment instead of being sent again.
 */
export class CommentRegistry {
  private readonly byKey = new Map<string, TrackedComment>();
  /**
   * Which comment each element showed, in the content script's own memory. The `data-gelassen-id` attribute is
   * only a mark for styling and tests: the page can rewrite it, so nothing is ever decided by reading it back.
   */
  private readonly byElement = new WeakMap<Element, string>();
  private readonly unreadable = new WeakSet<Element>();
  private unreadableCount = 0;
  private assessedCount = 0;
  /** Why the last assessment request failed, while it keeps failing ("not assessed yet" on the markers). */
  assessError: string | undefined;

  constructor(private readonly counts: Counts) {}

  get(key: string): TrackedComment | undefined {
    return this.byKey.get(key);
  }

  /** The key of the comment `element` showed when Gelassen last read it; undefined for any other element. */
  keyOf(element: Element | null | undefined): string | undefined {
    return element ? this.byElement.get(element) : undefined;
  }

  /** The element that shows the comment now: the one it was last read from, while that still shows it. */
  elementOf(key: string): Element | undefined {
    const element = this.byKey.get(key)?.element;
    return element?.isConnected && this.byElement.get(element) === key ? element : undefined;
  }

  /** `element` no longer shows a comment (a recycled row, a redesign). */
  forget(element: Element): void {
    this.byElement.delete(element);
  }

  all(): TrackedComment[] {
    return [...this.byKey.values()];
  }

  /** Records a reading; `changed` when the text differs from the last reading of the same comment. */
  upsert(element: Element, snapshot: CommentSnapshot): { tracked: TrackedComment; isNew: boolean; changed: boolean } {
    const key = commentKey(snapshot);
    const known = this.byKey.get(key);
    if (known) {
      const changed = known.snapshot.text !== snapshot.text;
      known.snapshot = snapshot;
      known.element = element;
      this.byElement.set(element, key);
      if (changed && known.assessment) {
        known.assessment = undefined;
        this.assessedCount -= 1;
        this.recount();
      }
      return { tracked: known, isNew: false, changed };
    }
    const tracked: TrackedComment = { key, snapshot, element };
    this.byKey.set(key, tracked);
    this.byElement.set(element, key);
    this.recount();
    return { tracked, isNew: true, changed: false };
  }

  markUnreadable(element: Element): void {
    if (this.unreadable.has(element)) return;
    this.unreadable.add(element);
    this.unreadableCount += 1;
    this.recount();
  }

  setAssessment(key: string, assessment: Assessment): TrackedComment | undefined {
    const tracked = this.byKey.get(key);
    if (!tracked) return undefined;
    if (!tracked.assessment) this.assessedCount += 1;
    tracked.assessment = assessment;
    this.recount();
    return tracked;
  }

  unassessed(): TrackedComment[] {
    return this.all().filter((tracked) => !tracked.assessment);
  }

  /** After navigation: forget the comments no longer on the page, so the counts are this page's. */
  pruneDisconnected(): void {
    for (const [key, tracked] of this.byKey) {
      if (tracked.element.isConnected) continue;
      this.byKey.delete(key);
      if (tracked.assessment) this.assessedCount -= 1;
    }
    this.unreadableCount = 0;
    this.recount();
  }

  private recount(): void {
    this.counts.read = this.byKey.size;
    this.counts.found = this.byKey.size + this.unreadableCount;
    this.counts.assessed = this.assessedCount;
  }
}
