import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as catchAll from "@/app/api/v1/[...path]/route";
import * as me from "@/app/api/v1/me/route";
import * as meeting from "@/app/api/v1/meetings/[id]/route";
import { createApiKey } from "@/lib/keys/create-key";
import { generateApiKey } from "@/lib/keys/format";
import { revokeApiKey } from "@/lib/keys/revoke-key";
import { rotateApiKey } from "@/lib/keys/rotate-key";
import { usageRecorder } from "@/lib/usage/recorder";
import { callRoute } from "../helpers/api";
import { awayFromWindowEdge } from "../helpers/clock";
import { db, setUpTestDatabase } from "../helpers/database";
import { createMember, createTeam, teamWithKey } from "../helpers/factories";
import { setUpAppRedis } from "../helpers/redis";

setUpTestDatabase();
setUpAppRedis();

async function problem(response: Response) {
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return response.json();
}

describe("authentication", () => {
  it("answers a valid key with 200, a request id and the rate-limit headers", async () => {
    const { key, team } = await teamWithKey({ plan: "pro" });
    const response = await callRoute(me.GET, "/me", { key, headers: { "x-request-id": "client-chosen-id-123" } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      name: "Test key",
      scopes: ["meetings:read"],
      team: { id: team.id, plan: "pro", rate_limit_per_minute: 300 },
    });
    expect(response.headers.get("x-request-id")).toBe("client-chosen-id-123");
    expect(response.headers.get("x-ratelimit-limit")).toBe("300");
    expect(Number(response.headers.get("x-ratelimit-remaining"))).toBeLessThan(300);
    expect(response.headers.get("ratelimit-policy")).toBe('"per-minute";q=300;w=60');
    expect(response.headers.get("ratelimit")).toMatch(/^"per-minute";r=\d+;t=\d+$/);
  });

  it.each([
    ["no header", null, "missing_api_key"],
    ["a wrong scheme", "Basic abc", "invalid_api_key"],
    ["a truncated key", generateApiKey().key.slice(0, -2), "invalid_api_key"],
    ["a key that was never issued", generateApiKey().key, "invalid_api_key"],
  ])("refuses %s with 401 %s, rate-limit headers included", async (_label, authorization, code) => {
    const headers: Record<string, string> = authorization ? { authorization } : {};
    const response = await callRoute(me.GET, "/me", { headers, ip: `192.0.2.${Math.floor(Math.random() * 200)}` });
    expect(response.status).toBe(401);
    const body = await problem(response);
    expect(body).toMatchObject({ status: 401, code, type: `https://docs.mavio.dev/errors/${code}` });
    expect(body.request_id).toBe(response.headers.get("x-request-id"));
    expect(response.headers.get("x-ratelimit-limit")).toBe("60");
  });

  it("throttles repeated failures from one address with 429", async () => {
    const ip = "198.51.100.200";
    const statuses = [];
    for (let i = 0; i < 62; i++)
      statuses.push((await callRoute(me.GET, "/me", { key: generateApiKey().key, ip })).status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(60);
    expect(statuses.at(-1)).toBe(429);
  });

  it("stops a revoked key on the very next request, even when it was cached", async () => {
    const { key, team, admin, record } = await teamWithKey();
    expect((await callRoute(me.GET, "/me", { key })).status).toBe(200);
    await revokeApiKey(admin, team.id, record.id);
    const response = await callRoute(me.GET, "/me", { key });
    expect(response.status).toBe(401);
    expect((await problem(response)).code).toBe("revoked_api_key");
  });

  it("serves a key seen in the last minute without reading the database", async () => {
    const { key, record } = await teamWithKey();
    expect((await callRoute(me.GET, "/me", { key })).status).toBe(200);
    // Deleting the row behind the cache's back (no revocation marker) shows the next request
    // is answered from the cache; revocation goes through revokeApiKey, which marks it.
    await db.apiKeyAuditEvent.deleteMany({ where: { keyId: record.id } });
    await db.apiKey.delete({ where: { id: record.id } });
    expect((await callRoute(me.GET, "/me", { key })).status).toBe(200);
  });

  it("stops an expired key the second after it expires", async () => {
    const { key } = await teamWithKey({ key: { expiresAt: new Date(Date.now() + 1_500) } });
    expect((await callRoute(me.GET, "/me", { key })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    const response = await callRoute(me.GET, "/me", { key });
    expect(response.status).toBe(401);
    expect((await problem(response)).code).toBe("expired_api_key");
  });

  it("keeps the old key working through the rotation grace period, or stops it at once", async () => {
    const { key: old, team, admin, record } = await teamWithKey();
    const graceful = await rotateApiKey(admin, team.id, record.id, "1h");
    expect((await callRoute(me.GET, "/me", { key: old })).status).toBe(200);
    expect((await callRoute(me.GET, "/me", { key: graceful.key })).status).toBe(200);

    const immediate = await rotateApiKey(admin, team.id, graceful.record.id, "now");
    expect((await callRoute(me.GET, "/me", { key: graceful.key })).status).toBe(401);
    expect((await callRoute(me.GET, "/me", { key: immediate.key })).status).toBe(200);
  });
});

describe("IP allowlists", () => {
  it("admits listed IPv4 and IPv6 addresses and ranges and refuses others with 403", async () => {
    const team = await createTeam("enterprise");
    const admin = await createMember(team.id);
    const { key } = await createApiKey(admin, team.id, {
      name: "Allowlisted",
      scopes: ["meetings:read"],
      expiresAt: null,
      ipAllowlist: ["203.0.113.0/24", "198.51.100.5", "2001:db8::/32"],
    });
    for (const ip of ["203.0.113.77", "198.51.100.5", "2001:db8:1::9", "::ffff:203.0.113.1"]) {
      expect((await callRoute(me.GET, "/me", { key, ip })).status, ip).toBe(200);
    }
    for (const ip of ["203.0.114.1", "198.51.100.6", "2001:db9::1"]) {
      const response = await callRoute(me.GET, "/me", { key, ip });
      expect(response.status, ip).toBe(403);
      expect((await problem(response)).code).toBe("ip_not_allowed");
    }
  });

  it("does not trust X-Forwarded-For entries a client wrote", async () => {
    const team = await createTeam("enterprise");
    const admin = await createMember(team.id);
    const { key } = await createApiKey(admin, team.id, {
      name: "Strict",
      scopes: ["team:read"],
      expiresAt: null,
      ipAllowlist: ["203.0.113.0/24"],
    });
    // The client claims an allowed address; the server appended the real peer after it.
    const response = await callRoute(me.GET, "/me", {
      key,
      headers: { "x-forwarded-for": "203.0.113.9" },
      ip: "203.0.113.9, 192.0.2.66",
    });
    expect(response.status).toBe(403);
  });
});

describe("errors", () => {
  it("answers unknown routes with a not_found problem after the key checks", async () => {
    const { key } = await teamWithKey();
    const response = await callRoute(catchAll.GET, "/nothing/here", { key, params: { path: ["nothing", "here"] } });
    expect(response.status).toBe(404);
    expect(await problem(response)).toMatchObject({ code: "not_found", title: "Not found" });
    expect((await callRoute(catchAll.GET, "/nothing", { params: { path: ["nothing"] } })).status).toBe(401);
  });

  it("answers an unsupported method with 405 and Allow", async () => {
    const { key } = await teamWithKey();
    const response = await callRoute(me.DELETE, "/me", { key, method: "DELETE" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET");
    expect((await problem(response)).code).toBe("method_not_allowed");
  });
});

describe("rate limits per team", () => {
  it("gives a Free team exactly 60 of 100 concurrent requests, with consistent headers", async () => {
    await awayFromWindowEdge();
    const { key } = await teamWithKey({ plan: "free" });
    const responses = await Promise.all(Array.from({ length: 100 }, () => callRoute(me.GET, "/me", { key })));
    const ok = responses.filter((r) => r.status === 200);
    const limited = responses.filter((r) => r.status === 429);
    expect(ok).toHaveLength(60);
    expect(limited).toHaveLength(40);
    expect(new Set(ok.map((r) => r.headers.get("x-ratelimit-remaining")))).toEqual(
      new Set(Array.from({ length: 60 }, (_, i) => String(i))),
    );
    for (const response of limited) {
      expect(response.headers.get("x-ratelimit-remaining")).toBe("0");
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(Number(response.headers.get("retry-after"))).toBeLessThanOrEqual(60);
      expect((await problem(response)).code).toBe("rate_limited");
    }
    for (const response of responses) expect(response.headers.get("x-ratelimit-limit")).toBe("60");
  });

  it("shares one limit between a team's keys, and not between teams", async () => {
    await awayFromWindowEdge();
    const first = await teamWithKey({ plan: "free" });
    const second = await createApiKey(first.admin, first.team.id, {
      name: "Second",
      scopes: ["team:read"],
      expiresAt: null,
    });
    const other = await teamWithKey({ plan: "free" });
    const statuses = await Promise.all(
      Array.from({ length: 80 }, (_, i) =>
        callRoute(me.GET, "/me", { key: i % 2 ? first.key : second.key }).then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(60);
    expect((await callRoute(me.GET, "/me", { key: other.key })).status).toBe(200);
  });

  it("applies a plan change on the next request", async () => {
    await awayFromWindowEdge();
    const { key, team } = await teamWithKey({ plan: "free" });
    expect((await callRoute(me.GET, "/me", { key })).headers.get("x-ratelimit-limit")).toBe("60");
    const { changeTeamPlan } = await import("@/lib/teams/change-plan");
    await changeTeamPlan(team.id, "enterprise", 12_000);
    expect((await callRoute(me.GET, "/me", { key })).headers.get("x-ratelimit-limit")).toBe("12000");
  });
});

describe("scopes", () => {
  it("names the missing scope", async () => {
    const { key } = await teamWithKey({ key: { scopes: ["team:read"] } });
    const { scopeProbe } = await import("../helpers/scope-probe");
    const response = await callRoute(scopeProbe, "/probe", { key });
    expect(response.status).toBe(403);
    expect(await problem(response)).toMatchObject({ code: "insufficient_scope", required_scope: "meetings:write" });
  });

  it("sends the rate limit headers on a fresh key's first answer, a 403, and on the ones after it", async () => {
    const { key } = await teamWithKey({ plan: "free", key: { scopes: ["team:read"] } });
    const { scopeProbe } = await import("../helpers/scope-probe");
    const remaining = [];
    for (let call = 0; call < 2; call++) {
      const response = await callRoute(scopeProbe, "/probe", { key });
      expect(response.status).toBe(403);
      expect(response.headers.get("x-ratelimit-limit")).toBe("60");
      expect(response.headers.get("ratelimit-policy")).toBeTruthy();
      remaining.push(Number(response.headers.get("x-ratelimit-remaining")));
    }
    expect(remaining[1]).toBe(remaining[0]! - 1);
  });
});

describe("usage", () => {
  it("counts every guarded request by route and status code in every tier, and moves last used forward", async () => {
    const { key, record } = await teamWithKey({ plan: "pro" });
    for (let i = 0; i < 5; i++) await callRoute(me.GET, "/me", { key });
    for (let i = 0; i < 3; i++) {
      const id = `mtg_${randomBytes(3).toString("hex")}`;
      await callRoute(catchAll.GET, `/meetings/${id}/x`, { key, params: { path: ["meetings", id, "x"] } });
    }
    await callRoute(me.POST, "/me", { key, method: "POST" });
    await usageRecorder().flush();
    const where = { keyId: record.id };
    const select = { method: true, route: true, status: true, count: true };
    const summary = (rows: { method: string; route: string; status: number; count: number }[]) => {
      const total: Record<string, number> = {};
      for (const r of rows)
        total[`${r.method} ${r.route} ${r.status}`] = (total[`${r.method} ${r.route} ${r.status}`] ?? 0) + r.count;
      return total;
    };
    const byMinute = summary(await db.usageMinute.findMany({ where, select }));
    expect(byMinute).toEqual({ "GET /me 200": 5, "POST /me 405": 1, "GET unknown route 404": 3 });
    expect(summary(await db.usageHour.findMany({ where, select }))).toEqual(byMinute);
    expect(summary(await db.usageDay.findMany({ where, select }))).toEqual(byMinute);
    const endpoints = await db.usageEndpoint.findMany({ where, select: { method: true, route: true } });
    expect(endpoints.map((e) => `${e.method} ${e.route}`).sort()).toEqual(["GET /me", "GET unknown route", "POST /me"]);
    const stored = await db.apiKey.findUniqueOrThrow({ where: { id: record.id }, select: { lastUsedAt: true } });
    expect(stored.lastUsedAt).not.toBeNull();
  });

  it("logs each guarded request with its request id, route template, status, latency and client address", async () => {
    const { key, record } = await teamWithKey();
    await callRoute(me.GET, "/me", {
      key,
      headers: { "x-request-id": "req-from-client-1", "x-forwarded-for": "203.0.113.9, 198.51.100.7" },
    });
    const id = `mtg_${randomBytes(3).toString("hex")}`;
    const missing = await callRoute(meeting.GET, `/meetings/${id}`, { key, params: { id } });
    await usageRecorder().flush();
    const logged = await db.loggedRequest.findMany({ where: { keyId: record.id }, orderBy: { slot: "asc" } });
    expect(logged).toMatchObject([
      { slot: 0, method: "GET", route: "/me", status: 200, requestId: "req-from-client-1", clientIp: "198.51.100.7" },
      {
        slot: 1,
        route: "/meetings/{id}",
        status: missing.status,
        requestId: missing.headers.get("x-request-id"),
      },
    ]);
    expect(logged[0]!.latencyMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(logged)).not.toContain(id);
  });

  it("names 404s with one fixed name and 405s with the route's template, however the path spelled its ids", async () => {
    const { key, record } = await teamWithKey();
    // The same ids as the decoded params Next passes, spelled with other escapes in the path.
    const unknown: [string, string[]][] = [
      ["/meetings/mtg_%7Eab/x", ["meetings", "mtg_~ab", "x"]],
      ["/meetings/mtg_%7Ecd/x", ["meetings", "mtg_~cd", "x"]],
      ["/n%6Fthing/caf%c3%a9", ["nothing", "caf\u00e9"]],
    ];
    for (const [path, segments] of unknown)
      expect((await callRoute(catchAll.GET, path, { key, params: { path: segments } })).status).toBe(404);
    for (const id of ["mtg_%41b", "mtg_%42b"]) {
      const response = await callRoute(meeting.PUT, `/meetings/${id}`, {
        key,
        method: "PUT",
        params: { id: decodeURIComponent(id) },
      });
      expect(response.status).toBe(405);
    }
    await usageRecorder().flush();
    const rows = await db.usageMinute.findMany({
      where: { keyId: record.id },
      select: { method: true, route: true, count: true },
    });
    expect(Object.fromEntries(rows.map((r) => [`${r.method} ${r.route}`, r.count]))).toEqual({
      "GET unknown route": 3,
      "PUT /meetings/{id}": 2,
    });
  });

  it("keeps writing other keys' usage when a key was deleted before the flush", async () => {
    const gone = await teamWithKey();
    const kept = await teamWithKey();
    await callRoute(me.GET, "/me", { key: gone.key });
    await callRoute(me.GET, "/me", { key: kept.key });
    await db.team.delete({ where: { id: gone.team.id } });
    await usageRecorder().flush();
    expect(await db.usageHour.aggregate({ where: { keyId: kept.record.id }, _sum: { count: true } })).toEqual({
      _sum: { count: 1 },
    });
    expect(await db.loggedRequest.count({ where: { keyId: kept.record.id } })).toBe(1);
    expect(usageRecorder().bufferedRows).toBe(0);
  });
});
