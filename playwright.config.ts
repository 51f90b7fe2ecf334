import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";
import { GITHUB_KEYS_URL } from "./e2e/github-secret-scanning";
import { MAIL_DIRS, SMTP_CATCHER_URL } from "./e2e/mailbox";

const port = Number(process.env.E2E_PORT || 3100);
export const baseURL = `http://localhost:${port}`;
// The zero-configuration server listens next to the configured one.
const embeddedBaseURL = `http://localhost:${port + 1}`;

// What a newcomer has not set. `env -u` removes them (Playwright's webServer env can only
// add variables), so CI's DATABASE_URL and REDIS_URL cannot reach the embedded run.
const CONFIGURATION = ["DATABASE_URL", "REDIS_URL", "UPSTASH_REDIS_REST_URL", "UPSTASH_REDIS_REST_TOKEN", "SMTP_URL"];

const runId = `${process.pid}-${Date.now()}`;

type WebServer = Extract<NonNullable<PlaywrightTestConfig["webServer"]>, unknown[]>[number];

/**
 * A production build on a throwaway database (a fresh schema, or a temporary embedded
 * folder), seeded with the demo data.
 */
function startServer(
  name: string,
  serverBaseURL: string,
  options: { build: boolean; launcher?: string; email: Record<string, string> },
): WebServer {
  const serverPort = new URL(serverBaseURL).port;
  return {
    name,
    command: `${options.launcher ?? ""}npx tsx scripts/start.ts --port ${serverPort} --isolated e2e_${serverPort}${options.build ? "" : " --no-build"}`,
    url: `${serverBaseURL}/sign-in`,
    timeout: 300_000,
    reuseExistingServer: false,
    // The webhook tests deliver to a receiver on 127.0.0.1 (cloud metadata addresses stay refused).
    // Every journey signs up from 127.0.0.1: more than the default hourly cap allows. Its
    // own Redis namespace per run, as its database is: failed sign-ins from 127.0.0.1 in
    // earlier or parallel runs must not lock this one out.
    env: {
      WEBHOOKS_ALLOW_PRIVATE_URLS: "true",
      SIGN_UPS_PER_IP_PER_HOUR: "1000",
      REDIS_KEY_PREFIX: `e2e:${serverPort}:${runId}:`,
      // The secret scanning tests play GitHub (e2e/github-secret-scanning.ts).
      SECRET_SCANNING_GITHUB_KEYS_URL: GITHUB_KEYS_URL,
      // Where its mail goes (e2e/mailbox.ts reads it back).
      ...options.email,
    },
    // SIGTERM lets scripts/start.ts stop what it started (the embedded database and its
    // socket, its temporary folder, the Redis bridge, the schema) instead of being killed.
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    stdout: "pipe",
    stderr: "pipe",
  };
}

const chromium = { ...devices["Desktop Chrome"], channel: undefined };

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  // Two cores serve the app and drive the browser: one worker keeps timings honest.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // Empties the mail folders and runs the SMTP catcher for the whole run (e2e/mailbox.ts).
  globalSetup: "./e2e/global-setup.ts",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["json", { outputFile: "test-results/e2e-report.json" }],
    ["html", { open: "never", outputFolder: "playwright-report" }],
  ],
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download cannot work offline.
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // Every flow, against DATABASE_URL and REDIS_URL when set (CI sets both).
    { name: "postgres-redis", use: { ...chromium, baseURL } },
    // The first-use journey again on what `npm install && npm start` gives a newcomer:
    // embedded PostgreSQL (PGlite) and the in-process rate limiter.
    {
      name: "embedded",
      testMatch: ["first-use.spec.ts", "secret-scanning.spec.ts", "accounts.spec.ts", "team-invitations.spec.ts"],
      use: { ...chromium, baseURL: embeddedBaseURL },
    },
  ],
  // Playwright starts every server whatever projects are selected, one after the other: the
  // first builds (unless `npm test` already did and set E2E_PREBUILT), the second reuses that
  // build, as rebuilding .next would pull it from under the first.
  webServer: [
    startServer("postgres-redis", baseURL, {
      build: !process.env.E2E_PREBUILT,
      email: { SMTP_URL: SMTP_CATCHER_URL },
    }),
    // No SMTP_URL, as for a newcomer: it saves .eml files, here into a folder the tests read.
    startServer("embedded", embeddedBaseURL, {
      build: false,
      launcher: `env ${CONFIGURATION.map((name) => `-u ${name}`).join(" ")} `,
      email: { MAIL_DIR: MAIL_DIRS.embedded },
    }),
  ],
});
