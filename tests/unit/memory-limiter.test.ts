import { describe, expect, it } from "vitest";
import { MemoryRateLimiter } from "@/lib/ratelimit/memory-limiter";
import { setRateLimitHeaders } from "@/lib/ratelimit/headers";
import type { RateLimitDecision } from "@/lib/ratelimit/types";

describe("the in-process sliding window", () => {
  it("weights the previous window by how much of it still overlaps", async () => {
    let now = 10 * 60_000; // the start of a window
    const limiter = new MemoryRateLimiter(() => now);
    for (let i = 0; i < 10; i++) expect((await limiter.limit("b", 10)).success).toBe(true);
    expect((await limiter.limit("b", 10)).success).toBe(false);

    now += 60_000 + 15_000; // a quarter into the next window: 75% of the previous 10 still count
    const decisions = [];
    for (let i = 0; i < 5; i++) decisions.push(await limiter.limit("b", 10));
    expect(decisions.map((d) => d.success)).toEqual([true, true, true, false, false]);

    now += 45_000; // the next window: the previous one held 3
    expect((await limiter.limit("b", 10)).remaining).toBe(10 - 1 - 3);
  });

  it("stays within its bound on buckets", async () => {
    const limiter = new MemoryRateLimiter(() => 0, 100);
    for (let i = 0; i < 1_000; i++) await limiter.limit(`ip:${i}`, 5);
    expect(limiter.size).toBeLessThanOrEqual(100);
  });

  it("evicts stale minute windows without forgetting a live longer window", async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter(() => now, 10);
    for (let i = 0; i < 8; i++) await limiter.limit(`ip:${i}`, 5);
    now = 3 * 60_000;
    const fifteenMinutes = 15 * 60_000;
    await limiter.limit("account", 1, fifteenMinutes);
    for (let i = 8; i < 12; i++) await limiter.limit(`ip:${i}`, 5);
    expect(limiter.size).toBeLessThanOrEqual(10);
    expect((await limiter.limit("account", 1, fifteenMinutes)).success).toBe(false);
  });
});

describe("rate-limit headers", () => {
  const rateLimitHeaders = (decision: RateLimitDecision, now: number) => {
    const headers = new Headers();
    setRateLimitHeaders(headers, decision, now);
    return Object.fromEntries(headers);
  };

  it("writes the help page's headers and the IETF draft fields, Retry-After in seconds on refusal", () => {
    const now = 1_700_000_000_000;
    expect(rateLimitHeaders({ success: true, limit: 300, remaining: 287, reset: now + 42_500 }, now)).toEqual({
      "x-ratelimit-limit": "300",
      "x-ratelimit-remaining": "287",
      "x-ratelimit-reset": String(Math.ceil((now + 42_500) / 1000)),
      "ratelimit-policy": '"per-minute";q=300;w=60',
      ratelimit: '"per-minute";r=287;t=43',
    });
    expect(rateLimitHeaders({ success: false, limit: 60, remaining: -1, reset: now + 9_000 }, now)).toMatchObject({
      "x-ratelimit-remaining": "0",
      "retry-after": "9",
    });
  });
});
