import { Redis, type Requester } from "@upstash/redis";
import { env } from "@/lib/env";
import { HttpRequester } from "./http-requester";

/** Bounded so a slow or unreachable Redis costs a request at most this long. */
export const REDIS_TIMEOUT_MS = 500;

let client: Redis | null | undefined;

/** Built on a custom transport, @upstash/redis leaves auto-pipelining off; this turns it on. */
class AutoPipelinedRedis extends Redis {
  static over(requester: Requester): Redis {
    return new AutoPipelinedRedis(requester).autoPipeline();
  }
}

export function autoPipelined(requester: Requester): Redis {
  return AutoPipelinedRedis.over(requester);
}

/**
 * The Upstash client when UPSTASH_REDIS_REST_URL is set (production Upstash, or the local
 * bridge `npm start` runs in front of REDIS_URL); null on the embedded default.
 * Auto-pipelining batches commands issued in the same tick (rate limit + revocation
 * check) into one HTTP round trip.
 */
export function upstashRedis(): Redis | null {
  if (client === undefined) {
    const { UPSTASH_REDIS_REST_URL: url, UPSTASH_REDIS_REST_TOKEN: token } = env();
    client = url ? autoPipelined(new HttpRequester({ url, token: token!, timeoutMs: REDIS_TIMEOUT_MS })) : null;
  }
  return client;
}
