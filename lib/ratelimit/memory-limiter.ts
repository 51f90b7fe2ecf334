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

  async limit(bucket: string, perMinute: number): Promise<RateLimitDecision> {
    const now = this.now();
    const window = Math.floor(now / WINDOW_MS);
    const reset = (window + 1) * WINDOW_MS;
    const currentKey = `${bucket}:${window}`;
    const current = this.counts.get(currentKey) ?? 0;
    const previous = this.counts.get(`${bucket}:${window - 1}`) ?? 0;
    const weightedPrevious = Math.floor((1 - (now % WINDOW_MS) / WINDOW_MS) * previous);
    if (weightedPrevious + current >= perMinute) {
      return { success: false, limit: perMinute, remaining: 0, reset };
    }
    this.counts.set(currentKey, current + 1);
    this.evict(window);
    return { success: true, limit: perMinute, remaining: perMinute - (current + 1 + weightedPrevious), reset };
  }

  private evict(window: number) {
    if (this.counts.size <= this.maxBuckets) return;
    for (const key of this.counts.keys()) {
      if (Number(key.slice(key.lastIndexOf(":") + 1)) < window - 1) this.counts.delete(key);
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
