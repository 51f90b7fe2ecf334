import { describe, expect, it } from "vitest";
import { writeUsageCounts } from "@/lib/usage/ingest";
import { noOutcomes, type OutcomeCounts } from "@/lib/usage/outcomes";
import { getKeyUsage } from "@/lib/usage/queries";
import { db, setUpTestDatabase } from "../helpers/database";
import { teamWithKey } from "../helpers/factories";

setUpTestDatabase();

const outcomes = (counts: Partial<OutcomeCounts>): OutcomeCounts => ({ ...noOutcomes(), ...counts });

const HOUR = 3_600_000;
const now = new Date("2026-11-26T12:30:00Z");

/** Requests as the recorder writes them: through the ingest, into every tier. */
async function rollup(keyId: string, teamId: string, at: Date, route: string, status: number, count: number) {
  await writeUsageCounts(db, [
    { keyId, teamId, minute: at.getTime(), method: "GET", route, status, count, latencyMs: count * 50 },
  ]);
}

describe("a key's usage", () => {
  it("buckets requests and errors by hour and by day, with empty buckets as zeros", async () => {
    const { team, record } = await teamWithKey();
    await rollup(record.id, team.id, new Date("2026-11-26T11:05:00Z"), "/meetings", 200, 8);
    await rollup(record.id, team.id, new Date("2026-11-26T11:40:00Z"), "/meetings/{id}", 404, 2);
    await rollup(record.id, team.id, new Date("2026-11-24T09:00:00Z"), "/meetings", 200, 5);
    await rollup(record.id, team.id, new Date("2026-10-01T09:00:00Z"), "/meetings", 200, 99); // outside every range

    const day = await getKeyUsage(record.id, "24h", now);
    expect(day.series).toHaveLength(24);
    expect(day.series.at(-1)).toEqual({
      start: "2026-11-26T12:00:00.000Z",
      requests: 0,
      errors: 0,
      outcomes: noOutcomes(),
    });
    expect(day.series.at(-2)).toEqual({
      start: "2026-11-26T11:00:00.000Z",
      requests: 10,
      errors: 2,
      outcomes: outcomes({ "2xx": 8, "404": 2 }),
    });
    expect(day.totals).toEqual({
      requests: 10,
      errors: 2,
      errorRate: 0.2,
      averageLatencyMs: 50,
      outcomes: outcomes({ "2xx": 8, "404": 2 }),
    });

    const week = await getKeyUsage(record.id, "7d", now);
    expect(week.series).toHaveLength(7);
    expect(week.series.find((point) => point.start === "2026-11-24T00:00:00.000Z")).toMatchObject({ requests: 5 });
    expect(week.endpoints).toEqual([
      { method: "GET", route: "/meetings", requests: 13, errors: 0, errorRate: 0, outcomes: outcomes({ "2xx": 13 }) },
      {
        method: "GET",
        route: "/meetings/{id}",
        requests: 2,
        errors: 2,
        errorRate: 1,
        outcomes: outcomes({ "404": 2 }),
      },
    ]);
    expect((await getKeyUsage(record.id, "30d", now)).totals.requests).toBe(15);
  });

  it("buckets days by the viewer's time zone, across a daylight-saving change, with totals unchanged", async () => {
    const { team, record } = await teamWithKey();
    // New York: UTC-4 until 2026-11-01 02:00 local, then UTC-5; so Nov 1 there is 25 hours long.
    const evening = new Date("2026-11-02T02:30:00Z"); // Nov 1, 21:30 in New York; Nov 2 in UTC
    await rollup(record.id, team.id, evening, "/meetings", 200, 3);
    await rollup(record.id, team.id, new Date("2026-11-01T04:30:00Z"), "/meetings", 200, 2); // Nov 1, 00:30 EDT
    const nowThere = new Date("2026-11-03T12:00:00Z");

    const utc = await getKeyUsage(record.id, "7d", nowThere);
    expect(utc.series.find((point) => point.start === "2026-11-02T00:00:00.000Z")?.requests).toBe(3);

    const newYork = await getKeyUsage(record.id, "7d", nowThere, "America/New_York");
    expect(newYork.series.map((point) => point.start).slice(-4)).toEqual([
      "2026-10-31T04:00:00.000Z",
      "2026-11-01T04:00:00.000Z",
      "2026-11-02T05:00:00.000Z",
      "2026-11-03T05:00:00.000Z",
    ]);
    expect(newYork.series.find((point) => point.start === "2026-11-01T04:00:00.000Z")?.requests).toBe(5);
    expect(newYork.totals.requests).toBe(utc.totals.requests);
    expect(newYork.endpoints).toEqual(utc.endpoints);
  });

  it("splits requests by outcome: success, 401, 403, 404, 429, other 4xx and 5xx", async () => {
    const { team, record } = await teamWithKey();
    const at = new Date("2026-11-26T10:15:00Z");
    for (const [status, count] of [
      [200, 10],
      [201, 2],
      [401, 1],
      [403, 2],
      [404, 3],
      [429, 4],
      [400, 5],
      [422, 6],
      [500, 7],
      [503, 8],
    ] as const)
      await rollup(record.id, team.id, at, "/meetings", status, count);
    const expected = outcomes({ "2xx": 12, "401": 1, "403": 2, "404": 3, "429": 4, "4xx": 11, "5xx": 15 });
    const usage = await getKeyUsage(record.id, "24h", now);
    expect(usage.series.find((point) => point.start === "2026-11-26T10:00:00.000Z")?.outcomes).toEqual(expected);
    expect(usage.totals).toMatchObject({ requests: 48, errors: 36, outcomes: expected });
    expect(usage.endpoints).toEqual([
      { method: "GET", route: "/meetings", requests: 48, errors: 36, errorRate: 0.75, outcomes: expected },
    ]);
  });

  it("counts the same requests in the chart, the totals and the endpoints, across day boundaries", async () => {
    const { team, record } = await teamWithKey();
    // Yesterday inside the last 24 hours, whole days of the week, and today.
    await rollup(record.id, team.id, new Date("2026-11-25T14:10:00Z"), "/meetings", 200, 3);
    await rollup(record.id, team.id, new Date("2026-11-25T23:59:00Z"), "/meetings/{id}", 404, 4);
    await rollup(record.id, team.id, new Date("2026-11-21T00:00:00Z"), "/meetings", 500, 6);
    await rollup(record.id, team.id, new Date("2026-11-26T00:00:00Z"), "/meetings", 200, 1);
    await rollup(record.id, team.id, new Date("2026-11-25T12:59:00Z"), "/meetings", 200, 50); // just before the 24 hours
    for (const range of ["24h", "7d", "30d"] as const) {
      const usage = await getKeyUsage(record.id, range, now);
      const endpointTotal = usage.endpoints.reduce((sum, endpoint) => sum + endpoint.requests, 0);
      const chartTotal = usage.series.reduce((sum, point) => sum + point.requests, 0);
      expect({ range, endpointTotal, chartTotal }).toEqual({
        range,
        endpointTotal: usage.totals.requests,
        chartTotal: usage.totals.requests,
      });
    }
    expect((await getKeyUsage(record.id, "24h", now)).endpoints).toEqual([
      { method: "GET", route: "/meetings", requests: 4, errors: 0, errorRate: 0, outcomes: outcomes({ "2xx": 4 }) },
      {
        method: "GET",
        route: "/meetings/{id}",
        requests: 4,
        errors: 4,
        errorRate: 1,
        outcomes: outcomes({ "404": 4 }),
      },
    ]);
    expect((await getKeyUsage(record.id, "7d", now)).totals).toMatchObject({ requests: 64, errors: 10 });
  });

  it("flags a spike far above the key's own busiest hour, and endpoints it never called before", async () => {
    const { team, record } = await teamWithKey();
    for (let day = 2; day <= 7; day++) {
      await rollup(record.id, team.id, new Date(now.getTime() - day * 24 * HOUR), "/meetings", 200, 40);
    }
    await rollup(record.id, team.id, new Date(now.getTime() - 2 * HOUR), "/meetings", 200, 100);
    await rollup(record.id, team.id, new Date(now.getTime() - 2 * HOUR), "/meetings/{id}/recording/audio", 404, 30);
    const usage = await getKeyUsage(record.id, "24h", now);
    expect(usage.anomalies).toEqual([
      { kind: "spike", hourStart: expect.any(String), requests: 130, baselinePeakPerHour: 40 },
      {
        kind: "new_endpoint",
        method: "GET",
        route: "/meetings/{id}/recording/audio",
        firstSeenAt: expect.any(String),
        requests: 30,
      },
    ]);
  });

  it("stays quiet for normal traffic and for a key with no history to compare with", async () => {
    const steady = await teamWithKey();
    for (let day = 0; day <= 7; day++) {
      await rollup(
        steady.record.id,
        steady.team.id,
        new Date(now.getTime() - day * 24 * HOUR - HOUR),
        "/meetings",
        200,
        60,
      );
    }
    expect((await getKeyUsage(steady.record.id, "24h", now)).anomalies).toEqual([]);

    const fresh = await teamWithKey();
    await rollup(fresh.record.id, fresh.team.id, new Date(now.getTime() - HOUR), "/meetings", 200, 500);
    expect((await getKeyUsage(fresh.record.id, "24h", now)).anomalies).toEqual([]);
  });
});
