import { describe, expect, it } from "vitest";
import { formatDate, formatRelative } from "@/lib/format";

const DAY = 86_400_000;
const now = new Date("2026-12-01T12:00:00.000Z");

describe("relative times", () => {
  it("round to the nearest unit, so a fresh 90-day key reads in 3 months", () => {
    expect(formatRelative(new Date(now.getTime() + 90 * DAY - 5_000), now)).toBe("in 3 months");
    expect(formatRelative(new Date(now.getTime() + 30 * DAY - 1_000), now)).toBe("in 4 weeks");
    expect(formatRelative(new Date(now.getTime() + 6.6 * DAY), now)).toBe("in 7 days");
    expect(formatRelative(new Date(now.getTime() - 90 * 60_000), now)).toBe("2 hours ago");
    expect(formatRelative(new Date(now.getTime() - 20_000), now)).toBe("just now");
  });

  it("leave the date itself to formatDate", () => {
    expect(formatDate(new Date(now.getTime() + 90 * DAY))).toBe("Mar 1, 2027");
  });
});
