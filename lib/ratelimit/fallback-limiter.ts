import { warnThrottled } from "@/lib/log";
import type { RateLimitDecision, RateLimiter } from "./types";

/**
 * The shared limiter, or an in-process one while the shared one cannot be reached:
 * requests stay limited (per instance) instead of passing unlimited. Every call asks the
 * shared limiter first, so limits are shared again as soon as it answers.
 */
export class FallbackRateLimiter implements RateLimiter {
  constructor(
    private readonly shared: RateLimiter,
    private readonly local: RateLimiter,
  ) {}

  async limit(...args: Parameters<RateLimiter["limit"]>): Promise<RateLimitDecision> {
    try {
      return await this.shared.limit(...args);
    } catch (error) {
      warnThrottled("ratelimit-down", "Rate limiter unreachable; limiting in this process until it answers", { error: (error as Error).message });
      return this.local.limit(...args);
    }
  }
}
