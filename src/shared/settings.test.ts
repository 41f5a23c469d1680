import { describe, expect, it } from "vitest";
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  repairSettings,
  SETTINGS_VERSION,
  withSite,
  withThreadRetention,
} from "./settings";

describe("repairSettings", () => {
  it("gives the defaults for nothing stored", () => {
    expect(repairSettings(undefined)).toEqual({ value: DEFAULT_SETTINGS, problems: [] });
  });

  it("keeps a valid stored value", () => {
    const stored = { version: 2, sites: { facebook: false, x: true, linkedin: false }, threadRetentionDays: 7 };
    expect(repairSettings(stored)).toEqual({ value: stored, problems: [] });
  });

  it("repairs one broken switch and keeps the others", () => {
    const { value, problems } = repairSettings({ version: 2, sites: { facebook: "yes", x: false, linkedin: false } });
    expect(value.sites).toEqual({ facebook: true, x: false, linkedin: false });
    expect(problems).toEqual([expect.stringMatching(/^sites\.facebook: .*reset to the default$/)]);
  });

  it("fills missing fields of a partial value", () => {
    expect(repairSettings({ sites: { x: false } }).value.sites).toEqual({ facebook: true, x: false, linkedin: true });
  });

  it.each([null, 42, "settings", [true, false]])("resets a wholly corrupted value (%s)", (raw) => {
    const { value, problems } = repairSettings(raw);
    expect(value).toEqual(DEFAULT_SETTINGS);
    expect(problems.length).toBeGreaterThan(0);
  });

  it("drops unknown keys", () => {
    expect(repairSettings({ ...DEFAULT_SETTINGS, stray: 1 }).value).not.toHaveProperty("stray");
  });

  it("runs migrations newer than the stored version, in order", () => {
    const migrations = [
      {
        to: 1,
        why: "rename twitter to x",
        migrate: (old: Record<string, unknown>) => ({ ...old, sites: old.networks }),
      },
    ];
    const old = { version: 0, networks: { facebook: true, x: false, linkedin: true } };
    expect(repairSettings(old, migrations).value.sites).toEqual({ facebook: true, x: false, linkedin: true });
    // A value already at the version is not migrated again.
    expect(repairSettings({ version: 1, networks: { x: false } }, migrations).value.sites.x).toBe(true);
  });
});

describe("thread retention", () => {
  it("is 30 days by default", () => {
    expect(DEFAULT_SETTINGS.threadRetentionDays).toBe(30);
    expect(SETTINGS_VERSION).toBe(2);
  });

  it("is added with its default to settings stored before it existed, keeping the switches", () => {
    const before = { version: 1, sites: { facebook: false, x: true, linkedin: true } };
    expect(repairSettings(before)).toEqual({
      value: { version: 2, sites: before.sites, threadRetentionDays: 30 },
      problems: [],
    });
  });

  it.each([0, 366, 2.5, "30", null])("repairs a stored value out of range (%s) to the default, and says so", (days) => {
    const { value, problems } = repairSettings({ ...DEFAULT_SETTINGS, threadRetentionDays: days });
    expect(value.threadRetentionDays).toBe(30);
    expect(problems).toEqual([expect.stringMatching(/^threadRetentionDays: .*reset to the default$/)]);
  });

  it("changes without touching the switches", () => {
    const off = withSite(DEFAULT_SETTINGS, "x", false);
    expect(withThreadRetention(off, 7)).toEqual({ ...off, threadRetentionDays: 7 });
  });
});

describe("site switches", () => {
  it("switches one site without touching the others", () => {
    const off = withSite(DEFAULT_SETTINGS, "linkedin", false);
    expect(isSiteEnabled(off, "linkedin")).toBe(false);
    expect(isSiteEnabled(off, "facebook")).toBe(true);
    expect(isSiteEnabled(DEFAULT_SETTINGS, "linkedin")).toBe(true);
  });
});
