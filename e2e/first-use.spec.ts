// A newcomer's first steps, from signing up to a first API key and a first webhook
// endpoint. playwright.config.ts runs this journey twice: against the configured
// PostgreSQL and Redis, and against the zero-configuration default (embedded PostgreSQL,
// in-process rate limiter) that `npm install && npm start` gives.
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { maskApiKey } from "@/lib/keys/format";
import {
  expectNoSeriousA11yViolations,
  failOnConsoleErrors,
  openDialog,
  saveScreenshot,
  signUp,
  VIEWPORTS,
} from "./helpers";

const KEYS_PATH = "/settings/developer/api-keys";
const WEBHOOKS_PATH = "/settings/developer/webhooks";
const KEY_NAME = "My first integration";
// Longer than the page takes to revalidate after a create: a secret shown once must outlive it.
const REVALIDATION_MS = 1_500;

test.use({ permissions: ["clipboard-read", "clipboard-write"], viewport: VIEWPORTS.desktop, reducedMotion: "reduce" });

function callMe(request: APIRequestContext, key: string) {
  return request.get("/api/v1/me", { headers: { Authorization: `Bearer ${key}` } });
}

const keyRow = (page: Page, key: string) =>
  page
    .getByRole("table", { name: "API keys" })
    .getByRole("row")
    .filter({ hasText: maskApiKey(key.slice(-4)) });

const keyMenu = (page: Page, key: string) =>
  keyRow(page, key).getByRole("button", { name: `Actions for ${KEY_NAME}, key ending ${key.slice(-4)}` });

const statValue = (page: Page, label: string) =>
  page.getByRole("term").filter({ hasText: label }).locator("xpath=following-sibling::dd[1]");

/** Waits out the revalidation that follows a create; returns the secret, still on screen. */
async function secretAfterRevalidation(page: Page, dialog: Locator, label: string): Promise<string> {
  await expect(dialog).toBeVisible();
  const field = dialog.getByLabel(label, { exact: true });
  // Bounded: a dialog that unmounts right now fails the step, not the whole test's timeout.
  const secret = await field.inputValue({ timeout: 5_000 });
  await page.waitForTimeout(REVALIDATION_MS);
  await expect(field).toHaveValue(secret, { timeout: 1_000 });
  return secret;
}

/** Copies the shown secret with its Copy button and checks what reached the clipboard. */
async function copySecret(page: Page, dialog: Locator, label: string): Promise<string> {
  const secret = await dialog.getByLabel(label, { exact: true }).inputValue({ timeout: 5_000 });
  await dialog.getByRole("button", { name: "Copy", exact: true }).click();
  await expect(dialog.getByRole("button", { name: "Copied", exact: true })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  return secret;
}

async function closeWithDone(dialog: Locator) {
  await dialog.getByRole("button", { name: "Done", exact: true }).click();
  await expect(dialog).toBeHidden();
}

test("first use: sign up, create, use, rotate and revoke a key, then add a webhook endpoint", async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const noConsoleErrors = failOnConsoleErrors(page);
  // One file per step and run, so the two runs keep their own screenshots.
  const screenshot = (name: string) =>
    saveScreenshot(page, testInfo, `first-use-${testInfo.project.name}-${name}`, { fullPage: false });

  await test.step("1. a new person's team has no keys yet", async () => {
    await signUp(page, "Frida First", "first-use");
    await page.goto(KEYS_PATH);
    await expect(page.getByRole("heading", { name: "Connect Mavio to your own tools" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Create API Key" })).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);
    await screenshot("1-keys-empty");
  });

  await test.step("2. create a meetings:read key", async () => {
    const form = await openDialog(
      page.getByRole("button", { name: "Create API Key" }),
      page.getByRole("dialog", { name: "Create API Key" }),
    );
    await form.getByLabel("Name").fill(KEY_NAME);
    await form.getByRole("checkbox", { name: "meetings:read", exact: true }).check();
    await screenshot("2-create-form");
    await form.getByRole("button", { name: "Create API Key" }).click();
  });

  let key = "";
  await test.step("3. the first key stays on screen, and Copy puts it on the clipboard", async () => {
    const revealed = page.getByRole("dialog", { name: "API key created" });
    key = await secretAfterRevalidation(page, revealed, "API key");
    expect(key).toMatch(/^mavio_sk_/);
    await expectNoSeriousA11yViolations(page);
    await copySecret(page, revealed, "API key");
    await screenshot("3-key-shown");
    await closeWithDone(revealed);
  });

  let requestId = "";
  await test.step("4. the key authenticates GET /api/v1/me", async () => {
    const response = await callMe(request, key);
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ name: KEY_NAME });
    requestId = response.headers()["x-request-id"]!;
  });

  await test.step("5. the key's usage page counts that call and logs it with its request id", async () => {
    await page.getByRole("table", { name: "API keys" }).getByRole("link", { name: KEY_NAME, exact: true }).click();
    await expect(page).toHaveURL(/\/settings\/developer\/api-keys\/key_[^/]+\/usage$/);
    // Usage reaches the database within about a second of the request.
    const logged = page.getByRole("table", { name: /^Recent requests/ }).getByRole("row");
    await expect(async () => {
      await page.reload();
      expect(
        Number((await statValue(page, "Requests").textContent({ timeout: 1_000 }))?.replace(/,/g, "")),
      ).toBeGreaterThanOrEqual(1);
      // The log is written by the same flush as the counts, in a statement of its own.
      await expect(logged).toHaveCount(2, { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expect(logged.nth(1)).toContainText(/GET\s*\/me\s*200/);
    await expect(logged.nth(1).getByRole("link", { name: `Only request ${requestId}` })).toBeVisible();
    await screenshot("5-usage");
  });

  let successor = "";
  await test.step("6. rotate with a one-hour overlap: both keys work", async () => {
    await page.goto(KEYS_PATH);
    await keyMenu(page, key).click();
    await page.getByRole("menu").getByRole("menuitem", { name: "Rotate" }).click();
    const dialog = page.getByRole("dialog", { name: /^Rotate/ });
    await dialog.getByRole("radio", { name: "In 1 hour" }).check();
    await dialog.getByRole("button", { name: "Rotate", exact: true }).click();
    const rotated = page.getByRole("dialog", { name: "Key rotated" });
    await expect(rotated).toBeVisible();
    successor = await copySecret(page, rotated, "API key");
    expect(successor).toMatch(/^mavio_sk_/);
    expect(successor).not.toBe(key);
    await screenshot("6-key-rotated");
    await closeWithDone(rotated);
    expect((await callMe(request, key)).status()).toBe(200);
    expect((await callMe(request, successor)).status()).toBe(200);
  });

  await test.step("7. revoke the old key: it is refused at once, the new one still works", async () => {
    await keyMenu(page, key).click();
    await page.getByRole("menu").getByRole("menuitem", { name: "Revoke" }).click();
    const confirm = page.getByRole("alertdialog", { name: `Revoke “${KEY_NAME}”?` });
    await confirm.getByRole("button", { name: "Revoke", exact: true }).click();
    await expect(confirm).toBeHidden();
    // Revoked keys leave the default list; they are one click away.
    await expect(keyRow(page, key)).toHaveCount(0);
    await page
      .getByRole("navigation", { name: "Filter keys by status" })
      .getByRole("link", { name: /^Revoked/ })
      .click();
    await expect(keyRow(page, key)).toContainText("Revoked");
    await screenshot("7-key-revoked");
    const refused = await callMe(request, key);
    expect(refused.status()).toBe(401);
    expect(await refused.json()).toMatchObject({ code: "revoked_api_key" });
    expect((await callMe(request, successor)).status()).toBe(200);
  });

  await test.step("8. add the first webhook endpoint; its signing secret stays on screen and copies", async () => {
    await page.goto(WEBHOOKS_PATH);
    await expect(page.getByRole("heading", { name: "Hear about changes as they happen" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Add endpoint" })).toHaveCount(1);
    await expectNoSeriousA11yViolations(page);
    await screenshot("8-webhooks-empty");

    const form = await openDialog(
      page.getByRole("button", { name: "Add endpoint" }),
      page.getByRole("dialog", { name: "Add endpoint" }),
    );
    // Nothing is delivered here (no event follows); loopback is allowed by WEBHOOKS_ALLOW_PRIVATE_URLS.
    await form.getByLabel("Endpoint URL").fill("http://127.0.0.1:9/hook");
    await form.getByRole("checkbox", { name: "meeting.created", exact: true }).check();
    await form.getByRole("button", { name: "Add endpoint" }).click();

    const revealed = page.getByRole("dialog", { name: "Endpoint added" });
    const secret = await secretAfterRevalidation(page, revealed, "Signing secret");
    expect(secret).toMatch(/^whsec_/);
    await expectNoSeriousA11yViolations(page);
    await copySecret(page, revealed, "Signing secret");
    await screenshot("8-secret-shown");
    await closeWithDone(revealed);
    await expect(page.getByRole("table", { name: "Webhook endpoints" })).toContainText("http://127.0.0.1:9/hook");
  });

  noConsoleErrors();
});
