import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { linkExpiry } from "@/lib/email/link-expiry";
import { sendEmail } from "@/lib/email/send-email";
import { minutesUntil, tooManyAttemptsMessage } from "@/lib/auth/sign-in-errors";
import { emailBucket, latestRefusal } from "@/lib/auth/attempt-buckets";
import { rateLimiter, type RateLimitDecision } from "@/lib/ratelimit";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/validations/auth";
import { consumeAccountToken, issueAccountToken } from "./account-tokens";
import { appUrl } from "@/lib/email/app-url";
import { parseForm, refuse, type FormResult } from "./form-result";
import { sendAfterResponse } from "./send-after-response";
import { RESET_PASSWORD_PATH } from "./paths";

const WINDOW_MS = 15 * 60_000;
// As sign-in (lib/auth/sign-in-throttle): a few per inbox, more per address (offices share one).
export const RESET_REQUESTS_PER_ACCOUNT = 5;
export const RESET_REQUESTS_PER_IP = 30;

/**
 * Counts a "Forgot password?" request against the address and the inbox, whether or not
 * the inbox has an account: the refusal must not tell them apart either. The refusal that
 * ends last, or null when admitted.
 */
export async function admitPasswordResetRequest(email: string, ip: string): Promise<RateLimitDecision | null> {
  const limiter = rateLimiter();
  const decisions = await Promise.all([
    limiter.limit(emailBucket("reset:account", email), RESET_REQUESTS_PER_ACCOUNT, WINDOW_MS),
    limiter.limit(`reset:ip:${ip}`, RESET_REQUESTS_PER_IP, WINDOW_MS),
  ]);
  return latestRefusal(decisions) ?? null;
}

/**
 * "Forgot password?": the same answer for every address, account or not, and the email
 * (if any) sent after it. Throttled per inbox and per client address.
 */
export async function requestPasswordReset(input: unknown, ip: string): Promise<FormResult> {
  const parsed = parseForm(forgotPasswordSchema, input);
  if (!parsed.ok) return parsed;
  const refusal = await admitPasswordResetRequest(parsed.data.email, ip);
  if (refusal) return refuse("form", tooManyAttemptsMessage(minutesUntil(refusal.reset)));
  sendAfterResponse("password reset", () => sendPasswordResetLink(parsed.data.email));
  return { ok: true };
}

/**
 * Mails a reset link when the email has an account, and nothing otherwise. Run after the
 * answer is sent (the caller's job), so how long it takes cannot tell either.
 */
export async function sendPasswordResetLink(email: string): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true } });
  if (!user) return;
  const { token, expiresAt } = await issueAccountToken(user.id, "password_reset", user.email);
  await sendEmail({
    to: user.email,
    subject: "Reset your Mavio password",
    paragraphs: [
      `Hi ${user.name},`,
      `Someone asked to reset the password of the Mavio account for ${user.email}. If it was you, choose a new password with the link below. Setting it signs you out everywhere else.`,
    ],
    action: { label: "Choose a new password", url: appUrl(RESET_PASSWORD_PATH, { token }) },
    expiry: linkExpiry(expiresAt),
    footnote:
      'You received this because "Forgot password?" was used with this address. If that wasn\'t you, ignore this email: your password stays as it is.',
  });
}

export type PasswordResetOutcome = { status: "reset" } | { status: "expired" } | { status: "invalid" };

const LINK_PROBLEMS: Record<Exclude<PasswordResetOutcome["status"], "reset">, string> = {
  expired: "This reset link has expired (links work for 30 minutes). Ask for a new one.",
  invalid: "This reset link has already been used or is not valid. Ask for a new one.",
};

/** The reset form: a new password that passes the sign-up rules, then the link is used. */
export async function resetPasswordFromForm(input: unknown): Promise<FormResult> {
  const parsed = parseForm(resetPasswordSchema, input);
  if (!parsed.ok) return parsed;
  const outcome = await resetPassword(parsed.data.token, parsed.data.password);
  return outcome.status === "reset" ? { ok: true } : refuse("form", LINK_PROBLEMS[outcome.status]);
}

export function resetLinkProblem(status: "expired" | "invalid"): string {
  return LINK_PROBLEMS[status];
}

/**
 * Sets the new password from a reset link and signs out every session of the account
 * (lib/auth/session-version). Following the link also proves the person reads the inbox,
 * so an unconfirmed address it was sent to is confirmed. A link sent to an address the
 * account no longer has is refused: whoever reads the old inbox is not the account's owner.
 */
export async function resetPassword(token: string, password: string): Promise<PasswordResetOutcome> {
  // Hashed before the transaction: bcrypt takes a quarter of a second, too long to hold it open.
  const passwordHash = await hashPassword(password);
  return db
    .$transaction(async (tx) => {
      const state = await consumeAccountToken(tx, "password_reset", token);
      if (state.status !== "valid") return state;
      const { count } = await tx.user.updateMany({
        where: { id: state.userId, email: state.email },
        data: { passwordHash, sessionVersion: { increment: 1 } },
      });
      if (count === 0) throw new StaleResetLink();
      await tx.user.updateMany({
        where: { id: state.userId, emailVerifiedAt: null },
        data: { emailVerifiedAt: new Date() },
      });
      await tx.accountToken.deleteMany({ where: { userId: state.userId, purpose: "password_reset", usedAt: null } });
      return { status: "reset" as const };
    })
    .catch((error: unknown) => {
      if (error instanceof StaleResetLink) return { status: "invalid" as const };
      throw error;
    });
}

/** Rolls the transaction back, so the stale link is not even marked used. */
class StaleResetLink extends Error {}
