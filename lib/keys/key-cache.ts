import type { BlockList } from "node:net";
import { LruCache } from "@/lib/cache/lru";
import type { Plan } from "@/lib/generated/prisma/enums";
import { processWide } from "@/lib/process-wide";
import { upstashRedis } from "@/lib/redis/client";
import type { Scope } from "./scopes";

/**
 * How long a verified key is trusted without the database. With Redis, every change reaches
 * every instance as an announcement (lib/keys/invalidation.ts), and an instance drops all it
 * trusts when Redis loses them; the age only bounds a change nobody announced (an operator's
 * SQL), long enough that 100,000 keys called in turn cost no query. Without Redis, a change
 * made by another process (`npm run admin`) has nothing but the age to reach this one.
 */
export const KEY_CACHE_TTL_MS = { withSharedMarkers: 24 * 60 * 60_000, inProcess: 60_000 };
/** ~1.5 KB an entry with its hash and team view (measured: 100,000 in a heap), so at most ~180 MB: the working set of 100,000 active keys, with room. */
export const KEY_CACHE_MAX_ENTRIES = 120_000;
export const UNKNOWN_KEY_CACHE_MAX_ENTRIES = 10_000;

/** What the guard needs to know about a key, as read from the database. */
export interface AuthKeyRecord {
  id: string;
  name: string;
  scopes: Scope[];
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  ipAllowlist: string[];
  team: { id: string; name: string; plan: Plan; customRateLimit: number | null };
}

/** The calling key's team as handlers see it: with the requests per minute its plan allows. */
export type KeyTeam = AuthKeyRecord["team"] & { rateLimitPerMinute: number };

export interface CachedKey {
  record: AuthKeyRecord;
  allowlist: BlockList | null;
  // Made once per load rather than on each request: the team and its rate-limit bucket name
  // are then the same objects every time (a Map hashes the same string once).
  team: Readonly<KeyTeam>;
  rateLimitBucket: string;
  /** Unix ms when the database read began; invalidation markers newer than this win. */
  loadedAt: number;
}

export function keyCacheTtlMs(): number {
  return upstashRedis() ? KEY_CACHE_TTL_MS.withSharedMarkers : KEY_CACHE_TTL_MS.inProcess;
}

/** Verified keys by hash, so a key seen recently costs no database query (README "Limits"). */
export function keyCache(): LruCache<string, CachedKey> {
  return processWide("keyCache", () => new LruCache<string, CachedKey>(KEY_CACHE_MAX_ENTRIES, keyCacheTtlMs()));
}

/** Well-formed hashes with no key behind them, so guessing does not reach the database each time. */
export function unknownKeys(): LruCache<string, number> {
  return processWide("unknownKeys", () => new LruCache<string, number>(UNKNOWN_KEY_CACHE_MAX_ENTRIES, 30_000));
}
