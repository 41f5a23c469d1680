import { type FirstRun, repairFirstRun } from "../shared/first-run";
import { type Guidelines, repairGuidelines } from "../shared/guidelines";
import type { Repaired } from "../shared/repair";
import { repairSettings, type Settings } from "../shared/settings";
import { browser } from "./browser";

const SETTINGS_KEY = "settings";

/** The user's settings, repaired field by field; a repaired value is written back so the damage is healed once. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  const { value, problems } = repairSettings(stored[SETTINGS_KEY]);
  if (problems.length && stored[SETTINGS_KEY] !== undefined) {
    console.warn("Gelassen repaired its stored settings:", problems.join("; "));
    await browser.storage.sync.set({ [SETTINGS_KEY]: value });
  }
  return value;
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = repairSettings(change(await loadSettings())).value;
  await browser.storage.sync.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls back with the new settings whenever they change, in this browser or synced from another. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === "sync" && SETTINGS_KEY in changes) onChange(repairSettings(changes[SETTINGS_KEY]?.newValue).value);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

const GUIDELINES_KEY = "guidelines";

/**
 * Chrome reads an administrator's policy slowly the first time (over two seconds measured; on some machines the
 * read never answers), so the managed value is read once per context and kept until a policy change. Only the
 * first read waits for it, briefly; until it has arrived, the user's own guidelines are used rather than making
 * every comment wait (waiting on each call cost every batch of comments 100 ms: issue 11).
 */
const MANAGED_WAIT_MS = 100;
type ManagedRead = { read: Promise<unknown>; waited: Promise<void>; arrived?: { value: unknown } };
let managed: ManagedRead | undefined;

function managedRead(): ManagedRead {
  if (managed) return managed;
  const entry = {} as ManagedRead;
  entry.read = browser.storage.managed
    .get(GUIDELINES_KEY)
    .then((stored) => stored[GUIDELINES_KEY])
    .catch(() => undefined)
    .then((value) => {
      entry.arrived = { value };
      return value;
    });
  entry.waited = Promise.race([entry.read, new Promise((resolve) => setTimeout(resolve, MANAGED_WAIT_MS))]).then(
    () => undefined,
  );
  managed = entry;
  return entry;
}

function managedGuidelines(): Promise<unknown> {
  return managedRead().read;
}

async function managedSoon(): Promise<unknown> {
  const entry = managedRead();
  if (!entry.arrived) await entry.waited;
  return entry.arrived?.value;
}

/**
 * The company's guidelines: the user's own (storage.local: they can be long) with an administrator's managed
 * policy laid over them field by field where one is set.
 */
export async function loadGuidelines(): Promise<Guidelines> {
  return (await loadGuidelinesRepaired()).value;
}

/** The guidelines and what had to be reset to its default on the way (for the options page to say so). */
export async function loadGuidelinesRepaired(): Promise<Repaired<Guidelines>> {
  const [stored, policy] = await Promise.all([browser.storage.local.get(GUIDELINES_KEY), managedSoon()]);
  const own = stored[GUIDELINES_KEY];
  const merged =
    policy && typeof policy === "object" && own && typeof own === "object" ? { ...own, ...policy } : (policy ?? own);
  return repairGuidelines(merged);
}

export async function saveGuidelines(guidelines: Guidelines): Promise<void> {
  await browser.storage.local.set({ [GUIDELINES_KEY]: repairGuidelines(guidelines).value });
}

/** Whether an administrator's policy sets the guidelines (the options page then shows them read-only). */
export async function hasManagedGuidelines(): Promise<boolean> {
  return (await managedGuidelines()) !== undefined;
}

export function watchGuidelines(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === "managed") managed = undefined;
    if ((area === "local" || area === "managed") && GUIDELINES_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

const FIRST_RUN_KEY = "firstRun";

/** Whether the first-run page was finished or skipped (src/shared/first-run.ts). */
export async function loadFirstRun(): Promise<FirstRun> {
  return repairFirstRun((await browser.storage.local.get(FIRST_RUN_KEY))[FIRST_RUN_KEY]).value;
}

export async function saveFirstRun(state: FirstRun["state"]): Promise<void> {
  await browser.storage.local.set({ [FIRST_RUN_KEY]: repairFirstRun({ version: 1, state }).value });
}

export function watchFirstRun(onChange: (firstRun: FirstRun) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === "local" && FIRST_RUN_KEY in changes) onChange(repairFirstRun(changes[FIRST_RUN_KEY]?.newValue).value);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** A value the worker keeps for itself in storage.local (not settings, not guidelines). */
export async function readLocal<T>(key: string): Promise<T | undefined> {
  return (await browser.storage.local.get(key))[key] as T | undefined;
}

export async function writeLocal(key: string, value: unknown): Promise<void> {
  await browser.storage.local.set({ [key]: value });
}
