import { describe, expect, it } from "vitest";
import { linkExpiry } from "@/lib/email/link-expiry";

const now = new Date("2026-12-04T18:30:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe("linkExpiry", () => {
  it("says how long the link works and when it stops, in UTC", () => {
    expect(linkExpiry(later(24 * 60), now)).toBe(
      "This link works once and expires in 24 hours, at 18:30 UTC on 5 December 2026.",
    );
  });

  it("counts short links in minutes and long ones in days", () => {
    expect(linkExpiry(later(30), now)).toBe(
      "This link works once and expires in 30 minutes, at 19:00 UTC on 4 December 2026.",
    );
    expect(linkExpiry(later(1), now)).toMatch(/expires in 1 minute, at 18:31 UTC/);
    expect(linkExpiry(later(7 * 24 * 60), now)).toBe(
      "This link works once and expires in 7 days, at 18:30 UTC on 11 December 2026.",
    );
  });

  it("names both units when the duration is not a whole one", () => {
    expect(linkExpiry(later(90), now)).toMatch(/expires in 1 hour and 30 minutes, at 20:00 UTC/);
    expect(linkExpiry(later(3 * 24 * 60 + 60), now)).toMatch(/expires in 3 days and 1 hour,/);
  });

  it("ignores the milliseconds between computing the expiry and writing the message", () => {
    expect(linkExpiry(later(24 * 60), new Date(now.getTime() + 40))).toMatch(/expires in 24 hours,/);
  });

  it("refuses an expiry that has passed", () => {
    expect(() => linkExpiry(now, now)).toThrow(RangeError);
  });
});
