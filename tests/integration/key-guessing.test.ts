import { beforeAll, describe, expect, it } from "vitest";
import * as me from "@/app/api/v1/me/route";
import { UNAUTHENTICATED_PER_MINUTE } from "@/lib/api/api-route";
import { generateApiKey } from "@/lib/keys/format";
import { callRoute } from "../helpers/api";
import { awayFromWindowEdge } from "../helpers/clock";
import { setUpTestDatabase } from "../helpers/database";
import { observeDatabaseQueries } from "../helpers/database-queries";
import { teamWithKey } from "../helpers/factories";
import { setUpAppRedis } from "../helpers/redis";

setUpTestDatabase();
setUpAppRedis();

let queries: { readonly statements: string[] };
beforeAll(async () => {
  queries = await observeDatabaseQueries();
});

const keyLookups = () => queries.statements.filter((sql) => sql.includes('"api_keys"')).length;

describe("guessing keys from one address", () => {
  it("answers 429 past the per-address limit without looking the guesses up", async () => {
    await awayFromWindowEdge();
    const ip = "203.0.113.41";
    const guess = () => callRoute(me.GET, "/me", { key: generateApiKey().key, ip });

    const lookupsBefore = keyLookups();
    for (let i = 0; i < UNAUTHENTICATED_PER_MINUTE; i++) expect((await guess()).status).toBe(401);
    expect(keyLookups() - lookupsBefore).toBe(UNAUTHENTICATED_PER_MINUTE);

    const lookupsWithinLimit = keyLookups();
    for (let i = 0; i < 40; i++) {
      const response = await guess();
      expect(response.status).toBe(429);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await response.json()).code).toBe("rate_limited");
    }
    expect(keyLookups() - lookupsWithinLimit).toBe(0);
  });

  it("takes no address token for a cold valid key, loads it once for a concurrent burst, then serves it from the cache", async () => {
    const ip = "203.0.113.42";
    const { key } = await teamWithKey({ plan: "pro" });
    const lookups = keyLookups();
    const burst = await Promise.all(Array.from({ length: 30 }, () => callRoute(me.GET, "/me", { key, ip })));
    expect(burst.map((response) => response.status)).toEqual(Array(30).fill(200));
    expect(burst[0]!.headers.get("x-ratelimit-limit")).toBe("300");
    expect(keyLookups() - lookups).toBe(1);

    expect((await callRoute(me.GET, "/me", { key, ip })).status).toBe(200);
    expect(keyLookups() - lookups).toBe(1);
    // Only this guess took a token.
    const guess = await callRoute(me.GET, "/me", { key: generateApiKey().key, ip });
    expect(guess.status).toBe(401);
    expect(guess.headers.get("x-ratelimit-remaining")).toBe(String(UNAUTHENTICATED_PER_MINUTE - 1));
  });

  it("lets one address bring more valid keys than its limit for failed attempts", async () => {
    await awayFromWindowEdge();
    const ip = "203.0.113.43";
    const keys = [];
    for (let i = 0; i < UNAUTHENTICATED_PER_MINUTE + 5; i++) keys.push((await teamWithKey({ plan: "pro" })).key);
    for (const key of keys) expect((await callRoute(me.GET, "/me", { key, ip })).status).toBe(200);
  });
});
