import { createHash } from "node:crypto";
import type { RateLimitDecision } from "@/lib/ratelimit";

// What the sign-in throttle and "Forgot password?" count attempts in.

/** A bucket per inbox, hashed so Redis keys do not hold people's email addresses. */
export function emailBucket(prefix: string, email: string): string {
  return `${prefix}:${createHash("sha256").update(email).digest("hex")}`;
}

/** Of several limits checked at once, the refusal that ends last: when trying again can work. */
export function latestRefusal(decisions: RateLimitDecision[]): RateLimitDecision | undefined {
  return decisions.filter((decision) => !decision.success).sort((a, b) => b.reset - a.reset)[0];
}
