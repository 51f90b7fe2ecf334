import type { Redis } from "@upstash/redis";
import { CLOCK_ERROR_MS, currentTimeMs } from "@/lib/clock";
import { env } from "@/lib/env";
import { processWide } from "@/lib/process-wide";
import { upstashRedis } from "@/lib/redis/client";
import { keyCacheTtlMs } from "./key-cache";

/**
 * "Re-read this key (or this team) from the database": announced when a key is revoked,
 * rotated or changed and when a team's plan changes. Each instance compares the newest
 * announcement for a key or its team with the time it read its cached copy.
 */
export interface KeyInvalidations {
  /**
   * Unix ms of the newest announcement for this key or its team (0 when there is none), when
   * this process knows it without asking Redis; undefined when it must ask (`latest`).
   */
  latestKnown(keyId: string, teamId: string): number | undefined;
  /** The same, asked of Redis. */
  latest(keyId: string, teamId: string): Promise<number>;
  /** Resolves once the next request on every instance sees the change. */
  invalidateKey(keyId: string): Promise<void>;
  invalidateTeam(teamId: string): Promise<void>;
}

/**
 * Announcements outlive every cache entry that predates them: past that, every instance has
 * re-read the key anyway.
 */
const markerTtlMs = () => keyCacheTtlMs() * 2;
/** A busy instance reads the announcements made since its last read at most this often. */
const POLL_EVERY_MS = 100;
/**
 * What an instance knows is trusted for this long after the read that taught it began; past
 * it, a request asks Redis. An announcement waits this long before it resolves, so every
 * request that starts after it has either read the log since or asks.
 */
export const KNOWN_FOR_MS = 250;
/** Each read goes this far behind the previous one, for announcements stamped by a clock behind ours. */
const CLOCK_SKEW_MS = 10_000;

const keyMember = (keyId: string) => `key:${keyId}`;
const teamMember = (teamId: string) => `team:${teamId}`;
const marker = (member: string) => `${env().REDIS_KEY_PREFIX}inv:${member}`;
const announcementLog = () => `${env().REDIS_KEY_PREFIX}inv:log`;
/** When Redis's log began: another value, or none, means Redis lost the announcements it held. */
const logEpoch = () => `${env().REDIS_KEY_PREFIX}inv:epoch`;

/** The newest announcement per key and team that this process has seen, pruned as they age out. */
class SeenAnnouncements {
  private readonly at = new Map<string, number>();
  private prunedAt = 0;
  /** Every key and team counts as announced at this time (Redis lost the log). */
  private everything = 0;

  recordEverything(at: number) {
    this.everything = Math.max(this.everything, at);
  }

  record(member: string, at: number, now = Date.now()) {
    if (at > (this.at.get(member) ?? 0)) this.at.set(member, at);
    if (now - this.prunedAt < markerTtlMs() / 10) return;
    this.prunedAt = now;
    for (const [name, announcedAt] of this.at) if (announcedAt + markerTtlMs() < now) this.at.delete(name);
  }

  latest(keyId: string, teamId: string): number {
    return Math.max(this.at.get(keyMember(keyId)) ?? 0, this.at.get(teamMember(teamId)) ?? 0, this.everything);
  }
}

// A script rather than MGET: @upstash/redis auto-pipelines reads and writes separately,
// and the rate limiter's script is a write, so this one joins the same HTTP round trip.
const LATEST_MARKER_SCRIPT = `
local latest = 0
for _, name in ipairs(KEYS) do
  local value = tonumber(redis.call("GET", name) or "0")
  if value > latest then latest = value end
end
return latest`;

/**
 * Shared through Redis: a marker per key and team (read per request while this process has
 * no recent copy of the log) and a log of recent announcements (a sorted set by time),
 * which a busy instance reads every POLL_EVERY_MS, so most requests ask Redis nothing.
 */
export class RedisKeyInvalidations implements KeyInvalidations {
  private readonly latestMarker;
  private readonly seen = new SeenAnnouncements();
  /** Start of the last read of the log that succeeded (this process's clock). */
  private readAt = Number.NEGATIVE_INFINITY;
  private reading: Promise<void> | null = null;
  private lastReadStartedAt = Number.NEGATIVE_INFINITY;
  private epoch: string | undefined;

  constructor(private readonly redis: Redis) {
    this.latestMarker = redis.createScript<number>(LATEST_MARKER_SCRIPT);
  }

  latestKnown(keyId: string, teamId: string, now = currentTimeMs()): number | undefined {
    if (!this.reading && now - this.lastReadStartedAt >= POLL_EVERY_MS) this.readLog(now);
    // An announcement waits KNOWN_FOR_MS by the other instance's timer; this clock may be off by its error.
    return now - this.readAt <= KNOWN_FOR_MS - CLOCK_ERROR_MS ? this.seen.latest(keyId, teamId) : undefined;
  }

  async latest(keyId: string, teamId: string): Promise<number> {
    return Number(await this.latestMarker.exec([marker(keyMember(keyId)), marker(teamMember(teamId))], []));
  }

  invalidateKey(keyId: string) {
    return this.announce(keyMember(keyId));
  }

  invalidateTeam(teamId: string) {
    return this.announce(teamMember(teamId));
  }

  private async announce(member: string) {
    const now = Date.now();
    this.seen.record(member, now, now);
    await Promise.all([
      this.redis.set(marker(member), now, { px: markerTtlMs() }),
      this.redis.zadd(announcementLog(), { score: now, member }),
      this.redis.zremrangebyscore(announcementLog(), 0, now - markerTtlMs()),
    ]);
    await new Promise((resolve) => setTimeout(resolve, KNOWN_FOR_MS));
  }

  private readLog(startedAt: number) {
    this.lastReadStartedAt = startedAt;
    const since = Number.isFinite(this.readAt) ? this.readAt - CLOCK_SKEW_MS : startedAt - markerTtlMs();
    this.reading = Promise.all([
      this.redis.zrange<(string | number)[]>(announcementLog(), since, startedAt + CLOCK_SKEW_MS, {
        byScore: true,
        withScores: true,
      }),
      // Sets the epoch if there is none, and says what it was.
      this.redis.set(logEpoch(), String(startedAt), { nx: true, get: true }),
    ])
      .then(([reply, previousEpoch]) => {
        for (let i = 0; i + 1 < reply.length; i += 2) this.seen.record(String(reply[i]), Number(reply[i + 1]));
        const epoch = String(previousEpoch ?? startedAt);
        // Whatever this process cached may have been announced in what Redis lost.
        if (this.epoch !== undefined && epoch !== this.epoch) this.seen.recordEverything(startedAt);
        this.epoch = epoch;
        this.readAt = Math.max(this.readAt, startedAt);
      })
      // Unread, the copy ages past KNOWN_FOR_MS and requests ask Redis, which fails closed.
      .catch(() => {})
      .finally(() => {
        this.reading = null;
      });
  }
}

/** One process, one cache: the embedded default needs no shared store. */
class MemoryKeyInvalidations implements KeyInvalidations {
  private readonly seen = new SeenAnnouncements();

  latestKnown(keyId: string, teamId: string): number {
    return this.seen.latest(keyId, teamId);
  }

  async latest(keyId: string, teamId: string): Promise<number> {
    return this.seen.latest(keyId, teamId);
  }

  async invalidateKey(keyId: string) {
    this.seen.record(keyMember(keyId), Date.now());
  }

  async invalidateTeam(teamId: string) {
    this.seen.record(teamMember(teamId), Date.now());
  }
}

export function keyInvalidations(): KeyInvalidations {
  return processWide<KeyInvalidations>("keyInvalidations", () => {
    const redis = upstashRedis();
    return redis ? new RedisKeyInvalidations(redis) : new MemoryKeyInvalidations();
  });
}
