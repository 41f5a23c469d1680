import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, screenshot, test } from "./extension";

type Stored = { guard: { cooldownSeconds: number }; savedReplies: unknown[] } & Record<string, unknown>;

const storedGuidelines = (worker: import("@playwright/test").Worker) =>
  worker.evaluate(async () => (await chrome.storage.local.get("guidelines")).guidelines as Stored);

test.describe("the options page", () => {
  test("changes the guidelines and keeps them", async ({ gelassen }, testInfo) => {
    const page = await gelassen.context.newPage();
    await page.goto(`chrome-extension://${gelassen.extensionId}/options.html`);
    await page.getByRole("radio", { name: "du", exact: true }).check();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await page.getByLabel("Sign-off", { exact: true }).fill("Viele Grüße, Ihr Acme-Team");
    await page.getByLabel("Sign-off", { exact: true }).blur();
    await page.getByLabel("Company name").fill("Acme GmbH");
    await page.getByLabel("Company name").blur();
    await expect
      .poll(() => storedGuidelines(gelassen.worker))
      .toMatchObject({
        addressForm: "du",
        signOff: "Viele Grüße, Ihr Acme-Team",
        companyName: "Acme GmbH",
      });

    // An out-of-range number is refused with the reason, and the stored value stays.
    await page.getByLabel("Cool-down before “Delete anyway” (seconds)").fill("900");
    await page.getByLabel("Cool-down before “Delete anyway” (seconds)").blur();
    await expect(page.locator(".save-state")).toContainText("Not saved");
    expect((await storedGuidelines(gelassen.worker)).guard.cooldownSeconds).toBe(10);

    await page.reload();
    await expect(page.getByRole("radio", { name: "du", exact: true })).toBeChecked();
    await expect(page.getByLabel("Sign-off", { exact: true })).toHaveValue("Viele Grüße, Ihr Acme-Team");
    await screenshot(page, "options-en");

    // A malformed file names every wrong field and changes nothing.
    mkdirSync(testInfo.outputDir, { recursive: true });
    const file = join(testInfo.outputDir, "broken-guidelines.json");
    writeFileSync(file, JSON.stringify({ addressForm: "ihr", holdingDeadlineHours: "soon", maxLength: { x: 5000 } }));
    const before = await storedGuidelines(gelassen.worker);
    await page.locator('input[type="file"]').setInputFiles(file);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("Nothing was changed");
    await expect(alert.locator("li")).toHaveCount(3);
    await expect(alert).toContainText("addressForm");
    await expect(alert).toContainText("holdingDeadlineHours");
    await expect(alert).toContainText("maxLength.x");
    expect(await storedGuidelines(gelassen.worker)).toEqual(before);

    // A good file is applied.
    writeFileSync(file, JSON.stringify({ addressForm: "sie", initials: "/ak" }));
    await page.locator('input[type="file"]').setInputFiles(file);
    await expect(page.getByText("Guidelines imported.")).toBeVisible();
    await expect
      .poll(() => storedGuidelines(gelassen.worker))
      .toMatchObject({ addressForm: "sie", initials: "/ak", companyName: "Acme GmbH" });
  });

  test("adds and removes a saved reply", async ({ gelassen }) => {
    const page = await gelassen.context.newPage();
    await page.goto(`chrome-extension://${gelassen.extensionId}/options.html`);
    await page.getByLabel("Title").fill("Delivery delays");
    await page
      .getByLabel("Text", { exact: true })
      .fill("We are sorry for the delay. Please send us your order number.");
    await page.getByRole("button", { name: "Save reply" }).click();
    await expect(page.locator(".saved-list > li")).toHaveCount(1);
    await expect.poll(async () => (await storedGuidelines(gelassen.worker)).savedReplies.length).toBe(1);
    await page.getByRole("button", { name: "Remove" }).click();
    await expect(page.getByText("No saved replies yet.")).toBeVisible();
  });
});
