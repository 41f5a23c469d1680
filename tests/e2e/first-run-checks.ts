// Issue 13, item 1 in the browser: a fresh install opens the first-run page; what the user enters there (with a
// live preview) is what the first suggestion on a demo page says; skipping is remembered. Each test installs
// Gelassen into a browser of its own, since the first-run page opens only on a new install.
import { test as base, expect, type Page } from "@playwright/test";
import { serveFixtures } from "../fixtures/serve.mjs";
import { type ExtensionBrowser, launchWithExtension } from "./browser";
import { commentByText } from "./expected-comments";
import { openPopup, screenshot } from "./extension";
import { openMarked } from "./suggestion-checks";

type Language = "en" | "de";

const WORDS = {
  en: {
    title: "Welcome to Gelassen",
    next: "Next",
    finish: "Finish",
    skip: "Skip setup",
    company: "Company name",
    signOff: "Sign-off",
    email: "Support e-mail for private follow-up",
    saturday: "Saturday",
    x: "Gelassen on X",
    done: "Gelassen is ready",
    skipped: "Setup skipped",
    prompt: "Set up Gelassen",
    defaultSignOff: "Best regards, the team",
    // English replies say "you" either way: the address form shows in the German comment's reply.
    ownSignOff: "Warm wishes, the Nordlicht crew",
    typedCompany: "Best regards, the Nordlicht team",
    insert: "Insert",
  },
  de: {
    title: "Willkommen bei Gelassen",
    next: "Weiter",
    finish: "Fertig",
    skip: "Einrichtung überspringen",
    company: "Name des Unternehmens",
    signOff: "Grußformel",
    email: "Support-E-Mail für die private Klärung",
    saturday: "Samstag",
    x: "Gelassen auf X",
    done: "Gelassen ist bereit",
    skipped: "Einrichtung übersprungen",
    prompt: "Gelassen einrichten",
    defaultSignOff: "Viele Grüße, Ihr Team",
    ownSignOff: "Liebe Grüße, dein Nordlicht-Team",
    typedCompany: "Viele Grüße, Ihr Team von Nordlicht",
    insert: "Einfügen",
  },
} as const;

const DU = /\b(?:du|dir|dich|dein\w*)\b/;
const SIE = /\b(?:Sie|Ihnen|Ihr\w*)\b/;

async function install(language: Language): Promise<ExtensionBrowser & { firstRun: Page }> {
  const gelassen = await launchWithExtension({ language, firstRun: "keep" });
  await serveFixtures(gelassen.context);
  if (!gelassen.firstRunPage) throw new Error("no first-run page");
  return { ...gelassen, firstRun: gelassen.firstRunPage };
}

const preview = (page: Page) => page.locator('[data-preview="suggestion"]');

/** The first suggestion the popup shows for the comment that starts with `start` (asked for if not shown yet). */
async function firstSuggestion(popup: Page, start: string): Promise<string> {
  const card = popup.locator(`[data-comment-key="${commentByText("facebook", start)}"]`);
  const text = card.locator(".suggestion-text").first();
  await expect(card).toBeVisible();
  const more = card.locator('.suggestions > button[aria-expanded="false"]');
  if (await more.isVisible()) await more.click();
  await expect(text).not.toBeEmpty();
  return (await text.textContent()) ?? "";
}

export function defineFirstRunTests(language: Language): void {
  const say = WORDS[language];

  base(`${language}: a new install asks for the company's voice, and the first suggestions speak with it`, async () => {
    const gelassen = await install(language);
    try {
      const page = gelassen.firstRun;
      await page.setViewportSize({ width: 1100, height: 900 });
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(say.title);
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      // Before any answer the preview signs as the neutral team.
      await expect(preview(page)).toContainText(say.defaultSignOff);
      await screenshot(page, `first-run-start-${language}`);
      await page.getByRole("button", { name: say.next }).click();

      // The preview follows each keystroke, before the field is left.
      await page.getByLabel(say.company).fill("Nordlicht");
      await expect(preview(page)).toContainText(say.typedCompany);
      await page.getByRole("radio", { name: "du", exact: true }).check();
      await page.getByLabel(say.signOff).fill(say.ownSignOff);
      await expect(preview(page)).toContainText(say.ownSignOff);
      if (language === "de") {
        await expect(preview(page)).toContainText(DU);
        await expect(preview(page)).not.toContainText(SIE);
      }
      await screenshot(page, `first-run-voice-${language}`);
      await page.getByRole("button", { name: say.next }).click();
      // The step's heading takes the focus, so a screen reader hears where it is.
      await expect(page.getByRole("heading", { level: 2 }).first()).toBeFocused();

      await page.getByLabel(say.email).fill("service@nordlicht.example");
      await expect(preview(page)).toContainText("service@nordlicht.example");
      await page.getByRole("button", { name: say.next }).click();

      await page.getByLabel(say.saturday).check();
      await page.getByRole("button", { name: say.next }).click();

      await page.getByRole("switch", { name: say.x }).click();
      await expect(page.getByRole("switch", { name: say.x })).toHaveAttribute("aria-checked", "false");
      await page.getByRole("button", { name: say.finish }).click();
      await expect(page.getByRole("heading", { name: say.done })).toBeFocused();

      // Written where the options page reads and edits them.
      const stored = await gelassen.worker.evaluate(async () => ({
        local: await chrome.storage.local.get(["guidelines", "firstRun"]),
        sync: await chrome.storage.sync.get("settings"),
      }));
      expect(stored.local.guidelines).toMatchObject({
        companyName: "Nordlicht",
        addressForm: "du",
        signOff: say.ownSignOff,
        escalation: { email: "service@nordlicht.example" },
        businessHours: { days: ["mon", "tue", "wed", "thu", "fri", "sat"] },
      });
      expect(stored.local.firstRun).toEqual({ version: 1, state: "done" });
      expect(stored.sync.settings).toMatchObject({ sites: { facebook: true, x: false, linkedin: true } });
      const options = await gelassen.context.newPage();
      await options.goto(`chrome-extension://${gelassen.extensionId}/options.html`);
      await expect(options.getByLabel(say.company)).toHaveValue("Nordlicht");

      // The demo post: Jana's German complaint is answered with du, Priya's English question with the sign-off
      // in its own language (the company's where it is written in that language, the neutral one where not).
      const demo = await gelassen.context.newPage();
      await openMarked(demo, "facebook", language);
      const popup = await openPopup(gelassen, demo);
      await popup.setViewportSize({ width: 400, height: 900 });
      await expect(popup.locator('[data-first-run="prompt"]')).toHaveCount(0);
      const jana = await firstSuggestion(popup, "Seit drei Wochen warte ich");
      expect(jana).toMatch(DU);
      expect(jana).not.toMatch(SIE);
      expect(jana).toContain(language === "de" ? say.ownSignOff : "Liebe Grüße, dein Team von Nordlicht");
      const priya = await firstSuggestion(popup, "Does the new service desk");
      expect(priya).toContain(language === "en" ? say.ownSignOff : "Best regards, the Nordlicht team");
    } finally {
      await gelassen.close();
    }
  });

  base(`${language}: skipping is remembered, and the popup stops offering the page`, async () => {
    const gelassen = await install(language);
    try {
      const page = gelassen.firstRun;
      const popup = await openPopup(gelassen, page);
      const offer = popup.locator('[data-first-run="prompt"]');
      await expect(offer).toBeVisible();
      // The popup's offer opens the page again.
      const opened = gelassen.context.waitForEvent("page");
      await offer.getByRole("button", { name: say.prompt }).click();
      const again = await opened;
      await expect(again.getByRole("heading", { level: 1 })).toHaveText(say.title);

      await again.getByRole("button", { name: say.skip }).click();
      await expect(again.getByRole("heading", { name: say.skipped })).toBeFocused();
      // Every open copy of the page follows, and a reload still knows.
      await expect(page.getByRole("heading", { name: say.skipped })).toBeVisible();
      await page.reload();
      await expect(page.getByRole("heading", { name: say.skipped })).toBeVisible();
      const later = await openPopup(gelassen, page);
      await expect(later.getByRole("tab").first()).toBeVisible();
      await expect(later.locator('[data-first-run="prompt"]')).toHaveCount(0);
      // Nothing was written to the guidelines: replies keep the neutral sign-off.
      expect(await gelassen.worker.evaluate(() => chrome.storage.local.get("guidelines"))).toEqual({});
    } finally {
      await gelassen.close();
    }
  });
}
