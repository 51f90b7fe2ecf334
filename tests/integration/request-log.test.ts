import { describe, expect, it } from "vitest";
import { writeRequestLog, type LoggedRequestInput } from "@/lib/usage/request-log";
import { listLoggedRequests, REQUEST_LOG_PAGE_SIZE, requestLogFiltersSchema } from "@/lib/usage/request-log-query";
import { pruneUsage } from "@/lib/usage/retention";
import { REQUEST_LOG } from "@/lib/usage/tiers";
import { db, setUpTestDatabase } from "../helpers/database";
import { teamWithKey } from "../helpers/factories";

setUpTestDatabase();

const SECOND = 1_000;
const DAY = 86_400_000;
const now = Date.parse("2026-11-26T12:30:00Z");

function requests(keyId: string, count: number, extra: (index: number) => Partial<LoggedRequestInput> = () => ({})) {
  return Array.from({ length: count }, (_, index): LoggedRequestInput => ({
    keyId,
    at: now - (count - index) * SECOND,
    method: "GET",
    route: "/meetings",
    status: 200,
    latencyMs: 40,
    requestId: `req_${keyId}_${index}`,
    clientIp: "198.51.100.7",
    ...extra(index),
  }));
}

const loggedIds = async (keyId: string) =>
  (await db.loggedRequest.findMany({ where: { keyId }, orderBy: { at: "asc" }, select: { requestId: true } })).map(
    (row) => row.requestId,
  );

describe("request log", () => {
  it("keeps each key's newest requests in a ring of slots, across flushes", async () => {
    const { record } = await teamWithKey();
    const batch = requests(record.id, 12);
    await writeRequestLog(db, batch.slice(0, 3), 5);
    expect(await loggedIds(record.id)).toEqual(batch.slice(0, 3).map((r) => r.requestId));
    await writeRequestLog(db, batch.slice(3, 7), 5);
    expect(await loggedIds(record.id)).toEqual(batch.slice(2, 7).map((r) => r.requestId));
    // A batch longer than the ring keeps its newest requests.
    await writeRequestLog(db, batch.slice(7), 5);
    expect(await loggedIds(record.id)).toEqual(batch.slice(7).map((r) => r.requestId));
    const cursor = await db.requestLogCursor.findUniqueOrThrow({ where: { keyId: record.id } });
    expect(cursor.logged).toBe(12n);
  });

  it("gives concurrent flushes of the same key distinct slots", async () => {
    const { record } = await teamWithKey();
    const batch = requests(record.id, 40);
    await Promise.all([0, 1, 2, 3].map((part) => writeRequestLog(db, batch.slice(part * 10, part * 10 + 10), 100)));
    expect((await loggedIds(record.id)).sort()).toEqual(batch.map((r) => r.requestId).sort());
    const slots = await db.loggedRequest.findMany({ where: { keyId: record.id }, select: { slot: true } });
    expect(new Set(slots.map((row) => row.slot)).size).toBe(40);
  });

  it("skips the requests of a key deleted before the flush and writes the others", async () => {
    const gone = await teamWithKey();
    const kept = await teamWithKey();
    await db.team.delete({ where: { id: gone.team.id } });
    await writeRequestLog(db, [...requests(gone.record.id, 2), ...requests(kept.record.id, 2)]);
    expect(await loggedIds(kept.record.id)).toHaveLength(2);
  });

  it("filters by status class or code, endpoint and request id, newest first, a page at a time", async () => {
    const { record } = await teamWithKey();
    const statuses = [200, 201, 401, 403, 404, 422, 429, 500, 503];
    await writeRequestLog(
      db,
      requests(record.id, 90, (index) => ({
        status: statuses[index % statuses.length],
        route: index % 2 ? "/meetings/{id}" : "/meetings",
        method: index % 10 === 0 ? "POST" : "GET",
      })),
    );
    const list = (query: Record<string, string>) => listLoggedRequests(record.id, requestLogFiltersSchema.parse(query));

    const newest = await list({});
    expect(newest.requests).toHaveLength(REQUEST_LOG_PAGE_SIZE);
    expect(newest.requests[0]!.requestId).toBe(`req_${record.id}_89`);
    const older = await list({ before: newest.older! });
    expect(older.older).toBeNull();
    const all = [...newest.requests, ...older.requests].map((row) => row.requestId);
    expect(new Set(all).size).toBe(90);

    expect((await list({ status: "4xx" })).requests.map((row) => row.status).sort()).toEqual(
      expect.arrayContaining([401, 403, 404, 422, 429]),
    );
    expect((await list({ status: "4xx" })).requests.every((row) => row.status >= 400 && row.status < 500)).toBe(true);
    expect((await list({ status: "429" })).requests).toHaveLength(10);
    expect((await list({ status: "5xx" })).requests.every((row) => row.status >= 500)).toBe(true);
    expect((await list({ status: "2xx" })).requests).toHaveLength(20);

    const posts = await list({ endpoint: "POST /meetings" });
    expect(posts.requests).toHaveLength(9);
    expect(posts.requests.every((row) => row.method === "POST" && row.route === "/meetings")).toBe(true);

    // The catch-all's template has a space in it, and is offered in the filter like any other.
    await writeRequestLog(db, [
      ...requests(record.id, 1, () => ({ route: "unknown route", status: 404, requestId: "req_unknown" })),
    ]);
    expect((await list({ endpoint: "GET unknown route" })).requests.map((row) => row.requestId)).toEqual([
      "req_unknown",
    ]);

    const found = await list({ request: `req_${record.id}_17`, status: "2xx" });
    expect(found.requests.map((row) => row.requestId)).toEqual([`req_${record.id}_17`]);
    expect((await list({ request: "req_nobody" })).requests).toEqual([]);
  });

  it("reads unusable filters in the URL as no filter", () => {
    expect(
      requestLogFiltersSchema.parse({ status: "7xx", endpoint: "not an endpoint", before: "yesterday", request: " " }),
    ).toEqual({});
  });

  it("keeps another team's key's requests out of reach", async () => {
    const mine = await teamWithKey();
    const theirs = await teamWithKey();
    await writeRequestLog(db, requests(theirs.record.id, 3));
    const { requests: found } = await listLoggedRequests(mine.record.id, { request: `req_${theirs.record.id}_1` });
    expect(found).toEqual([]);
  });

  it("prunes requests older than the log's retention", async () => {
    const { record } = await teamWithKey();
    const at = (ageMs: number) => ({ at: now - ageMs });
    await writeRequestLog(db, [
      ...requests(record.id, 1, () => ({ ...at(REQUEST_LOG.retentionMs + DAY), requestId: "old" })),
      ...requests(record.id, 1, () => ({ ...at(REQUEST_LOG.retentionMs - DAY), requestId: "recent" })),
    ]);
    expect((await pruneUsage(now)).request_log).toBeGreaterThanOrEqual(1);
    expect(await loggedIds(record.id)).toEqual(["recent"]);
  });
});
