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

/** The stores and indexes this version needs; `upgrade` adds whichever is missing, whatever the old version. */
const STORES = {
  deletions: { keyPath: "id", autoIncrement: true, index: "at" },
  threads: { keyPath: "key", autoIncrement: false, index: "lastVisit" },
  reminders: { keyPath: "id", autoIncrement: false, index: "dueAt" },
} as const;
type StoreName = keyof typeof STORES;

export function openDb(name = DB_NAME): Promise<Db> {
  if (name !== DB_NAME) return open(name);
  opening ??= open(name, () => (opening = undefined)).catch((error) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/**
 * Opens at this version, or — when a newer Gelassen left the database at a higher version (an update rolled
 * back) — at that version, keeping its data, one version higher only if a store or index of ours is missing.
 * `lost` is called when the connection ends (another version wants the database, the browser closed it), so
 * the next call opens it again instead of every handler failing on a closed connection.
 */
async function open(name: string, lost?: () => void): Promise<Db> {
  try {
    return await openAt(name, DB_VERSION, lost);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === "VersionError")) throw error;
    const current = await openDB<GelassenDb>(name);
    if (complete(current)) return watch(current, lost);
    const version = current.version + 1;
    current.close();
    return openAt(name, version, lost);
  }
}

function openAt(name: string, version: number, lost?: () => void): Promise<Db> {
  return openDB<GelassenDb>(name, version, {
    upgrade(db, _oldVersion, _newVersion, tx) {
      for (const store of Object.keys(STORES) as StoreName[]) {
        const { keyPath, autoIncrement, index } = STORES[store];
        // biome-ignore lint/suspicious/noExplicitAny: idb's typing cannot follow a store chosen at run time.
        const target: any = db.objectStoreNames.contains(store)
          ? tx.objectStore(store)
          : db.createObjectStore(store, { keyPath, autoIncrement });
        if (!target.indexNames.contains(index)) target.createIndex(index, index);
      }
    },
    blocked() {
      console.warn("Gelassen: the database waits for an older connection to close");
    },
    blocking(_current, _wanted, event) {
      // Another version wants the database: step aside, and open again (at whatever version then) when asked.
      (event.target as IDBDatabase).close();
      lost?.();
    },
    terminated: () => lost?.(),
  });
}

function complete(db: Db): boolean {
  const names = [...db.objectStoreNames] as string[];
  if (!(Object.keys(STORES) as StoreName[]).every((store) => names.includes(store))) return false;
  const tx = db.transaction(Object.keys(STORES) as StoreName[]);
  return (Object.keys(STORES) as StoreName[]).every((store) =>
    (tx.objectStore(store).indexNames as unknown as DOMStringList).contains(STORES[store].index),
  );
}

/** A connection opened without `openAt` (at a newer version) still steps aside and reports its end. */
function watch(db: Db, lost?: () => void): Db {
  db.addEventListener("versionchange", () => {
    db.close();
    lost?.();
  });
  db.addEventListener("close", () => lost?.());
  return db;
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
