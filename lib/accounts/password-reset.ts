import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { linkExpiry } from "@/lib/email/link-expiry";
import { sendEmail } from "@/lib/email/send-email";
import { minutesUntil, tooManyAttemptsMessage } from "@/lib/auth/sign-in-errors";
import { rateLimiter, type RateLimitDecision } from "@/lib/ratelimit";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/validations/auth";
import { consumeAccountToken, issueAccountToken } from "./account-tokens";
import { appUrl } from "./app-url";
import { parseForm, refuse, type FormResult } from "./form-result";
import { sendAfterResponse } from "./send-after-response";
import { RESET_PASSWORD_PATH } from "./paths";

const WINDOW_MS = 15 * 60_000;
// As sign-in (lib/auth/sign-in-throttle): a few per inbox, more per address (offices share one).
export const RESET_REQUESTS_PER_ACCOUNT = 5;
export const RESET_REQUESTS_PER_IP = 30;

const emailBucket = (email: string) => `reset:account:${createHash("sha256").update(email).digest("hex")}`;

/**
 * Counts a "Forgot password?" request against the address and the inbox, whether or not
 * the inbox has an account: the refusal must not tell them apart either. The refusal that
 * ends last, or null when admitted.
 */
export async function admitPasswordResetRequest(email: string, ip: string): Promise<RateLimitDecision | null> {
  const limiter = rateLimiter();
  const decisions = await Promise.all([
    limiter.limit(emailBucket(email), RESET_REQUESTS_PER_ACCOUNT, WINDOW_MS),
    limiter.limit(`reset:ip:${ip}`, RESET_REQUESTS_PER_IP, WINDOW_MS),
  ]);
  return decisions.filter((decision) => !decision.success).sort((a, b) => b.reset - a.reset)[0] ?? null;
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
 * so an unconfirmed address it was sent to is confirmed.
 */
export async function resetPassword(token: string, password: string): Promise<PasswordResetOutcome> {
  const state = await consumeAccountToken("password_reset", token);
  if (state.status !== "valid") return state;
  const passwordHash = await hashPassword(password);
  await db.$transaction([
    db.user.update({
      where: { id: state.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    }),
    db.user.updateMany({
      where: { id: state.userId, email: state.email, emailVerifiedAt: null },
      data: { emailVerifiedAt: new Date() },
    }),
    db.accountToken.deleteMany({ where: { userId: state.userId, purpose: "password_reset", usedAt: null } }),
  ]);
  return { status: "reset" };
}
