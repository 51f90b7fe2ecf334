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

  limit(...args: Parameters<RateLimiter["limit"]>): Promise<RateLimitDecision> {
    return this.withFallback((limiter) => limiter.limit(...args));
  }

  peek(...args: Parameters<RateLimiter["peek"]>): Promise<RateLimitDecision> {
    return this.withFallback((limiter) => limiter.peek(...args));
  }

  // Not async: on every guarded request, one promise (the shared limiter's, chained) is enough.
  private withFallback(ask: (limiter: RateLimiter) => Promise<RateLimitDecision>): Promise<RateLimitDecision> {
    const askLocal = (error: unknown) => {
      warnThrottled("ratelimit-down", "Rate limiter unreachable; limiting in this process until it answers", {
        error: (error as Error).message,
      });
      return ask(this.local);
    };
    try {
      return ask(this.shared).catch(askLocal);
    } catch (error) {
      return askLocal(error);
    }
  }
}
