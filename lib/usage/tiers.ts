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

/**
 * Each key's recent requests one by one (./request-log.ts): the last `slots` requests, and
 * none older than `retentionMs`, whichever is fewer.
 */
export const REQUEST_LOG = { table: "request_log", time: "at", retentionMs: 7 * DAY_MS, slots: 10_000 } as const;

/** Everything pruning keeps within a retention. */
export const RETAINED_TABLES = [...USAGE_TIERS, REQUEST_LOG] as const;
export type RetainedTable = (typeof RETAINED_TABLES)[number]["table"];
