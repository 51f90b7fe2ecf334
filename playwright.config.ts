import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT || 3100);
export const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  // Two cores serve the app and drive the browser: one worker keeps timings honest.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download cannot work offline.
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    // A production build on a throwaway database, seeded with the demo data.
    // `npm test` builds once before the system tests and sets E2E_PREBUILT.
    command: `npx tsx scripts/start.ts --port ${port} --isolated e2e_${port}${process.env.E2E_PREBUILT ? " --no-build" : ""}`,
    url: `${baseURL}/sign-in`,
    timeout: 300_000,
    reuseExistingServer: false,
    // The webhook tests deliver to a receiver on 127.0.0.1 (cloud metadata addresses stay refused).
    env: { WEBHOOKS_ALLOW_PRIVATE_URLS: "true" },
    stdout: "pipe",
    stderr: "pipe",
  },
});
