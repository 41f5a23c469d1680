import * as z from "zod/mini";
import { type Migration, migrate, type Repaired, repairObject } from "./repair";
import { SITE_IDS, type SiteId } from "./sites";

/** The user's own switches, kept in storage.sync so they follow the user to every browser they sign in to. */
export const SETTINGS_VERSION = 1;

export const Settings = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Per-site switch: Gelassen reads and marks comments only where this is on. */
  sites: z.object({
    facebook: z.boolean(),
    x: z.boolean(),
    linkedin: z.boolean(),
  }),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  sites: { facebook: true, x: true, linkedin: true },
};

/**
 * Each step turns the stored shape of one version into the next. Version 1 is the first stored shape, so the
 * list is empty; a later change of shape adds its step here and raises SETTINGS_VERSION.
 */
export const SETTINGS_MIGRATIONS: readonly Migration[] = [];

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

export { SITE_IDS };
