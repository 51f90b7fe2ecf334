import { describe, expect, it } from "vitest";
import { keyStatus } from "@/lib/keys/status";
import { requestsPerMinute } from "@/lib/plans/plans";

const now = new Date("2026-11-26T12:00:00Z");
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);

describe("key status", () => {
  it.each([
    [{ expiresAt: null, revokedAt: null }, "active"],
    [{ expiresAt: inDays(30), revokedAt: null }, "active"],
    [{ expiresAt: inDays(6), revokedAt: null }, "expiring_soon"],
    [{ expiresAt: inDays(-1), revokedAt: null }, "expired"],
    [{ expiresAt: now, revokedAt: null }, "expired"],
    [{ expiresAt: inDays(30), revokedAt: inDays(-2) }, "revoked"],
  ] as const)("%o is %s", (key, status) => {
    expect(keyStatus(key, now)).toBe(status);
    expect(keyStatus(key, now.getTime())).toBe(status);
  });
});

describe("plan limits", () => {
  it("reads the plan table, and an operator's limit only on Enterprise", () => {
    expect(requestsPerMinute({ plan: "free", customRateLimit: null })).toBe(60);
    expect(requestsPerMinute({ plan: "pro", customRateLimit: 9000 })).toBe(300);
    expect(requestsPerMinute({ plan: "team", customRateLimit: null })).toBe(1000);
    expect(requestsPerMinute({ plan: "enterprise", customRateLimit: null })).toBe(5000);
    expect(requestsPerMinute({ plan: "enterprise", customRateLimit: 12000 })).toBe(12000);
  });
});
