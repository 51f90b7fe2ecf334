import { expect, test, type Page } from "@playwright/test";
import { formatDate } from "@/lib/format";
import { maskApiKey } from "@/lib/keys/format";
import {
  copyAndClose,
  expectNoSeriousA11yViolations,
  failOnConsoleErrors,
  openDialog,
  saveScreenshot,
  signUp,
  VIEWPORTS,
} from "./helpers";

// The keys list of a team that has outgrown one screen: pages of 25, search, status filter,
// sort, rename, and the audit log, all with their state in the URL. It starts from a new
// sign-up and makes its keys through the dialog, the way a person does.

test.use({ permissions: ["clipboard-read", "clipboard-write"], viewport: VIEWPORTS.desktop });

const KEYS_PATH = "/settings/developer/api-keys";
const DAY = 86_400_000;

const keysTable = (page: Page) => page.getByRole("table", { name: "API keys" });
const keyRows = (page: Page) => keysTable(page).locator("tbody tr");
const statusFilter = (page: Page) => page.getByRole("navigation", { name: "Filter keys by status" });

/** Creates a key through the dialog, copies it and closes; returns the secret. */
async function createKey(page: Page, name: string, options: { expiresOn?: string } = {}): Promise<string> {
  await expect(page.getByRole("dialog")).toHaveCount(0);
  const form = await openDialog(
    page.getByRole("button", { name: "Create API Key" }),
    page.getByRole("dialog", { name: "Create API Key" }),
  );
  await form.getByLabel("Name").fill(name);
  await form.getByRole("checkbox", { name: "team:read", exact: true }).check();
  if (options.expiresOn) {
    await form.getByRole("radio", { name: "Custom date" }).check();
    await form.getByLabel("Expires on").fill(options.expiresOn);
  }
  await form.getByRole("button", { name: "Create API Key" }).click();
  return copyAndClose(page.getByRole("dialog", { name: "API key created" }));
}

const rowOf = (page: Page, key: string) => keyRows(page).filter({ hasText: maskApiKey(key.slice(-4)) });

async function openRowMenu(page: Page, key: string) {
  await rowOf(page, key)
    .getByRole("button", { name: /^Actions for/ })
    .click();
  return page.getByRole("menu");
}

test("26 keys: pages of 25 in the URL, search by name and last 4, filters, sort, rename, revoke and the audit log", async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(240_000);
  const noConsoleErrors = failOnConsoleErrors(page);
  await signUp(page, "Lena Lister", "keys-list");
  await page.goto(KEYS_PATH);

  const keys: string[] = [];
  await test.step("make 26 keys, the first from the empty state", async () => {
    for (let index = 1; index <= 25; index++)
      keys.push(await createKey(page, `Sync ${String(index).padStart(2, "0")}`));
    keys.push(await createKey(page, "Billing Export"));
    await expect(keyRows(page)).toHaveCount(25);
    await expect(statusFilter(page).getByRole("link", { name: /^All/ })).toContainText("26");
  });

  await test.step("a 90-day key's Expires shows its date, not a rounded-down month count", async () => {
    const expected = formatDate(new Date(Date.now() + 90 * DAY));
    // The relative form is for the tooltip (and screen readers, after the date).
    await expect(rowOf(page, keys[25]!).getByRole("cell").nth(3)).toHaveText(
      new RegExp(`^${expected} \\(in 3 months · `),
    );
  });

  await test.step("the second page is a link that survives a reload", async () => {
    await page.getByRole("navigation", { name: "Key pages" }).getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/cursor=/);
    await expect(keyRows(page)).toHaveCount(1);
    await expect(keyRows(page)).toContainText("Sync 01");
    await page.reload();
    await expect(keyRows(page)).toContainText("Sync 01");
    await expectNoSeriousA11yViolations(page);

    // A key made while on the second page is shown until closed, though it lands on the first.
    const revealedKey = await createKey(page, "Made on page two");
    expect(revealedKey).toMatch(/^mavio_sk_/);
    await page.getByRole("navigation", { name: "Key pages" }).getByRole("link", { name: "First page" }).click();
    await expect(keyRows(page).first()).toContainText("Made on page two");
    keys.push(revealedKey);
  });

  await test.step("search by name, by the last 4 characters, and a search that finds nothing", async () => {
    const search = page.getByRole("searchbox", { name: "Search keys by name or last 4 characters" });
    await search.fill("billing");
    await search.press("Enter");
    await expect(page).toHaveURL(/q=billing/);
    await expect(keyRows(page)).toHaveCount(1);
    await expect(keyRows(page)).toContainText("Billing Export");

    await search.fill(keys[4]!.slice(-4));
    await search.press("Enter");
    await expect(keyRows(page)).toContainText("Sync 05");

    await search.fill("no such integration");
    await search.press("Enter");
    await expect(page.getByText("No keys matching “no such integration”.")).toBeVisible();
    // Created while the list shows nothing: the key is still shown until closed.
    await createKey(page, "Made while filtered");
    await expect(page.getByText("No keys matching “no such integration”.")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: "Show all keys" }).click();
    await expect(keyRows(page)).toHaveCount(25);
  });

  await test.step("rename a key; the dialog says scopes come with a new key; the audit log records both names", async () => {
    const billing = keys[25]!;
    await (await openRowMenu(page, billing)).getByRole("menuitem", { name: "Rename" }).click();
    const dialog = page.getByRole("dialog", { name: "Rename “Billing Export”" });
    await expect(dialog).toContainText("for other scopes, create a new key");
    const name = dialog.getByLabel("Name");
    await expect(name).toHaveValue("Billing Export");
    await name.fill(" ");
    await dialog.getByRole("button", { name: "Rename" }).click();
    await expect(dialog.getByText("Give the key a name")).toBeVisible();
    await name.fill("Billing Export v2");
    await dialog.getByRole("button", { name: "Rename" }).click();
    await expect(dialog).toBeHidden();
    await expect(rowOf(page, billing)).toContainText("Billing Export v2");
    expect(
      await (await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${billing}` } })).json(),
    ).toMatchObject({ name: "Billing Export v2" });
    await expect(page.getByRole("region", { name: "Audit log" }).getByRole("row").nth(1)).toContainText("Renamed");
    await expect(page.getByRole("region", { name: "Audit log" }).getByRole("row").nth(1)).toContainText(
      "“Billing Export” → “Billing Export v2”",
    );
  });

  await test.step("revoking says when the key was last used; revoked keys are one click away", async () => {
    const used = keys[10]!;
    expect((await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${used}` } })).status()).toBe(200);
    await expect(async () => {
      await page.reload();
      await expect(rowOf(page, used).getByRole("cell").nth(4)).not.toContainText("Never used", { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await (await openRowMenu(page, used)).getByRole("menuitem", { name: "Revoke" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Revoke “Sync 11”?" });
    await expect(confirm).toContainText(
      /Last used (just now|\d+ seconds? ago|1 minute ago): an integration may still depend on it\./,
    );
    await confirm.getByRole("button", { name: "Revoke", exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(rowOf(page, used)).toHaveCount(0);
    await statusFilter(page)
      .getByRole("link", { name: /^Revoked/ })
      .click();
    await expect(page).toHaveURL(/status=revoked/);
    await expect(keyRows(page)).toHaveCount(1);
    await expect(rowOf(page, used)).toContainText("Revoked");
    await page.reload();
    await expect(statusFilter(page).getByRole("link", { name: /^Revoked/ })).toHaveAttribute("aria-current", "page");
  });

  await test.step("sort by expiry and by last use", async () => {
    await page.goto(KEYS_PATH);
    await page.getByRole("navigation", { name: "Sort keys" }).getByRole("link", { name: "Last used" }).click();
    await expect(page).toHaveURL(/sort=last_used/);
    // Billing Export v2 called /me last; the revoked key is not in the list.
    await expect(keyRows(page).first()).toContainText("Billing Export v2");
    await page.getByRole("navigation", { name: "Sort keys" }).getByRole("link", { name: "Expires" }).click();
    await expect(page).toHaveURL(/sort=expires/);
    await expect(keyRows(page).first()).toContainText("Sync 01");
  });

  await test.step("one key's audit log, then every key's again", async () => {
    await page.goto(KEYS_PATH);
    await (await openRowMenu(page, keys[25]!)).getByRole("menuitem", { name: "Audit log" }).click();
    await expect(page).toHaveURL(/audit_key=/);
    const log = page.getByRole("region", { name: "Audit log" });
    await expect(log.getByRole("row")).toHaveCount(3);
    await expect(page.getByText("Changes to Billing Export v2")).toBeVisible();
    await page.locator("#audit-log").getByRole("link", { name: "Show all keys" }).click();
    await expect(log.getByRole("row")).toHaveCount(21);
    await page
      .getByRole("navigation", { name: "Audit log pages" })
      .getByRole("link", { name: "Older changes" })
      .click();
    await expect(page).toHaveURL(/audit_cursor=/);
    await expect(log.getByRole("row").nth(1)).toBeVisible();
  });

  await saveScreenshot(page, testInfo, "keys-list-26-1280");
  await page.setViewportSize(VIEWPORTS.phone);
  await page.goto(KEYS_PATH);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, testInfo, "keys-list-26-390");
  noConsoleErrors();
});

test("a key about to expire is named in the banner with Rotate; once rotated it reads “Replaced by …” and the banner names its replacement instead", async ({
  page,
}, testInfo) => {
  const noConsoleErrors = failOnConsoleErrors(page);
  await signUp(page, "Eli Expiring", "keys-expiring");
  await page.goto(KEYS_PATH);
  const soon = new Date(Date.now() + 3 * DAY).toISOString().slice(0, 10);
  const old = await createKey(page, "Nightly Export", { expiresOn: soon });

  const banner = page.getByRole("status").filter({ hasText: "within 7 days" });
  await expect(banner).toContainText("Nightly Export");
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, testInfo, "keys-expiring-banner-1280");
  await banner.getByRole("button", { name: `Rotate Nightly Export, key ending ${old.slice(-4)}` }).click();
  const form = page.getByRole("dialog", { name: "Rotate “Nightly Export”" });
  await form.getByRole("radio", { name: "In 1 hour" }).check();
  await form.getByRole("button", { name: "Rotate", exact: true }).click();
  const replacement = await copyAndClose(page.getByRole("dialog", { name: "Key rotated" }));

  // The replacement has the old key's lifetime, so now it is the one the banner names.
  await expect(banner).toContainText(maskApiKey(replacement.slice(-4)));
  await expect(banner).not.toContainText(maskApiKey(old.slice(-4)));
  await expect(banner).toContainText("1 key expires");
  await expect(rowOf(page, old)).toContainText(`Replaced by ${maskApiKey(replacement.slice(-4))}, stops working`);
  await expect(rowOf(page, old)).toContainText("Expiring soon");
  noConsoleErrors();
});
