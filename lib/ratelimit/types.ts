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

/** The decision when the limiter cannot be asked: let the request through, report the plan's limit. */
export function failOpen(perMinute: number, now = Date.now()): RateLimitDecision {
  return { success: true, limit: perMinute, remaining: perMinute, reset: (Math.floor(now / WINDOW_MS) + 1) * WINDOW_MS };
}
