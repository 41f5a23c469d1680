import type { DeletionEntry } from "../shared/monitor";

/**
 * Removals between the user's click and the deletion log. The content script hands each one over in the same
 * gesture; it waits here, outside the page and outside the worker's memory, until the site has done it (the
 * content script says so, or the tab closed without a confirmation open), and it stays here until the log has
 * really taken it. A write that keeps failing is counted and shown to the user, never dropped.
 */
export type HeldRemoval = {
  entry: DeletionEntry;
  tabId?: number;
  /** waiting: the site may still show a confirmation; confirming: it does; done: the site removed the comment. */
  state: "waiting" | "confirming" | "done";
  /** Failed writes to the log so far, and the last one's error. */
  attempts: number;
  error?: string;
};
export type Outcome = "done" | "cancelled" | "confirming";
type Held = Record<string, HeldRemoval>;

/** Where held removals are kept (storage.local in the worker: it outlives the worker and a browser restart). */
export type HeldStore = { read(): Promise<Held>; write(held: Held): Promise<void> };
export type HeldDeps = {
  store: HeldStore;
  /** Writes one entry to the log; must be idempotent (the same entry twice is logged once). */
  log(entry: DeletionEntry): Promise<void>;
  tabExists(tabId: number): Promise<boolean>;
};

export class HeldRemovals {
  /** One change at a time: two messages arriving together must not overwrite each other's read. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: HeldDeps) {}

  hold(id: string, entry: DeletionEntry, tabId: number | undefined): Promise<void> {
    return this.change((held) => {
      held[id] ??= { entry, tabId, state: "waiting", attempts: 0 };
    });
  }

  /** What the content script saw the site do; "done" is written to the log before this resolves. */
  async settle(id: string, outcome: Outcome): Promise<void> {
    await this.change((held) => {
      const removal = held[id];
      if (!removal) return;
      if (outcome === "cancelled") delete held[id];
      else if (removal.state !== "done") removal.state = outcome;
    });
    await this.commit();
  }

  /** A tab closed: what was waiting there happened (no confirmation was open); an open confirmation did not. */
  async tabClosed(tabId: number): Promise<void> {
    await this.change((held) => {
      for (const [id, removal] of Object.entries(held)) {
        if (removal.tabId !== tabId || removal.state === "done") continue;
        if (removal.state === "confirming") delete held[id];
        else removal.state = "done";
      }
    });
    await this.commit();
  }

  /** On every start of the worker and now and then: settles removals of closed tabs and retries failed writes. */
  async sweep(): Promise<void> {
    const tabs = new Set<number>();
    for (const removal of Object.values(await this.deps.store.read()))
      if (removal.state !== "done" && removal.tabId !== undefined) tabs.add(removal.tabId);
    for (const tabId of tabs) if (!(await this.deps.tabExists(tabId))) await this.tabClosed(tabId);
    await this.commit();
  }

  /** Removals the log has not taken although it was asked to, and why the last write failed. */
  async unsaved(): Promise<{ count: number; error?: string }> {
    const failing = Object.values(await this.deps.store.read()).filter((removal) => removal.attempts > 0);
    return { count: failing.length, error: failing.at(-1)?.error };
  }

  /** Writes every done removal to the log; one that fails stays, with its error, for the next attempt. */
  commit(): Promise<void> {
    return this.serial(async () => {
      const held = await this.deps.store.read();
      let changed = false;
      for (const [id, removal] of Object.entries(held)) {
        if (removal.state !== "done") continue;
        changed = true;
        try {
          await this.deps.log(removal.entry);
          delete held[id];
        } catch (error) {
          removal.attempts += 1;
          removal.error = error instanceof Error ? error.message : String(error);
        }
      }
      if (changed) await this.deps.store.write(held);
    });
  }

  private change(edit: (held: Held) => void): Promise<void> {
    return this.serial(async () => {
      const held = await this.deps.store.read();
      edit(held);
      await this.deps.store.write(held);
    });
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
