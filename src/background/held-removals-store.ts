import { loadGuidelines, readLocal, writeLocal } from "../platform/storage";
import { tabById } from "../platform/tabs";
import { type HeldRemoval, HeldRemovals } from "./held-removals";
import { openDb } from "./store/db";
import { addDeletion } from "./store/deletions";

const KEY = "heldRemovals";

/** The worker's held removals, kept in storage.local and written to the IndexedDB deletion log. */
export const heldRemovals = new HeldRemovals({
  store: {
    read: async () => (await readLocal<Record<string, HeldRemoval>>(KEY)) ?? {},
    write: (held) => writeLocal(KEY, held),
  },
  log: async (entry) => addDeletion(await openDb(), entry, (await loadGuidelines()).logRetentionDays),
  tabExists: async (tabId) => (await tabById(tabId)) !== undefined,
});
