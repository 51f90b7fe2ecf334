export interface RateLimitDecision {
  success: boolean;
  limit: number;
  remaining: number;
  /** Unix milliseconds when the current window ends. */
  reset: number;
}

/**
 * Sliding-window limit per minute on a named bucket ("team:<id>", "ip:<address>").
 * The limit is passed per call so a plan change applies on the next request.
 */
export interface RateLimiter {
  limit(bucket: string, perMinute: number): Promise<RateLimitDecision>;
}

export const WINDOW_MS = 60_000;

