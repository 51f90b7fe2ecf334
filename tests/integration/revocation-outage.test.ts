import { randomBytes } from "node:crypto";
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as me from "@/app/api/v1/me/route";
import { LruCache } from "@/lib/cache/lru";
import type { Actor } from "@/lib/permissions/actor";
import { KEY_CACHE_MAX_ENTRIES, KEY_CACHE_TTL_MS, type CachedKey } from "@/lib/keys/key-cache";
import { RedisKeyInvalidations } from "@/lib/keys/invalidation";
import { revokeApiKey } from "@/lib/keys/revoke-key";
import { rotateApiKey } from "@/lib/keys/rotate-key";
import { replaceProcessWide } from "@/lib/process-wide";
import { upstashRedis } from "@/lib/redis/client";
import { startUpstashBridge, type UpstashBridge } from "@/lib/upstash-bridge/server";
import { callRoute } from "../helpers/api";
import { setUpTestDatabase } from "../helpers/database";
import { teamWithKey } from "../helpers/factories";
import { REDIS_URL } from "../helpers/redis";
import { TcpProxy } from "../helpers/tcp-proxy";

setUpTestDatabase();

const prefix = `test:${randomBytes(4).toString("hex")}:`;
const redis = new Redis(REDIS_URL);
let bridge: UpstashBridge;
// Cut between the app and Upstash (the bridge), so a write attempted during the outage
// never lands later: the bridge's Redis client would queue it and send it on reconnect.
let redisLink: TcpProxy;

beforeAll(async () => {
  bridge = await startUpstashBridge({ redisUrl: REDIS_URL, token: randomBytes(8).toString("hex") });
  const bridgeAddress = new URL(bridge.url);
  redisLink = new TcpProxy(bridgeAddress.hostname, Number(bridgeAddress.port));
  await redisLink.start();
  Object.assign(process.env, {
    UPSTASH_REDIS_REST_URL: `http://127.0.0.1:${redisLink.port}`,
    UPSTASH_REDIS_REST_TOKEN: bridge.token,
    REDIS_KEY_PREFIX: prefix,
  });
});

afterAll(async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
  await bridge.close();
  await redisLink.stop();
});

// Two app instances in one process: each has its own key cache and its own copy of the
// announcements, and they share the database and Redis. "revoking" is the one whose
// dashboard revokes or rotates the key.
const instanceCache = () => new LruCache<string, CachedKey>(KEY_CACHE_MAX_ENTRIES, KEY_CACHE_TTL_MS.withSharedMarkers);
const instances = {
  revoking: { cache: instanceCache(), invalidations: undefined as RedisKeyInvalidations | undefined },
  other: { cache: instanceCache(), invalidations: undefined as RedisKeyInvalidations | undefined },
};

async function on<T>(name: keyof typeof instances, call: () => Promise<T>): Promise<T> {
  const instance = instances[name];
  replaceProcessWide("keyCache", instance.cache);
  replaceProcessWide("keyInvalidations", (instance.invalidations ??= new RedisKeyInvalidations(upstashRedis()!)));
  return call();
}

const meStatus = (instance: keyof typeof instances, key: string) =>
  on(instance, () => callRoute(me.GET, "/me", { key }).then((r) => r.status));

async function redisAnswersAgain() {
  for (
    const deadline = Date.now() + 10_000;
    Date.now() < deadline;
    await new Promise((resolve) => setTimeout(resolve, 100))
  ) {
    if (
      await upstashRedis()!
        .ping()
        .then(
          () => true,
          () => false,
        )
    )
      return;
  }
  throw new Error("Redis did not come back");
}

async function statusWithin(
  ms: number,
  instance: keyof typeof instances,
  key: string,
  expected: number,
): Promise<number> {
  let status = await meStatus(instance, key);
  for (
    const deadline = Date.now() + ms;
    status !== expected && Date.now() < deadline;
    status = await meStatus(instance, key)
  ) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return status;
}

type KeyChange = (admin: Actor, teamId: string, keyId: string) => Promise<unknown>;

describe.each<[string, KeyChange]>([
  ["revoked", (admin, teamId, keyId) => revokeApiKey(admin, teamId, keyId)],
  ["rotated with no grace", (admin, teamId, keyId) => rotateApiKey(admin, teamId, keyId, "now")],
])("a key %s while its marker cannot be written to Redis", (_label, change) => {
  it("is refused at once by the revoking instance, and by the others once Redis is back", async () => {
    const errors = vi.spyOn(console, "error");
    const { key, team, admin, record } = await teamWithKey({ plan: "pro" });
    expect(await meStatus("other", key)).toBe(200);
    expect(await meStatus("revoking", key)).toBe(200);

    await redisLink.stop();
    await on("revoking", () => change(admin, team.id, record.id));
    await redisLink.start();
    await redisAnswersAgain();

    expect(await meStatus("revoking", key)).toBe(401);
    expect(await statusWithin(10_000, "other", key, 401)).toBe(401);
    expect(Number(await redis.get(`${prefix}inv:key:${record.id}`))).toBeGreaterThan(0);
    expect(await redis.zscore(`${prefix}inv:log`, `key:${record.id}`)).not.toBeNull();

    const logged = errors.mock.calls.map((args) => String(args[0]));
    expect(logged.some((line) => line.includes("Could not announce a key change") && line.includes(record.id))).toBe(
      true,
    );
    expect(logged.some((line) => line.includes(key))).toBe(false);
    errors.mockRestore();
  });
});
