import { currentTimeMs } from "@/lib/clock";
import type { RateLimitDecision } from "./types";

const POLICY = "per-minute";

/** Seconds until the decision's window ends, at least one: what `Retry-After` says on a refusal. */
export function retryAfterSeconds(decision: RateLimitDecision, now = currentTimeMs()): number {
  return Math.max(1, Math.ceil((decision.reset - now) / 1000));
}

/**
 * Sets the help page's X-RateLimit-* headers plus the IETF draft fields
 * (draft-ietf-httpapi-ratelimit-headers: RateLimit-Policy and RateLimit as structured
 * fields with q = quota, w = window, r = remaining, t = seconds to reset), and Retry-After
 * on a refusal. Straight onto the response: every guarded request pays for these.
 */
export function setRateLimitHeaders(headers: Headers, decision: RateLimitDecision, now = currentTimeMs()): void {
  const secondsToReset = Math.max(0, Math.ceil((decision.reset - now) / 1000));
  const remaining = Math.max(0, decision.remaining);
  headers.set("X-RateLimit-Limit", String(decision.limit));
  headers.set("X-RateLimit-Remaining", String(remaining));
  headers.set("X-RateLimit-Reset", String(Math.ceil(decision.reset / 1000)));
  headers.set("RateLimit-Policy", `"${POLICY}";q=${decision.limit};w=60`);
  headers.set("RateLimit", `"${POLICY}";r=${remaining};t=${secondsToReset}`);
  if (!decision.success) headers.set("Retry-After", String(retryAfterSeconds(decision, now)));
}
