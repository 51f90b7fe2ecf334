import { Ratelimit } from "@upstash/ratelimit";
import type { Redis } from "@upstash/redis";
import { WINDOW_MS, type RateLimitDecision, type RateLimiter } from "./types";

/** @upstash/ratelimit's sliding window, one limiter per distinct limit and window (a handful: the plans, the sign-in policies). */
export class UpstashRateLimiter implements RateLimiter {
  private readonly limiters = new Map<string, Ratelimit>();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async limit(bucket: string, perWindow: number, windowMs = WINDOW_MS): Promise<RateLimitDecision> {
    const result = await this.limiterFor(perWindow, windowMs).limit(bucket);
    return { success: result.success, limit: result.limit, remaining: result.remaining, reset: result.reset };
  }

  async peek(bucket: string, perWindow: number, windowMs = WINDOW_MS): Promise<RateLimitDecision> {
    const { remaining, reset } = await this.limiterFor(perWindow, windowMs).getRemaining(bucket);
    return { success: remaining > 0, limit: perWindow, remaining, reset };
  }

  private limiterFor(perWindow: number, windowMs: number): Ratelimit {
    const key = `${perWindow}/${windowMs}`;
    let limiter = this.limiters.get(key);
    if (!limiter) {
      limiter = new Ratelimit({
        redis: this.redis,
        limiter: Ratelimit.slidingWindow(perWindow, `${windowMs} ms`),
        prefix: this.prefix,
        analytics: false,
        // The Redis transport already gives up after REDIS_TIMEOUT_MS and the caller falls
        // back to the in-process limiter on that error; a second timer per request would only cost CPU.
        timeout: 0,
        // Its in-process cache of blocked buckets would keep refusing after a plan upgrade.
        ephemeralCache: false,
      });
      this.limiters.set(key, limiter);
    }
    return limiter;
  }
}
