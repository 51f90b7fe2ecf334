import { db, qualifiedTable } from "@/lib/db";

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
  errors: number;
}

export interface EndpointUsage {
  method: string;
  route: string;
  requests: number;
  errors: number;
  errorRate: number;
}

export type UsageAnomaly =
  | { kind: "spike"; hourStart: string; requests: number; baselinePeakPerHour: number }
  | { kind: "new_endpoint"; method: string; route: string; firstSeenAt: string; requests: number };

export interface KeyUsage {
  range: UsageRange;
  series: UsagePoint[];
  /** errorRate and averageLatencyMs are null when there were no requests: there is no rate to show. */
  totals: { requests: number; errors: number; errorRate: number | null; averageLatencyMs: number | null };
  endpoints: EndpointUsage[];
  anomalies: UsageAnomaly[];
}

interface UsageRow {
  series: { start: string; requests: number; errors: number }[] | null;
  endpoints: { method: string; route: string; requests: number; errors: number }[] | null;
  totals: { requests: number; errors: number; latency_ms: number } | null;
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
 */
export async function getKeyUsage(keyId: string, range: UsageRange, now = new Date()): Promise<KeyUsage> {
  const { bucket, buckets } = USAGE_RANGES[range];
  const size = bucket === "hour" ? HOUR : DAY;
  const rangeStart = new Date(bucketStart(now.getTime(), bucket) - (buckets - 1) * size);
  const dayAgo = new Date(now.getTime() - DAY);
  const weekBefore = new Date(dayAgo.getTime() - 7 * DAY);
  const usage = qualifiedTable("usage_rollups");

  const [row] = await db.$queryRaw<UsageRow[]>`
    WITH in_range AS (
      SELECT * FROM ${usage} WHERE key_id = ${keyId} AND minute >= ${rangeStart} AND minute <= ${now}
    ), hourly AS (
      SELECT date_trunc('hour', minute AT TIME ZONE 'UTC') AS hour, sum(count)::int AS requests
      FROM ${usage} WHERE key_id = ${keyId} AND minute >= ${weekBefore} AND minute <= ${now} GROUP BY 1
    ), endpoint_history AS (
      SELECT method, route, min(minute) AS first_seen,
             sum(count) FILTER (WHERE minute >= ${dayAgo})::int AS recent_requests
      FROM ${usage} WHERE key_id = ${keyId} GROUP BY method, route
    )
    SELECT
      (SELECT json_agg(json_build_object('start', to_char(b, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'requests', r, 'errors', e) ORDER BY b)
         FROM (SELECT date_trunc(${bucket}, minute AT TIME ZONE 'UTC') AS b, sum(count)::int AS r,
                      (sum(count) FILTER (WHERE status_class >= 4))::int AS e
               FROM in_range GROUP BY 1) s) AS series,
      (SELECT json_agg(json_build_object('method', method, 'route', route, 'requests', r, 'errors', e) ORDER BY r DESC, route)
         FROM (SELECT method, route, sum(count)::int AS r, coalesce(sum(count) FILTER (WHERE status_class >= 4), 0)::int AS e
               FROM in_range GROUP BY method, route) p) AS endpoints,
      (SELECT json_build_object('requests', coalesce(sum(count), 0), 'errors', coalesce(sum(count) FILTER (WHERE status_class >= 4), 0),
                                'latency_ms', coalesce(sum(total_latency_ms), 0))
         FROM in_range) AS totals,
      (SELECT json_agg(json_build_object('start', to_char(hour, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'requests', requests))
         FROM hourly WHERE hour >= ${dayAgo} AT TIME ZONE 'UTC') AS recent_hours,
      (SELECT max(requests) FROM hourly WHERE hour < ${dayAgo} AT TIME ZONE 'UTC') AS baseline_peak,
      (SELECT to_char(min(first_seen) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') FROM endpoint_history) AS history_start,
      (SELECT json_agg(json_build_object('method', method, 'route', route, 'first_seen', to_char(first_seen AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'requests', recent_requests))
         FROM endpoint_history WHERE first_seen >= ${dayAgo}) AS new_endpoints`;

  const byStart = new Map((row?.series ?? []).map((point) => [Date.parse(point.start), point]));
  const series = Array.from({ length: buckets }, (_, index) => {
    const start = rangeStart.getTime() + index * size;
    const point = byStart.get(start);
    return { start: new Date(start).toISOString(), requests: point?.requests ?? 0, errors: point?.errors ?? 0 };
  });
  const totals = row?.totals ?? { requests: 0, errors: 0, latency_ms: 0 };
  return {
    range,
    series,
    totals: {
      requests: Number(totals.requests),
      errors: Number(totals.errors),
      errorRate: Number(totals.requests) ? Number(totals.errors) / Number(totals.requests) : null,
      averageLatencyMs: Number(totals.requests)
        ? Math.round(Number(totals.latency_ms) / Number(totals.requests))
        : null,
    },
    endpoints: (row?.endpoints ?? []).map((endpoint) => ({
      ...endpoint,
      errorRate: endpoint.requests ? endpoint.errors / endpoint.requests : 0,
    })),
    anomalies: anomalies(row, dayAgo),
  };
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
