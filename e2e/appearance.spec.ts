import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import {
  expectNoSeriousA11yViolations,
  failOnConsoleErrors,
  openDialog,
  saveScreenshot,
  signIn,
  signUp,
  tabTo,
  VIEWPORTS,
} from "./helpers";

const OWNER = "olivia@acme.test";
const KEYS_PATH = "/settings/developer/api-keys";
// CRM Sync's traffic includes its longest routes (/meetings/{id}/recording/audio) and a spike.
const LONG_ROUTES_KEY = "CRM Sync";

// Reduced motion: charts draw at once, so screenshots show finished charts.
test.use({ viewport: VIEWPORTS.desktop, reducedMotion: "reduce" });

const isDark = (page: Page) => page.evaluate(() => document.documentElement.classList.contains("dark"));

async function usagePath(page: Page, keyName: string, listPath = KEYS_PATH): Promise<string> {
  await page.goto(listPath);
  const href = await page
    .getByRole("table", { name: "API keys" })
    .getByRole("link", { name: keyName, exact: true })
    .getAttribute("href");
  expect(href).toMatch(/\/usage$/);
  return href!;
}

/** The settings pages to check in every theme, each with a heading that shows it has rendered. */
async function settingsPages(page: Page) {
  return [
    { name: "api-keys", path: KEYS_PATH, heading: "API Keys" },
    { name: "usage", path: await usagePath(page, LONG_ROUTES_KEY), heading: "Usage" },
    { name: "webhooks", path: "/settings/developer/webhooks", heading: "Webhooks" },
    { name: "members", path: "/settings/members", heading: "Members" },
    { name: "general", path: "/settings/general", heading: "General" },
    { name: "account", path: "/settings/account", heading: "Account" },
  ];
}

async function visit(page: Page, path: string, heading: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
}

/** Polls: after a viewport change the charts take a frame or two to redraw at the new width. */
async function expectNoHorizontalOverflow(page: Page) {
  const clientWidth = await page.evaluate(() => document.documentElement.clientWidth);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(clientWidth);
}

/** Like expectNoSeriousA11yViolations, for parts of a page too long for axe to check whole within a test. */
async function expectNoSeriousA11yViolationsIn(page: Page, selectors: string[]) {
  const { violations } = await selectors
    .reduce((builder, selector) => builder.include(selector), new AxeBuilder({ page }))
    .analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Opens the account menu from the keyboard and picks a theme with the arrow keys and Enter. */
async function chooseThemeByKeyboard(page: Page, label: "Light" | "Dark" | "System") {
  const trigger = page.getByRole("button", { name: /^Account menu for/ });
  await tabTo(page, trigger);
  await page.keyboard.press("Enter");
  const option = page.getByRole("group", { name: "Theme" }).getByRole("menuitemradio", { name: label });
  await expect(option).toBeVisible();
  for (let step = 0; step < 10 && !(await option.evaluate((element) => element === document.activeElement)); step++) {
    await page.keyboard.press("ArrowDown");
  }
  await expect(option).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menu")).toBeHidden();
}

async function expectChecked(page: Page, label: "Light" | "Dark" | "System") {
  await page.getByRole("button", { name: /^Account menu for/ }).click();
  await expect(page.getByRole("menuitemradio", { name: label })).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("Escape");
}

test.describe("narrow screens", () => {
  test.use({ viewport: VIEWPORTS.phone });

  test("the Members page fits a 390 px phone", async ({ page }, testInfo) => {
    await signIn(page, OWNER);
    await visit(page, "/settings/members", "Members");
    const members = page.getByRole("table", { name: "Members" });
    // Folded under the name on phones: each row still says who and since when.
    await expect(members.getByRole("row").filter({ hasText: "Olivia" })).toContainText(/olivia@acme\.test.*Joined/s);
    await expectNoHorizontalOverflow(page);
    await saveScreenshot(page, testInfo, "appearance-members-390");
  });

  test("the usage page of a key with long routes fits a 390 px phone, and its numbers stay readable to screen readers", async ({
    page,
  }) => {
    await signIn(page, OWNER);
    await visit(page, await usagePath(page, LONG_ROUTES_KEY), "Usage");
    await page.getByRole("link", { name: "Last 30 days" }).click();
    await expect(page.getByRole("table", { name: "Requests per day, last 30 days" })).toBeAttached();
    await expectNoHorizontalOverflow(page);
    await page.getByRole("link", { name: "Last 24 hours" }).click();
    const chartData = page.getByRole("table", { name: "Requests per hour, last 24 hours" });
    await expect(chartData.getByRole("row")).toHaveCount(25);
    await expectNoHorizontalOverflow(page);
    // Nothing on screen points sighted readers at a table only screen readers get.
    await expect(page.getByText("The table above has the numbers")).toHaveCount(0);
  });
});

test("a key without requests says so for both error rate and latency", async ({ page }) => {
  await signIn(page, OWNER);
  // Old Zapier Integration stopped calling weeks ago (and was revoked): its last 24 hours are empty.
  await visit(page, await usagePath(page, "Old Zapier Integration", `${KEYS_PATH}?status=revoked`), "Usage");
  const stat = (label: string) =>
    page.getByRole("term").filter({ hasText: label }).locator("xpath=following-sibling::dd[1]");
  await expect(stat("Requests")).toHaveText("0");
  await expect(stat("Error rate")).toHaveText("No requests");
  await expect(stat("Average latency")).toHaveText("No requests");
});

test.describe("theme", () => {
  test("the account menu's theme choice works by keyboard, applies before first paint and persists", async ({
    page,
  }, testInfo) => {
    const noConsoleErrors = failOnConsoleErrors(page);
    // Records the theme as the <body> is parsed, before React or any paint of the body.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        Object.assign(window, { darkBeforeBody: document.documentElement.classList.contains("dark") });
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.emulateMedia({ colorScheme: "light" });
    await signIn(page, OWNER);
    expect(await isDark(page)).toBe(false);

    await chooseThemeByKeyboard(page, "Dark");
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);

    await page.reload();
    await expect(page.getByRole("heading", { name: "API Keys", exact: true })).toBeVisible();
    expect(await page.evaluate(() => (window as { darkBeforeBody?: boolean }).darkBeforeBody)).toBe(true);
    await expectChecked(page, "Dark");
    await page.getByRole("button", { name: /^Account menu for/ }).click();
    await saveScreenshot(page, testInfo, "appearance-account-menu-dark-1280", { fullPage: false });
    await page.keyboard.press("Escape");

    // Another page load in the same browser (a new visit) keeps the choice.
    await visit(page, "/settings/members", "Members");
    expect(await isDark(page)).toBe(true);

    await chooseThemeByKeyboard(page, "Light");
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: "dark" });
    await page.reload();
    await expect(page.getByRole("heading", { name: "Members", exact: true })).toBeVisible();
    expect(await isDark(page)).toBe(false);
    noConsoleErrors();
  });

  test("System follows the OS setting, live and on load", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await signIn(page, OWNER);
    // No choice yet: System is the default.
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expectChecked(page, "System");

    await page.emulateMedia({ colorScheme: "light" });
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);

    await chooseThemeByKeyboard(page, "Dark");
    await chooseThemeByKeyboard(page, "System");
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  });

  test("toasts follow the chosen theme", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    // A new person's own team, so the demo team's keys stay as seeded for the screenshots.
    await signUp(page, "Theme Tester", "theme");
    await chooseThemeByKeyboard(page, "Dark");
    const dialog = await openDialog(
      page.getByRole("button", { name: "Create API Key" }),
      page.getByRole("dialog", { name: "Create API Key" }),
    );
    await dialog.getByLabel("Name").fill("Toast in the dark");
    await dialog.getByRole("checkbox", { name: "meetings:read", exact: true }).check();
    await dialog.getByRole("button", { name: "Create API Key" }).click();
    await expect(page.locator("[data-sonner-toast]").getByText("Key created", { exact: true })).toBeVisible();
    await expect(page.locator("[data-sonner-toaster]")).toHaveAttribute("data-sonner-theme", "dark");
  });
});

test("chart tooltips are readable in dark", async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await signIn(page, OWNER);
  await visit(page, await usagePath(page, LONG_ROUTES_KEY), "Usage");
  // The spike's bars are the tallest: hovering the first of them opens the tooltip.
  const bars = page.locator(".recharts-bar-rectangle");
  await expect(bars.first()).toBeVisible();
  const tallest = await bars.evaluateAll((elements) =>
    elements.reduce(
      (best, element, index) =>
        element.getBoundingClientRect().height > elements[best]!.getBoundingClientRect().height ? index : best,
      0,
    ),
  );
  await bars.nth(tallest).hover();
  const tooltip = page.locator(".recharts-default-tooltip").first();
  await expect(tooltip).toBeVisible();
  const colours = await tooltip.evaluate((element) => {
    const label = element.querySelector(".recharts-tooltip-label")!;
    return { background: getComputedStyle(element).backgroundColor, label: getComputedStyle(label).color };
  });
  expect(colours.background).not.toBe("rgb(255, 255, 255)");
  expect(colours.label).not.toBe(colours.background);
  await saveScreenshot(page, testInfo, "appearance-usage-tooltip-dark-1280", { fullPage: false });
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`settings pages in ${colorScheme}: no serious accessibility violations, screenshots at 1280 and 390 px`, async ({
    page,
  }, testInfo) => {
    test.slow();
    const noConsoleErrors = failOnConsoleErrors(page);
    await page.emulateMedia({ colorScheme });
    await signIn(page, OWNER);
    for (const { name, path, heading } of await settingsPages(page)) {
      await page.setViewportSize(VIEWPORTS.desktop);
      await visit(page, path, heading);
      expect(await isDark(page)).toBe(colorScheme === "dark");
      await expectNoSeriousA11yViolations(page);
      await saveScreenshot(page, testInfo, `appearance-${name}-${colorScheme}-1280`);
      await page.setViewportSize(VIEWPORTS.phone);
      await expectNoHorizontalOverflow(page);
      await saveScreenshot(page, testInfo, `appearance-${name}-${colorScheme}-390`);
    }
    noConsoleErrors();
  });
}

test("sign-in and sign-up in dark", async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: "dark" });
  for (const { name, path, heading } of [
    { name: "sign-in", path: "/sign-in", heading: "Sign in to Mavio" },
    { name: "sign-up", path: "/sign-up", heading: "Create your Mavio account" },
    { name: "forgot-password", path: "/forgot-password", heading: "Reset your password" },
  ]) {
    await page.setViewportSize(VIEWPORTS.desktop);
    await visit(page, path, heading);
    expect(await isDark(page)).toBe(true);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, testInfo, `appearance-${name}-dark-1280`);
    await page.setViewportSize(VIEWPORTS.phone);
    await saveScreenshot(page, testInfo, `appearance-${name}-dark-390`);
  }
});

test("the API reference in dark", async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await visit(page, "/docs/api", "Mavio API v1.0.0");
  expect(await isDark(page)).toBe(true);
  // Header, navigation, introduction and the first group of endpoints have every kind of element the page has.
  await expectNoSeriousA11yViolationsIn(page, [
    "header",
    "nav[aria-label='API reference']",
    "#introduction",
    "#tag-Meetings",
  ]);
  // The page is tens of thousands of pixels tall: its first screen shows badges, code and text.
  await saveScreenshot(page, testInfo, "appearance-docs-api-dark-1280", { fullPage: false });
  await page.setViewportSize(VIEWPORTS.phone);
  await saveScreenshot(page, testInfo, "appearance-docs-api-dark-390", { fullPage: false });
});
