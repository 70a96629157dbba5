import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/e2e/**", "tests/e2e-firefox/**", "**/node_modules/**"],
          environment: "node",
          testTimeout: 20_000,
        },
      },
      {
        // Real Chromium with the built extension: one browser at a time, each file launching its own.
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.e2e.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/harness/global-setup.ts"],
          pool: "forks",
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Real Firefox (ESR) with the Firefox build installed as a temporary add-on, driven over WebDriver BiDi.
        test: {
          name: "e2e-firefox",
          include: ["tests/e2e-firefox/**/*.e2e.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/harness/global-setup.ts"],
          pool: "forks",
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
