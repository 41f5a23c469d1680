import { send } from "../platform/messaging";
import type { DeletionAction, DeletionEntry } from "../shared/monitor";
import type { TrackedComment } from "./comment-registry";

/** The deletion-log entry for a removal that passed the guard. */
export function deletionEntry(tracked: TrackedComment, action: DeletionAction, overrode: boolean): DeletionEntry {
  const { snapshot, assessment } = tracked;
  return {
    at: Date.now(),
    site: snapshot.site,
    url: (snapshot.url ?? location.href).slice(0, 2000),
    commentKey: tracked.key,
    text: snapshot.text,
    author: (snapshot.author.name ?? snapshot.author.handle ?? snapshot.author.profileUrl ?? "").slice(0, 400),
    action,
    verdict: assessment?.verdict ?? "unknown",
    violations: [...new Set(assessment?.violations.map((violation) => violation.kind) ?? [])],
    reasons: assessment?.reasons ?? [],
    overrode,
  };
}

/**
 * A removal that passed is logged once the site really does it: when its confirmation is confirmed, or — for
 * actions without one (hiding) — when no confirmation appears. A cancelled confirmation logs nothing.
 */
export class PendingRemoval {
  private pending: { entry: DeletionEntry; timer: number } | undefined;

  constructor(private readonly confirmVisible: () => boolean) {}

  /** How long a site may take to show its confirmation before the action counts as done without one. */
  static readonly CONFIRM_WAIT_MS = 1500;

  start(entry: DeletionEntry): void {
    this.cancel();
    const timer = window.setTimeout(() => {
      if (!this.confirmVisible()) this.commit();
      else this.watchConfirm();
    }, PendingRemoval.CONFIRM_WAIT_MS);
    this.pending = { entry, timer };
  }

  /** The user confirmed in the site's own dialog. */
  confirmed(): boolean {
    if (!this.pending) return false;
    this.commit();
    return true;
  }

  cancel(): void {
    if (this.pending) clearTimeout(this.pending.timer);
    this.pending = undefined;
  }

  private watchConfirm(): void {
    // The confirmation is open: wait for the click (confirmed()) or for it to close unconfirmed.
    const check = () => {
      if (!this.pending) return;
      if (this.confirmVisible()) this.pending.timer = window.setTimeout(check, 500);
      else this.cancel();
    };
    check();
  }

  private commit(): void {
    if (!this.pending) return;
    clearTimeout(this.pending.timer);
    const { entry } = this.pending;
    this.pending = undefined;
    void send("deletions/log", { entry });
  }
}
