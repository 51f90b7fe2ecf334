import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { linkExpiry } from "@/lib/email/link-expiry";
import { sendEmail } from "@/lib/email/send-email";
import { DomainError } from "@/lib/errors/domain-error";
import { admitAccountEmail } from "./account-email-limit";
import { consumeAccountToken, issueAccountToken } from "./account-tokens";
import { appUrl } from "@/lib/email/app-url";
import { RESET_PASSWORD_REQUEST_PATH, VERIFY_EMAIL_PATH } from "./paths";
import { sendAfterResponse } from "./send-after-response";

interface Recipient {
  id: string;
  name: string;
  /** The account's address now; the link may go to another one (an email change). */
  email: string;
}

/** Sends a link that proves `to` (the account's address, or the one it is changing to) reads that inbox. */
export async function sendEmailVerification(user: Recipient, to = user.email): Promise<void> {
  const { token, expiresAt } = await issueAccountToken(user.id, "email_verification", to);
  const changing = to !== user.email;
  await sendEmail({
    to,
    subject: changing ? "Confirm your new email address for Mavio" : "Confirm your email address for Mavio",
    paragraphs: [
      `Hi ${user.name},`,
      changing
        ? `You asked to change the email address of your Mavio account from ${user.email} to ${to}. Confirm that this address is yours and we'll switch to it.`
        : `Thanks for signing up for Mavio. Confirm that ${to} is your email address so we can reach you about your account and your team.`,
    ],
    action: {
      label: changing ? "Confirm new email address" : "Confirm email address",
      url: appUrl(VERIFY_EMAIL_PATH, { token }),
    },
    expiry: linkExpiry(expiresAt),
    footnote: changing
      ? "You received this because this address was entered on a Mavio account. If that wasn't you, ignore this email: nothing changes without this link."
      : "You received this because someone signed up for Mavio with this address. If that wasn't you, ignore this email: the account stays unconfirmed.",
  });
}

/** "Resend" on the banner and the Account page. */
export async function resendEmailVerification(userId: string): Promise<void> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true, emailVerifiedAt: true },
  });
  if (user.emailVerifiedAt) throw new DomainError("conflict", "Your email address is already confirmed.");
  await admitAccountEmail(userId);
  await sendEmailVerification(user);
}

/** The old inbox hears that the account moved, so a change its owner did not make does not go unnoticed. */
async function sendEmailChangedNotice(user: { name: string }, from: string, to: string): Promise<void> {
  await sendEmail({
    to: from,
    subject: "Your Mavio email address was changed",
    paragraphs: [
      `Hi ${user.name},`,
      `The email address of your Mavio account was changed from ${from} to ${to}. Mavio's emails, password resets included, now go to ${to}.`,
    ],
    action: { label: "Reset your password", url: appUrl(RESET_PASSWORD_REQUEST_PATH) },
    expiry: "This link opens the page that sends a reset link; the reset link itself works for 30 minutes.",
    footnote:
      "You received this because this address belonged to a Mavio account. If you made the change, there is nothing to do. If you didn't, reply to this email so we can help you get the account back.",
  });
}

export type EmailVerificationOutcome =
  { status: "verified"; email: string } | { status: "expired" } | { status: "invalid" } | { status: "email_taken" };

/**
 * Follows a verification link: the address it was sent to becomes the account's, confirmed,
 * and the link is spent in the same transaction. On an email change that address may have
 * been taken by another account since, and reset links sent to the old address stop working.
 */
export async function verifyEmail(token: string): Promise<EmailVerificationOutcome> {
  let outcome: EmailVerificationOutcome;
  let changed: { name: string; from: string; to: string } | null = null;
  try {
    outcome = await db.$transaction(async (tx) => {
      const state = await consumeAccountToken(tx, "email_verification", token);
      if (state.status !== "valid") return state;
      const before = await tx.user.findUniqueOrThrow({
        where: { id: state.userId },
        select: { name: true, email: true },
      });
      await tx.user.update({ where: { id: state.userId }, data: { email: state.email, emailVerifiedAt: new Date() } });
      if (before.email !== state.email) {
        await tx.accountToken.deleteMany({ where: { userId: state.userId, purpose: "password_reset", usedAt: null } });
        changed = { name: before.name, from: before.email, to: state.email };
      }
      return { status: "verified" as const, email: state.email };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { status: "email_taken" };
  }
  if (changed) {
    const { name, from, to } = changed;
    sendAfterResponse("email changed notice", () => sendEmailChangedNotice({ name }, from, to));
  }
  return outcome;
}
