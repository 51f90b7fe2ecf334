import { currentTimeMs } from "@/lib/clock";

/**
 * How stale an entry's place in the eviction order may be. Moving an entry to the back on
 * every read is two more map operations on each guarded request; once a second keeps the
 * order right for anything that has gone a second without being read.
 */
export const RECENCY_RESOLUTION_MS = 1_000;

interface Entry<V> {
  value: V;
  expiresAt: number;
  /** When the entry last moved to the back of the eviction order. */
  movedAt: number;
}

/** A bounded map with per-entry expiry; the entry least recently used (to within RECENCY_RESOLUTION_MS) goes first. */
export class LruCache<K, V> {
  private readonly entries = new Map<K, Entry<V>>();

  constructor(
    readonly maxEntries: number,
    private readonly ttlMs: number,
  ) {}

  get(key: K, now = currentTimeMs()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    if (now - entry.movedAt >= RECENCY_RESOLUTION_MS) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      entry.movedAt = now;
    }
    return entry.value;
  }

  set(key: K, value: V, now = currentTimeMs()): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: now + this.ttlMs, movedAt: now });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as K);
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
