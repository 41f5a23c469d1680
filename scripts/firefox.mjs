// Launches Firefox with the built extension, for the Firefox suite (tests/firefox). Playwright cannot drive a stock
// Firefox and Debian ships no geckodriver, so puppeteer-core drives it over WebDriver BiDi (see DESIGN.md,
// "Firefox end to end").
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import puppeteer from "puppeteer-core";
import { firefoxCandidates } from "./browser-paths.mjs";

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, "../dist/firefox");

/**
 * The extension's internal UUID, fixed by a pref: Firefox otherwise picks a random one per profile, and the
 * `moz-extension://` address of the popup and options page would be unknown until the extension is installed.
 */
export const EXTENSION_UUID = "6a0e5c1d-3f2b-4e8a-9c47-5d1b2e3f4a60";
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** @returns {string | undefined} the first candidate that exists */
export const firefoxPath = (env = process.env) => firefoxCandidates(env).find((path) => path && existsSync(path));

/** Firefox's own language packs: the interface (and so `i18n.getUILanguage()`) follows `intl.locale.requested`. */
const LOCALES = { en: "en-US", de: "de" };

/**
 * Launches headless Firefox with dist/firefox installed as a temporary add-on (with its host permissions granted),
 * in the given interface language. Puppeteer makes a fresh profile and removes it on close.
 * @param {{ language?: "en" | "de" }} [options]
 */
export async function launchFirefoxWithExtension(options = {}) {
  const language = options.language ?? "en";
  const manifestPath = join(FIREFOX_EXTENSION_DIR, "manifest.json");
  if (!existsSync(manifestPath))
    throw new Error(`No built extension in ${FIREFOX_EXTENSION_DIR}: run "npm run build".`);
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error("No Firefox found: install Firefox 142 or newer, or set FIREFOX_PATH.");
  const geckoId = JSON.parse(readFileSync(manifestPath, "utf8")).browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath,
    headless: true,
    // Without it BiDi refuses to open moz-extension:// pages.
    args: ["--remote-allow-system-access"],
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      "intl.locale.requested": LOCALES[language],
      "intl.accept_languages": language === "de" ? "de-DE,de,en" : "en-US,en",
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    // The install opens the first-run page (src/background/first-run.ts): waited for, so it cannot come to the
    // front later over a suite's pages, and closed.
    await (await firstRunTab(browser)).close();
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, language, origin: EXTENSION_ORIGIN, close: () => browser.close() };
}

/**
 * The tab showing the first-run page. Its URL is asked of the page itself: without navigation events from the
 * extension process, puppeteer's `page.url()` may still say about:blank.
 * @param {import("puppeteer-core").Browser} browser
 */
async function firstRunTab(browser) {
  const url = `${EXTENSION_ORIGIN}/first-run.html`;
  for (const end = Date.now() + 15_000; Date.now() < end; ) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => "");
      if (href === url) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Installing Gelassen did not open ${url} within 15 s.`);
}

/**
 * Opens one of the extension's pages in a new tab. `goto` never resolves for a moz-extension:// page (no
 * navigation events come from the extension process), so it is started without waiting and the page is polled
 * until the document has loaded. The poll is our own: puppeteer's waitForFunction gives up on the protocol error
 * Firefox answers while the first blank document is being replaced (seen when opening a window).
 * @param {import("puppeteer-core").Browser} browser
 * @param {string} path e.g. "popup.html?tab=3"
 * @param {import("puppeteer-core").CreatePageOptions} [where] a tab (the default) or `{ type: "window" }`
 */
export async function openExtensionPage(browser, path, where) {
  const page = await browser.newPage(where);
  const url = `${EXTENSION_ORIGIN}/${path}`;
  // Rejects with "Frame detached" once the page is closed; nothing waits for it.
  page.goto(url).catch(() => {});
  const loaded = () =>
    page.evaluate((wanted) => location.href === wanted && document.readyState === "complete", url).catch(() => false);
  for (const end = Date.now() + 15_000; !(await loaded()); ) {
    if (Date.now() > end) throw new Error(`${url} did not load within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return page;
}
