import * as z from "zod/mini";
import { type Migration, migrate, type Repaired, repairObject } from "./repair";
import { SITE_IDS, type SiteId } from "./sites";

/** The user's own switches, kept in storage.sync so they follow the user to every browser they sign in to. */
export const SETTINGS_VERSION = 2;

/** How long the history of a post nobody watches is kept after its last visit, unless the user says otherwise. */
export const DEFAULT_THREAD_RETENTION_DAYS = 30;
export const THREAD_RETENTION_RANGE = { min: 1, max: 365 } as const;

export const Settings = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Per-site switch: Gelassen reads and marks comments only where this is on. */
  sites: z.object({
    facebook: z.boolean(),
    x: z.boolean(),
    linkedin: z.boolean(),
  }),
  /**
   * Days a visited post's history (names, handles, tones, times of its comments) is kept after the last visit
   * while nobody watches it; watched posts keep theirs until they are unwatched.
   */
  threadRetentionDays: z.number().check(z.int(), z.gte(THREAD_RETENTION_RANGE.min), z.lte(THREAD_RETENTION_RANGE.max)),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  sites: { facebook: true, x: true, linkedin: true },
  threadRetentionDays: DEFAULT_THREAD_RETENTION_DAYS,
};

/**
 * Each step turns the stored shape of one version into the next; a later change of shape adds its step here and
 * raises SETTINGS_VERSION. Version 1 was the first stored shape.
 */
export const SETTINGS_MIGRATIONS: readonly Migration[] = [
  {
    to: 2,
    why: "thread histories of unwatched posts expire; settings from before keep them for the default period",
    migrate: (old) => ({ ...old, threadRetentionDays: DEFAULT_THREAD_RETENTION_DAYS }),
  },
];

/** Reads whatever storage held (nothing, an old version, a corrupted value) into valid settings. */
export function repairSettings(
  raw: unknown,
  migrations: readonly Migration[] = SETTINGS_MIGRATIONS,
): Repaired<Settings> {
  const migrated =
    typeof raw === "object" && raw !== null && !Array.isArray(raw)
      ? migrate(raw as Record<string, unknown>, migrations)
      : raw;
  const repaired = repairObject(Settings, DEFAULT_SETTINGS, migrated);
  return { value: { ...repaired.value, version: SETTINGS_VERSION }, problems: repaired.problems };
}

export function isSiteEnabled(settings: Settings, site: SiteId): boolean {
  return settings.sites[site];
}

export function withSite(settings: Settings, site: SiteId, enabled: boolean): Settings {
  return { ...settings, sites: { ...settings.sites, [site]: enabled } };
}

export function withThreadRetention(settings: Settings, days: number): Settings {
  return { ...settings, threadRetentionDays: days };
}

export { SITE_IDS };
