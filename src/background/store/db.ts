import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import type { DeletionEntry, Reminder, ThreadRecord } from "../../shared/monitor";

/**
 * The worker's IndexedDB: the deletion log, thread histories and reminders. MV3 may stop the worker at any
 * moment, so everything that must survive lives here, not in memory.
 */
export type StoredDeletion = DeletionEntry & { id?: number };

export interface GelassenDb extends DBSchema {
  deletions: { key: number; value: StoredDeletion; indexes: { at: number } };
  threads: { key: string; value: ThreadRecord; indexes: { lastVisit: number } };
  reminders: { key: string; value: Reminder; indexes: { dueAt: number } };
}

export const DB_NAME = "gelassen";
/** Raise with every change of stores or indexes, and add the step to `upgrade`. */
export const DB_VERSION = 1;

export const LIMITS = { deletions: 5000, threads: 300, reminders: 500 };

export type Db = IDBPDatabase<GelassenDb>;

let opening: Promise<Db> | undefined;

export function openDb(name = DB_NAME): Promise<Db> {
  if (name !== DB_NAME) return open(name);
  opening ??= open(name).catch((error) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

function open(name: string): Promise<Db> {
  return openDB<GelassenDb>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore("deletions", { keyPath: "id", autoIncrement: true }).createIndex("at", "at");
        db.createObjectStore("threads", { keyPath: "key" }).createIndex("lastVisit", "lastVisit");
        db.createObjectStore("reminders", { keyPath: "id" }).createIndex("dueAt", "dueAt");
      }
    },
  });
}

/** Deletes the oldest records of a store (by the given index) until at most `keep` remain. */
export async function trimOldest<S extends "deletions" | "threads" | "reminders">(
  db: Db,
  store: S,
  index: S extends "deletions" ? "at" : S extends "threads" ? "lastVisit" : "dueAt",
  keep: number,
): Promise<void> {
  const tx = db.transaction(store, "readwrite");
  let excess = (await tx.store.count()) - keep;
  // biome-ignore lint/suspicious/noExplicitAny: idb's index typing cannot follow the generic store here.
  let cursor = await (tx.store.index as any)(index).openCursor();
  while (cursor && excess > 0) {
    await cursor.delete();
    excess -= 1;
    cursor = await cursor.continue();
  }
  await tx.done;
}
