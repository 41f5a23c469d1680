// Where the browsers the tests drive may be, in order of preference. Shared by the launchers and the preflight,
// which must agree on what "found" means.

/** $CHROMIUM_PATH, then Debian's Chromium (the binary first: the /usr/bin wrapper prints a warning). */
export const chromiumCandidates = (env = process.env) => [
  env.CHROMIUM_PATH,
  "/usr/lib/chromium/chromium",
  "/usr/bin/chromium",
];

/** $FIREFOX_PATH, then Debian's ESR, then a distribution's own Firefox. */
export const firefoxCandidates = (env = process.env) => [env.FIREFOX_PATH, "/usr/bin/firefox-esr", "/usr/bin/firefox"];
