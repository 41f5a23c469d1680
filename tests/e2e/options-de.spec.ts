import { expect, screenshot, testIn } from "./extension";

const test = testIn("de");

test("the options page speaks German", async ({ gelassen }) => {
  const page = await gelassen.context.newPage();
  await page.goto(`chrome-extension://${gelassen.extensionId}/options.html`);
  await expect(page.getByRole("heading", { name: "Die Richtlinien Ihres Unternehmens" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Löschprotokoll" })).toBeVisible();
  await page.getByLabel("Grußformel").fill("Viele Grüße, Ihr Acme-Team");
  await page.getByLabel("Grußformel").blur();
  await expect(page.locator(".save-state")).toHaveText("Gespeichert.");
  await screenshot(page, "options-de", { fullPage: false });
});
