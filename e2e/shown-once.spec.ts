import { expect, test, type Locator, type Page } from "@playwright/test";
import {
  expectNoSeriousA11yViolations,
  failOnConsoleErrors,
  openDialog,
  saveScreenshot,
  signUp,
  VIEWPORTS,
} from "./helpers";

// A shown-once secret must stay on screen until the person closes its dialog, whatever the
// page does behind it: these start from a brand-new team, where the empty state that held
// the button is replaced by the list as soon as the first key or endpoint exists.

test.use({ permissions: ["clipboard-read", "clipboard-write"], viewport: VIEWPORTS.desktop });

const KEYS_PATH = "/settings/developer/api-keys";
const WEBHOOKS_PATH = "/settings/developer/webhooks";

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** The first key of a new team, from the empty state; returns the dialog that shows it. */
async function createFirstKey(page: Page, name: string): Promise<Locator> {
  await page.goto(KEYS_PATH);
  await expect(page.getByRole("heading", { name: "Connect Mavio to your own tools" })).toBeVisible();
  const form = await openDialog(
    page.getByRole("button", { name: "Create API Key" }),
    page.getByRole("dialog", { name: "Create API Key" }),
  );
  await form.getByLabel("Name").fill(name);
  await form.getByRole("checkbox", { name: "meetings:read", exact: true }).check();
  await form.getByRole("button", { name: "Create API Key" }).click();
  const revealed = page.getByRole("dialog", { name: "API key created" });
  await expect(revealed.getByLabel("API key", { exact: true })).toHaveValue(/^mavio_sk_/);
  // The revalidated page has swapped the empty state for the list behind the dialog.
  await expect(page.locator('table[aria-label="API keys"]')).toBeAttached();
  return revealed;
}

/** A toast whose whole text is `text`: it says what happened and nothing else. */
const toastSaying = (page: Page, text: string) =>
  page.locator("[data-sonner-toast]").filter({ hasText: new RegExp(`^${text}$`) });

/** Gone from the DOM, not only from view (a closing dialog is still there while it animates out). */
async function expectDialogsGone(page: Page) {
  await expect(page.locator('[data-slot="dialog-content"]')).toHaveCount(0);
}

/** No toast may sit over any of the dialog's buttons. */
async function expectToastClearOfButtons(page: Page, dialog: Locator) {
  await expect(page.locator("[data-sonner-toast]").first()).toBeVisible();
  // Sonner slides toasts in: measure where they come to rest.
  await page.waitForTimeout(500);
  const buttons = await dialog.getByRole("button").all();
  for (const toast of await page.locator("[data-sonner-toast]").all()) {
    const toastBox = await toast.boundingBox();
    if (!toastBox) continue;
    for (const button of buttons) {
      const box = await button.boundingBox();
      if (!box) continue;
      const overlaps =
        box.x < toastBox.x + toastBox.width &&
        toastBox.x < box.x + box.width &&
        box.y < toastBox.y + toastBox.height &&
        toastBox.y < box.y + box.height;
      expect(overlaps, `the toast covers "${await button.textContent()}"`).toBe(false);
    }
  }
}

test("the first key of a new team stays on screen until closed, with Copy for the key, a .env line and the curl command", async ({
  page,
}, testInfo) => {
  const noConsoleErrors = failOnConsoleErrors(page);
  await signUp(page, "Fiona First", "first-key");
  const revealed = await createFirstKey(page, "CRM Sync");
  const key = await revealed.getByLabel("API key", { exact: true }).inputValue();

  // The success toast says what happened, and leaves the dialog's buttons uncovered.
  await expect(toastSaying(page, "Key created")).toBeVisible();
  await expectToastClearOfButtons(page, revealed);
  await page.waitForTimeout(1_000);
  await expect(revealed.getByLabel("API key", { exact: true })).toHaveValue(key);
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, testInfo, "first-key-shown-1280", { fullPage: false });

  await revealed.getByRole("button", { name: "Copy", exact: true }).press("Enter");
  await expect(revealed.getByRole("button", { name: "Copied" })).toBeVisible();
  await expect(revealed.getByRole("status").filter({ hasText: "API key copied to the clipboard" })).toBeAttached();
  expect(await clipboard(page)).toBe(key);

  await revealed.getByRole("button", { name: "Copy .env line" }).click();
  expect(await clipboard(page)).toBe(`MAVIO_API_KEY=${key}`);

  await revealed.getByRole("button", { name: "Copy curl command" }).click();
  const curl = await clipboard(page);
  expect(curl).toContain("/api/v1/me");
  expect(curl).toContain('-H "Authorization: Bearer $MAVIO_API_KEY"');
  expect(curl).not.toContain(key);

  // Copied: Done closes at once, and focus goes to the button that now stands in the empty state's place.
  await revealed.getByRole("button", { name: "Done" }).click();
  await expectDialogsGone(page);
  await expect(page.getByRole("button", { name: "Create API Key" })).toBeFocused();
  expect(await page.content()).not.toContain(key);
  await expect(page.getByRole("table", { name: "API keys" })).toContainText("CRM Sync");
  noConsoleErrors();
});

test("closing a key that was never copied asks first; a click outside does nothing", async ({ page }) => {
  const noConsoleErrors = failOnConsoleErrors(page);
  await signUp(page, "Uma Uncopied", "uncopied");
  const revealed = await createFirstKey(page, "Analytics Pipeline");
  const key = await revealed.getByLabel("API key", { exact: true }).inputValue();

  await page.mouse.click(5, 400);
  await expect(revealed).toBeVisible();

  await page.keyboard.press("Escape");
  const question = page.getByRole("alertdialog", { name: "Close without copying?" });
  await expect(question).toContainText("nobody can show it again");
  await expect(question.getByRole("button", { name: "Keep open" })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Escape");
  await expect(question).toBeHidden();
  await expect(revealed.getByLabel("API key", { exact: true })).toHaveValue(key);

  await revealed.getByRole("button", { name: "Done" }).click();
  await expect(question).toBeVisible();
  await question.getByRole("button", { name: "Keep open" }).click();
  await expect(revealed).toBeVisible();

  await revealed.getByRole("button", { name: "Close", exact: true }).click();
  await question.getByRole("button", { name: "Close without copying" }).click();
  await expectDialogsGone(page);
  expect(await page.content()).not.toContain(key);
  await expect(page.getByRole("button", { name: "Create API Key" })).toBeFocused();
  noConsoleErrors();
});

test("a rotated key stays on screen while the list changes behind it, and focus returns to its row's menu", async ({
  page,
  request,
}) => {
  const noConsoleErrors = failOnConsoleErrors(page);
  await signUp(page, "Rita Rotator", "rotate-shown");
  const created = await createFirstKey(page, "Billing Sync");
  const oldKey = await created.getByLabel("API key", { exact: true }).inputValue();
  await created.getByRole("button", { name: "Copy", exact: true }).click();
  await expect(created.getByRole("button", { name: "Copied" })).toBeVisible();
  await created.getByRole("button", { name: "Done" }).click();

  const menu = page.getByRole("table", { name: "API keys" }).getByRole("button", { name: /^Actions for Billing Sync/ });
  await menu.click();
  await page.getByRole("menuitem", { name: "Rotate" }).click();
  const form = page.getByRole("dialog", { name: /^Rotate/ });
  await form.getByRole("radio", { name: "Immediately" }).check();
  await form.getByRole("button", { name: "Rotate", exact: true }).click();

  const revealed = page.getByRole("dialog", { name: "Key rotated" });
  const newKey = await revealed.getByLabel("API key", { exact: true }).inputValue();
  expect(newKey).not.toBe(oldKey);
  await expect(toastSaying(page, "Key rotated")).toBeVisible();
  // Behind the dialog the list now holds the new key and the stopped one.
  await expect(page.locator('table[aria-label="API keys"] tbody tr')).toHaveCount(2);
  await page.waitForTimeout(1_000);
  await expect(revealed.getByLabel("API key", { exact: true })).toHaveValue(newKey);
  expect((await request.get("/api/v1/me", { headers: { Authorization: `Bearer ${newKey}` } })).status()).toBe(200);

  await page.keyboard.press("Escape");
  await page
    .getByRole("alertdialog", { name: "Close without copying?" })
    .getByRole("button", { name: "Keep open" })
    .click();
  await revealed.getByRole("button", { name: "Copy .env line" }).click();
  expect(await clipboard(page)).toBe(`MAVIO_API_KEY=${newKey}`);
  await page.keyboard.press("Escape");
  await expect(revealed).toBeHidden();
  await expect(
    page.getByRole("button", { name: `Actions for Billing Sync, key ending ${oldKey.slice(-4)}` }),
  ).toBeFocused();
  noConsoleErrors();
});

test("the first webhook endpoint's signing secret stays on screen until closed, on a desktop and a phone", async ({
  page,
}, testInfo) => {
  const noConsoleErrors = failOnConsoleErrors(page);
  await signUp(page, "Wes Webhook", "first-endpoint");

  for (const [viewport, url] of [
    // Loopback: the test server allows private URLs, and nothing needs to answer.
    ["desktop", "http://127.0.0.1:9/first"],
    ["phone", "http://127.0.0.1:9/second"],
  ] as const) {
    await page.setViewportSize(VIEWPORTS[viewport]);
    await page.goto(WEBHOOKS_PATH);
    if (viewport === "desktop")
      await expect(page.getByRole("heading", { name: "Hear about changes as they happen" })).toBeVisible();
    const form = await openDialog(
      page.getByRole("button", { name: "Add endpoint" }),
      page.getByRole("dialog", { name: "Add endpoint" }),
    );
    await form.getByLabel("Endpoint URL").fill(url);
    await form.getByRole("checkbox", { name: "meeting.created", exact: true }).check();
    await form.getByRole("button", { name: "Add endpoint" }).click();

    const revealed = page.getByRole("dialog", { name: "Endpoint added" });
    const secret = await revealed.getByLabel("Signing secret").inputValue();
    expect(secret).toMatch(/^whsec_/);
    await expect(page.locator('table[aria-label="Webhook endpoints"]')).toBeAttached();
    await expect(toastSaying(page, "Endpoint added")).toBeVisible();
    await expectToastClearOfButtons(page, revealed);
    await page.waitForTimeout(1_000);
    await expect(revealed.getByLabel("Signing secret")).toHaveValue(secret);
    await saveScreenshot(page, testInfo, `first-endpoint-secret-shown-${VIEWPORTS[viewport].width}`, {
      fullPage: false,
    });

    await page.keyboard.press("Escape");
    await expect(page.getByRole("alertdialog", { name: "Close without copying?" })).toContainText(
      "You have not copied the secret",
    );
    await page.getByRole("button", { name: "Keep open" }).click();
    await revealed.getByRole("button", { name: "Copy .env line" }).click();
    expect(await clipboard(page)).toBe(`MAVIO_WEBHOOK_SECRET=${secret}`);
    await revealed.getByRole("button", { name: "Done" }).click();
    await expectDialogsGone(page);
    await expect(page.getByRole("button", { name: "Add endpoint" })).toBeFocused();
    expect(await page.content()).not.toContain(secret);
  }
  noConsoleErrors();
});

test("on a phone the key's dialog keeps its buttons clear of the toast", async ({ page }, testInfo) => {
  const noConsoleErrors = failOnConsoleErrors(page);
  await page.setViewportSize(VIEWPORTS.phone);
  await signUp(page, "Pia Phone", "phone-key");
  const revealed = await createFirstKey(page, "Phone Sync");
  await expectToastClearOfButtons(page, revealed);
  await saveScreenshot(page, testInfo, "first-key-shown-390", { fullPage: false });
  await revealed.getByRole("button", { name: "Copy", exact: true }).click();
  await expect(revealed.getByRole("button", { name: "Copied" })).toBeVisible();
  await revealed.getByRole("button", { name: "Done" }).click();
  await expect(revealed).toBeHidden();
  noConsoleErrors();
});
