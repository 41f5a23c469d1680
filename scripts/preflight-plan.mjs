// What `npm test` does before any test, decided from what the machine has (scripts/preflight.mjs gathers that).
// Pure, so its table test covers every machine without uninstalling a browser.

/**
 * @typedef {object} Machine
 * @property {{ named?: string, found?: string, playwright: boolean }} chromium `named`: $CHROMIUM_PATH; `found`: the
 *   first Chromium that exists ($CHROMIUM_PATH, then Debian's); `playwright`: whether Playwright's own is installed
 * @property {{ named?: string, found?: string, version?: number }} firefox `named`: $FIREFOX_PATH; `found`: the first
 *   Firefox that exists; `version`: its major version, when it could be read
 * @property {number} firefoxMinimum the oldest Firefox the manifest accepts
 * @property {boolean} installTried whether Playwright's Chromium was just installed (or tried)
 */

/**
 * "run", "install-chromium" (Playwright's, then decide again), or "stop" with the one line that says what to do.
 * Everything that stops without a download is decided first: nobody should wait for Chromium to download only to
 * hear that Firefox is missing.
 * @param {Machine} machine
 * @returns {{ action: "run" } | { action: "install-chromium" } | { action: "stop", message: string }}
 */
export function preflightPlan({ chromium, firefox, firefoxMinimum, installTried }) {
  const stop = (message) => ({ action: "stop", message });
  if (chromium.named && chromium.found !== chromium.named)
    return stop(`CHROMIUM_PATH is ${chromium.named}, which does not exist: point it at a Chromium or unset it.`);
  if (firefox.named && firefox.found !== firefox.named)
    return stop(
      `FIREFOX_PATH is ${firefox.named}, which does not exist: point it at Firefox ${firefoxMinimum}+ or unset it.`,
    );
  if (!firefox.found)
    return stop(
      `The tests need Firefox ${firefoxMinimum} or newer: install it (Debian: apt-get install firefox-esr firefox-esr-l10n-de) or set FIREFOX_PATH.`,
    );
  if (firefox.version !== undefined && firefox.version < firefoxMinimum)
    return stop(
      `The tests need Firefox ${firefoxMinimum} or newer, but ${firefox.found} is ${firefox.version}: update it (Debian: apt-get update && apt-get install firefox-esr) or set FIREFOX_PATH.`,
    );
  if (chromium.found || chromium.playwright) return { action: "run" };
  if (!installTried) return { action: "install-chromium" };
  return stop(
    "The tests need Chromium and Playwright's could not be installed: install Chromium (Debian: apt-get install chromium chromium-l10n) or set CHROMIUM_PATH.",
  );
}
