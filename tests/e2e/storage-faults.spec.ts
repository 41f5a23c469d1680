// Issue 12, item 3 in the browser: storage that is full or failing, and a database a newer version left behind.
// Each is a real fault of the browser (its quota, its IndexedDB), and the user is told, or nothing is lost.
import type { Page } from "@playwright/test";
import { expect, screenshot, test } from "./extension";
import { comment, commentByText, openAssessed, pick } from "./guard-checks";
import { deletionLog, storedThreads } from "./monitor-helpers";
import { stopWorker, wokenWorker } from "./worker-control";

const optionsUrl = (id: string) => `chrome-extension://${id}/options.html`;

/** Fills storage.local up to its quota, leaving less room than any guidelines need. */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const free = chrome.storage.local.QUOTA_BYTES - (await chrome.storage.local.getBytesInUse(null));
    await chrome.storage.local.set({ filler: "x".repeat(free - 40) });
  });
}

test("a guideline edit that storage cannot take says so at the field, and keeps what was typed", async ({
  gelassen,
}) => {
  const options = await gelassen.context.newPage();
  await options.goto(optionsUrl(gelassen.extensionId));
  const company = options.locator("#company");
  await expect(company).toBeVisible();
  await fillStorage(options);

  await company.fill("Acme Lebensmittel GmbH");
  await company.press("Tab");
  const error = options.locator("#company-error");
  await expect(error).toBeVisible();
  await expect(error).toContainText(/Not saved: .*quota/i);
  await expect(company).toHaveValue("Acme Lebensmittel GmbH");
  const stored = await options.evaluate(
    async () => (await chrome.storage.local.get("guidelines")).guidelines as { companyName?: string } | undefined,
  );
  expect(stored?.companyName).not.toBe("Acme Lebensmittel GmbH");
  await screenshot(options, "options-storage-full", { fullPage: false });

  // Room again: the same edit is saved, and the message goes.
  await options.evaluate(() => chrome.storage.local.remove("filler"));
  await company.fill("Acme Lebensmittel AG");
  await company.press("Tab");
  await expect(error).toHaveCount(0);
  await expect
    .poll(async () =>
      options.evaluate(
        async () => ((await chrome.storage.local.get("guidelines")).guidelines as { companyName?: string }).companyName,
      ),
    )
    .toBe("Acme Lebensmittel AG");
});

test("damaged guidelines are repaired field by field, and the options page names what was reset", async ({
  gelassen,
}) => {
  const options = await gelassen.context.newPage();
  await options.goto(optionsUrl(gelassen.extensionId));
  await options.evaluate(() =>
    chrome.storage.local.set({
      guidelines: { companyName: "Acme", guard: { enabled: true, cooldownSeconds: "ten" }, maxLength: null },
    }),
  );
  await options.reload();
  const notice = options.locator("[data-gelassen-repaired]");
  await expect(notice).toContainText("guard.cooldownSeconds");
  await expect(options.locator("#company")).toHaveValue("Acme");
});

test("a deletion log at a newer database version (a rolled-back update) keeps working", async ({ gelassen }) => {
  const page = await gelassen.context.newPage();
  const mark = commentByText("x", "You are a bunch of clueless idiots");
  await openAssessed(page, "x", "en", [mark]);
  await pick(page, mark, "hide");
  await expect.poll(async () => (await deletionLog(gelassen)).length).toBe(1);
  await page.close();

  // A newer Gelassen raised the database's version and reorganised the threads store; then it was rolled back.
  const extensionPage = await gelassen.context.newPage();
  await extensionPage.goto(optionsUrl(gelassen.extensionId));
  await stopWorker(gelassen, extensionPage);
  await extensionPage.evaluate(async () => {
    const present = (await indexedDB.databases()).find((db) => db.name === "gelassen")?.version ?? 1;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open("gelassen", present + 10);
      request.onupgradeneeded = () => {
        if (request.result.objectStoreNames.contains("threads")) request.result.deleteObjectStore("threads");
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error("blocked"));
    });
  });
  await wokenWorker(gelassen, extensionPage);

  // Every part works again: a visit is recorded, a removal logged, and the old log is still there.
  const again = await gelassen.context.newPage();
  const jana = commentByText("x", "Seit drei Wochen warte ich");
  await openAssessed(again, "x", "en", [mark, jana]);
  await expect.poll(async () => (await storedThreads(gelassen)).length).toBeGreaterThan(0);
  await pick(again, mark, "hide");
  await expect.poll(async () => (await deletionLog(gelassen)).map((entry) => entry.commentKey)).toEqual([mark, mark]);
});

/**
 * Runs `change` on the extension's database one version above its present one (a newer Gelassen), with the worker
 * stopped so it holds no connection.
 */
async function reshapeDatabase(extensionPage: Page, change: "conflicting-log" | "delete") {
  await extensionPage.evaluate(async (change) => {
    const present = (await indexedDB.databases()).find((db) => db.name === "gelassen")?.version ?? 1;
    const version = present + 1;
    await new Promise<void>((resolve, reject) => {
      if (change === "delete") {
        const request = indexedDB.deleteDatabase("gelassen");
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
        return;
      }
      const request = indexedDB.open("gelassen", version);
      // A newer schema whose log needs a key Gelassen's entries do not have: every write to it fails.
      request.onupgradeneeded = () => {
        // (In a fresh browser the worker may not have made the database yet.)
        if (request.result.objectStoreNames.contains("deletions")) request.result.deleteObjectStore("deletions");
        request.result.createObjectStore("deletions", { keyPath: "uid" }).createIndex("at", "at");
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error("blocked"));
    });
  }, change);
}

test("removals the log cannot take are kept, shown in the popup and on the options page, and logged later", async ({
  gelassen,
}) => {
  const origin = `chrome-extension://${gelassen.extensionId}`;
  const options = await gelassen.context.newPage();
  await options.goto(`${origin}/options.html`);
  await stopWorker(gelassen, options);
  await reshapeDatabase(options, "conflicting-log");
  await wokenWorker(gelassen, options);

  const page = await gelassen.context.newPage();
  const mark = commentByText("x", "You are a bunch of clueless idiots");
  await openAssessed(page, "x", "en", [mark]);
  await pick(page, mark, "hide");
  await expect(comment(page, mark)).toBeHidden();
  const unsaved = options.locator("[data-gelassen-unsaved]");
  await expect
    .poll(async () => {
      await options.reload();
      return unsaved.count();
    })
    .toBe(1);
  await expect(unsaved).toContainText(/1 removal.*not.*written/i);
  await unsaved.scrollIntoViewIfNeeded();
  await screenshot(options, "options-unsaved-removals", { fullPage: false });
  const popup = await gelassen.context.newPage();
  await popup.setViewportSize({ width: 340, height: 400 });
  await popup.goto(`${origin}/popup.html`);
  await expect(popup.locator("[data-gelassen-unsaved]")).toBeVisible();
  await screenshot(popup, "popup-unsaved-removals");

  // The database repaired (here: removed, and made anew by Gelassen): the next look logs the entry, once.
  await stopWorker(gelassen, options);
  await reshapeDatabase(options, "delete");
  await wokenWorker(gelassen, options);
  await options.reload();
  await expect(unsaved).toHaveCount(0);
  expect((await deletionLog(gelassen)).map((entry) => entry.commentKey)).toEqual([mark]);
});
