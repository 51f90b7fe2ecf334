import { Ratelimit } from "@upstash/ratelimit";
import type { Redis } from "@upstash/redis";
import type { RateLimitDecision, RateLimiter } from "./types";

/** @upstash/ratelimit's sliding window, one limiter per distinct limit (a handful: the plans). */
export class UpstashRateLimiter implements RateLimiter {
  private readonly limiters = new Map<number, Ratelimit>();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async limit(bucket: string, perMinute: number): Promise<RateLimitDecision> {
    const result = await this.limiterFor(perMinute).limit(bucket);
    return { success: result.success, limit: result.limit, remaining: result.remaining, reset: result.reset };
  }

  private limiterFor(perMinute: number): Ratelimit {
    let limiter = this.limiters.get(perMinute);
    if (!limiter) {
      limiter = new Ratelimit({
        redis: this.redis,
        limiter: Ratelimit.slidingWindow(perMinute, "60 s"),
        prefix: this.prefix,
        analytics: false,
        // The Redis transport already gives up after REDIS_TIMEOUT_MS and the caller falls
        // back to the in-process limiter on that error; a second timer per request would only cost CPU.
        timeout: 0,
        // Its in-process cache of blocked buckets would keep refusing after a plan upgrade.
        ephemeralCache: false,
      });
      this.limiters.set(perMinute, limiter);
    }
    return limiter;
  }
}
