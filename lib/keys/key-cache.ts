import type { BlockList } from "node:net";
import { LruCache } from "@/lib/cache/lru";
import type { Plan } from "@/lib/generated/prisma/enums";
import { processWide } from "@/lib/process-wide";
import type { Scope } from "./scopes";

export const KEY_CACHE_TTL_MS = 60_000;
export const KEY_CACHE_MAX_ENTRIES = 10_000;
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

export interface CachedKey {
  record: AuthKeyRecord;
  allowlist: BlockList | null;
  /** Unix ms when the database read began; invalidation markers newer than this win. */
  loadedAt: number;
}

/** Verified keys by hash, so a key seen in the last minute costs no database query. */
export function keyCache(): LruCache<string, CachedKey> {
  // Bounded: ~1 KB per entry, so at most ~10 MB; see README "Limits".
  return processWide("keyCache", () => new LruCache<string, CachedKey>(KEY_CACHE_MAX_ENTRIES, KEY_CACHE_TTL_MS));
}

/** Well-formed hashes with no key behind them, so guessing does not reach the database each time. */
export function unknownKeys(): LruCache<string, number> {
  return processWide("unknownKeys", () => new LruCache<string, number>(UNKNOWN_KEY_CACHE_MAX_ENTRIES, 30_000));
}
