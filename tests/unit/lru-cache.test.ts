import { describe, expect, it } from "vitest";
import { LruCache, RECENCY_RESOLUTION_MS } from "@/lib/cache/lru";

const TTL = 60_000;

function filled(now: number) {
  const cache = new LruCache<string, number>(3, TTL);
  for (const [index, key] of ["a", "b", "c"].entries()) cache.set(key, index, now);
  return cache;
}

describe("LruCache", () => {
  it("evicts the entry read least recently once reads are a resolution apart", () => {
    const cache = filled(0);
    expect(cache.get("a", RECENCY_RESOLUTION_MS)).toBe(0);
    cache.set("d", 3, RECENCY_RESOLUTION_MS);
    expect(cache.get("b", RECENCY_RESOLUTION_MS)).toBeUndefined();
    expect([cache.get("a", RECENCY_RESOLUTION_MS), cache.get("c", RECENCY_RESOLUTION_MS)]).toEqual([0, 2]);
    expect(cache.size).toBe(3);
  });

  it("keeps the order of entries read again within the resolution", () => {
    const cache = filled(0);
    expect(cache.get("a", RECENCY_RESOLUTION_MS - 1)).toBe(0);
    cache.set("d", 3, RECENCY_RESOLUTION_MS - 1);
    expect(cache.get("a", RECENCY_RESOLUTION_MS - 1)).toBeUndefined();
    expect(cache.get("b", RECENCY_RESOLUTION_MS - 1)).toBe(1);
  });

  it("forgets an entry at its expiry", () => {
    const cache = filled(0);
    expect(cache.get("a", TTL - 1)).toBe(0);
    expect(cache.get("a", TTL)).toBeUndefined();
    expect(cache.size).toBe(2);
  });

  it("a set replaces the value and restarts the expiry", () => {
    const cache = filled(0);
    cache.set("a", 10, TTL - 1);
    expect(cache.get("a", TTL + 1)).toBe(10);
  });
});
