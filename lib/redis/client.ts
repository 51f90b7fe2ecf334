import { Redis } from "@upstash/redis";
import { env } from "@/lib/env";

/** Bounded so a slow or unreachable Redis costs a request at most this long. */
export const REDIS_TIMEOUT_MS = 500;

let client: Redis | null | undefined;

/**
 * The Upstash client when UPSTASH_REDIS_REST_URL is set (production Upstash, or the local
 * bridge `npm start` runs in front of REDIS_URL); null on the embedded default.
 * Auto-pipelining batches commands issued in the same tick (rate limit + revocation
 * check) into one HTTP round trip.
 */
export function upstashRedis(): Redis | null {
  if (client === undefined) {
    const { UPSTASH_REDIS_REST_URL: url, UPSTASH_REDIS_REST_TOKEN: token } = env();
    client = url
      ? new Redis({
          url,
          token: token!,
          enableAutoPipelining: true,
          retry: false,
          signal: () => AbortSignal.timeout(REDIS_TIMEOUT_MS),
          enableTelemetry: false,
        })
      : null;
  }
  return client;
}
