import { expect, test, type Page } from "@playwright/test";
import { failOnConsoleErrors, openDialog, signIn, signUp } from "./helpers";

const OWNER = "olivia@acme.test";
const KEYS_PATH = "/settings/developer/api-keys";

/**
 * Records every Content-Security-Policy violation in any document the page loads (the
 * event from before its first script runs, and the browser's console report) and every
 * page response that came without a nonce-based policy; `expectNone` fails on any.
 */
async function watchContentSecurityPolicy(page: Page): Promise<{ violations: string[]; expectNone: () => void }> {
  const violations: string[] = [];
  const unprotectedDocuments: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportCspViolation", (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation: (violation: string) => void }).reportCspViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI} on ${location.pathname}`);
    });
  });
  page.on("response", (response) => {
    if (response.request().resourceType() !== "document") return;
    const policy = response.headers()["content-security-policy"] ?? "";
    if (!/script-src [^;]*'nonce-[^']+'/.test(policy) || !policy.includes("frame-ancestors 'none'"))
      unprotectedDocuments.push(response.url());
  });
  return {
    violations,
    expectNone: () => {
      expect(violations).toEqual([]);
      expect(unprotectedDocuments).toEqual([]);
    },
  };
}

async function visit(page: Page, path: string, heading: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
}

test("signing up, the API keys page, its create dialog and a toast run under the CSP with no violation", async ({
  page,
}) => {
  const csp = await watchContentSecurityPolicy(page);
  const noConsoleErrors = failOnConsoleErrors(page);
  await signUp(page, "Casey Policy", "csp");
  await visit(page, KEYS_PATH, "API Keys");
  const dialog = await openDialog(
    page.getByRole("button", { name: "Create API Key" }),
    page.getByRole("dialog", { name: "Create API Key" }),
  );
  await dialog.getByLabel("Name").fill("CSP check");
  await dialog.getByRole("checkbox", { name: "meetings:read", exact: true }).check();
  await dialog.getByRole("button", { name: "Create API Key" }).click();
  await expect(page.getByRole("dialog", { name: "API key created" })).toBeVisible();
  await expect(page.locator("[data-sonner-toast]").getByText("Key created", { exact: true })).toBeVisible();
  csp.expectNone();
  noConsoleErrors();
});

test("every settings page, the charts, the docs and the dark mode toggle run under the CSP with no violation", async ({
  page,
}) => {
  const csp = await watchContentSecurityPolicy(page);
  const noConsoleErrors = failOnConsoleErrors(page);
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await signIn(page, OWNER);

  await visit(page, KEYS_PATH, "API Keys");
  await openDialog(
    page.getByRole("button", { name: "Create API Key" }),
    page.getByRole("dialog", { name: "Create API Key" }),
  );
  await page.keyboard.press("Escape");
  await page.getByRole("table", { name: "API keys" }).getByRole("link", { name: "CRM Sync", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Usage", exact: true })).toBeVisible();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();

  await visit(page, "/settings/developer/webhooks", "Webhooks");
  await openDialog(
    page.getByRole("button", { name: "Add endpoint" }),
    page.getByRole("dialog", { name: "Add endpoint" }),
  );
  await page.keyboard.press("Escape");
  await visit(page, "/settings/members", "Members");
  await visit(page, "/settings/general", "General");
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 1, name: /API/ })).toBeVisible();

  // The theme menu, then a reload: the inline theme script must run before paint.
  await visit(page, "/settings/general", "General");
  await page.getByRole("button", { name: /^Account menu for/ }).click();
  await page.getByRole("group", { name: "Theme" }).getByRole("menuitemradio", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await page.reload();
  await expect(page.getByRole("heading", { name: "General", exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);

  csp.expectNone();
  noConsoleErrors();
});

// Without the console check: Chromium logs a 404 document's status as a console error.
test("the error pages run under the CSP with no violation", async ({ page }) => {
  const csp = await watchContentSecurityPolicy(page);
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "This page doesn't exist" })).toBeVisible();
  await signIn(page, OWNER);
  await page.goto(`${KEYS_PATH}/no-such-key/usage`);
  await expect(page.getByRole("heading", { name: "This key doesn't exist in this team" })).toBeVisible();
  csp.expectNone();
});

// Markup an attacker got into the page (the server's own response, headers unchanged):
// the browser refuses its inline script and reports it, so the watcher above would see
// a real violation.
test("an injected inline script without the nonce is blocked and reported", async ({ page }) => {
  const csp = await watchContentSecurityPolicy(page);
  await page.route("**/sign-up", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>window.injectedScriptRan = true</script></body>");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/sign-up");
  await expect(page.getByLabel("Email")).toBeVisible();
  expect(await page.evaluate(() => (window as { injectedScriptRan?: boolean }).injectedScriptRan)).toBeUndefined();
  await expect
    .poll(() => csp.violations.filter((violation) => violation.startsWith("script-src-elem")))
    .toEqual(["script-src-elem blocked inline on /sign-up"]);
});
