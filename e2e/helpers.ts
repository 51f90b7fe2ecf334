import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, type TestInfo } from "@playwright/test";
import { DEMO_PASSWORD } from "@/prisma/seed-data/users";

export { DEMO_PASSWORD };

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/settings\//);
}

export const NEW_PERSON_PASSWORD = "a-long-enough-password";

/** Signs up a new person (who gets their own Free team), waits to land in settings, and returns their email. */
export async function signUp(page: Page, name: string, emailPrefix: string): Promise<string> {
  const email = uniqueEmail(emailPrefix);
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(NEW_PERSON_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/settings\//);
  return email;
}

export async function expectNoSeriousA11yViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Fails the test on any console error the page logs. */
export function failOnConsoleErrors(page: Page): () => void {
  const errors: string[] = [];
  page.on("console", (message) => {
    // The location names the resource behind a "Failed to load resource" message.
    if (message.type() === "error") errors.push(`${message.text()} (${message.location().url || "inline"})`);
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return () => expect(errors).toEqual([]);
}

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

export const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

/** Saves a screenshot under test-results/screenshots/ (kept between runs) and attaches it to the report. */
export async function saveScreenshot(
  page: Page,
  testInfo: TestInfo,
  name: string,
  options: { fullPage?: boolean } = {},
) {
  const path = `test-results/screenshots/${name}.png`;
  await page.screenshot({ path, fullPage: options.fullPage ?? true, animations: "disabled" });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

/** Presses Tab until `target` has focus (bounded, so a broken tab order fails instead of hanging). */
export async function tabTo(page: Page, target: Locator, maxSteps = 60) {
  for (let step = 0; step < maxSteps; step++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

/**
 * Clicks a dialog's trigger until the dialog is open: a click that lands before the page
 * has hydrated does nothing, and retrying is what a person would do.
 */
export async function openDialog(trigger: Locator, dialog: Locator): Promise<Locator> {
  await expect(async () => {
    if (!(await dialog.isVisible())) await trigger.click({ timeout: 2_000 });
    await expect(dialog).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  return dialog;
}

/** Copies a shown-once secret with its Copy button, then closes its dialog with Done (which asks nothing once copied); returns the secret. */
export async function copyAndClose(dialog: Locator, label = "API key"): Promise<string> {
  const secret = await dialog.getByLabel(label, { exact: true }).inputValue();
  await dialog.getByRole("button", { name: "Copy", exact: true }).click();
  await expect(dialog.getByRole("button", { name: "Copied" })).toBeVisible();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();
  return secret;
}

/** Fills and submits the Create API Key dialog; leaves the dialog open on the shown-once key. */
export async function submitNewKey(page: Page, name: string, scopes: string[] = ["meetings:read"]): Promise<Locator> {
  // A dialog that is still closing hides the page's button and shows its own "Create API Key".
  await expect(page.getByRole("dialog")).toHaveCount(0);
  const dialog = await openDialog(
    page.getByRole("button", { name: "Create API Key" }),
    page.getByRole("dialog", { name: "Create API Key" }),
  );
  await dialog.getByLabel("Name").fill(name);
  for (const scope of scopes) await dialog.getByRole("checkbox", { name: scope, exact: true }).check();
  await dialog.getByRole("button", { name: "Create API Key" }).click();
  const revealed = page.getByRole("dialog", { name: "API key created" });
  await expect(revealed.getByText("It cannot be shown again")).toBeVisible();
  return revealed;
}

/** Creates a key through the dialog and closes it; returns the secret as the person would have copied it. */
export async function createKey(page: Page, name: string, scopes?: string[]): Promise<string> {
  return copyAndClose(await submitNewKey(page, name, scopes));
}
