// Issue 12, item 4: the user's say over what Gelassen keeps about other people. Histories of posts nobody watches
// expire after the period set on the options page; "Forget everything" clears histories, log and reminders
// after a confirmation and says what it cleared.
import AxeBuilder from "@axe-core/playwright";
import type { ExtensionBrowser } from "./browser";
import { expect, screenshot, test } from "./extension";
import { deletionLog, storedThreads } from "./monitor-helpers";

const DAY = 86_400_000;

type Seed = { threads: { id: string; daysAgo: number; watched?: boolean }[]; deletions?: number; reminders?: number };

/** Writes what a few weeks of use would have left, straight into the worker's IndexedDB, and the reminders' alarms. */
async function seed(browser: ExtensionBrowser, { threads, deletions = 0, reminders = 0 }: Seed): Promise<void> {
  await browser.worker.evaluate(
    async ({ threads, deletions, reminders, DAY }) => {
      const now = Date.now();
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open("gelassen");
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(["threads", "deletions", "reminders"], "readwrite");
      for (const thread of threads) {
        tx.objectStore("threads").put({
          key: `facebook:${thread.id}`,
          site: "facebook",
          threadId: thread.id,
          url: `https://www.facebook.com/acme/posts/${thread.id}`,
          lastVisit: now - thread.daysAgo * DAY,
          points: [],
          moodReasons: [],
          latest: [
            {
              key: "c1",
              author: "anna.schmidt",
              name: "Anna Schmidt",
              tone: "critical",
              violation: false,
              byPageOwner: false,
              isReply: false,
              replyNeeded: true,
              at: now - thread.daysAgo * DAY,
            },
          ],
          arrivals: [],
          ...(thread.watched ? { watched: "manual", watchedSince: now - thread.daysAgo * DAY } : {}),
        });
      }
      for (let i = 0; i < deletions; i++) {
        tx.objectStore("deletions").add({
          at: now - i * DAY,
          site: "facebook",
          url: "https://www.facebook.com/acme/posts/1",
          commentKey: `facebook:c${i}`,
          text: `Removed comment ${i}`,
          author: "Bob",
          action: "delete",
          verdict: "may-delete",
          violations: [],
          reasons: [],
          overrode: false,
        });
      }
      for (let i = 0; i < reminders; i++) {
        const id = `holding:facebook:1:${i}`;
        tx.objectStore("reminders").put({
          id,
          kind: "holding",
          dueAt: now + (i + 1) * DAY,
          site: "facebook",
          threadKey: "facebook:1",
          url: "https://www.facebook.com/acme/posts/1",
          label: "Anna Schmidt",
        });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      // After the transaction: awaiting anything else inside it would let it commit early.
      for (let i = 0; i < reminders; i++) {
        await chrome.alarms.create(`reminder:holding:facebook:1:${i}`, { when: now + (i + 1) * DAY });
      }
    },
    { threads, deletions, reminders, DAY },
  );
}

const threadIds = async (browser: ExtensionBrowser) =>
  (await storedThreads(browser)).map((thread) => thread.key.replace("facebook:", "")).sort();

const reminderAlarms = (browser: ExtensionBrowser) =>
  browser.worker.evaluate(async () =>
    (await chrome.alarms.getAll()).map((alarm) => alarm.name).filter((name) => name.startsWith("reminder:")),
  );

const storedRetention = (browser: ExtensionBrowser) =>
  browser.worker.evaluate(
    async () =>
      ((await chrome.storage.sync.get("settings")).settings as { threadRetentionDays?: number })?.threadRetentionDays,
  );

test.describe("your data on the options page", () => {
  test("forgets thread histories, the deletion log and reminders after a confirmation, and says what it cleared", async ({
    gelassen,
  }) => {
    await seed(gelassen, {
      threads: [
        { id: "1", daysAgo: 1, watched: true },
        { id: "2", daysAgo: 3 },
      ],
      deletions: 3,
      reminders: 1,
    });
    expect(await reminderAlarms(gelassen)).toEqual(["reminder:holding:facebook:1:0"]);
    const page = await gelassen.context.newPage();
    await page.goto(`chrome-extension://${gelassen.extensionId}/options.html`);
    await expect(page.locator(".log-table tbody tr")).toHaveCount(3);

    const opener = page.getByRole("button", { name: "Forget everything…" });
    await opener.click();
    const dialog = page.getByRole("dialog", { name: "Forget everything Gelassen keeps?" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAccessibleDescription(/deletion log.*reminders.*cannot be undone/);
    // The safe choice has the focus; Escape cancels and forgets nothing.
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
    await screenshot(page, "forget-dialog-en", { fullPage: false });
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();
    expect(await threadIds(gelassen)).toEqual(["1", "2"]);
    expect(await deletionLog(gelassen)).toHaveLength(3);

    await opener.click();
    await dialog.getByRole("button", { name: "Forget everything", exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: "Forgotten" })).toHaveText(
      "Forgotten – thread histories: 2, deletion log entries: 3, reminders: 1.",
    );
    await expect(opener).toBeFocused();
    expect(await threadIds(gelassen)).toEqual([]);
    expect(await deletionLog(gelassen)).toEqual([]);
    expect(await reminderAlarms(gelassen)).toEqual([]);
    expect(
      await gelassen.worker.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open("gelassen");
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const count = open.result.transaction("reminders").objectStore("reminders").count();
              count.onsuccess = () => resolve(count.result);
            };
          }),
      ),
    ).toBe(0);
    // The log on the same page shows it at once.
    await expect(page.getByText("No removals logged.")).toBeVisible();
    await opener.scrollIntoViewIfNeeded();
    await screenshot(page, "forgotten-en", { fullPage: false });
  });

  test("forgets histories of posts nobody watches after the period set here, and keeps watched ones", async ({
    gelassen,
  }) => {
    await seed(gelassen, {
      threads: [
        { id: "recent", daysAgo: 2 },
        { id: "older", daysAgo: 10 },
        { id: "watched", daysAgo: 40, watched: true },
      ],
    });
    const page = await gelassen.context.newPage();
    await page.goto(`chrome-extension://${gelassen.extensionId}/options.html`);
    const field = page.getByLabel("Keep histories of posts nobody watches for (days)");
    await expect(field).toHaveValue("30");
    expect(await threadIds(gelassen)).toEqual(["older", "recent", "watched"]);

    // Out of range: said where the user typed, and nothing changes.
    await field.fill("0");
    await field.blur();
    await expect(page.getByRole("status").filter({ hasText: "Not saved" })).toHaveText(
      "Not saved: enter a whole number of days from 1 to 365.",
    );
    expect(await storedRetention(gelassen)).toBeUndefined();

    await field.fill("7");
    await field.blur();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    expect(await storedRetention(gelassen)).toBe(7);
    // The shorter period applies at once, not at the next daily clean-up.
    await expect.poll(() => threadIds(gelassen)).toEqual(["recent", "watched"]);

    await page.reload();
    await expect(field).toHaveValue("7");
  });
});
