import type { Assessment } from "../shared/assessment";
import type { CommentSnapshot } from "../shared/comment";

/**
 * Remembers assessments so a comment seen again (scrolling back, the site re-rendering, another tab with the same
 * post) is not computed twice. The key holds everything the assessment depends on, so a hit is always the same
 * answer a new computation would give. It lives in memory only: when MV3 stops the worker the cache is gone and
 * the next batch is simply computed again; nothing depends on it surviving. (storage.session would survive, but
 * one assessment costs a few microseconds, far less than a storage round trip: see the README's figures.)
 */
export class AssessmentCache {
  private readonly entries = new Map<string, Assessment>();
  hits = 0;
  misses = 0;

  constructor(private readonly capacity = 5_000) {}

  static key(snapshot: CommentSnapshot, companyName: string): string {
    const { author } = snapshot;
    return JSON.stringify([
      companyName,
      snapshot.text,
      author.verified,
      author.badges,
      author.followers ?? null,
      author.isOrganisation,
      snapshot.likes ?? null,
      snapshot.replies ?? null,
      snapshot.byPageOwner,
    ]);
  }

  get(key: string): Assessment | undefined {
    const found = this.entries.get(key);
    if (found === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    // Move to the end: the map's order is the order of last use, oldest first.
    this.entries.delete(key);
    this.entries.set(key, found);
    return found;
  }

  set(key: string, assessment: Assessment): void {
    this.entries.delete(key);
    this.entries.set(key, assessment);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
