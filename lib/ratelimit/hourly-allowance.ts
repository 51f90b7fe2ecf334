import { minutesInWords, minutesUntil } from "@/lib/auth/sign-in-errors";
import { DomainError } from "@/lib/errors/domain-error";
import { rateLimiter } from "./index";

const HOUR_MS = 60 * 60_000;

/**
 * Spends one of a person's hourly allowance of something Mavio does on their behalf (the
 * emails they make it send). Once it is spent: a rate_limited refusal, the `refusal`
 * words followed by when to try again.
 */
export async function spendHourlyAllowance(bucket: string, perHour: number, refusal: string): Promise<void> {
  const admission = await rateLimiter().limit(bucket, perHour, HOUR_MS);
  if (admission.success) return;
  const minutes = minutesUntil(admission.reset);
  throw new DomainError("rate_limited", `${refusal} Try again in ${minutesInWords(minutes)}.`, {
    retryAfterSeconds: minutes * 60,
  });
}
