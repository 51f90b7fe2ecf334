import { randomBytes } from "node:crypto";
import Redis from "ioredis";
import { startUpstashBridge } from "@/lib/upstash-bridge/server";

export interface ProvidedRedis {
  description: string;
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Upstash when configured; else, with REDIS_URL, the local Upstash REST bridge in front of
 * that Redis (so the production client path runs); else nothing: the in-process limiter.
 */
export async function provideRedis(): Promise<ProvidedRedis> {
  if (process.env.UPSTASH_REDIS_REST_URL) return { description: "Upstash (UPSTASH_REDIS_REST_URL)", env: {}, stop: async () => {} };
  const redisUrl = process.env.REDIS_URL;
  if (!redisUrl) return { description: "in-process (set REDIS_URL or UPSTASH_REDIS_REST_URL to share limits)", env: {}, stop: async () => {} };

  const probe = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2_000 });
  probe.on("error", () => {});
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    throw new Error(`REDIS_URL is set but Redis at ${new URL(redisUrl).host} does not answer: ${(error as Error).message}`);
  } finally {
    probe.disconnect();
  }
  const bridge = await startUpstashBridge({ redisUrl, token: randomBytes(24).toString("base64url") });
  return {
    description: `Redis at ${new URL(redisUrl).host} through the local Upstash bridge`,
    env: { UPSTASH_REDIS_REST_URL: bridge.url, UPSTASH_REDIS_REST_TOKEN: bridge.token },
    stop: () => bridge.close(),
  };
}
