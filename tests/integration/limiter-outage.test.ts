import { beforeAll, describe, expect, it } from "vitest";
import * as me from "@/app/api/v1/me/route";
import { revokeApiKey } from "@/lib/keys/revoke-key";
import { callRoute } from "../helpers/api";
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
});
