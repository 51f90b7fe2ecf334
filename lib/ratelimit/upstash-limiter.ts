import { Ratelimit } from "@upstash/ratelimit";
import type { Redis } from "@upstash/redis";
import type { TokenSource, TokensTaken } from "./leased-limiter";
import { WINDOW_MS, type RateLimitDecision } from "./types";

// @upstash/ratelimit's slidingWindow arithmetic on the same keys (`<prefix>:<bucket>:<window>`),
// for several requests at once: first gives back what a lease did not hand out, then counts
// as many as fit. (Its own `rate` option counts all of them or, past the limit, still all,
// answering only "refused".)
const TAKE_SCRIPT = `
local limit, now, window = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local wanted, givenBack = tonumber(ARGV[4]), tonumber(ARGV[5])
local current = tonumber(redis.call("GET", KEYS[1]) or "0")
if givenBack > 0 then current = redis.call("DECRBY", KEYS[1], givenBack) end
local previous = math.floor((1 - (now % window) / window) * tonumber(redis.call("GET", KEYS[2]) or "0"))
local taken = math.max(0, math.min(wanted, limit - (previous + current)))
if taken > 0 then
  current = redis.call("INCRBY", KEYS[1], taken)
  if current == taken then redis.call("PEXPIRE", KEYS[1], window * 2 + 1000) end
end
return {taken, limit - (previous + current)}`;

/** @upstash/ratelimit's sliding window, one limiter per distinct limit and window (a handful: the plans, the sign-in policies). */
export class UpstashRateLimiter implements TokenSource {
  private readonly limiters = new Map<string, Ratelimit>();
  private readonly takeScript;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    this.takeScript = redis.createScript<[number, number]>(TAKE_SCRIPT);
  }

  async limit(bucket: string, perWindow: number, windowMs = WINDOW_MS): Promise<RateLimitDecision> {
    const result = await this.limiterFor(perWindow, windowMs).limit(bucket);
    return { success: result.success, limit: result.limit, remaining: result.remaining, reset: result.reset };
  }

  async take(
    bucket: string,
    perWindow: number,
    windowMs: number,
    tokens: number,
    givenBack: number,
  ): Promise<TokensTaken> {
    if (tokens === 1 && givenBack === 0) {
      const decision = await this.limit(bucket, perWindow, windowMs);
      return { ...decision, taken: decision.success ? 1 : 0 };
    }
    const now = Date.now();
    const window = Math.floor(now / windowMs);
    const key = (n: number) => `${this.prefix}:${bucket}:${n}`;
    const [taken, remaining] = await this.takeScript.exec(
      [key(window), key(window - 1)],
      [perWindow, now, windowMs, tokens, givenBack].map(String),
    );
    return {
      taken,
      success: taken > 0,
      limit: perWindow,
      remaining: Math.max(0, remaining),
      reset: (window + 1) * windowMs,
    };
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
