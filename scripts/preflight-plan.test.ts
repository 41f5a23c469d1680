import { describe, expect, it } from "vitest";
import { type Machine, preflightPlan } from "./preflight-plan.mjs";

const DEBIAN_CHROMIUM = "/usr/lib/chromium/chromium";
const ESR = "/usr/bin/firefox-esr";

/** A machine with Debian's Chromium and Firefox ESR 153, changed by `change`. */
function machine(change: Partial<Machine> = {}): Machine {
  return {
    chromium: { found: DEBIAN_CHROMIUM, playwright: false },
    firefox: { found: ESR, version: 153 },
    firefoxMinimum: 142,
    installTried: false,
    ...change,
  };
}

const noChromium = { playwright: false };

describe("preflightPlan", () => {
  const table: [string, Machine, ReturnType<typeof preflightPlan>["action"], RegExp?][] = [
    ["Debian's Chromium and Firefox ESR: run", machine(), "run"],
    ["only Playwright's Chromium: run", machine({ chromium: { playwright: true } }), "run"],
    [
      "$CHROMIUM_PATH that exists: run",
      machine({ chromium: { named: "/opt/c/chrome", found: "/opt/c/chrome", playwright: false } }),
      "run",
    ],
    ["no Chromium at all: install Playwright's", machine({ chromium: noChromium }), "install-chromium"],
    [
      "no Chromium and the install did not give one: stop",
      machine({ chromium: noChromium, installTried: true }),
      "stop",
      /^The tests need Chromium .*apt-get install chromium chromium-l10n.*CHROMIUM_PATH\.$/,
    ],
    ["the install gave Playwright's: run", machine({ chromium: { playwright: true }, installTried: true }), "run"],
    [
      "$CHROMIUM_PATH that does not exist, though Debian's does: stop, not a silent fallback",
      machine({ chromium: { named: "/nope", found: DEBIAN_CHROMIUM, playwright: true } }),
      "stop",
      /^CHROMIUM_PATH is \/nope, which does not exist/,
    ],
    [
      "no Firefox: stop before downloading any Chromium",
      machine({ chromium: noChromium, firefox: {} }),
      "stop",
      /^The tests need Firefox 142 or newer: install it .*firefox-esr.* or set FIREFOX_PATH\.$/,
    ],
    [
      "$FIREFOX_PATH that does not exist: stop",
      machine({ firefox: { named: "/nope", found: ESR, version: 153 } }),
      "stop",
      /^FIREFOX_PATH is \/nope/,
    ],
    [
      "$FIREFOX_PATH that exists: run",
      machine({ firefox: { named: "/opt/f/firefox", found: "/opt/f/firefox", version: 150 } }),
      "run",
    ],
    [
      "Firefox ESR 140 (Debian without apt-get update): stop",
      machine({ firefox: { found: ESR, version: 140 } }),
      "stop",
      /but \/usr\/bin\/firefox-esr is 140: update it/,
    ],
    ["Firefox exactly at the minimum: run", machine({ firefox: { found: ESR, version: 142 } }), "run"],
    ["a Firefox whose version cannot be read: run (the launch says more)", machine({ firefox: { found: ESR } }), "run"],
  ];

  for (const [name, given, action, message] of table) {
    it(name, () => {
      const plan = preflightPlan(given);
      expect(plan.action).toBe(action);
      if (message) expect(plan.action === "stop" && plan.message).toMatch(message);
      // One line, whatever the reason.
      if (plan.action === "stop") expect(plan.message).not.toContain("\n");
    });
  }
});
