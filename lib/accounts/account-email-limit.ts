import { minutesUntil } from "@/lib/auth/sign-in-errors";
import { DomainError } from "@/lib/errors/domain-error";
import { rateLimiter } from "@/lib/ratelimit";

const EMAILS_PER_HOUR = 5;
const HOUR_MS = 60 * 60_000;

/**
 * The links a signed-in person can have mailed (Resend, a new address, a password link):
 * a handful per hour, so nobody can flood an inbox, theirs or anyone's, from an account.
 */
export async function admitAccountEmail(userId: string): Promise<void> {
  const admission = await rateLimiter().limit(`account-email:${userId}`, EMAILS_PER_HOUR, HOUR_MS);
  if (admission.success) return;
  const minutes = minutesUntil(admission.reset);
  throw new DomainError(
    "rate_limited",
    `We've sent several emails already. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
    { retryAfterSeconds: minutes * 60 },
  );
}
