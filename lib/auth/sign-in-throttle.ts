import { rateLimiter } from "@/lib/ratelimit";
import { emailBucket, latestRefusal } from "./attempt-buckets";
import { tooManyAttemptsCode } from "./sign-in-errors";

const WINDOW_MS = 15 * 60_000;
export const FAILURES_PER_ACCOUNT = 10;
// Higher than per account: several people can share an address (an office, a VPN).
export const FAILURES_PER_IP = 30;

/** Thrown from the credentials provider: next-auth hands its message to the form as the error code. */
export class TooManyAttemptsError extends Error {
  constructor(retryAt: number) {
    super(tooManyAttemptsCode(retryAt));
  }
}

const accountBucket = (email: string) => emailBucket("signin-fail:account", email);

function ipBucket(ip: string): string {
  return `signin-fail:ip:${ip}`;
}

/**
 * Refuses before the password is checked once the account or the address has used up its
 * failures, so the right password is refused too: the answer must not confirm a guess.
 * Only failures are counted, so signing in often never locks anyone out.
 */
export async function assertSignInAllowed(email: string, ip: string): Promise<void> {
  const limiter = rateLimiter();
  const refusal = latestRefusal(
    await Promise.all([
      limiter.peek(accountBucket(email), FAILURES_PER_ACCOUNT, WINDOW_MS),
      limiter.peek(ipBucket(ip), FAILURES_PER_IP, WINDOW_MS),
    ]),
  );
  if (refusal) throw new TooManyAttemptsError(refusal.reset);
}

export async function recordFailedSignIn(email: string, ip: string): Promise<void> {
  const limiter = rateLimiter();
  await Promise.all([
    limiter.limit(accountBucket(email), FAILURES_PER_ACCOUNT, WINDOW_MS),
    limiter.limit(ipBucket(ip), FAILURES_PER_IP, WINDOW_MS),
  ]);
}
