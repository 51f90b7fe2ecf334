import { randomBytes } from "node:crypto";
import Redis from "ioredis";
import { afterAll, beforeAll } from "vitest";
import { startUpstashBridge, type UpstashBridge } from "@/lib/upstash-bridge/server";

export const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";

/** The machine's real Redis behind the project's Upstash REST bridge, for one test file. */
export function setUpUpstashBridge(): { readonly bridge: UpstashBridge; readonly prefix: string } {
  const state = { bridge: undefined as unknown as UpstashBridge, prefix: `test:${randomBytes(4).toString("hex")}:` };
  beforeAll(async () => {
    state.bridge = await startUpstashBridge({ redisUrl: REDIS_URL, token: randomBytes(16).toString("hex") });
  });
  afterAll(async () => {
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${state.prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await state.bridge.close();
  });
  return state;
}

/** The settings that point the app (this process, or a server it starts) at a test file's bridge. */
export function appRedisEnv(redis: { bridge: UpstashBridge; prefix: string }): Record<string, string> {
  return {
    UPSTASH_REDIS_REST_URL: redis.bridge.url,
    UPSTASH_REDIS_REST_TOKEN: redis.bridge.token,
    REDIS_KEY_PREFIX: redis.prefix,
  };
}

/**
 * The bridge, with this process's app code (guard, limiter, revocation markers) using it:
 * the production client path, @upstash/redis -> the bridge -> the machine's Redis.
 */
export function setUpAppRedis() {
  const redis = setUpUpstashBridge();
  beforeAll(() => void Object.assign(process.env, appRedisEnv(redis)));
  return redis;
}
