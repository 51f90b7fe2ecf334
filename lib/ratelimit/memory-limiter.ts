import { WINDOW_MS, type RateLimitDecision, type RateLimiter } from "./types";

/**
 * The embedded default's limiter, and each instance's own while Upstash is unreachable
 * (see FallbackRateLimiter): the same sliding-window arithmetic as
 * @upstash/ratelimit's slidingWindow script (the previous window's count weighted by how
 * much of it still overlaps), held in this process. Bounded: at most `maxBuckets`
 * windows are kept; the oldest go first.
 */
export class MemoryRateLimiter implements RateLimiter {
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly now: () => number = Date.now,
    readonly maxBuckets = 100_000,
  ) {}

  async limit(bucket: string, perWindow: number, windowMs = WINDOW_MS): Promise<RateLimitDecision> {
    const now = this.now();
    const window = Math.floor(now / windowMs);
    const reset = (window + 1) * windowMs;
    const currentKey = windowKey(bucket, window, windowMs);
    const current = this.counts.get(currentKey) ?? 0;
    const used = current + this.weightedPrevious(bucket, now, window, windowMs);
    if (used >= perWindow) {
      return { success: false, limit: perWindow, remaining: 0, reset };
    }
    this.counts.set(currentKey, current + 1);
    this.evict(now);
    return { success: true, limit: perWindow, remaining: perWindow - (used + 1), reset };
  }

  async peek(bucket: string, perWindow: number, windowMs = WINDOW_MS): Promise<RateLimitDecision> {
    const now = this.now();
    const window = Math.floor(now / windowMs);
    const used =
      (this.counts.get(windowKey(bucket, window, windowMs)) ?? 0) +
      this.weightedPrevious(bucket, now, window, windowMs);
    return {
      success: used < perWindow,
      limit: perWindow,
      remaining: Math.max(0, perWindow - used),
      reset: (window + 1) * windowMs,
    };
  }

  private weightedPrevious(bucket: string, now: number, window: number, windowMs: number): number {
    const previous = this.counts.get(windowKey(bucket, window - 1, windowMs)) ?? 0;
    return Math.floor((1 - (now % windowMs) / windowMs) * previous);
  }

  private evict(now: number) {
    if (this.counts.size <= this.maxBuckets) return;
    for (const key of this.counts.keys()) {
      if (Number(key.slice(key.lastIndexOf(":") + 1)) <= now) this.counts.delete(key);
    }
    // Still full of live windows: drop the oldest ones.
    for (const key of this.counts.keys()) {
      if (this.counts.size <= this.maxBuckets) break;
      this.counts.delete(key);
    }
  }

  get size(): number {
    return this.counts.size;
  }
}

/**
 * Suffixed with the time the window's count stops mattering (the end of the window after
 * it), so eviction can tell stale windows apart whatever their length.
 */
function windowKey(bucket: string, window: number, windowMs: number): string {
  return `${bucket}:${(window + 2) * windowMs}`;
}
