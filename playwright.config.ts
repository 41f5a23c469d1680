import { defineConfig } from "@playwright/test";

// One worker: the machine has two cores and every test file launches a whole browser with the extension.
export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  // Bundles the real editor frameworks into the fixture pages (tests/fixtures/.built).
  globalSetup: "./tests/e2e/global-setup.ts",
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  outputDir: "test-results",
});
