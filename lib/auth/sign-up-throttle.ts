import { env } from "@/lib/env";
import { rateLimiter, type RateLimitDecision } from "@/lib/ratelimit";

const WINDOW_MS = 60 * 60_000;

/** Counts a sign-up from this address against the hourly cap. */
export function admitSignUp(ip: string): Promise<RateLimitDecision> {
  return rateLimiter().limit(`signup:ip:${ip}`, env().SIGN_UPS_PER_IP_PER_HOUR, WINDOW_MS);
}
