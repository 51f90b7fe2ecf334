import { spendHourlyAllowance } from "@/lib/ratelimit/hourly-allowance";

const EMAILS_PER_HOUR = 5;

/**
 * The links a signed-in person can have mailed (Resend, a new address, a password link):
 * a handful per hour, so nobody can flood an inbox, theirs or anyone's, from an account.
 */
export function admitAccountEmail(userId: string): Promise<void> {
  return spendHourlyAllowance(`account-email:${userId}`, EMAILS_PER_HOUR, "We've sent several emails already.");
}
