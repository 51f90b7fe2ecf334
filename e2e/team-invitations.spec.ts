// A team grows: its owner (a brand-new sign-up) invites someone by email, the invitation
// arrives, the new person signs up through its link and lands in that team as a member,
// the owner makes them an admin, they create the team's next API key, and once the owner
// removes them the key still works and says who made it. Run on the
// configured PostgreSQL + Redis (mail over SMTP) and on the zero-configuration default
// (mail saved as .eml files), as playwright.config.ts says.
import { expect, test, type Page } from "@playwright/test";
import {
  createKey,
  expectNoSeriousA11yViolations,
  failOnConsoleErrors,
  openDialog,
  saveScreenshot,
  signUp,
  uniqueEmail,
  VIEWPORTS,
} from "./helpers";
import { mailDirFor, waitForEmail } from "./mailbox";

test.use({ viewport: VIEWPORTS.desktop, reducedMotion: "reduce" });

const MEMBERS_PATH = "/settings/members";
const KEYS_PATH = "/settings/developer/api-keys";

const memberRow = (page: Page, name: string) =>
  page.getByRole("table", { name: "Members" }).getByRole("row").filter({ hasText: name });

test("invite by email, sign up through the link as a member, be made admin, create a key, be removed while the key lives on", async ({
  page,
  browser,
}, testInfo) => {
  const ownerConsole = failOnConsoleErrors(page);
  await signUp(page, "Olive Owner", "owner");
  const teamName = "Olive's team";
  await page.goto(MEMBERS_PATH);
  await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();

  const invitee = uniqueEmail("invitee");
  const dialog = await openDialog(
    page.getByRole("button", { name: "Invite people" }),
    page.getByRole("dialog", { name: "Invite people" }),
  );
  await expectNoSeriousA11yViolations(page);
  await dialog.getByLabel("Email").fill(invitee);
  await dialog.getByRole("radio", { name: /^Member/ }).check();
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${invitee}`)).toBeVisible();
  const pending = page.getByRole("table", { name: "Pending invitations" });
  await expect(pending.getByText(invitee)).toBeVisible();
  await saveScreenshot(page, testInfo, "members-pending-invitation");

  const message = await waitForEmail(mailDirFor(test.info().project.use.baseURL!), { to: invitee, subject: teamName });
  for (const part of [message.text, message.html]) {
    expect(part).toContain("Olive Owner");
    expect(part).toContain("expires in 7 days");
  }
  const link = message.links.find((href) => new URL(href).pathname.startsWith("/invite/"));
  expect(link).toBeDefined();

  const guest = await (await browser.newContext({ viewport: VIEWPORTS.desktop })).newPage();
  const guestConsole = failOnConsoleErrors(guest);
  await guest.goto(link!);
  await expect(guest.getByRole("heading", { name: `Join ${teamName} on Mavio` })).toBeVisible();
  await expectNoSeriousA11yViolations(guest);
  await guest.getByRole("link", { name: "Create account" }).click();
  await expect(guest.getByLabel("Email")).toHaveValue(invitee);
  await guest.getByLabel("Name").fill("Ivy Invitee");
  await guest.getByLabel("Password").fill("a-long-enough-password");
  await guest.getByRole("button", { name: "Create account and join" }).click();
  await expect(guest).toHaveURL(new RegExp(KEYS_PATH));
  await expect(guest.getByRole("button", { name: `Team: ${teamName}. Switch team` })).toBeVisible();
  // The link proved the address: no banner asking to confirm it.
  await expect(guest.getByRole("region", { name: "Confirm your email address" })).toHaveCount(0);
  // As a member, key management is shown but refused.
  await expect(guest.getByRole("button", { name: "Create API Key" })).toHaveAttribute("aria-disabled", "true");

  // The owner sees them joined and makes them an admin.
  await page.goto(MEMBERS_PATH);
  await expect(pending.getByText(invitee)).toHaveCount(0);
  await expect(memberRow(page, "Ivy Invitee")).toContainText("Member");
  await memberRow(page, "Ivy Invitee").getByRole("button", { name: "Actions for Ivy Invitee" }).click();
  await page.getByRole("menuitem", { name: "Change role" }).click();
  const roleDialog = page.getByRole("dialog", { name: "Change Ivy Invitee's role" });
  await roleDialog.getByRole("radio", { name: /^Admin/ }).check();
  await roleDialog.getByRole("button", { name: "Change role" }).click();
  await expect(roleDialog).toBeHidden();
  await expect(memberRow(page, "Ivy Invitee")).toContainText("Admin");
  const auditLog = page.getByRole("region", { name: "Team audit log" });
  await expect(auditLog.getByText("Olive Owner changed Ivy Invitee's role from member to admin")).toBeVisible();
  await expect(auditLog.getByText(/Ivy Invitee joined/)).toBeVisible();
  await saveScreenshot(page, testInfo, "members-after-role-change");

  // Now an admin, they create the team's key.
  await guest.reload();
  await expect(guest.getByRole("button", { name: "Create API Key" })).not.toHaveAttribute("aria-disabled", "true");
  const key = await createKey(guest, "Ivy's CRM sync");
  expect(key).toMatch(/^mavio_sk_/);
  await expect(guest.getByRole("table", { name: "API keys" })).toContainText("Ivy's CRM sync");

  // Removing them leaves the team's key working, and the list says who made it.
  await page.goto(MEMBERS_PATH);
  await memberRow(page, "Ivy Invitee").getByRole("button", { name: "Actions for Ivy Invitee" }).click();
  await page.getByRole("menuitem", { name: "Remove from team" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Remove Ivy Invitee from ${teamName}?` });
  await expect(confirm).toContainText("The API keys they created belong to the team and keep working");
  await confirm.getByRole("button", { name: "Remove from team" }).click();
  await expect(memberRow(page, "Ivy Invitee")).toHaveCount(0);
  await expect(auditLog.getByText("Olive Owner removed Ivy Invitee")).toBeVisible();
  await page.goto(KEYS_PATH);
  await expect(
    page.getByRole("table", { name: "API keys" }).getByRole("row").filter({ hasText: "Ivy's CRM sync" }),
  ).toContainText("Created by Ivy Invitee (former member)");
  const call = await page.request.get("/api/v1/me", { headers: { Authorization: `Bearer ${key}` } });
  expect(call.status()).toBe(200);
  // And they are out: their next page is the one for people in no team.
  await guest.goto(KEYS_PATH);
  await expect(guest).toHaveURL(/\/no-team/);

  ownerConsole();
  guestConsole();
  await guest.context().close();
});
