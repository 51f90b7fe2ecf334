import { describe, expect, it } from "vitest";
import { writeUsageCounts, type UsageCount } from "@/lib/usage/ingest";
import { getKeyUsage } from "@/lib/usage/queries";
import { PRUNE_BATCH_ROWS, pruneUsage } from "@/lib/usage/retention";
import { db, setUpTestDatabase } from "../helpers/database";
import { teamWithKey } from "../helpers/factories";

setUpTestDatabase();

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const now = Date.parse("2026-11-26T12:30:00Z");

function counts(keyId: string, teamId: string, at: number, extra: Partial<UsageCount> = {}): UsageCount {
  return {
    keyId,
    teamId,
    minute: at,
    method: "GET",
    route: "/meetings",
    status: 200,
    count: 1,
    latencyMs: 40,
    ...extra,
  };
}

const sums = async (keyId: string) => ({
  minutes: (await db.usageMinute.aggregate({ where: { keyId }, _sum: { count: true } }))._sum.count,
  hours: (await db.usageHour.aggregate({ where: { keyId }, _sum: { count: true } }))._sum.count,
  days: (await db.usageDay.aggregate({ where: { keyId }, _sum: { count: true } }))._sum.count,
  keyHours: (await db.usageKeyHour.aggregate({ where: { keyId }, _sum: { count: true } }))._sum.count,
});

const rowCounts = async () => ({
  minutes: await db.usageMinute.count(),
  hours: await db.usageHour.count(),
  days: await db.usageDay.count(),
  keyHours: await db.usageKeyHour.count(),
});

describe("usage tiers", () => {
  it("adds each flush to the minute, hour and day rows and to the key's endpoint list", async () => {
    const { team, record } = await teamWithKey();
    const at = now - 3 * HOUR;
    await writeUsageCounts(db, [
      counts(record.id, team.id, at, { count: 3, latencyMs: 90 }),
      counts(record.id, team.id, at + MINUTE, { count: 2, status: 429 }),
      counts(record.id, team.id, at + 2 * MINUTE, { route: "/meetings/{id}", count: 4 }),
    ]);
    // A later flush for the same minute adds to the rows it already wrote.
    await writeUsageCounts(db, [counts(record.id, team.id, at, { count: 1, latencyMs: 10 })]);

    expect(await sums(record.id)).toEqual({ minutes: 10, hours: 10, days: 10, keyHours: 10 });
    expect(
      await db.usageKeyHour.findMany({
        where: { keyId: record.id },
        select: { status: true, count: true },
        orderBy: { status: "asc" },
      }),
    ).toEqual([
      { status: 200, count: 8 },
      { status: 429, count: 2 },
    ]);
    const hour = await db.usageHour.findMany({
      where: { keyId: record.id },
      select: { hour: true, route: true, status: true, count: true, totalLatencyMs: true },
      orderBy: [{ route: "asc" }, { status: "asc" }],
    });
    expect(hour).toEqual([
      { hour: new Date("2026-11-26T09:00:00Z"), route: "/meetings", status: 200, count: 4, totalLatencyMs: 100n },
      { hour: new Date("2026-11-26T09:00:00Z"), route: "/meetings", status: 429, count: 2, totalLatencyMs: 40n },
      { hour: new Date("2026-11-26T09:00:00Z"), route: "/meetings/{id}", status: 200, count: 4, totalLatencyMs: 40n },
    ]);
    expect(
      (await db.usageDay.findMany({ where: { keyId: record.id }, select: { day: true } })).map((row) => row.day),
    ).toEqual(Array(3).fill(new Date("2026-11-26T00:00:00Z")));

    // A late flush of an earlier minute moves "first seen" back; "last seen" only moves forward.
    await writeUsageCounts(db, [counts(record.id, team.id, at - 5 * DAY)]);
    const endpoints = await db.usageEndpoint.findMany({
      where: { keyId: record.id },
      select: { route: true, firstSeenAt: true, lastSeenAt: true },
      orderBy: { route: "asc" },
    });
    expect(endpoints).toEqual([
      { route: "/meetings", firstSeenAt: new Date(at - 5 * DAY), lastSeenAt: new Date(at + MINUTE) },
      { route: "/meetings/{id}", firstSeenAt: new Date(at + 2 * MINUTE), lastSeenAt: new Date(at + 2 * MINUTE) },
    ]);
  });

  it("prunes each tier past its retention, once, however many instances prune at the same time", async () => {
    const { team, record } = await teamWithKey();
    const ages = [47 * HOUR, 49 * HOUR, 89 * DAY, 91 * DAY, 729 * DAY, 731 * DAY];
    await writeUsageCounts(
      db,
      ages.map((age) => counts(record.id, team.id, Math.floor((now - age) / HOUR) * HOUR)),
    );
    const before = await getKeyUsage(record.id, "24h", new Date(now));

    const rowsBefore = await rowCounts();
    const [first, second] = await Promise.all([pruneUsage(now), pruneUsage(now)]);
    const rowsAfter = await rowCounts();
    // Each row deleted once between the two, none twice, none missed.
    expect(rowsBefore.minutes - rowsAfter.minutes).toBe(first.usage_minutes + second.usage_minutes);
    expect(rowsBefore.hours - rowsAfter.hours).toBe(first.usage_hours + second.usage_hours);
    expect(rowsBefore.days - rowsAfter.days).toBe(first.usage_days + second.usage_days);
    expect(rowsBefore.keyHours - rowsAfter.keyHours).toBe(first.usage_key_hours + second.usage_key_hours);
    // Minutes keep 48 hours, hours 90 days, days two years.
    expect(await sums(record.id)).toEqual({ minutes: 1, hours: 3, days: 5, keyHours: 3 });
    expect(await pruneUsage(now)).toEqual({
      usage_minutes: 0,
      usage_hours: 0,
      usage_key_hours: 0,
      usage_days: 0,
      request_log: 0,
    });
    // The page reads the hourly tier: pruning the minutes changes nothing it shows.
    expect(await getKeyUsage(record.id, "24h", new Date(now))).toEqual(before);
  });

  it("prunes a backlog larger than one batch", async () => {
    const { team, record } = await teamWithKey();
    const old = now - 3 * DAY;
    const backlog = Array.from({ length: PRUNE_BATCH_ROWS + 5 }, (_, index) =>
      counts(record.id, team.id, old - (index % 1_000) * MINUTE, { route: `/r${Math.floor(index / 1_000)}` }),
    );
    await writeUsageCounts(db, backlog);
    expect((await pruneUsage(now)).usage_minutes).toBe(PRUNE_BATCH_ROWS + 5);
    expect(await db.usageMinute.count({ where: { keyId: record.id } })).toBe(0);
  });
});
