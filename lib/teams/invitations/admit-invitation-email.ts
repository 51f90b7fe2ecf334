import { minutesUntil } from "@/lib/auth/sign-in-errors";
import { DomainError } from "@/lib/errors/domain-error";
import { rateLimiter } from "@/lib/ratelimit";

export const INVITATION_EMAILS_PER_HOUR = 30;
const HOUR_MS = 60 * 60_000;

/**
 * Counts one invitation email (a new invitation or a resend) against the person sending it,
 * across all their teams: without a cap, one admin could make Mavio mail any number of
 * addresses.
 */
export async function admitInvitationEmail(inviterId: string): Promise<void> {
  const admission = await rateLimiter().limit(`invitation-email:${inviterId}`, INVITATION_EMAILS_PER_HOUR, HOUR_MS);
  if (admission.success) return;
  const minutes = minutesUntil(admission.reset);
  throw new DomainError(
    "rate_limited",
    `You've sent ${INVITATION_EMAILS_PER_HOUR} invitations in the last hour, the most one person can send. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
    { retryAfterSeconds: minutes * 60 },
  );
}
