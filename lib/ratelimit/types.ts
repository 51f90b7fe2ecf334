export interface RateLimitDecision {
  success: boolean;
  limit: number;
  remaining: number;
  /** Unix milliseconds when the current window ends. */
  reset: number;
}

/**
 * Sliding-window limit on a named bucket ("team:<id>", "ip:<address>"), per minute unless
 * a window is given. The limit is passed per call so a plan change applies on the next
 * request. A bucket is meant to be used with one window length.
 */
export interface RateLimiter {
  /** Counts one request, unless the bucket is already at its limit. */
  limit(bucket: string, perWindow: number, windowMs?: number): Promise<RateLimitDecision>;
  /** The decision `limit` would make now, without counting anything. */
  peek(bucket: string, perWindow: number, windowMs?: number): Promise<RateLimitDecision>;
}

export const WINDOW_MS = 60_000;
