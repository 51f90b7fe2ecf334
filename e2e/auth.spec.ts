import { expect, test } from "@playwright/test";
import { DEMO_USERS } from "@/prisma/seed-data/users";
import { expectNoSeriousA11yViolations, failOnConsoleErrors, signIn, signUp, uniqueEmail } from "./helpers";

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

  test("a taken email with someone else's password creates nothing and signs no one in", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Adam Again");
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill("a-long-enough-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(
      page.getByRole("alert").filter({
        hasText:
          "We couldn't create an account with this email and password. If you already have an account, sign in instead.",
      }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/sign-up$/);
  });

  test("refuses a password bcrypt would cut short, and a common one, next to the field", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Zoë");
    await page.getByLabel("Email").fill(uniqueEmail("long"));
    await page.getByLabel("Password").fill("é".repeat(37));
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText(/^Use at most 72 bytes/)).toBeVisible();
    await page.getByLabel("Password").fill("Password123");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(
      page.getByText("This password is one of the most common ones. Choose one that is harder to guess."),
    ).toBeVisible();
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

  test("after 10 wrong passwords the form says how long to wait, in its alert", async ({ page }) => {
    const email = uniqueEmail("locked");
    await page.goto("/sign-in");
    for (let attempt = 0; attempt < 10; attempt++) {
      // Straight to next-auth's endpoint, as a guessing script would.
      const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
      const response = await page.request.post("/api/auth/callback/credentials", {
        form: { csrfToken, email, password: `guess-${attempt}`, json: "true" },
      });
      expect(response.status()).toBe(401);
    }
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("guess-10");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: /^Too many attempts\. Try again in \d+ minutes?\.$/ }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("a GitHub sign-in refused for a taken email lands on sign-in, saying why", async ({ page }) => {
    await page.goto("/sign-in?error=OAuthAccountNotLinked");
    await expect(
      page
        .getByRole("alert")
        .filter({ hasText: /^An account with this email already exists\. Sign in with your password/ }),
    ).toBeVisible();
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
