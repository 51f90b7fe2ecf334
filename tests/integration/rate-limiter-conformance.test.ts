import { randomBytes } from "node:crypto";
import { Redis } from "@upstash/redis";
import { describe, expect, it } from "vitest";
import { LeasedRateLimiter } from "@/lib/ratelimit/leased-limiter";
import { MemoryRateLimiter } from "@/lib/ratelimit/memory-limiter";
import type { RateLimiter } from "@/lib/ratelimit/types";
import { UpstashRateLimiter } from "@/lib/ratelimit/upstash-limiter";
import { awayFromWindowEdge } from "../helpers/clock";
import { setUpUpstashBridge } from "../helpers/redis";

const context = setUpUpstashBridge();

// The same behaviour from both limiters: the production one (through the bridge to the
// machine's Redis) and the embedded default's.
const implementations: [string, () => RateLimiter][] = [
  [
    "upstash via the bridge",
    () =>
      new UpstashRateLimiter(
        new Redis({ url: context.bridge.url, token: context.bridge.token, retry: false }),
        `${context.prefix}rl`,
      ),
  ],
  [
    "upstash via the bridge, leased",
    () =>
      new LeasedRateLimiter(
        new UpstashRateLimiter(
          new Redis({ url: context.bridge.url, token: context.bridge.token, retry: false }),
          `${context.prefix}rl`,
        ),
      ),
  ],
  ["in-process", () => new MemoryRateLimiter()],
];

describe.each(implementations)("rate limiter: %s", (_name, make) => {
  const bucket = () => `team:${randomBytes(4).toString("hex")}`;

  it("admits exactly the limit, counting down, then refuses until the window resets", async () => {
    await awayFromWindowEdge();
    const limiter = make();
    const name = bucket();
    const decisions = [];
    for (let i = 0; i < 7; i++) decisions.push(await limiter.limit(name, 5));
    expect(decisions.map((d) => d.success)).toEqual([true, true, true, true, true, false, false]);
    expect(decisions.slice(0, 5).map((d) => d.remaining)).toEqual([4, 3, 2, 1, 0]);
    for (const decision of decisions) {
      expect(decision.limit).toBe(5);
      expect(decision.reset).toBeGreaterThan(Date.now());
      expect(decision.reset).toBeLessThanOrEqual(Date.now() + 60_000);
      expect(decision.reset % 60_000).toBe(0);
    }
  });

  it("admits exactly 60 of 100 concurrent requests", async () => {
    await awayFromWindowEdge();
    const limiter = make();
    const name = bucket();
    const decisions = await Promise.all(Array.from({ length: 100 }, () => limiter.limit(name, 60)));
    expect(decisions.filter((d) => d.success)).toHaveLength(60);
    expect(new Set(decisions.filter((d) => d.success).map((d) => d.remaining)).size).toBe(60);
  });

  it("keeps buckets apart and applies a new limit on the next call", async () => {
    await awayFromWindowEdge();
    const limiter = make();
    const [a, b] = [bucket(), bucket()];
    for (let i = 0; i < 3; i++) await limiter.limit(a, 3);
    expect((await limiter.limit(a, 3)).success).toBe(false);
    expect((await limiter.limit(b, 3)).success).toBe(true);
    const upgraded = await limiter.limit(a, 10);
    expect(upgraded).toMatchObject({ success: true, limit: 10, remaining: 6 });
  });

  it("keeps a window longer than a minute when asked, and peeks without counting", async () => {
    const limiter = make();
    const name = bucket();
    const fifteenMinutes = 15 * 60_000;
    expect(await limiter.peek(name, 2, fifteenMinutes)).toMatchObject({ success: true, limit: 2, remaining: 2 });
    expect(await limiter.peek(name, 2, fifteenMinutes)).toMatchObject({ success: true, remaining: 2 });
    expect((await limiter.limit(name, 2, fifteenMinutes)).remaining).toBe(1);
    expect((await limiter.limit(name, 2, fifteenMinutes)).remaining).toBe(0);
    const peeked = await limiter.peek(name, 2, fifteenMinutes);
    const refused = await limiter.limit(name, 2, fifteenMinutes);
    for (const decision of [peeked, refused]) {
      expect(decision).toMatchObject({ success: false, limit: 2, remaining: 0 });
      expect(decision.reset % fifteenMinutes).toBe(0);
      expect(decision.reset).toBeGreaterThan(Date.now());
      expect(decision.reset).toBeLessThanOrEqual(Date.now() + fifteenMinutes);
    }
  });
});
