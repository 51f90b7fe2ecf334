// A newcomer's key pushed to a public repository: GitHub (played by ./github-secret-scanning)
// reports it, and the API Keys page shows what happened and what to do. playwright.config.ts
// runs this on the configured PostgreSQL and Redis and on the zero-configuration default.
import type { Server } from "node:http";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { maskApiKey } from "@/lib/keys/format";
import { githubAlert, startGitHubKeyServer } from "./github-secret-scanning";
import {
  createKey,
  expectNoSeriousA11yViolations,
  failOnConsoleErrors,
  saveScreenshot,
  signUp,
  VIEWPORTS,
} from "./helpers";

const KEYS_PATH = "/settings/developer/api-keys";
const LEAK_URL = "https://github.com/acme-newcomer/crm-sync/blob/4b825dc642cb6eb9a060e54bf8d69288fbee4904/config.js";
// Long URLs keep their owner, repository and file (the link goes to the whole URL).
const SHOWN_URL = "github.com/acme-newcomer/crm-sync/…/config.js";

test.use({ permissions: ["clipboard-read", "clipboard-write"], viewport: VIEWPORTS.desktop, reducedMotion: "reduce" });

let keyServer: Server;
test.beforeAll(async () => {
  keyServer = await startGitHubKeyServer();
});
test.afterAll(async () => {
  keyServer.closeAllConnections();
  await new Promise((resolve) => keyServer.close(resolve));
});

async function reportLeak(request: APIRequestContext, key: string) {
  const { body, headers } = githubAlert(key, LEAK_URL);
  const response = await request.post("/api/secret-scanning/github", { data: body, headers });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual([
    { token_hash: expect.stringMatching(/^[0-9a-f]{64}$/), token_type: "mavio_api_key", label: "true_positive" },
  ]);
}

const callMe = (request: APIRequestContext, key: string) =>
  request.get("/api/v1/me", { headers: { Authorization: `Bearer ${key}` } });

const banner = (page: Page) => page.getByRole("region", { name: /found in public/ });
const keyRow = (page: Page, key: string) =>
  page
    .getByRole("table", { name: "API keys" })
    .getByRole("row")
    .filter({ hasText: maskApiKey(key.slice(-4)) });

test("a newcomer's first key found in public is revoked at once, and the page says so until acknowledged", async ({
  page,
  request,
}, testInfo) => {
  const consoleErrors = failOnConsoleErrors(page);
  await signUp(page, "Leaky Newcomer", "e2e-leak");
  await page.goto(KEYS_PATH);
  await expect(banner(page)).toHaveCount(0);
  await expect(page.getByRole("radio", { name: /Revoke automatically/ })).toBeChecked();
  const key = await createKey(page, "CRM sync");
  expect((await callMe(request, key)).status()).toBe(200);

  await reportLeak(request, key);
  const refused = await callMe(request, key);
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ code: "revoked_api_key" });

  await page.reload();
  const alert = banner(page);
  await expect(alert.getByText("An API key was found in public")).toBeVisible();
  await expect(alert).toContainText("CRM sync");
  await expect(alert).toContainText("Mavio revoked it at once");
  await expect(alert.getByRole("link", { name: SHOWN_URL })).toHaveAttribute("href", LEAK_URL);
  await expect(alert.getByRole("button", { name: /^Rotate/ })).toHaveCount(0); // a revoked key is not rotated

  // "All" leaves revoked keys out: the row is one click away, with where it was found.
  await page.getByRole("link", { name: /^Revoked/ }).click();
  const row = keyRow(page, key);
  await expect(row.getByText("Revoked", { exact: true })).toBeVisible();
  await expect(row.getByText("Exposed", { exact: true })).toBeVisible();
  await expect(row.getByRole("link", { name: SHOWN_URL })).toHaveAttribute("href", LEAK_URL);

  const audit = page.getByRole("region", { name: "Audit log" });
  const revokedEvent = audit.getByRole("row").filter({ hasText: `Found in public at ${LEAK_URL}` });
  await expect(revokedEvent).toContainText("Revoked");
  await expect(revokedEvent).toContainText("GitHub secret scanning");
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, testInfo, `secret-scanning-revoked-${testInfo.project.name}`);
  await page.setViewportSize(VIEWPORTS.phone);
  await expect(banner(page)).toBeVisible();
  await saveScreenshot(page, testInfo, `secret-scanning-revoked-390-${testInfo.project.name}`, { fullPage: false });
  await page.setViewportSize(VIEWPORTS.desktop);

  await banner(page).getByRole("button", { name: "Acknowledge the alert for CRM sync" }).click();
  await expect(page.getByText("Alert acknowledged")).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  await expect(audit.getByRole("row").filter({ hasText: "Exposure acknowledged" })).toContainText("Leaky Newcomer");
  await page.reload();
  await expect(page.getByRole("heading", { name: "API Keys" })).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  consoleErrors();
});

test("a team that chose Alert only keeps the key working, marked Exposed, with Rotate at hand", async ({
  page,
  request,
}, testInfo) => {
  const consoleErrors = failOnConsoleErrors(page);
  await signUp(page, "Careful Newcomer", "e2e-alert-only");
  await page.goto(KEYS_PATH);
  const save = page.getByRole("button", { name: "Save" });
  await expect(save).toBeDisabled(); // nothing changed yet
  await page.getByRole("radio", { name: /Alert only/ }).check();
  await save.click();
  await expect(page.getByText("Keys found in public keep working and are marked Exposed.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("radio", { name: /Alert only/ })).toBeChecked();

  const key = await createKey(page, "Nightly export");
  await reportLeak(request, key);
  expect((await callMe(request, key)).status()).toBe(200);

  await page.reload();
  const alert = banner(page);
  await expect(alert).toContainText("It still works (your team alerts only): rotate it now.");
  const row = keyRow(page, key);
  await expect(row.getByText("Active", { exact: true })).toBeVisible();
  await expect(row.getByText("Exposed", { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, testInfo, `secret-scanning-alert-only-${testInfo.project.name}`);

  await alert.getByRole("button", { name: /^Rotate Nightly export/ }).click();
  const dialog = page.getByRole("dialog", { name: /Rotate/ });
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  consoleErrors();
});
