import { defineConfig } from "vitest/config";

export default defineConfig({
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  test: {
    // Playwright's *.spec.ts files are not vitest's.
    include: [
      "src/**/*.test.{ts,tsx}",
      "tests/unit/**/*.test.ts",
      "tests/functional/**/*.test.ts",
      "tests/golden/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    environment: "node",
  },
});
