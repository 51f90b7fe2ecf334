import { env } from "@/lib/env";
import { processWide } from "@/lib/process-wide";
import { upstashRedis } from "@/lib/redis/client";
import { FallbackRateLimiter } from "./fallback-limiter";
import { LeasedRateLimiter } from "./leased-limiter";
import { MemoryRateLimiter } from "./memory-limiter";
import type { RateLimiter } from "./types";
import { UpstashRateLimiter } from "./upstash-limiter";

export type { RateLimitDecision, RateLimiter } from "./types";

/**
 * Upstash when configured (production, or the local bridge over REDIS_URL), leased to busy
 * buckets a quarter-second at a time (leased-limiter.ts), falling back
 * to this process's own limiter while Upstash is unreachable; in-process otherwise.
 */
export function rateLimiter(): RateLimiter {
  return processWide<RateLimiter>("rateLimiter", () => {
    const redis = upstashRedis();
    return redis
      ? new FallbackRateLimiter(
          new LeasedRateLimiter(new UpstashRateLimiter(redis, `${env().REDIS_KEY_PREFIX}rl`)),
          new MemoryRateLimiter(),
        )
      : new MemoryRateLimiter();
  });
}
