import { test as base, expect, type Page } from "@playwright/test";
import { serveFixtures } from "../fixtures/serve.mjs";
import { launchWithExtension } from "./browser";
import { expected } from "./comments";
import { openPopup, screenshot, URLS } from "./extension";

/** The site card's status line (the popup also has a hidden live region that announces suggestions). */
const siteStatus = (popup: Page) => popup.getByRole("status").and(popup.locator("[data-status]"));

// Its own browser: the interface language is fixed when Chromium starts.
base("the popup and the options page speak German in a German browser", async () => {
  const gelassen = await launchWithExtension({ language: "de" });
  try {
    await serveFixtures(gelassen.context);
    const page = await gelassen.context.newPage();
    await page.goto(URLS.linkedin);
    await expect(page.locator("html")).toHaveAttribute("data-gelassen-active", "linkedin");
    const popup = await openPopup(gelassen, page);
    await expect(popup.getByText("Aktiv auf LinkedIn")).toBeVisible();
    await expect(popup.getByRole("switch", { name: "Gelassen auf LinkedIn" })).toBeVisible();
    const count = expected("linkedin", "initial").length;
    await expect(siteStatus(popup)).toHaveText(
      new RegExp(`^Kommentare auf dieser Seite: ${count} gefunden, \\d+ bewertet\\.$`),
    );
    await expect(popup.locator("html")).toHaveAttribute("lang", "de");
    await screenshot(popup, "popup-de");

    const options = await gelassen.context.newPage();
    await options.goto(`chrome-extension://${gelassen.extensionId}/options.html`);
    await expect(options.getByRole("heading", { name: "Seiten" })).toBeVisible();
    await expect(options).toHaveTitle("Gelassen – Einstellungen");
  } finally {
    await gelassen.close();
  }
});
