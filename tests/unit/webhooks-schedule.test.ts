import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DISABLE_FAILING_AFTER_MS,
  MAX_ATTEMPTS,
  RETRY_DELAYS_MS,
  RETRY_JITTER,
  healthAfterFailure,
  healthAfterSuccess,
  retryDelayMs,
} from "@/lib/webhooks/schedule";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

describe("the retry schedule", () => {
  it("is about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, then gives up", () => {
    const nominal = () => 0.5;
    expect([1, 2, 3, 4, 5, 6].map((failed) => retryDelayMs(failed, nominal))).toEqual([
      5 * SECOND,
      5 * MINUTE,
      30 * MINUTE,
      2 * HOUR,
      5 * HOUR,
      10 * HOUR,
    ]);
    expect(retryDelayMs(7, nominal)).toBeNull();
    expect(MAX_ATTEMPTS).toBe(7);
  });

  it("jitters every delay within ±20% and uses the random source", () => {
    expect(retryDelayMs(1, () => 0)).toBe(4 * SECOND);
    expect(retryDelayMs(1, () => 0.999999)).toBeCloseTo(6 * SECOND, -1);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: RETRY_DELAYS_MS.length }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (failed, r) => {
          const delay = retryDelayMs(failed, () => r)!;
          const nominal = RETRY_DELAYS_MS[failed - 1];
          return delay >= nominal * (1 - RETRY_JITTER) - 1 && delay <= nominal * (1 + RETRY_JITTER) + 1;
        },
      ),
    );
  });

  it("refuses attempt numbers that are not counts", () => {
    expect(() => retryDelayMs(0)).toThrow(RangeError);
    expect(() => retryDelayMs(1.5)).toThrow(RangeError);
  });
});

describe("endpoint health", () => {
  const start = new Date("2026-11-01T00:00:00Z");
  const later = (ms: number) => new Date(start.getTime() + ms);

  it("starts counting at the first failure and keeps the start", () => {
    expect(healthAfterFailure(null, start, "HTTP 500")).toEqual({ failingSince: start, disabledReason: null });
    expect(healthAfterFailure(start, later(4 * 24 * HOUR), "HTTP 500")).toEqual({
      failingSince: start,
      disabledReason: null,
    });
  });

  it("disables after 5 days of failures with a reason the team can read", () => {
    const health = healthAfterFailure(start, later(DISABLE_FAILING_AFTER_MS), "HTTP 503");
    expect(health.failingSince).toEqual(start);
    expect(health.disabledReason).toMatch(/failed for 5 days \(since 2026-11-01T00:00:00.000Z\); last error: HTTP 503/);
  });

  it("clears the streak on success", () => {
    expect(healthAfterSuccess()).toEqual({ failingSince: null, disabledReason: null });
  });
});
