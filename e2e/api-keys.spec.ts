import { expect, test, type APIRequestContext, type Locator, type Page, type Request } from "@playwright/test";
import { maskApiKey } from "@/lib/keys/format";
import { baseURL } from "../playwright.config";
import {
  copyAndClose,
  createKey,
  expectNoSeriousA11yViolations,
  failOnConsoleErrors,
  openDialog,
  saveScreenshot,
  signIn,
  signUp,
  submitNewKey,
  tabTo,
  VIEWPORTS,
} from "./helpers";
import { captureServerActions, expectReplaysRefused } from "./server-action-replay";

const ADMIN = "adam@acme.test";
const MEMBER = "maya@acme.test";
const KEYS_PATH = "/settings/developer/api-keys";

// Reduced motion: charts draw at once, so screenshots show finished charts.
test.use({ permissions: ["clipboard-read", "clipboard-write"], viewport: VIEWPORTS.desktop, reducedMotion: "reduce" });

const uniqueName = (label: string) => `E2E ${label} ${Date.now().toString(36)}`;

function callMe(request: APIRequestContext, key: string) {
  return request.get("/api/v1/me", { headers: { Authorization: `Bearer ${key}` } });
}

async function expectProblem(request: APIRequestContext, key: string, status: number, code: string) {
  const response = await callMe(request, key);
  expect(response.status()).toBe(status);
  expect(await response.json()).toMatchObject({ code });
}

const keysTable = (page: Page) => page.getByRole("table", { name: "API keys" });

function keyRow(page: Page, key: string): Locator {
  return keysTable(page)
    .getByRole("row")
    .filter({ hasText: maskApiKey(key.slice(-4)) });
}

/** Adds up a chart data table's Requests column (robust to requests straddling a bucket boundary). */
function totalRequests(table: Locator): Promise<number> {
  return table
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.reduce((sum, row) => sum + Number(row.querySelector("td")?.textContent?.replace(/,/g, "") ?? 0), 0),
    );
}

const statValue = (page: Page, label: string) =>
  page.getByRole("term").filter({ hasText: label }).locator("xpath=following-sibling::dd[1]");

async function openKeyMenu(page: Page, key: string) {
  await keyRow(page, key)
    .getByRole("button", { name: /^Actions for/ })
    .click();
  return page.getByRole("menu");
}

async function rotate(page: Page, key: string, when: "Immediately" | "In 1 hour"): Promise<string> {
  await (await openKeyMenu(page, key)).getByRole("menuitem", { name: "Rotate" }).click();
  const dialog = page.getByRole("dialog", { name: /^Rotate/ });
  await expect(dialog.getByText("Update your integration to use the new key.")).toBeVisible();
  await dialog.getByRole("radio", { name: when }).check();
  await dialog.getByRole("button", { name: "Rotate", exact: true }).click();
  const newKey = await copyAndClose(page.getByRole("dialog", { name: "Key rotated" }));
  expect(newKey).not.toBe(key);
  return newKey;
}

/** Where a secret could leak after its dialog closed: the DOM, storage, the URL, any request URL. */
async function expectSecretGone(page: Page, key: string, requestUrls: string[]) {
  expect(await page.content()).not.toContain(key);
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  expect(storage).not.toContain(key);
  expect(page.url()).not.toContain(key);
  expect(requestUrls.filter((url) => url.includes(key))).toEqual([]);
}

test.describe("API keys as an admin", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, ADMIN);
    await page.goto(KEYS_PATH);
    await expect(page.getByRole("heading", { name: "API Keys" })).toBeVisible();
  });

  test("create a meetings:read key, copy it once, call the API with it, and see it used", async ({
    page,
    request,
  }, testInfo) => {
    const noConsoleErrors = failOnConsoleErrors(page);
    const requestUrls: string[] = [];
    page.on("request", (sent: Request) => requestUrls.push(sent.url()));
    await expectNoSeriousA11yViolations(page);

    const form = await openDialog(
      page.getByRole("button", { name: "Create API Key" }),
      page.getByRole("dialog", { name: "Create API Key" }),
    );
    await expect(form.getByLabel("Name")).toHaveAttribute("placeholder", /CRM Sync/);
    await expect(form.getByRole("group", { name: "Scopes" }).getByRole("checkbox")).toHaveCount(15);
    await expect(
      form.getByRole("radiogroup", { name: "Expiration" }).getByRole("radio", { name: /90 days/ }),
    ).toBeChecked();
    await expect(form.getByText("least privilege")).toBeVisible();
    await expect(form.getByLabel("IP allowlist")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, testInfo, "create-dialog-form-1280", { fullPage: false });

    // Mistakes are explained next to their fields.
    await form.getByRole("button", { name: "Create API Key" }).click();
    await expect(form.getByText("Give the key a name")).toBeVisible();
    await expect(form.getByText("Choose at least one scope")).toBeVisible();
    await expect(form.getByLabel("Name")).toBeFocused();
    await form.getByRole("radio", { name: "No expiration" }).check();
    await expect(form.getByText("This key will never expire")).toBeVisible();
    await form.getByRole("radio", { name: /90 days/ }).check();
    await form.getByRole("button", { name: "Cancel" }).click();

    const name = uniqueName("CRM Sync");
    const revealed = await submitNewKey(page, name);
    const key = await revealed.getByLabel("API key", { exact: true }).inputValue();
    expect(key).toMatch(/^mavio_sk_[0-9A-Za-z]{38}$/);
    const curl = revealed.locator("pre");
    await expect(curl).toContainText("Authorization: Bearer $MAVIO_API_KEY");
    await expect(curl).not.toContainText(key);
    await expect(page.locator("[data-sonner-toast]").getByText("Key created", { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await revealed.getByRole("button", { name: "Copy", exact: true }).click();
    await expect(revealed.getByRole("button", { name: "Copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(key);
    await saveScreenshot(page, testInfo, "create-dialog-key-shown-1280", { fullPage: false });

    const response = await callMe(request, copied);
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ name, scopes: ["meetings:read"] });
    expect(response.headers()["x-ratelimit-limit"]).toBe("300");
    expect(Number(response.headers()["x-ratelimit-remaining"])).toBeLessThan(300);
    expect(Number(response.headers()["x-ratelimit-reset"])).toBeGreaterThan(Date.now() / 1000 - 1);

    await revealed.getByRole("button", { name: "Done" }).click();
    await expect(revealed).toBeHidden();
    const row = keyRow(page, key);
    await expect(row).toContainText(name);
    await expect(row).toContainText("Active");
    await expectSecretGone(page, key, requestUrls);

    // Usage reaches the database within about a second of the request.
    await expect(async () => {
      await page.reload();
      await expect(row.getByRole("cell").nth(4)).not.toContainText("Never used", { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expect(row).toContainText(/just now|minute ago/);
    await expectSecretGone(page, key, requestUrls);

    await saveScreenshot(page, testInfo, "keys-list-1280");
    await page.setViewportSize(VIEWPORTS.phone);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, testInfo, "keys-list-390");
    noConsoleErrors();
  });

  test("create a key with the keyboard only; the dialog keeps focus and discards the key on close", async ({
    page,
  }) => {
    const noConsoleErrors = failOnConsoleErrors(page);
    const trigger = page.getByRole("button", { name: "Create API Key" });
    await trigger.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Create API Key" });
    await expect(dialog.getByLabel("Name")).toBeFocused();
    await page.keyboard.type(uniqueName("Keyboard"));

    // Focus cycles inside the dialog.
    for (let step = 0; step < 40; step++) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest("[role=dialog]")))).toBe(true);
    }
    await tabTo(page, dialog.getByRole("checkbox", { name: "meetings:read", exact: true }));
    await page.keyboard.press("Space");
    await expect(dialog.getByRole("checkbox", { name: "meetings:read", exact: true })).toBeChecked();
    await tabTo(page, dialog.getByRole("button", { name: "Create API Key" }));
    await page.keyboard.press("Enter");

    const revealed = page.getByRole("dialog", { name: "API key created" });
    const copy = revealed.getByRole("button", { name: "Copy", exact: true });
    await expect(copy).toBeFocused();
    const key = await revealed.getByLabel("API key", { exact: true }).inputValue();
    await page.keyboard.press("Enter");
    await expect(revealed.getByRole("button", { name: "Copied" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(revealed).toBeHidden();
    await expect(trigger).toBeFocused();
    expect(await page.content()).not.toContain(key);

    // Reopening starts afresh: nothing of the last key is kept.
    await page.keyboard.press("Enter");
    await expect(dialog.getByLabel("Name")).toHaveValue("");
    expect(await page.content()).not.toContain(key);
    await page.keyboard.press("Escape");
    noConsoleErrors();
  });

  test("rotate with “now”: the old key stops at once; with 1 hour: both keys work", async ({ page, request }) => {
    const noConsoleErrors = failOnConsoleErrors(page);
    const now = await createKey(page, uniqueName("Rotate now"));
    expect((await callMe(request, now)).status()).toBe(200);
    const replacement = await rotate(page, now, "Immediately");
    await expectProblem(request, now, 401, "expired_api_key");
    expect((await callMe(request, replacement)).status()).toBe(200);
    await expect(keyRow(page, now)).toContainText("Expired");
    await expect(keyRow(page, replacement)).toContainText("Active");

    const graceful = await createKey(page, uniqueName("Rotate 1h"));
    expect((await callMe(request, graceful)).status()).toBe(200);
    const successor = await rotate(page, graceful, "In 1 hour");
    expect((await callMe(request, graceful)).status()).toBe(200);
    expect((await callMe(request, successor)).status()).toBe(200);
    await expect(keyRow(page, graceful)).toContainText("Expiring soon");
    // On its way out by choice: the row says what replaces it, and the expiry banner leaves it out.
    await expect(keyRow(page, graceful)).toContainText(`Replaced by ${maskApiKey(successor.slice(-4))}, stops working`);
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: "within 7 days" })
        .filter({ hasText: maskApiKey(graceful.slice(-4)) }),
    ).toHaveCount(0);

    // The audit log says who rotated what, from where.
    const audit = page.getByRole("region", { name: "Audit log" });
    await expect(
      audit
        .getByRole("row")
        .filter({ hasText: "Rotated" })
        .filter({ hasText: maskApiKey(graceful.slice(-4)) }),
    ).toContainText(`Replaced by ${maskApiKey(successor.slice(-4))}`);
    await expect(audit).toContainText("Adam Novak");
    noConsoleErrors();
  });

  test("revoke asks for confirmation, shows Revoked at once, and the API refuses the key", async ({
    page,
    request,
  }) => {
    const noConsoleErrors = failOnConsoleErrors(page);
    const name = uniqueName("Revoke");
    const key = await createKey(page, name);
    expect((await callMe(request, key)).status()).toBe(200);

    await (await openKeyMenu(page, key)).getByRole("menuitem", { name: "Revoke" }).click();
    const confirm = page.getByRole("alertdialog", { name: `Revoke “${name}”?` });
    await expect(confirm).toContainText("This action cannot be undone");
    await expectNoSeriousA11yViolations(page);
    await confirm.getByRole("button", { name: "Revoke", exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText(`“${name}” revoked`)).toBeVisible();
    await expectProblem(request, key, 401, "revoked_api_key");

    // Revoked keys leave the default list and stay one click away, greyed, where they can't be rotated.
    await expect(keyRow(page, key)).toHaveCount(0);
    await page
      .getByRole("navigation", { name: "Filter keys by status" })
      .getByRole("link", { name: /^Revoked/ })
      .click();
    await expect(page).toHaveURL(/status=revoked/);
    await expect(keyRow(page, key)).toContainText("Revoked");
    const menu = await openKeyMenu(page, key);
    await expect(menu.getByRole("menuitem", { name: "Rotate" })).toBeDisabled();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("region", { name: "Audit log" }).getByRole("row").nth(1)).toContainText(
      /Revoked.*Adam Novak/s,
    );
    noConsoleErrors();
  });

  test("the usage page shows the requests just made, in the chart data and the endpoint table", async ({
    page,
    request,
  }, testInfo) => {
    const noConsoleErrors = failOnConsoleErrors(page);
    const key = await createKey(page, uniqueName("Usage"));
    for (let call = 0; call < 3; call++) expect((await callMe(request, key)).status()).toBe(200);
    const missing = await request.get("/api/v1/no-such-endpoint", { headers: { Authorization: `Bearer ${key}` } });
    expect(missing.status()).toBe(404);

    await (await openKeyMenu(page, key)).getByRole("menuitem", { name: "Usage" }).click();
    await expect(page).toHaveURL(/\/settings\/developer\/api-keys\/key_[^/]+\/usage$/);
    await expect(page.getByRole("heading", { name: "Usage", exact: true })).toBeVisible();

    const chartData = page.getByRole("table", { name: "Requests per hour, last 24 hours" });
    const log = page.getByRole("table", { name: /^Recent requests/ });
    // The counts and the log are written by the same flush, in two statements.
    await expect
      .poll(
        async () => {
          await page.reload();
          // The log's card comes last: once it shows, the chart's table above it has rendered too.
          await expect(page.getByRole("heading", { name: "Recent requests" })).toBeVisible();
          return `${await totalRequests(chartData)} counted, ${(await log.getByRole("row").count()) - 1} logged`;
        },
        { timeout: 20_000 },
      )
      .toBe("4 counted, 4 logged");
    await expect(statValue(page, "Requests")).toHaveText("4");
    await expect(statValue(page, "Error rate")).toHaveText("25%");
    await expect(statValue(page, "Last used")).toHaveText(/just now|minute ago/);

    const endpoints = page.getByRole("table", { name: "Endpoint breakdown" });
    // Outcome columns for what occurred: 2xx and 404 here.
    await expect(endpoints.getByRole("columnheader", { name: "2xx" })).toBeVisible();
    await expect(endpoints.getByRole("columnheader", { name: "404" })).toBeVisible();
    await expect(endpoints.getByRole("columnheader", { name: "429" })).toHaveCount(0);
    await expect(endpoints.getByRole("row").nth(1)).toContainText(/GET\s*\/me\s*3\s*3\s*0\s*0%/);
    await expect(endpoints.getByRole("row").nth(2)).toContainText(/GET\s*unknown route\s*1\s*0\s*1\s*100%/);
    await expect(chartData.getByRole("columnheader", { name: "404 (Not found)" })).toBeAttached();

    const filters = page.getByRole("search", { name: "Filter requests" });
    await filters.getByLabel("Status").selectOption("404");
    await filters.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/status=404/);
    await expect(log.getByRole("row")).toHaveCount(2);
    await expect(log.getByRole("row").nth(1)).toContainText(/GET\s*unknown route\s*404/);
    await filters.getByRole("link", { name: "Clear" }).click();
    await expect(log.getByRole("row")).toHaveCount(5);
    const missingId = missing.headers()["x-request-id"]!;
    await filters.getByLabel("Request ID").fill(missingId);
    await filters.getByLabel("Request ID").press("Enter");
    await expect(log.getByRole("row")).toHaveCount(2);
    await expect(log.getByRole("link", { name: `Only request ${missingId}` })).toBeVisible();
    await filters.getByLabel("Request ID").fill("no-such-request");
    await filters.getByLabel("Request ID").press("Enter");
    await expect(page.getByText("No request no-such-request in this key's log.")).toBeVisible();
    await page.goto(page.url().replace(/\?.*$/, ""));
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("link", { name: "Last 7 days" }).click();
    await expect(page).toHaveURL(/\?range=7d$/);
    expect(await totalRequests(page.getByRole("table", { name: "Requests per day, last 7 days" }))).toBe(4);
    await expect(page.getByRole("link", { name: "Last 7 days" })).toHaveAttribute("aria-current", "page");
    await saveScreenshot(page, testInfo, "usage-new-key-1280");

    // Checked before the unknown key's page, which may be answered 404 (a console error by design).
    noConsoleErrors();
    await page.goto(`${KEYS_PATH}/key_not_in_this_team/usage`);
    await expect(page.getByRole("heading", { name: "This key doesn't exist in this team" })).toBeVisible();
  });

  test("the usage page rotates and revokes its key with the list's dialogs", async ({ page, request }) => {
    const noConsoleErrors = failOnConsoleErrors(page);
    const name = uniqueName("From usage");
    const key = await createKey(page, name);
    await (await openKeyMenu(page, key)).getByRole("menuitem", { name: "View usage" }).click();
    await expect(page.getByRole("heading", { name: "Usage", exact: true })).toBeVisible();
    const names = `${name}, key ending ${key.slice(-4)}`;

    await page.getByRole("button", { name: `Rotate ${names}` }).click();
    const rotateDialog = page.getByRole("dialog", { name: /^Rotate/ });
    await rotateDialog.getByRole("radio", { name: "In 1 hour" }).check();
    await rotateDialog.getByRole("button", { name: "Rotate", exact: true }).click();
    const successor = await copyAndClose(page.getByRole("dialog", { name: "Key rotated" }));
    expect((await callMe(request, successor)).status()).toBe(200);
    expect((await callMe(request, key)).status()).toBe(200);

    await page.getByRole("button", { name: `Revoke ${names}` }).click();
    const confirm = page.getByRole("alertdialog", { name: `Revoke “${name}”?` });
    await expect(confirm).toContainText("This action cannot be undone");
    await confirm.getByRole("button", { name: "Revoke", exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText(`“${name}” revoked`)).toBeVisible();
    // The page shows the new state at once: the badge, and no actions for a revoked key.
    await expect(page.getByText("Revoked", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: `Revoke ${names}` })).toHaveCount(0);
    await expectProblem(request, key, 401, "revoked_api_key");
    expect((await callMe(request, successor)).status()).toBe(200);
    noConsoleErrors();
  });

  test("a seeded key's usage: chart, endpoints and the compromise warning, on desktop and phone", async ({
    page,
  }, testInfo) => {
    const noConsoleErrors = failOnConsoleErrors(page);
    await keysTable(page).getByRole("link", { name: "CRM Sync", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Usage", exact: true })).toBeVisible();
    const warning = page.getByRole("status").filter({ hasText: "traffic looks unusual" });
    await expect(warning).toContainText("Revoke and rotate if you don't recognise this traffic");
    await expect(warning.getByRole("button", { name: /^Rotate CRM Sync/ })).toBeVisible();
    await expect(warning.getByRole("button", { name: /^Revoke CRM Sync/ })).toBeVisible();
    await expect(warning).toContainText("/meetings/{id}/transcript");
    await expect(page.getByRole("table", { name: "Endpoint breakdown" }).getByRole("row")).not.toHaveCount(1);
    await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
    const log = page.getByRole("table", { name: /^Recent requests/ });
    await expect(log.getByRole("row")).toHaveCount(51);
    await page.getByRole("link", { name: "Older requests" }).click();
    await expect(page).toHaveURL(/before=\d+\.\d+/);
    await expect(page.getByRole("link", { name: "Newest" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, testInfo, "usage-seeded-24h-1280");
    await page.getByRole("link", { name: "Last 30 days" }).click();
    await expect(page.getByRole("table", { name: "Requests per day, last 30 days" })).toBeAttached();
    // Every outcome occurs in this key's month, and its endpoint table still fits at 1280 px.
    const endpointRegion = page.getByRole("region", { name: "Endpoint breakdown" });
    await expect(endpointRegion.getByRole("columnheader")).toHaveCount(10);
    expect(await endpointRegion.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(
      0,
    );
    await saveScreenshot(page, testInfo, "usage-seeded-30d-1280");
    await page.setViewportSize(VIEWPORTS.phone);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, testInfo, "usage-seeded-30d-390");
    noConsoleErrors();
  });

  test.describe("in another time zone", () => {
    test.use({ timezoneId: "America/New_York" });

    test("the usage page shows local times, or UTC once chosen, and remembers the choice", async ({ page }) => {
      const noConsoleErrors = failOnConsoleErrors(page);
      await keysTable(page).getByRole("link", { name: "CRM Sync", exact: true }).click();
      const description = page.getByText(/^Requests per hour by outcome/);
      // The first visit tells the server the browser's zone, then shows the page in it.
      await expect(description).toContainText("times in America/New York");
      await expect(page.getByRole("table", { name: "Recent requests, times in America/New York" })).toBeAttached();
      await expect(page.getByRole("button", { name: "Local time, America/New York" })).toHaveAttribute(
        "aria-pressed",
        "true",
      );

      await page.getByRole("button", { name: "UTC", exact: true }).click();
      await expect(description).toContainText("times in UTC");
      await expect(page.getByText(/UTC$/).first()).toBeVisible();
      await page.reload();
      await expect(description).toContainText("times in UTC");
      await expect(page.getByRole("button", { name: "UTC", exact: true })).toHaveAttribute("aria-pressed", "true");
      await expectNoSeriousA11yViolations(page);
      noConsoleErrors();
    });
  });

  test("the create dialog on a phone", async ({ page }, testInfo) => {
    const noConsoleErrors = failOnConsoleErrors(page);
    await page.setViewportSize(VIEWPORTS.phone);
    await openDialog(
      page.getByRole("button", { name: "Create API Key" }),
      page.getByRole("dialog", { name: "Create API Key" }),
    );
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, testInfo, "create-dialog-form-390", { fullPage: false });
    await page.getByRole("button", { name: "Cancel" }).click();
    const revealed = await submitNewKey(page, uniqueName("Phone"));
    await saveScreenshot(page, testInfo, "create-dialog-key-shown-390", { fullPage: false });
    await copyAndClose(revealed);
    noConsoleErrors();
  });
});

test("a new team without keys sees what keys are for and one way to create the first", async ({ page }, testInfo) => {
  const noConsoleErrors = failOnConsoleErrors(page);
  await signUp(page, "Nina Newcomer", "keys");
  await expect(page).toHaveURL(/\/settings\/developer\/api-keys$/);
  await expect(page.getByRole("heading", { name: "Connect Mavio to your own tools" })).toBeVisible();
  await expect(page.getByRole("table", { name: "API keys" })).toHaveCount(0);
  await expect(page.getByText("No key changes yet.")).toBeVisible();
  const create = page.getByRole("button", { name: "Create API Key" });
  await expect(create).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, testInfo, "keys-empty-1280");
  await create.click();
  await expect(page.getByRole("dialog", { name: "Create API Key" })).toBeVisible();
  noConsoleErrors();
});

test("an Enterprise team's keys take an IP allowlist, checked as you type", async ({ page }) => {
  const noConsoleErrors = failOnConsoleErrors(page);
  await signIn(page, "olivia@acme.test");
  await page.goto(KEYS_PATH);
  await page.getByRole("button", { name: /Team: Acme/ }).click();
  await page.getByRole("menuitem", { name: /Globex/ }).click();
  await expect(page.getByRole("button", { name: /Team: Globex/ })).toBeVisible();
  const dialog = await openDialog(
    page.getByRole("button", { name: "Create API Key" }),
    page.getByRole("dialog", { name: "Create API Key" }),
  );
  const allowlist = dialog.getByLabel("IP allowlist");
  await allowlist.fill("203.0.113.0/24\nnot-an-ip");
  await allowlist.blur();
  await expect(dialog.getByText('"not-an-ip" is not an IP address or CIDR range')).toBeVisible();
  await expect(allowlist).toHaveAttribute("aria-invalid", "true");
  await allowlist.fill("203.0.113.0/24\n2001:db8::/32");
  await expect(dialog.getByText("is not an IP address")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await dialog.getByLabel("Name").fill(uniqueName("ERP allowlisted"));
  await dialog.getByRole("checkbox", { name: "meetings:read", exact: true }).check();
  await dialog.getByRole("button", { name: "Create API Key" }).click();
  await copyAndClose(page.getByRole("dialog", { name: "API key created" }));
  noConsoleErrors();
});

test("a member sees disabled controls, a crafted request is refused, and sign-out returns to sign-in", async ({
  browser,
  page,
  request,
}, testInfo) => {
  test.setTimeout(60_000); // two people sign in
  // An admin's browser supplies real server action requests (intercepted, never delivered)...
  const adminContext = await browser.newContext({ baseURL });
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, ADMIN);
  await adminPage.goto(KEYS_PATH);
  const target = await createKey(adminPage, uniqueName("Target"));
  // Let the list's refresh after that creation land before opening the next dialog.
  await expect(keyRow(adminPage, target)).toBeVisible();
  await adminPage.waitForLoadState("networkidle");
  const captured = await captureServerActions(adminPage, "**/settings/developer/api-keys");
  const adminDialog = await openDialog(
    adminPage.getByRole("button", { name: "Create API Key" }),
    adminPage.getByRole("dialog", { name: "Create API Key" }),
  );
  await adminDialog.getByLabel("Name").fill("Intercepted");
  await adminDialog.getByRole("checkbox", { name: "meetings:read", exact: true }).check();
  await adminDialog.getByRole("button", { name: "Create API Key" }).click();
  await expect.poll(() => captured.length).toBe(1);
  // The intercepted call fails: wait for the dialog to say so before closing it.
  await expect(adminDialog.getByRole("alert")).toBeVisible();
  await adminPage.keyboard.press("Escape");
  await expect(adminDialog).toBeHidden();
  await (await openKeyMenu(adminPage, target)).getByRole("menuitem", { name: "Revoke" }).click();
  await adminPage.getByRole("alertdialog").getByRole("button", { name: "Revoke", exact: true }).click();
  await expect.poll(() => captured.length).toBe(2);
  await adminContext.close();

  // ...which a member replays with their own session.
  const noConsoleErrors = failOnConsoleErrors(page);
  await signIn(page, MEMBER);
  await page.goto(KEYS_PATH);
  const [createRequest, revokeRequest] = captured;
  await expectReplaysRefused(
    page,
    [{ ...createRequest, body: createRequest.body.replace("Intercepted", "Crafted by a member") }, revokeRequest],
    { refusal: "Only owners and admins can create, rotate or revoke API keys.", secretPrefix: "mavio_sk_" },
  );
  expect((await callMe(request, target)).status()).toBe(200);
  await page.reload();
  await expect(page.getByText("Crafted by a member")).toHaveCount(0);

  const create = page.getByRole("button", { name: "Create API Key" });
  await expect(create).toBeDisabled();
  await expect(create).toHaveAccessibleDescription("Only owners and admins can create, rotate or revoke API keys.");
  // Hovered again until the tooltip shows: a hover that lands before the reloaded page hydrates opens nothing.
  await expect(async () => {
    await page.mouse.move(0, 0);
    await create.hover();
    await expect(page.getByRole("tooltip")).toContainText("Only owners and admins", { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await create.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  const menu = await openKeyMenu(page, target);
  await expect(menu.getByRole("menuitem", { name: "View usage" })).toBeEnabled();
  await expect(menu.getByRole("menuitem", { name: "Rotate" })).toBeDisabled();
  await expect(menu.getByRole("menuitem", { name: "Revoke" })).toBeDisabled();
  await expect(menu).toContainText("Only owners and admins");
  await page.keyboard.press("Escape");
  // Once faded out: mid-animation the items are translucent, which axe calls low contrast.
  await expect(menu).toBeHidden();
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, testInfo, "keys-list-member-1280");

  // The usage page's Rotate and Revoke are as disabled, with the same reason.
  await (await openKeyMenu(page, target)).getByRole("menuitem", { name: "View usage" }).click();
  await expect(page.getByRole("heading", { name: "Usage", exact: true })).toBeVisible();
  for (const action of ["Rotate", "Revoke"]) {
    const button = page.getByRole("button", { name: new RegExp(`^${action} E2E Target`) });
    await expect(button).toHaveAttribute("aria-disabled", "true");
    await expect(button).toHaveAccessibleDescription("Only owners and admins can create, rotate or revoke API keys.");
    // Reachable by keyboard, and Enter opens nothing.
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
  }

  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto(KEYS_PATH);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  noConsoleErrors();
});
