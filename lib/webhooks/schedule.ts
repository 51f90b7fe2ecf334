// When a failed delivery is tried again, when it gives up, and when a failing endpoint is
// switched off. Pure functions of the attempt count, the clock and a random source.

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Wait before retry n (index n-1) after n failed attempts (API.md: about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h). */
export const RETRY_DELAYS_MS = [5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR] as const;

/** The first attempt plus one per retry; after this many failures the delivery fails. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** Each delay is stretched or shrunk by up to this fraction, so retries after an outage spread out. */
export const RETRY_JITTER = 0.2;

/** An endpoint whose deliveries have failed without a success for this long is disabled. */
export const DISABLE_FAILING_AFTER_MS = 5 * DAY;

export const GONE_REASON = "The endpoint answered 410 Gone";

/**
 * Milliseconds until the next attempt after `failedAttempts` failures (1 = the first
 * attempt failed), or null when the delivery has used all its retries. `random` is a
 * source in [0, 1); 0.5 gives the nominal delay.
 */
export function retryDelayMs(failedAttempts: number, random: () => number = Math.random): number | null {
  if (!Number.isInteger(failedAttempts) || failedAttempts < 1) throw new RangeError("failedAttempts counts from 1");
  const nominal = RETRY_DELAYS_MS[failedAttempts - 1];
  if (nominal === undefined) return null;
  const factor = 1 + RETRY_JITTER * (2 * random() - 1);
  return Math.round(nominal * factor);
}

export interface EndpointHealth {
  failingSince: Date | null;
  /** Set when the endpoint must be disabled now, with the reason the team sees. */
  disabledReason: string | null;
}

/** A successful delivery: the endpoint is healthy again. */
export function healthAfterSuccess(): EndpointHealth {
  return { failingSince: null, disabledReason: null };
}

/**
 * A failed attempt: failures start counting at the first one, and an endpoint that has
 * not had a success for DISABLE_FAILING_AFTER_MS is disabled with a reason that says so.
 */
export function healthAfterFailure(failingSince: Date | null, now: Date, lastError: string): EndpointHealth {
  const since = failingSince ?? now;
  if (now.getTime() - since.getTime() < DISABLE_FAILING_AFTER_MS) return { failingSince: since, disabledReason: null };
  const days = Math.floor((now.getTime() - since.getTime()) / DAY);
  return {
    failingSince: since,
    disabledReason: `Every delivery has failed for ${days} days (since ${since.toISOString()}); last error: ${lastError}. Fix the endpoint, then enable it again.`,
  };
}
