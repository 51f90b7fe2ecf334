const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Where usage is kept, each at the resolution its views need and for as long as they need
 * it (the README states the same): the flush adds to all of them at once (./ingest.ts),
 * pruning removes what is past `retentionMs` (./retention.ts).
 */
export const USAGE_TIERS = [
  { table: "usage_minutes", time: "minute", byRoute: true, retentionMs: 48 * HOUR_MS },
  { table: "usage_hours", time: "hour", byRoute: true, retentionMs: 90 * DAY_MS },
  { table: "usage_days", time: "day", byRoute: true, retentionMs: 730 * DAY_MS },
  // A key's totals over all its routes: what charts over many hours read.
  { table: "usage_key_hours", time: "hour", byRoute: false, retentionMs: 90 * DAY_MS },
] as const;

export type UsageTier = (typeof USAGE_TIERS)[number];
export type UsageTable = UsageTier["table"];
