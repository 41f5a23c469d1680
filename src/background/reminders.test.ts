import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Reminder } from "../shared/monitor";
import { openDb } from "./store/db";
import { listReminders, putReminder } from "./store/reminders";

const shown: string[] = [];
const world = { notificationsFail: false };
vi.mock("../platform/i18n", () => ({ t: (key: string) => key }));
vi.mock("../platform/notify", () => ({
  notify: async (id: string) => {
    if (world.notificationsFail) throw new Error("notifications are switched off");
    shown.push(id);
  },
  clearAlarm: async () => true,
  ensureAlarm: async () => undefined,
}));

const holding: Reminder = {
  id: "holding:x:1",
  kind: "holding",
  dueAt: 1000,
  site: "x",
  threadKey: "x:1",
  url: "https://x.com/acme/status/1",
  label: "Jana",
};

let counter = 0;

describe("a reminder's alarm", () => {
  beforeEach(() => {
    shown.length = 0;
    world.notificationsFail = false;
  });

  it("keeps the reminder when its notification cannot be shown, and removes it once shown", async () => {
    const { fire } = await import("./reminders");
    const db = await openDb(`reminders-${++counter}`);
    await putReminder(db, holding);
    world.notificationsFail = true;
    await expect(fire(db, `reminder:${holding.id}`)).rejects.toThrow(/switched off/);
    expect(await listReminders(db)).toEqual([holding]);
    world.notificationsFail = false;
    await fire(db, `reminder:${holding.id}`);
    expect(shown).toHaveLength(1);
    expect(await listReminders(db)).toEqual([]);
  });
});
