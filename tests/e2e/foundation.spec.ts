import type { Page } from "@playwright/test";
import { expected } from "./comments";
import { expect, openPopup, screenshot, test, URLS } from "./extension";

/** The site card's status line (the popup also has a hidden live region that announces suggestions). */
const siteStatus = (popup: Page) => popup.getByRole("status").and(popup.locator("[data-status]"));

const ACTIVE = "html[data-gelassen-active]";

test.describe("the content script", () => {
  for (const [site, url] of Object.entries(URLS)) {
    test(`runs on ${site} at ${new URL(url).host}`, async ({ gelassen }) => {
      const page = await gelassen.context.newPage();
      await page.goto(url);
      await expect(page.locator("html")).toHaveAttribute("data-gelassen-active", site);
    });
  }

  for (const url of ["https://example.com/", "https://www.facebook.com.evil.example/"]) {
    test(`does not run on ${url}`, async ({ gelassen }) => {
      const page = await gelassen.context.newPage();
      await page.goto(url);
      // Give a content script every chance to start before checking it did not.
      await page.waitForTimeout(500);
      await expect(page.locator(ACTIVE)).toHaveCount(0);
    });
  }
});

test.describe("the popup's site switch", () => {
  test("turns Gelassen off and on again without a reload", async ({ gelassen }) => {
    const page = await gelassen.context.newPage();
    await page.goto(URLS.facebook);
    await expect(page.locator("html")).toHaveAttribute("data-gelassen-active", "facebook");
    let reloaded = false;
    page.on("load", () => {
      reloaded = true;
    });

    const popup = await openPopup(gelassen, page);
    const toggle = popup.getByRole("switch", { name: "Gelassen on Facebook" });
    await expect(toggle).toHaveAttribute("aria-checked", "true");
    await expect(popup.getByText("Active on Facebook")).toBeVisible();
    // Every comment and reply of the demo post, as the fixture threads say; the content script counts them for real.
    const count = expected("facebook", "initial").length;
    await expect(siteStatus(popup)).toHaveText(new RegExp(`^Comments on this page: ${count} found, \\d+ assessed\\.$`));

    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-checked", "false");
    await expect(page.locator(ACTIVE)).toHaveCount(0);
    await expect(siteStatus(popup)).toHaveText(/Switched off here/);

    await toggle.click();
    await expect(page.locator("html")).toHaveAttribute("data-gelassen-active", "facebook");
    await expect(toggle).toHaveAttribute("aria-checked", "true");
    expect(reloaded).toBe(false);
  });

  test("switches one site only", async ({ gelassen }) => {
    const facebook = await gelassen.context.newPage();
    await facebook.goto(URLS.facebook);
    const linkedin = await gelassen.context.newPage();
    await linkedin.goto(URLS.linkedin);
    await expect(linkedin.locator("html")).toHaveAttribute("data-gelassen-active", "linkedin");

    const popup = await openPopup(gelassen, linkedin);
    await popup.getByRole("switch", { name: "Gelassen on LinkedIn" }).click();
    await expect(linkedin.locator(ACTIVE)).toHaveCount(0);
    await expect(facebook.locator("html")).toHaveAttribute("data-gelassen-active", "facebook");

    // A page opened while the site is off stays untouched.
    const second = await gelassen.context.newPage();
    await second.goto(URLS.linkedin);
    await second.waitForTimeout(500);
    await expect(second.locator(ACTIVE)).toHaveCount(0);
  });

  test("says so honestly on a tab that is not a supported site", async ({ gelassen }) => {
    const page = await gelassen.context.newPage();
    await page.goto("https://example.com/");
    const popup = await openPopup(gelassen, page);
    await expect(popup.getByRole("heading", { name: "Not a supported site" })).toBeVisible();
    await expect(popup.getByRole("switch")).toHaveCount(0);
  });

  test("renders in English", async ({ gelassen }) => {
    const page = await gelassen.context.newPage();
    await page.goto(URLS.x);
    const popup = await openPopup(gelassen, page);
    await expect(popup.getByRole("heading", { name: "X" })).toBeVisible();
    await expect(popup.getByText("Active on X")).toBeVisible();
    await expect(popup.getByRole("button", { name: "Settings and guidelines" })).toBeVisible();
    await expect(popup.locator("html")).toHaveAttribute("lang", "en");
    await screenshot(popup, "popup-en");
  });
});

test.describe("messaging", () => {
  test("the worker refuses garbage and unknown messages with a clear error", async ({ gelassen }) => {
    const page = await gelassen.context.newPage();
    await page.goto(`chrome-extension://${gelassen.extensionId}/options.html`);
    const answers = await page.evaluate(async () => {
      const ask = (message: unknown) => chrome.runtime.sendMessage(message);
      return [
        await ask({ hello: "world" }),
        await ask({ gelassen: 1, type: "tabs/closeAll", payload: {} }),
        await ask({ gelassen: 1, type: "page/status", payload: {} }),
      ];
    });
    expect(answers[0]).toEqual({ ok: false, error: expect.stringMatching(/^refused: malformed message/) });
    expect(answers[1]).toEqual({ ok: false, error: 'refused: unknown message "tabs/closeAll"' });
    // page/status is the content script's message; the worker does not answer it.
    expect(answers[2]).toEqual({ ok: false, error: 'refused: unknown message "page/status"' });
  });
});

test.describe("the in-page UI's file", () => {
  test("costs no permission warning beyond what Gelassen asked before, and no web page can fetch it", async ({
    gelassen,
  }) => {
    // Chrome's own words for an install: the manifest as built, and the same without `scripting`.
    const warnings = await gelassen.worker.evaluate(async () => {
      const manifest = chrome.runtime.getManifest();
      const without = { ...manifest, permissions: manifest.permissions?.filter((name) => name !== "scripting") };
      const warn = (value: object) => chrome.management.getPermissionWarningsByManifest(JSON.stringify(value));
      return { built: await warn(manifest), without: await warn(without), scripting: manifest.permissions };
    });
    expect(warnings.scripting).toContain("scripting");
    expect(warnings.built.length).toBeGreaterThan(0);
    expect(warnings.built).toEqual(warnings.without);

    const page = await gelassen.context.newPage();
    await page.goto(URLS.facebook);
    const fetched = await page.evaluate(async (url) => {
      try {
        return (await fetch(url)).status;
      } catch {
        return "refused";
      }
    }, `chrome-extension://${gelassen.extensionId}/content-ui.js`);
    expect(fetched).toBe("refused");
  });
});
