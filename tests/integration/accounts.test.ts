import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { pendingEmailChange, requestEmailChange } from "@/lib/accounts/change-email";
import { changePassword } from "@/lib/accounts/change-password";
import { resendEmailVerification, verifyEmail } from "@/lib/accounts/email-verification";
import {
  RESET_REQUESTS_PER_ACCOUNT,
  requestPasswordReset,
  resetPassword,
  resetPasswordFromForm,
} from "@/lib/accounts/password-reset";
import { VERIFY_EMAIL_PATH, RESET_PASSWORD_PATH } from "@/lib/accounts/paths";
import { updateProfile } from "@/lib/accounts/update-profile";
import { authOptions } from "@/lib/auth/options";
import { findOrCreateOAuthUser } from "@/lib/users/find-or-create-oauth-user";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { signUpWithPassword } from "@/lib/users/sign-up-with-password";
import { db, setUpTestDatabase } from "../helpers/database";
import { setUpMailServer, tokenFromLink } from "../helpers/mail-setup";

setUpTestDatabase();
const mail = setUpMailServer();

let ipCounter = 0;
/** Each test signs up from its own address, so the per-address limits do not carry over. */
const freshIp = () => `198.51.100.${++ipCounter}`;
const PASSWORD = "correct-horse-battery";

async function signUpPerson(email: string, name = "Ada Lovelace") {
  expect(await signUpWithPassword({ name, email, password: PASSWORD }, freshIp())).toEqual({ ok: true });
  const message = await mail.server.waitForEmail({ to: email, subject: "Confirm your email address" });
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  return { user, message, token: tokenFromLink(message.links, VERIFY_EMAIL_PATH) };
}

describe("email verification", () => {
  it("sign-up mails a link with both parts that confirms the address once; only its hash is stored", async () => {
    const { user, message, token } = await signUpPerson("ada@example.com");
    expect(user.emailVerifiedAt).toBeNull();
    for (const part of [message.text, message.html]) {
      expect(part).toContain("signed up for Mavio");
      expect(part).toMatch(/expires in 24 hours/);
    }
    const stored = await db.accountToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(24 * 60 * 60_000);

    expect(await verifyEmail(token)).toEqual({ status: "verified", email: "ada@example.com" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
    expect(await verifyEmail(token)).toEqual({ status: "invalid" });
  });

  it("refuses an expired link, and a new link retires the one before it", async () => {
    const { user, token: first } = await signUpPerson("grace@example.com", "Grace Hopper");
    mail.server.clear();
    await resendEmailVerification(user.id);
    const second = tokenFromLink(
      (await mail.server.waitForEmail({ to: "grace@example.com" })).links,
      VERIFY_EMAIL_PATH,
    );
    expect(await verifyEmail(first)).toEqual({ status: "invalid" });
    await db.accountToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await verifyEmail(second)).toEqual({ status: "expired" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull();
  });

  it("throttles Resend and refuses it once the address is confirmed", async () => {
    const { user, token } = await signUpPerson("katherine@example.com", "Katherine Johnson");
    for (let sent = 0; sent < 5; sent++) await resendEmailVerification(user.id);
    await expect(resendEmailVerification(user.id)).rejects.toMatchObject({ code: "rate_limited" });
    const newest = tokenFromLink(
      (await mail.server.waitForEmail({ to: "katherine@example.com" })).links,
      VERIFY_EMAIL_PATH,
    );
    expect(newest).not.toBe(token);
    await verifyEmail(newest);
    await expect(resendEmailVerification(user.id)).rejects.toMatchObject({ code: "conflict" });
  });

  it("tells the owner of a taken address instead of the person signing up, with the same answer", async () => {
    mail.server.clear();
    expect(
      await signUpWithPassword({ name: "Not Ada", email: "ada@example.com", password: PASSWORD }, freshIp()),
    ).toEqual({ ok: true });
    const notice = await mail.server.waitForEmail({ to: "ada@example.com" });
    expect(notice.subject).toBe("You already have a Mavio account");
    expect(await verifyCredentials("ada@example.com", PASSWORD)).toMatchObject({ name: "Ada Lovelace" });
  });
});

describe("password reset", () => {
  it("answers the same whether or not the address has an account, and mails only the account", async () => {
    mail.server.clear();
    const ip = freshIp();
    const forAccount = await requestPasswordReset({ email: "ada@example.com" }, ip);
    const forNobody = await requestPasswordReset({ email: "nobody@example.com" }, ip);
    expect(forAccount).toEqual({ ok: true });
    expect(forNobody).toEqual(forAccount);
    const message = await mail.server.waitForEmail({ to: "ada@example.com", subject: "Reset your Mavio password" });
    expect(message.text).toMatch(/expires in 30 minutes/);
    expect(message.html).toMatch(/expires in 30 minutes/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mail.server.messages.filter((email) => email.to.includes("nobody@example.com"))).toEqual([]);
  });

  it("sets the new password once, signs out every session, and the link then stops working", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    const token = tokenFromLink(
      (await mail.server.waitForEmail({ to: "ada@example.com", subject: "Reset your Mavio password" })).links,
      RESET_PASSWORD_PATH,
    );
    const jwt = authOptions.callbacks!.jwt!;
    const session = await jwt({ token: { sub: user.id }, user: { id: user.id } } as never);
    expect(await jwt({ token: session } as never)).toMatchObject({ sub: user.id });

    expect(await resetPasswordFromForm({ token, password: "short" })).toMatchObject({
      ok: false,
      errors: { password: expect.any(String) },
    });
    expect(await resetPasswordFromForm({ token, password: "a-brand-new-passphrase" })).toEqual({ ok: true });
    expect(await verifyCredentials("ada@example.com", PASSWORD)).toBeNull();
    expect(await verifyCredentials("ada@example.com", "a-brand-new-passphrase")).toMatchObject({ id: user.id });
    expect(await jwt({ token: session } as never)).not.toHaveProperty("sub");
    expect(await resetPassword(token, "yet-another-passphrase")).toEqual({ status: "invalid" });
  });

  it("refuses a link older than 30 minutes", async () => {
    mail.server.clear();
    await requestPasswordReset({ email: "grace@example.com" }, freshIp());
    const token = tokenFromLink(
      (await mail.server.waitForEmail({ to: "grace@example.com" })).links,
      RESET_PASSWORD_PATH,
    );
    const stored = await db.accountToken.findFirstOrThrow({ where: { purpose: "password_reset", usedAt: null } });
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(30 * 60_000);
    await db.accountToken.update({ where: { id: stored.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await resetPassword(token, "a-brand-new-passphrase")).toEqual({ status: "expired" });
    expect(await verifyCredentials("grace@example.com", PASSWORD)).not.toBeNull();
  });

  it("is throttled per inbox like sign-in, with the same refusal for an address without an account", async () => {
    const answers = async (email: string) => {
      const results = [];
      for (let attempt = 0; attempt <= RESET_REQUESTS_PER_ACCOUNT; attempt++) {
        results.push(await requestPasswordReset({ email }, freshIp()));
      }
      return results;
    };
    const [forAccount, forNobody] = [await answers("katherine@example.com"), await answers("ghost@example.com")];
    expect(forAccount.slice(0, -1).every((result) => result.ok)).toBe(true);
    expect(forAccount.at(-1)).toEqual({ ok: false, errors: { form: expect.stringMatching(/^Too many attempts/) } });
    expect(forNobody).toEqual(forAccount);
  });
});

describe("the Account page", () => {
  it("renames the person", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "grace@example.com" } });
    expect(await updateProfile(user.id, { name: "  " })).toMatchObject({
      ok: false,
      errors: { name: expect.any(String) },
    });
    expect(await updateProfile(user.id, { name: "Rear Admiral Grace Hopper" })).toEqual({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Rear Admiral Grace Hopper");
  });

  it("changes the email only when a link sent to the new address is followed, after the current password", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "grace@example.com" } });
    const ip = freshIp();
    mail.server.clear();
    // A reset link mailed to the old address before the change must not outlive it.
    await requestPasswordReset({ email: "grace@example.com" }, freshIp());
    const oldResetToken = tokenFromLink(
      (await mail.server.waitForEmail({ to: "grace@example.com", subject: "Reset" })).links,
      RESET_PASSWORD_PATH,
    );

    expect(await requestEmailChange(user.id, { email: "hopper@example.com", currentPassword: "wrong" }, ip)).toEqual({
      ok: false,
      errors: { currentPassword: "That's not your current password." },
    });
    // An address another account holds: the same answer, and its owner hears about it.
    expect(await requestEmailChange(user.id, { email: "ada@example.com", currentPassword: PASSWORD }, ip)).toEqual({
      ok: true,
    });
    const notice = await mail.server.waitForEmail({ to: "ada@example.com", subject: "You already have" });
    expect(notice.text).toContain("move another Mavio account to ada@example.com");

    expect(await requestEmailChange(user.id, { email: "hopper@example.com", currentPassword: PASSWORD }, ip)).toEqual({
      ok: true,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("grace@example.com");
    expect(await pendingEmailChange(user.id, "grace@example.com")).toBe("hopper@example.com");
    // Resending the current address's link leaves the pending change alone.
    await resendEmailVerification(user.id);
    expect(await pendingEmailChange(user.id, "grace@example.com")).toBe("hopper@example.com");
    const message = await mail.server.waitForEmail({ to: "hopper@example.com" });
    expect(message.subject).toBe("Confirm your new email address for Mavio");
    expect(await verifyEmail(tokenFromLink(message.links, VERIFY_EMAIL_PATH))).toEqual({
      status: "verified",
      email: "hopper@example.com",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      email: "hopper@example.com",
      emailVerifiedAt: expect.any(Date),
    });
    const told = await mail.server.waitForEmail({ to: "grace@example.com", subject: "email address was changed" });
    expect(told.text).toContain("changed from grace@example.com to hopper@example.com");
    expect(await resetPassword(oldResetToken, "taken-over-by-old-inbox")).toEqual({ status: "invalid" });
  });

  it("asks an account without a password (GitHub only) to set one before changing its address", async () => {
    const { userId } = (await findOrCreateOAuthUser({
      provider: "github",
      providerAccountId: "4242",
      email: "octo@example.com",
      name: "Octo Cat",
    })) as { userId: string };
    expect(
      await requestEmailChange(userId, { email: "elsewhere@example.com", currentPassword: "anything" }, freshIp()),
    ).toMatchObject({ ok: false, errors: { form: expect.stringMatching(/^Set a password first/) } });
    // Its address gets a confirmation link too, like a password sign-up's.
    await mail.server.waitForEmail({ to: "octo@example.com", subject: "Confirm your email address" });
  });

  it("changes the password after the current one and signs out the other sessions", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: "katherine@example.com" } });
    const ip = freshIp();
    expect(await changePassword(user.id, { currentPassword: "wrong", password: "orbital-mechanics-1962" }, ip)).toEqual(
      {
        ok: false,
        errors: { currentPassword: "That's not your current password." },
      },
    );
    const result = await changePassword(user.id, { currentPassword: PASSWORD, password: "orbital-mechanics-1962" }, ip);
    expect(result).toEqual({ ok: true, sessionVersion: user.sessionVersion + 1 });
    expect(await verifyCredentials("katherine@example.com", "orbital-mechanics-1962")).toMatchObject({ id: user.id });
  });
});
