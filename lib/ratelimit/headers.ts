import { currentTimeMs } from "@/lib/clock";
import type { RateLimitDecision } from "./types";

const POLICY = "per-minute";

/** Seconds until the decision's window ends, at least one: what `Retry-After` says on a refusal. */
export function retryAfterSeconds(decision: RateLimitDecision, now = currentTimeMs()): number {
  return Math.max(1, Math.ceil((decision.reset - now) / 1000));
}

/**
 * The help page's X-RateLimit-* headers plus the IETF draft fields
 * (draft-ietf-httpapi-ratelimit-headers: RateLimit-Policy and RateLimit as structured
 * fields with q = quota, w = window, r = remaining, t = seconds to reset).
 */
export function rateLimitHeaders(decision: RateLimitDecision, now = currentTimeMs()): Record<string, string> {
  const secondsToReset = Math.max(0, Math.ceil((decision.reset - now) / 1000));
  const remaining = Math.max(0, decision.remaining);
  const headers: Record<string, string> = {
    "X-RateLimit-Limit": String(decision.limit),
    "X-RateLimit-Remaining": String(remaining),
    "X-RateLimit-Reset": String(Math.ceil(decision.reset / 1000)),
    "RateLimit-Policy": `"${POLICY}";q=${decision.limit};w=60`,
    RateLimit: `"${POLICY}";r=${remaining};t=${secondsToReset}`,
  };
  if (!decision.success) headers["Retry-After"] = String(retryAfterSeconds(decision, now));
  return headers;
}
