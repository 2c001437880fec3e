import { defineConfig, devices } from "@playwright/test";
import { E2E_BASE_URL, E2E_PORT } from "./e2e/env";

/*
 * End-to-end tests on the production build (`next build` with NEXT_DIST_DIR first) in
 * Debian's chromium — never a downloaded browser. e2e/serve.ts prepares a fresh e2e
 * database (small seed, demo accounts) and serves the build with the job worker.
 */
export default defineConfig({
  testDir: "e2e",
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? ".data/test-results/playwright.json" }],
  ],
  outputDir: ".data/test-results/playwright",
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "fr-FR",
    timezoneId: "Europe/Paris",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--headless",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node --import tsx e2e/serve.ts",
    url: `${E2E_BASE_URL}/api/health`,
    env: { PORT: String(E2E_PORT), NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-e2e" },
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets serve.ts stop next, the worker and its PostgreSQL in order.
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
  },
});
