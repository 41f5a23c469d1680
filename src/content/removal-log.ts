import type { DeletionAction, DeletionEntry } from "../shared/monitor";
import type { TrackedComment } from "./comment-registry";
import { Outbox } from "./outbox";

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
 * A removal that passed is handed to the worker in the same gesture (so closing the tab loses nothing) and
 * settled once the site really does it: when its confirmation is confirmed, or — for actions without one
 * (hiding) — when no confirmation appears. A cancelled confirmation logs nothing.
 */
export class PendingRemoval {
  private pending: { id: string; timer: number } | undefined;
  private readonly outbox = new Outbox();

  constructor(private readonly confirmVisible: () => boolean) {}

  /** How long a site may take to show its confirmation before the action counts as done without one. */
  static readonly CONFIRM_WAIT_MS = 1500;

  start(entry: DeletionEntry): void {
    // A removal still waiting when the next one starts was done by the site (or is being confirmed right now).
    this.settleNow();
    const id = crypto.randomUUID();
    this.outbox.post("deletions/hold", { id, entry });
    const timer = window.setTimeout(() => {
      if (!this.confirmVisible()) this.settle("done");
      else this.watchConfirm();
    }, PendingRemoval.CONFIRM_WAIT_MS);
    this.pending = { id, timer };
  }

  /** The user confirmed in the site's own dialog. */
  confirmed(): boolean {
    if (!this.pending) return false;
    this.settle("done");
    return true;
  }

  cancel(): void {
    this.settle("cancelled");
  }

  /** Switched off or navigating: what is pending is settled as it stands now. */
  settleNow(): void {
    if (this.pending) this.settle(this.confirmVisible() ? "cancelled" : "done");
  }

  private watchConfirm(): void {
    if (this.pending) this.outbox.post("deletions/settle", { id: this.pending.id, outcome: "confirming" });
    // The confirmation is open: wait for the click (confirmed()) or for it to close unconfirmed.
    const check = () => {
      if (!this.pending) return;
      if (this.confirmVisible()) this.pending.timer = window.setTimeout(check, 500);
      else this.cancel();
    };
    check();
  }

  private settle(outcome: "done" | "cancelled"): void {
    if (!this.pending) return;
    clearTimeout(this.pending.timer);
    this.outbox.post("deletions/settle", { id: this.pending.id, outcome });
    this.pending = undefined;
  }
}
