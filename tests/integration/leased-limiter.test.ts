import { randomBytes } from "node:crypto";
import { Redis } from "@upstash/redis";
import { describe, expect, it, vi } from "vitest";
import { BUSY_AT, LEASE_MS, LeasedRateLimiter } from "@/lib/ratelimit/leased-limiter";
import { UpstashRateLimiter } from "@/lib/ratelimit/upstash-limiter";
import { awayFromWindowEdge } from "../helpers/clock";
import { setUpUpstashBridge } from "../helpers/redis";

const context = setUpUpstashBridge();

/** One app instance's limiter, over the shared Redis (through the bridge), with its calls to Redis counted. */
function instance() {
  const source = new UpstashRateLimiter(
    new Redis({ url: context.bridge.url, token: context.bridge.token, retry: false }),
    `${context.prefix}rl`,
  );
  const take = vi.spyOn(source, "take");
  return { limiter: new LeasedRateLimiter(source), calls: () => take.mock.calls.length };
}

const bucket = () => `team:${randomBytes(4).toString("hex")}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("leased rate limiter", () => {
  it("asks Redis once per lease for a busy bucket, with the headers counting down as if asked each time", async () => {
    await awayFromWindowEdge();
    const { limiter, calls } = instance();
    const name = bucket();
    const decisions = [];
    for (let i = 0; i < 2_000; i++) decisions.push(await limiter.limit(name, 2_000));
    const refused = await limiter.limit(name, 2_000);

    expect(decisions.every((d) => d.success)).toBe(true);
    expect(decisions.map((d) => d.remaining)).toEqual(Array.from({ length: 2_000 }, (_, i) => 1_999 - i));
    expect(refused.success).toBe(false);
    expect(refused.remaining).toBe(0);
    expect(calls()).toBeLessThan(2_000 / 5);
  });

  it("counts a burst on a quiet bucket one request at a time: exactly the limit of 100 concurrent", async () => {
    await awayFromWindowEdge();
    const { limiter, calls } = instance();
    const name = bucket();
    const decisions = await Promise.all(Array.from({ length: 100 }, () => limiter.limit(name, 60)));
    expect(decisions.filter((d) => d.success)).toHaveLength(60);
    expect(new Set(decisions.filter((d) => d.success).map((d) => d.remaining)).size).toBe(60);
    expect(calls()).toBe(100);
  });

  it("never admits more than the limit across instances, and hands every token out once traffic goes on", async () => {
    await awayFromWindowEdge();
    const instances = [instance(), instance(), instance()];
    const name = bucket();
    const limit = 600;
    let admitted = 0;
    let callsToFill = 0;
    const totalCalls = () => instances.reduce((total, { calls }) => total + calls(), 0);
    // Sustained traffic on all three until each has been refused for longer than a lease lives.
    const refusedSince = instances.map(() => Number.POSITIVE_INFINITY);
    await Promise.all(
      instances.map(async ({ limiter }, i) => {
        while (Date.now() - refusedSince[i]! < 3 * LEASE_MS) {
          const decision = await limiter.limit(name, limit);
          if (decision.success) {
            admitted += 1;
            if (admitted === limit) callsToFill = totalCalls();
            refusedSince[i] = Number.POSITIVE_INFINITY;
          } else refusedSince[i] = Math.min(refusedSince[i]!, Date.now());
          expect(admitted).toBeLessThanOrEqual(limit);
          await sleep(1);
        }
      }),
    );
    expect(admitted).toBe(limit);
    expect(callsToFill).toBeLessThan(limit / 2);
  });

  /** Requests every few ms for `ms`: busy enough to be leased. */
  async function busyFor(limiter: LeasedRateLimiter, name: string, perWindow: number, ms: number) {
    let requests = 0;
    for (const until = Date.now() + ms; Date.now() < until; await sleep(2)) {
      await limiter.limit(name, perWindow);
      requests += 1;
    }
    return requests;
  }

  it("gives back what an expired lease did not hand out", async () => {
    await awayFromWindowEdge();
    const { limiter } = instance();
    const name = bucket();
    const requests = await busyFor(limiter, name, 1_000, 3 * LEASE_MS);
    expect(requests).toBeGreaterThan(3 * BUSY_AT);
    await sleep(LEASE_MS + 10);
    const next = await limiter.limit(name, 1_000);
    // Everything counted is one of the requests made: none held for requests that never came.
    expect(next.remaining).toBe(1_000 - (requests + 1));
    expect((await instance().limiter.peek(name, 1_000)).remaining).toBe(1_000 - (requests + 1));
  });

  it("applies a new limit on the next request, whatever a lease holds", async () => {
    await awayFromWindowEdge();
    const { limiter } = instance();
    const name = bucket();
    const requests = await busyFor(limiter, name, 1_000, 3 * LEASE_MS);
    const lowered = await limiter.limit(name, requests + 1);
    expect(lowered).toMatchObject({ success: true, limit: requests + 1, remaining: 0 });
    expect(await limiter.limit(name, requests + 1)).toMatchObject({ success: false, limit: requests + 1 });
  });
});
