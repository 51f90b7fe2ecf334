// A new person's account over email: confirming the address from the message sign-up
// sends, and "Forgot password?" from the email to a new password that signs out every
// other session. Run on the configured PostgreSQL + Redis (mail over SMTP) and on the
// zero-configuration default (mail saved as .eml files), as playwright.config.ts says.
import { expect, test, type Page } from "@playwright/test";
import {
  expectNoSeriousA11yViolations,
  failOnConsoleErrors,
  NEW_PERSON_PASSWORD,
  saveScreenshot,
  signIn,
  signUp,
  VIEWPORTS,
} from "./helpers";
import { mailDirFor, waitForEmail } from "./mailbox";

test.use({ viewport: VIEWPORTS.desktop, reducedMotion: "reduce" });

const KEYS_PATH = "/settings/developer/api-keys";

async function emailTo(page: Page, to: string, subject: RegExp) {
  return waitForEmail(mailDirFor(test.info().project.use.baseURL!), { to, subject });
}

/** The link in a message that leads to `path`. */
function linkTo(links: string[], path: string): string {
  const link = links.find((href) => new URL(href).pathname === path);
  if (!link) throw new Error(`No link to ${path} in ${JSON.stringify(links)}`);
  return link;
}

const emailBanner = (page: Page) => page.getByRole("region", { name: "Confirm your email address" });

test("a new person confirms their address from the email sign-up sends, and the banner goes", async ({
  page,
}, testInfo) => {
  const noConsoleErrors = failOnConsoleErrors(page);
  const email = await signUp(page, "Vera Rubin", "confirm");
  await expect(emailBanner(page)).toContainText(email);
  await saveScreenshot(page, testInfo, "email-unconfirmed-banner", { fullPage: false });

  const message = await emailTo(page, email, /Confirm your email address/);
  expect(message.text).toContain("expires in 24 hours");
  await page.goto(linkTo(message.links, "/verify-email"));
  await expect(page.getByText(`Confirm that ${email} is your email address.`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Confirm email address" }).click();
  await expect(page.getByText("Your email address is confirmed.")).toBeVisible();

  await page.getByRole("link", { name: "Continue to Mavio" }).click();
  await expect(page).toHaveURL(new RegExp(KEYS_PATH));
  await expect(page.getByRole("heading", { name: "API Keys" })).toBeVisible();
  await expect(emailBanner(page)).toHaveCount(0);
  // The link worked once.
  await page.goto(linkTo(message.links, "/verify-email"));
  await expect(page.getByText("This link has already been used or is not valid.")).toBeVisible();
  noConsoleErrors();
});

test("forgot password: the email's link sets a new password and signs out every other session", async ({
  page,
  browser,
}, testInfo) => {
  const email = await signUp(page, "Henrietta Leavitt", "reset");

  const elsewhere = await (await browser.newContext({ viewport: VIEWPORTS.desktop })).newPage();
  const noConsoleErrors = failOnConsoleErrors(elsewhere);
  await elsewhere.goto("/sign-in");
  await elsewhere.getByRole("link", { name: "Forgot password?" }).click();
  await expect(elsewhere.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await elsewhere.getByLabel("Email").fill(email);
  await elsewhere.getByRole("button", { name: "Send reset link" }).click();
  await expect(elsewhere.getByText(`If ${email} has a Mavio account`)).toBeVisible();
  await saveScreenshot(elsewhere, testInfo, "forgot-password-sent", { fullPage: false });

  const message = await emailTo(elsewhere, email, /Reset your Mavio password/);
  expect(message.html).toContain("expires in 30 minutes");
  await elsewhere.goto(linkTo(message.links, "/reset-password"));
  await expect(elsewhere.getByText(`For ${email}.`)).toBeVisible();
  await expectNoSeriousA11yViolations(elsewhere);
  await elsewhere.getByLabel("New password").fill("short");
  await elsewhere.getByRole("button", { name: "Set new password" }).click();
  await expect(elsewhere.getByText("Use at least 10 characters")).toBeVisible();
  await elsewhere.getByLabel("New password").fill("a-completely-new-passphrase");
  await elsewhere.getByRole("button", { name: "Set new password" }).click();
  await expect(elsewhere).toHaveURL(/\/sign-in\?notice=password-reset/);
  await expect(elsewhere.getByText("Every session of your account was signed out.")).toBeVisible();

  // Up to here nothing failed; the wrong password below is refused with a 401 on purpose.
  noConsoleErrors();

  // The old password is gone, the new one signs in.
  await elsewhere.getByLabel("Email").fill(email);
  await elsewhere.getByLabel("Password").fill(NEW_PERSON_PASSWORD);
  await elsewhere.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(elsewhere.getByText("Incorrect email or password.")).toBeVisible();
  await signIn(elsewhere, email, "a-completely-new-passphrase");

  // The session signed in before the reset is signed out at its next request.
  await page.goto(KEYS_PATH);
  await expect(page).toHaveURL(/\/sign-in/);
  // And the link worked once.
  await elsewhere.goto(linkTo(message.links, "/reset-password"));
  await expect(elsewhere.getByText("This reset link has already been used or is not valid.")).toBeVisible();
  await elsewhere.context().close();
});
