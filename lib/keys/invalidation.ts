import type { Redis } from "@upstash/redis";
import { env } from "@/lib/env";
import { processWide } from "@/lib/process-wide";
import { upstashRedis } from "@/lib/redis/client";
import { keyCacheTtlMs } from "./key-cache";

/**
 * "Re-read this key (or this team) from the database": written when a key is revoked,
 * rotated or changed and when a team's plan changes, read on every request for a cached
 * key, in the same Redis round trip as the rate limit. Markers outlive any cache entry
 * that predates them, so every instance drops its stale copy on its next request.
 */
export interface KeyInvalidations {
  /** Unix ms of the newest marker for this key or its team; 0 when there is none. */
  latest(keyId: string, teamId: string): Promise<number>;
  invalidateKey(keyId: string): Promise<void>;
  invalidateTeam(teamId: string): Promise<void>;
}

// Markers outlive every cache entry that predates them.
const markerTtlMs = () => keyCacheTtlMs() * 2;
const keyMarker = (keyId: string) => `${env().REDIS_KEY_PREFIX}inv:key:${keyId}`;
const teamMarker = (teamId: string) => `${env().REDIS_KEY_PREFIX}inv:team:${teamId}`;

// A script rather than MGET: @upstash/redis auto-pipelines reads and writes separately,
// and the rate limiter's script is a write, so this one joins the same HTTP round trip.
const LATEST_MARKER_SCRIPT = `
local latest = 0
for _, name in ipairs(KEYS) do
  local value = tonumber(redis.call("GET", name) or "0")
  if value > latest then latest = value end
end
return latest`;

class RedisKeyInvalidations implements KeyInvalidations {
  private readonly latestMarker;

  constructor(private readonly redis: Redis) {
    this.latestMarker = redis.createScript<number>(LATEST_MARKER_SCRIPT);
  }

  async latest(keyId: string, teamId: string): Promise<number> {
    return Number(await this.latestMarker.exec([keyMarker(keyId), teamMarker(teamId)], []));
  }

  async invalidateKey(keyId: string) {
    await this.redis.set(keyMarker(keyId), Date.now(), { px: markerTtlMs() });
  }

  async invalidateTeam(teamId: string) {
    await this.redis.set(teamMarker(teamId), Date.now(), { px: markerTtlMs() });
  }
}

/** One process, one cache: the embedded default needs no shared store. */
class MemoryKeyInvalidations implements KeyInvalidations {
  private readonly markers = new Map<string, number>();

  async latest(keyId: string, teamId: string): Promise<number> {
    return Math.max(this.markers.get(keyMarker(keyId)) ?? 0, this.markers.get(teamMarker(teamId)) ?? 0);
  }

  async invalidateKey(keyId: string) {
    this.set(keyMarker(keyId));
  }

  async invalidateTeam(teamId: string) {
    this.set(teamMarker(teamId));
  }

  private set(marker: string) {
    const now = Date.now();
    this.markers.set(marker, now);
    for (const [name, at] of this.markers) if (at + markerTtlMs() < now) this.markers.delete(name);
  }
}

export function keyInvalidations(): KeyInvalidations {
  return processWide<KeyInvalidations>("keyInvalidations", () => {
    const redis = upstashRedis();
    return redis ? new RedisKeyInvalidations(redis) : new MemoryKeyInvalidations();
  });
}
