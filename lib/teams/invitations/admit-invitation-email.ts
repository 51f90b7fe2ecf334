import { spendHourlyAllowance } from "@/lib/ratelimit/hourly-allowance";

export const INVITATION_EMAILS_PER_HOUR = 30;

/**
 * Counts one invitation email (a new invitation or a resend) against the person sending it,
 * across all their teams: without a cap, one admin could make Mavio mail any number of
 * addresses.
 */
export function admitInvitationEmail(inviterId: string): Promise<void> {
  return spendHourlyAllowance(
    `invitation-email:${inviterId}`,
    INVITATION_EMAILS_PER_HOUR,
    `You've sent ${INVITATION_EMAILS_PER_HOUR} invitations in the last hour, the most one person can send.`,
  );
}
