import { env } from "@/lib/env";
import { upstashRedis } from "@/lib/redis/client";
import { FallbackRateLimiter } from "./fallback-limiter";
import { MemoryRateLimiter } from "./memory-limiter";
import type { RateLimiter } from "./types";
import { UpstashRateLimiter } from "./upstash-limiter";

export type { RateLimitDecision, RateLimiter } from "./types";

const processWide = globalThis as typeof globalThis & { mavioRateLimiter?: RateLimiter };

/**
 * Upstash when configured (production, or the local bridge over REDIS_URL), falling back
 * to this process's own limiter while Upstash is unreachable; in-process otherwise.
 */
export function rateLimiter(): RateLimiter {
  if (!processWide.mavioRateLimiter) {
    const redis = upstashRedis();
    processWide.mavioRateLimiter = redis
      ? new FallbackRateLimiter(new UpstashRateLimiter(redis, `${env().REDIS_KEY_PREFIX}rl`), new MemoryRateLimiter())
      : new MemoryRateLimiter();
  }
  return processWide.mavioRateLimiter;
}
