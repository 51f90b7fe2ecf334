import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { linkExpiry } from "@/lib/email/link-expiry";
import { sendEmail } from "@/lib/email/send-email";
import { DomainError } from "@/lib/errors/domain-error";
import { rateLimiter } from "@/lib/ratelimit";
import { consumeAccountToken, issueAccountToken } from "./account-tokens";
import { appUrl } from "./app-url";
import { VERIFY_EMAIL_PATH } from "./paths";

const RESENDS_PER_HOUR = 5;
const HOUR_MS = 60 * 60_000;

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

/** "Resend" on the banner and the Account page: a handful per hour, so nobody can flood an inbox from an account. */
export async function resendEmailVerification(userId: string): Promise<void> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true, email: true, emailVerifiedAt: true },
  });
  if (user.emailVerifiedAt) throw new DomainError("conflict", "Your email address is already confirmed.");
  const admission = await rateLimiter().limit(`verify-resend:${userId}`, RESENDS_PER_HOUR, HOUR_MS);
  if (!admission.success) {
    const minutes = Math.max(1, Math.ceil((admission.reset - Date.now()) / 60_000));
    throw new DomainError("rate_limited", `We've sent several links already. Try again in ${minutes} minutes.`, {
      retryAfterSeconds: minutes * 60,
    });
  }
  await sendEmailVerification(user);
}

export type EmailVerificationOutcome =
  | { status: "verified"; email: string }
  | { status: "expired" }
  | { status: "invalid" }
  | { status: "email_taken"; email: string };

/**
 * Follows a verification link: the address it was sent to becomes the account's, confirmed.
 * On an email change that address may have been taken by another account since.
 */
export async function verifyEmail(token: string): Promise<EmailVerificationOutcome> {
  const state = await consumeAccountToken("email_verification", token);
  if (state.status !== "valid") return state;
  try {
    await db.user.update({
      where: { id: state.userId },
      data: { email: state.email, emailVerifiedAt: new Date() },
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { status: "email_taken", email: state.email };
    throw error;
  }
  return { status: "verified", email: state.email };
}
