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
