import { expect, test } from "@playwright/test";
import { DEMO_USERS } from "@/prisma/seed-data/users";
import { expectNoSeriousA11yViolations, failOnConsoleErrors, signIn, signUp } from "./helpers";

const admin = DEMO_USERS.find((user) => user.role === "admin")!;

test.describe("signed out", () => {
  for (const path of ["/settings/general", "/settings/members", "/settings/developer/api-keys"]) {
    test(`${path} redirects to sign-in and back after signing in`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
      await expect(page.getByRole("heading", { name: "Sign in to Mavio" })).toBeVisible();
      await page.getByLabel("Email").fill(admin.email);
      await page.getByLabel("Password").fill("mavio-demo-2026");
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${path}$`));
    });
  }

  test("the sign-in and sign-up pages are accessible", async ({ page }) => {
    const noConsoleErrors = failOnConsoleErrors(page);
    await page.goto("/sign-in");
    await expectNoSeriousA11yViolations(page);
    await page.goto("/sign-up");
    await expectNoSeriousA11yViolations(page);
    noConsoleErrors();
  });
});

test.describe("sign-up", () => {
  test("creates an account with its own Free team and lands in settings", async ({ page }) => {
    await signUp(page, "Nina Newcomer", "new");
    await expect(page).toHaveURL(/\/settings\/developer\/api-keys$/);
    await expect(page.getByRole("button", { name: /Team: Nina's team/ })).toBeVisible();
    await page.getByRole("link", { name: "General" }).click();
    await expect(page.getByText("60 requests per minute")).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: /^Free$/ })).toBeVisible();
  });

  test("explains bad input next to the fields and keeps what was typed", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Sam");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Enter a valid email address")).toBeVisible();
    await expect(page.getByText("Use at least 10 characters")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Name")).toHaveValue("Sam");
  });

  test("refuses an email that already has an account", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Adam Again");
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill("a-long-enough-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("An account with this email already exists. Sign in instead.")).toBeVisible();
    await expect(page).toHaveURL(/\/sign-up$/);
  });
});

test.describe("sign-in and out", () => {
  test("a wrong password shows a readable error", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill("wrong-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Incorrect email or password." })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("the demo admin sees Acme's settings, and signing out returns to sign-in", async ({ page }) => {
    const noConsoleErrors = failOnConsoleErrors(page);
    await signIn(page, admin.email);
    await expect(page.getByRole("button", { name: /Team: Acme/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "API Keys" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("link", { name: "Members" }).click();
    await expect(page.getByRole("cell", { name: admin.email })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("link", { name: "General" }).click();
    await expect(page.getByText("300 requests per minute")).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: /Account menu/ }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/settings/general");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    noConsoleErrors();
  });

  test("the team switcher moves between a person's teams", async ({ page }) => {
    await signIn(page, "olivia@acme.test");
    await page.goto("/settings/general");
    await expect(page.getByText("300 requests per minute")).toBeVisible();
    await page.getByRole("button", { name: /Team: Acme/ }).click();
    await page.getByRole("menuitem", { name: /Globex/ }).click();
    await expect(page.getByRole("button", { name: /Team: Globex/ })).toBeVisible();
    await expect(page.getByText("5,000 requests per minute")).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: /^Enterprise$/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("button", { name: /Team: Globex/ })).toBeVisible();
  });
});
