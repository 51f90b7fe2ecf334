import { describe, expect, it } from "vitest";
import { hourStarts, isTimeZone, localDayStarts, zoneOffsetMs } from "@/lib/time-zone/zones";

const iso = (instants: number[]) => instants.map((instant) => new Date(instant).toISOString());

describe("time zones", () => {
  it("knows IANA names and nothing else", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(isTimeZone("x".repeat(100))).toBe(false);
  });

  it("reads a zone's offset, daylight saving included", () => {
    expect(zoneOffsetMs("Europe/Berlin", Date.parse("2026-07-01T12:00:00Z"))).toBe(2 * 3_600_000);
    expect(zoneOffsetMs("Europe/Berlin", Date.parse("2026-12-01T12:00:00Z"))).toBe(3_600_000);
    expect(zoneOffsetMs("Asia/Kolkata", Date.parse("2026-12-01T12:00:00.250Z"))).toBe(5.5 * 3_600_000);
    expect(zoneOffsetMs("UTC", Date.parse("2026-12-01T12:00:00Z"))).toBe(0);
  });

  it("finds local midnights, 23 or 25 hours apart across a daylight-saving change", () => {
    // Berlin springs forward on 2026-03-29 and falls back on 2026-10-25.
    expect(iso(localDayStarts("Europe/Berlin", Date.parse("2026-03-30T10:00:00Z"), 3))).toEqual([
      "2026-03-27T23:00:00.000Z",
      "2026-03-28T23:00:00.000Z",
      "2026-03-29T22:00:00.000Z",
    ]);
    expect(iso(localDayStarts("Europe/Berlin", Date.parse("2026-10-26T10:00:00Z"), 2))).toEqual([
      "2026-10-24T22:00:00.000Z",
      "2026-10-25T23:00:00.000Z",
    ]);
    // Just after local midnight it is already the new day; just before, still the old one.
    expect(iso(localDayStarts("America/New_York", Date.parse("2026-12-02T05:00:00Z"), 1))).toEqual([
      "2026-12-02T05:00:00.000Z",
    ]);
    expect(iso(localDayStarts("America/New_York", Date.parse("2026-12-02T04:59:59Z"), 1))).toEqual([
      "2026-12-01T05:00:00.000Z",
    ]);
    expect(iso(localDayStarts("Asia/Kolkata", Date.parse("2026-12-02T12:00:00Z"), 1))).toEqual([
      "2026-12-01T18:30:00.000Z",
    ]);
  });

  it("lists the whole hours up to now", () => {
    expect(iso(hourStarts(Date.parse("2026-12-02T12:34:56Z"), 2))).toEqual([
      "2026-12-02T11:00:00.000Z",
      "2026-12-02T12:00:00.000Z",
    ]);
  });
});
