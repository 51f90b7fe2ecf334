import { beforeAll, describe, expect, it } from "vitest";
import * as me from "@/app/api/v1/me/route";
import { revokeApiKey } from "@/lib/keys/revoke-key";
import { callRoute } from "../helpers/api";
import { awayFromWindowEdge } from "../helpers/clock";
import { setUpTestDatabase } from "../helpers/database";
import { teamWithKey } from "../helpers/factories";

setUpTestDatabase();

beforeAll(() => {
  // Redis (Upstash) configured but unreachable: nothing listens on port 9.
  process.env.UPSTASH_REDIS_REST_URL = "http://127.0.0.1:9";
  process.env.UPSTASH_REDIS_REST_TOKEN = "unreachable";
});

describe("when Redis is unreachable", () => {
  it("lets valid keys through within a bounded time, with headers, and never fails authentication open", async () => {
    const { key, team, admin, record } = await teamWithKey({ plan: "pro" });
    const started = Date.now();
    const ok = await callRoute(me.GET, "/me", { key });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("x-ratelimit-limit")).toBe("300");
    expect(Date.now() - started).toBeLessThan(2_000);

    // Cached key, revocation marker unreadable: the database decides.
    expect((await callRoute(me.GET, "/me", { key })).status).toBe(200);
    await revokeApiKey(admin, team.id, record.id);
    const revoked = await callRoute(me.GET, "/me", { key });
    expect(revoked.status).toBe(401);
  });

  it("keeps limiting in this process instead of letting requests through: a Free team gets 60 a minute, then 429", async () => {
    await awayFromWindowEdge();
    const { key } = await teamWithKey({ plan: "free" });
    const statuses = [];
    for (let i = 0; i < 65; i++) statuses.push((await callRoute(me.GET, "/me", { key })).status);
    expect(statuses.slice(0, 60)).toEqual(Array(60).fill(200));
    expect(statuses.slice(60)).toEqual(Array(5).fill(429));
  });
});
