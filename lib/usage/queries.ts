import { db, qualifiedTable } from "@/lib/db";
import { hourStarts, localDayStarts } from "@/lib/time-zone/zones";
import { countOutcomes, type OutcomeCounts } from "./outcomes";

export const USAGE_RANGES = {
  "24h": { label: "Last 24 hours", bucket: "hour", buckets: 24 },
  "7d": { label: "Last 7 days", bucket: "day", buckets: 7 },
  "30d": { label: "Last 30 days", bucket: "day", buckets: 30 },
} as const;
export type UsageRange = keyof typeof USAGE_RANGES;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A spike is an hour of the last day above this many times the busiest hour of the week before. */
export const SPIKE_FACTOR = 3;
/** ...and above this many requests, so a quiet key's first busy hour is not an alarm. */
export const SPIKE_MIN_REQUESTS = 50;

export interface UsagePoint {
  start: string;
  requests: number;
  /** 4xx and 5xx. */
  errors: number;
  outcomes: OutcomeCounts;
}

export interface EndpointUsage {
  method: string;
  route: string;
  requests: number;
  errors: number;
  errorRate: number;
  outcomes: OutcomeCounts;
}

export type UsageAnomaly =
  | { kind: "spike"; hourStart: string; requests: number; baselinePeakPerHour: number }
  | { kind: "new_endpoint"; method: string; route: string; firstSeenAt: string; requests: number };

export interface KeyUsage {
  range: UsageRange;
  series: UsagePoint[];
  /** errorRate and averageLatencyMs are null when there were no requests: there is no rate to show. */
  totals: {
    requests: number;
    errors: number;
    errorRate: number | null;
    averageLatencyMs: number | null;
    outcomes: OutcomeCounts;
  };
  endpoints: EndpointUsage[];
  anomalies: UsageAnomaly[];
}

interface StatusCount {
  status: number;
  count: number;
}

interface UsageRow {
  /** `bucket`: 1 for the range's first bucket. */
  series: (StatusCount & { bucket: number })[] | null;
  endpoints: (StatusCount & { method: string; route: string })[] | null;
  latency_ms: number | null;
  recent_hours: { start: string; requests: number }[] | null;
  baseline_peak: number | null;
  history_start: string | null;
  new_endpoints: { method: string; route: string; first_seen: string; requests: number }[] | null;
}

function bucketStart(time: number, bucket: "hour" | "day"): number {
  return Math.floor(time / (bucket === "hour" ? HOUR : DAY)) * (bucket === "hour" ? HOUR : DAY);
}

/**
 * Everything the usage page shows for one key, in one query: requests and errors over
 * time, the endpoint breakdown, totals, and what looks like a compromised key (a spike
 * far above the key's own recent peak; endpoints it never called before the last day).
 * Each part reads the coarsest tier that answers it exactly: the key's hourly totals for
 * the chart, whole days plus the hours at either edge for the endpoints, the endpoint list
 * for "first seen". The cost follows the range, never the key's age.
 *
 * Days are the days of `timeZone`; hours are the resolution, so in a zone whose days start
 * mid-hour each hour counts in the day it starts in.
 */
export async function getKeyUsage(
  keyId: string,
  range: UsageRange,
  now = new Date(),
  timeZone = "UTC",
): Promise<KeyUsage> {
  const { bucket, buckets } = USAGE_RANGES[range];
  const starts =
    bucket === "hour" ? hourStarts(now.getTime(), buckets) : localDayStarts(timeZone, now.getTime(), buckets);
  const rangeStart = new Date(Math.ceil(starts[0]! / HOUR) * HOUR);
  // Whole UTC days inside the range come from the daily tier, the hours around them from the
  // hourly one. A range shorter than that has no whole days: the hours cover all of it.
  const wholeDaysStart = new Date(bucketStart(rangeStart.getTime() + DAY - 1, "day"));
  const wholeDaysEnd = new Date(bucketStart(now.getTime(), "day"));
  const dayAgo = new Date(now.getTime() - DAY);
  // Whole hours: the hour that holds the moment a day ago counts as part of the last day.
  const lastDayStart = new Date(bucketStart(dayAgo.getTime(), "hour"));
  const weekBefore = new Date(lastDayStart.getTime() - 7 * DAY);
  const keyHours = qualifiedTable("usage_key_hours");
  const hours = qualifiedTable("usage_hours");

  const [row] = await db.$queryRaw<UsageRow[]>`
    WITH buckets AS (
      -- Read once: a cast of the parameter inside width_bucket would be parsed again for every row.
      SELECT ${starts.map((start) => new Date(start).toISOString())}::timestamptz[] AS starts
    ), key_hours AS (
      -- One read of the key's hourly totals for both the range and the spike baseline.
      SELECT hour, status, count, total_latency_ms FROM ${keyHours}
      WHERE key_id = ${keyId} AND hour >= ${new Date(Math.min(rangeStart.getTime(), weekBefore.getTime()))} AND hour <= ${now}
    ), in_range AS (
      SELECT * FROM key_hours WHERE hour >= ${rangeStart}
    ), endpoint_counts AS (
      SELECT method, route, status, count FROM ${qualifiedTable("usage_days")}
      WHERE key_id = ${keyId} AND day >= ${wholeDaysStart} AND day < ${wholeDaysEnd}
      -- The edges as two ranges of the primary key, not one range with an OR: only their hours are read.
      UNION ALL
      SELECT method, route, status, count FROM ${hours}
      WHERE key_id = ${keyId} AND hour >= ${rangeStart} AND hour < ${new Date(Math.min(wholeDaysStart.getTime(), wholeDaysEnd.getTime()))}
      UNION ALL
      SELECT method, route, status, count FROM ${hours}
      WHERE key_id = ${keyId} AND hour >= ${new Date(Math.max(wholeDaysEnd.getTime(), rangeStart.getTime()))} AND hour <= ${now}
    ), hourly_totals AS (
      SELECT hour, sum(count)::int AS requests FROM key_hours WHERE hour >= ${weekBefore} GROUP BY 1
    ), endpoints AS (
      SELECT method, route, first_seen_at FROM ${qualifiedTable("usage_endpoints")} WHERE key_id = ${keyId}
    )
    SELECT
      (SELECT json_agg(json_build_object('bucket', b, 'status', status, 'count', c))
         FROM (SELECT width_bucket(hour, (SELECT starts FROM buckets)) AS b, status, sum(count)::int AS c
               FROM in_range GROUP BY 1, 2) s) AS series,
      (SELECT json_agg(json_build_object('method', method, 'route', route, 'status', status, 'count', c))
         FROM (SELECT method, route, status, sum(count)::int AS c FROM endpoint_counts GROUP BY 1, 2, 3) p) AS endpoints,
      (SELECT sum(total_latency_ms)::float8 FROM in_range) AS latency_ms,
      (SELECT json_agg(json_build_object('start', to_char(hour AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'requests', requests))
         FROM hourly_totals WHERE hour >= ${lastDayStart}) AS recent_hours,
      (SELECT max(requests) FROM hourly_totals WHERE hour < ${lastDayStart}) AS baseline_peak,
      (SELECT to_char(min(first_seen_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') FROM endpoints) AS history_start,
      (SELECT json_agg(json_build_object('method', e.method, 'route', e.route,
                                         'first_seen', to_char(e.first_seen_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                                         'requests', coalesce((SELECT sum(h.count) FROM ${hours} h
                                                               WHERE h.key_id = ${keyId} AND h.hour >= ${lastDayStart} AND h.hour <= ${now}
                                                                 AND h.method = e.method AND h.route = e.route), 0)))
         FROM endpoints e WHERE e.first_seen_at >= ${dayAgo}) AS new_endpoints`;

  const byBucket = groupBy(row?.series ?? [], (count) => count.bucket);
  const series = starts.map((start, index) => ({
    start: new Date(start).toISOString(),
    ...split(byBucket.get(index + 1) ?? []),
  }));
  const endpoints = [...groupBy(row?.endpoints ?? [], (count) => `${count.method} ${count.route}`).values()]
    .map((counts) => {
      const { requests, errors, outcomes } = split(counts);
      return {
        method: counts[0]!.method,
        route: counts[0]!.route,
        requests,
        errors,
        errorRate: errors / requests,
        outcomes,
      };
    })
    .sort((a, b) => b.requests - a.requests || (a.route < b.route ? -1 : a.route > b.route ? 1 : 0));
  const totals = split(row?.series ?? []);
  return {
    range,
    series,
    totals: {
      ...totals,
      errorRate: totals.requests ? totals.errors / totals.requests : null,
      averageLatencyMs: totals.requests ? Math.round(Number(row?.latency_ms ?? 0) / totals.requests) : null,
    },
    endpoints,
    anomalies: anomalies(row, dayAgo),
  };
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Requests, errors (4xx and 5xx) and outcomes of some per-status counts. */
function split(counts: readonly StatusCount[]): Pick<UsagePoint, "requests" | "errors" | "outcomes"> {
  let requests = 0;
  let errors = 0;
  for (const { status, count } of counts) {
    requests += count;
    if (status >= 400) errors += count;
  }
  return { requests, errors, outcomes: countOutcomes(counts) };
}

function anomalies(row: UsageRow | undefined, dayAgo: Date): UsageAnomaly[] {
  // With no history before the last day there is no baseline to compare against.
  if (!row?.history_start || Date.parse(row.history_start) >= dayAgo.getTime()) return [];
  const found: UsageAnomaly[] = [];
  const baselinePeak = Number(row.baseline_peak ?? 0);
  const busiest = (row.recent_hours ?? []).reduce<{ start: string; requests: number } | null>(
    (top, hour) => (!top || hour.requests > top.requests ? hour : top),
    null,
  );
  if (busiest && busiest.requests >= SPIKE_MIN_REQUESTS && busiest.requests > SPIKE_FACTOR * baselinePeak) {
    found.push({
      kind: "spike",
      hourStart: busiest.start,
      requests: busiest.requests,
      baselinePeakPerHour: baselinePeak,
    });
  }
  for (const endpoint of row.new_endpoints ?? []) {
    found.push({
      kind: "new_endpoint",
      method: endpoint.method,
      route: endpoint.route,
      firstSeenAt: endpoint.first_seen,
      requests: endpoint.requests,
    });
  }
  return found;
}
