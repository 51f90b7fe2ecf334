import { currentTimeMs } from "@/lib/clock";
import { FlightBatcher } from "@/lib/redis/flight-batcher";
import { WINDOW_MS, type RateLimitDecision, type RateLimiter } from "./types";

/** A decision on several requests: `taken` of them fit in the limit. */
export type TokensTaken = RateLimitDecision & { taken: number };

/** A shared limiter that can count several requests of a bucket in one call. */
export interface TokenSource extends RateLimiter {
  /** Uncounts `givenBack` requests of the current window, then counts as many of `tokens` as fit. */
  take(bucket: string, perWindow: number, windowMs: number, tokens: number, givenBack: number): Promise<TokensTaken>;
}

/** How long a lease's tokens are handed out before the next request asks the shared limiter again. */
export const LEASE_MS = 250;
/** Requests in the last lease period before a bucket gets leases: bursts and slow callers ask every time. */
export const BUSY_AT = 8;
// A lease is at most this share of the bucket's limit and of what was left of it, so a
// team near its limit is counted one request at a time again, exactly.
const LEASE_SHARE_OF_LIMIT = 1 / 20;
const LEASE_SHARE_OF_REMAINING = 1 / 4;

interface Lease {
  perWindow: number;
  windowMs: number;
  /** End of the window the tokens were counted in. */
  reset: number;
  expiresAt: number;
  /** Counted in the shared limiter, not yet handed out. */
  left: number;
  /** What the shared limiter said was left once the lease was counted. */
  remainingAfter: number;
}

interface BucketState {
  lease?: Lease;
  acquiring?: Promise<TokensTaken>;
  periodStart: number;
  requestsThisPeriod: number;
  requestsLastPeriod: number;
  /** The last answer of the shared limiter, to size the next lease. */
  last?: { remaining: number; reset: number };
}

/**
 * The shared limiter, asked once per lease instead of once per request for a busy bucket:
 * the next requests of the coming LEASE_MS (as many as came in the last one) are counted
 * in one call, and handed out here with the headers they would have had. Nothing is
 * admitted beyond the limit, since every token was counted in the shared limiter first;
 * what a lease has not handed out when it expires goes back with the next call (until then,
 * other instances may see up to a lease fewer). Bursts, slow callers and buckets near their
 * limit are counted one request at a time.
 */
export class LeasedRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, BucketState>();
  private readonly flights = new FlightBatcher();

  constructor(
    private readonly source: TokenSource,
    readonly maxBuckets = 10_000,
  ) {}

  limit(bucket: string, perWindow: number, windowMs = WINDOW_MS): Promise<RateLimitDecision> {
    const now = currentTimeMs();
    const state = this.stateOf(bucket, now);
    state.requestsThisPeriod += 1;
    return this.fromLease(state, perWindow, windowMs, now) ?? this.acquire(bucket, state, perWindow, windowMs);
  }

  async peek(bucket: string, perWindow: number, windowMs = WINDOW_MS): Promise<RateLimitDecision> {
    const decision = await this.source.peek(bucket, perWindow, windowMs);
    const lease = this.buckets.get(bucket)?.lease;
    const held = lease && this.usable(lease, perWindow, windowMs, currentTimeMs()) ? lease.left : 0;
    return held ? { ...decision, success: true, remaining: decision.remaining + held } : decision;
  }

  private fromLease(state: BucketState, perWindow: number, windowMs: number, now: number) {
    const lease = state.lease;
    if (!lease || lease.left === 0 || !this.usable(lease, perWindow, windowMs, now)) return undefined;
    lease.left -= 1;
    return Promise.resolve({
      success: true,
      limit: perWindow,
      remaining: lease.remainingAfter + lease.left,
      reset: lease.reset,
    });
  }

  private usable(lease: Lease, perWindow: number, windowMs: number, now: number): boolean {
    return lease.perWindow === perWindow && lease.windowMs === windowMs && now < lease.expiresAt;
  }

  private async acquire(
    bucket: string,
    state: BucketState,
    perWindow: number,
    windowMs: number,
  ): Promise<RateLimitDecision> {
    // One acquisition per bucket at a time; the others then draw from the lease it brought,
    // or fail with it (the caller falls back at once, instead of each waiting its own timeout).
    while (state.acquiring) {
      await state.acquiring;
      const leased = this.fromLease(state, perWindow, windowMs, currentTimeMs());
      if (leased) return leased;
    }
    const now = currentTimeMs();
    const size = this.leaseSize(state, perWindow, now);
    // What an expired lease did not hand out goes back in the same call.
    const previous = state.lease;
    const unused = previous && previous.windowMs === windowMs && now < previous.reset ? previous.left : 0;
    state.lease = undefined;
    const taking = this.flights.run(() => this.source.take(bucket, perWindow, windowMs, size, unused));
    state.acquiring = taking;
    try {
      const { taken: tokens, ...decision } = await taking;
      state.last = { remaining: decision.remaining, reset: decision.reset };
      if (tokens < 1) return { ...decision, success: false };
      if (tokens > 1)
        state.lease = {
          perWindow,
          windowMs,
          reset: decision.reset,
          expiresAt: Math.min(now + LEASE_MS, decision.reset),
          left: tokens - 1,
          remainingAfter: decision.remaining,
        };
      return {
        success: true,
        limit: decision.limit,
        remaining: decision.remaining + tokens - 1,
        reset: decision.reset,
      };
    } finally {
      state.acquiring = undefined;
    }
  }

  private leaseSize(state: BucketState, perWindow: number, now: number): number {
    const last = state.last && now < state.last.reset ? state.last : undefined;
    if (state.requestsLastPeriod < BUSY_AT || !last) return 1;
    const size = Math.min(
      state.requestsLastPeriod,
      Math.floor(perWindow * LEASE_SHARE_OF_LIMIT),
      Math.floor(last.remaining * LEASE_SHARE_OF_REMAINING),
    );
    return Math.max(1, size);
  }

  private stateOf(bucket: string, now: number): BucketState {
    let state = this.buckets.get(bucket);
    if (!state) {
      if (this.buckets.size >= this.maxBuckets) this.evict(now);
      state = { periodStart: now, requestsThisPeriod: 0, requestsLastPeriod: 0 };
      this.buckets.set(bucket, state);
    } else if (now - state.periodStart >= LEASE_MS) {
      state.requestsLastPeriod = now - state.periodStart < 2 * LEASE_MS ? state.requestsThisPeriod : 0;
      state.requestsThisPeriod = 0;
      state.periodStart = now;
    }
    return state;
  }

  /** Buckets idle for two periods hold nothing worth keeping (their leases have expired). */
  private evict(now: number) {
    for (const [bucket, state] of this.buckets)
      if (!state.acquiring && now - state.periodStart >= 2 * LEASE_MS) this.buckets.delete(bucket);
    if (this.buckets.size >= this.maxBuckets) this.buckets.delete(this.buckets.keys().next().value!);
  }
}
