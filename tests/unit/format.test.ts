import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatHour, formatLogTime, formatRelative, formatShortDay } from "@/lib/format";

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

describe("times in a zone", () => {
  const at = new Date("2026-12-03T23:30:05.042Z");

  it("say which zone they are in, UTC unless told otherwise", () => {
    expect(formatDateTime(at)).toBe("Dec 3, 2026, 11:30 PM UTC");
    expect(formatDateTime(at, "Europe/Berlin")).toBe("Dec 4, 2026, 12:30 AM GMT+1");
    expect(formatDateTime(at, "Asia/Kolkata")).toBe("Dec 4, 2026, 5:00 AM GMT+5:30");
  });

  it("put chart buckets and logged requests on the zone's clock and calendar", () => {
    expect(formatHour(at, "America/New_York")).toBe("18:30");
    expect(formatShortDay(at)).toBe("Dec 3");
    expect(formatShortDay(at, "Europe/Berlin")).toBe("Dec 4");
    expect(formatLogTime(at)).toBe("Dec 3, 23:30:05.042");
    expect(formatLogTime(at, "Europe/Berlin")).toBe("Dec 4, 00:30:05.042");
  });
});
