import { defineConfig } from "vitest/config";

// The Firefox suite (tests/firefox): real Firefox driven over WebDriver BiDi. Kept out of the unit run, whose
// `include` does not reach tests/firefox.
export default defineConfig({
  test: {
    include: ["tests/firefox/**/*.firefox.test.ts"],
    environment: "node",
    // One Firefox at a time: each file launches its own (one per interface language) and the machine has two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    // A launch takes 3–11 s on two busy cores.
    hookTimeout: 90_000,
  },
});
