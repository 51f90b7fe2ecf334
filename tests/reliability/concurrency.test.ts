import { describe, expect, it } from "vitest";
import * as me from "@/app/api/v1/me/route";
import { revokeApiKey } from "@/lib/keys/revoke-key";
import { callRoute } from "../helpers/api";
import { awayFromWindowEdge } from "../helpers/clock";
import { setUpTestDatabase } from "../helpers/database";
import { teamWithKey } from "../helpers/factories";
import { setUpAppRedis } from "../helpers/redis";

setUpTestDatabase();
setUpAppRedis();

describe("under concurrent load", () => {
  it("admits exactly 60 of 500 concurrent requests for one Free team", async () => {
    await awayFromWindowEdge(10_000);
    const { key } = await teamWithKey({ plan: "free" });
    const statuses = await Promise.all(
      Array.from({ length: 500 }, () => callRoute(me.GET, "/me", { key }).then((r) => r.status)),
    );
    expect(statuses.filter((status) => status === 200)).toHaveLength(60);
    expect(statuses.filter((status) => status === 429)).toHaveLength(440);
  });

  it("accepts no request that starts after the revoke call returned", async () => {
    const { key, team, admin, record } = await teamWithKey({ plan: "enterprise" });
    let revokedAt = Number.POSITIVE_INFINITY;
    const results: { startedAt: number; status: number }[] = [];
    const deadline = Date.now() + 1_500;

    async function client() {
      while (Date.now() < deadline) {
        const startedAt = performance.now();
        const response = await callRoute(me.GET, "/me", { key });
        results.push({ startedAt, status: response.status });
      }
    }
    const clients = Array.from({ length: 20 }, client);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await revokeApiKey(admin, team.id, record.id);
    revokedAt = performance.now();
    await Promise.all(clients);

    const before = results.filter((r) => r.startedAt < revokedAt);
    const after = results.filter((r) => r.startedAt >= revokedAt);
    expect(before.some((r) => r.status === 200)).toBe(true);
    expect(after.length).toBeGreaterThan(20);
    expect(after.filter((r) => r.status === 200)).toEqual([]);
  });
});
