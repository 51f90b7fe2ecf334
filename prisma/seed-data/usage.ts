// Synthetic per-minute usage rollups for a key: a diurnal pattern of active minutes, routes
// picked by weight, status codes by error rate, latency per route, plus an optional spike.
import { HOUR_MS, MINUTE_MS } from "./calendar";
import { createRng, type Rng } from "./random";
import type { RouteProfile, UsageProfile } from "./types";
import type { LoggedRequestFields } from "@/lib/usage/request-log";

export interface UsageRow {
  minute: Date;
  method: string;
  route: string;
  status: number;
  count: number;
  totalLatencyMs: number;
}

type MinuteBuckets = Map<string, UsageRow>;

/** What a client mistake answers, by how often integrations make it. */
const CLIENT_ERRORS = [
  { status: 404, weight: 45 },
  { status: 400, weight: 20 },
  { status: 429, weight: 15 },
  { status: 403, weight: 12 },
  { status: 401, weight: 8 },
] as const;

function addRequests(bucket: MinuteBuckets, minute: Date, routes: readonly RouteProfile[], requests: number, rng: Rng) {
  for (let i = 0; i < requests; i++) {
    const route = rng.weighted(routes);
    const roll = rng.next();
    const serverErrorRate = route.serverErrorRate ?? 0;
    const status =
      roll < serverErrorRate
        ? 500
        : roll < serverErrorRate + route.clientErrorRate
          ? rng.weighted(CLIENT_ERRORS).status
          : 200;
    const latencyFactor =
      status >= 500 ? rng.between(2.5, 6) : status >= 400 ? rng.between(0.25, 0.6) : rng.between(0.6, 1.6);
    const key = `${route.method} ${route.route} ${status}`;
    const row = bucket.get(key) ?? {
      minute,
      method: route.method,
      route: route.route,
      status,
      count: 0,
      totalLatencyMs: 0,
    };
    row.count += 1;
    row.totalLatencyMs += Math.max(5, Math.round(route.latencyMs * latencyFactor));
    bucket.set(key, row);
  }
}

function poissonish(expected: number, rng: Rng): number {
  const jittered = expected * rng.between(0.6, 1.4);
  return Math.floor(jittered) + (rng.next() < jittered % 1 ? 1 : 0);
}

/**
 * Rows for every active minute in [since, now). Minutes are whole UTC minutes strictly before
 * the current minute, so nothing lands in the future.
 */
export function generateUsage(profile: UsageProfile, options: { now: Date; since: Date; seed: string }): UsageRow[] {
  const rng = createRng(`usage:${options.seed}`);
  const end = Math.floor(options.now.getTime() / MINUTE_MS) * MINUTE_MS;
  const start = Math.ceil(options.since.getTime() / MINUTE_MS) * MINUTE_MS;
  const minutes = new Map<number, MinuteBuckets>();
  const bucketFor = (at: number) => {
    let bucket = minutes.get(at);
    if (!bucket) minutes.set(at, (bucket = new Map()));
    return bucket;
  };

  for (let hour = Math.floor(start / HOUR_MS) * HOUR_MS; hour < end; hour += HOUR_MS) {
    const date = new Date(hour);
    const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
    const expected = profile.activeMinutesByHour[date.getUTCHours()] * (weekend ? profile.weekendFactor : 1);
    const active = Math.min(60, poissonish(expected, rng));
    for (let i = 0; i < active; i++) {
      const at = hour + rng.int(0, 59) * MINUTE_MS;
      if (at < start || at >= end) continue;
      const [min, max] = profile.requestsPerActiveMinute;
      addRequests(bucketFor(at), new Date(at), profile.routes, rng.int(min, max), rng);
    }
  }

  if (profile.spike) {
    const spikeStart =
      Math.floor((options.now.getTime() - profile.spike.startHoursAgo * HOUR_MS) / MINUTE_MS) * MINUTE_MS;
    const spikeEnd = Math.min(end, spikeStart + profile.spike.durationHours * HOUR_MS);
    const [min, max] = profile.spike.requestsPerMinute;
    for (let at = Math.max(start, spikeStart); at < spikeEnd; at += MINUTE_MS) {
      addRequests(bucketFor(at), new Date(at), profile.spike.routes, rng.int(min, max), rng);
    }
  }

  return [...minutes.keys()].sort((a, b) => a - b).flatMap((at) => [...minutes.get(at)!.values()]);
}

/** The most recent minute with a successful request, plus a few seconds: the key's "last used". */
export function lastSuccessfulUse(rows: readonly UsageRow[], seed: string): Date | null {
  let latest = -Infinity;
  for (const row of rows) if (row.status < 300) latest = Math.max(latest, row.minute.getTime());
  if (!Number.isFinite(latest)) return null;
  return new Date(latest + createRng(`last-used:${seed}`).int(1, 58) * 1000);
}

export interface LoggedRequestSeed extends LoggedRequestFields {
  at: Date;
}

function uuid(rng: Rng): string {
  const hex = (length: number) => Array.from({ length }, () => rng.int(0, 15).toString(16)).join("");
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${rng.pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
}

/**
 * The key's most recent requests one by one, newest first, drawn from its usage rows (so the
 * log agrees with the counts): at most `limit`, none before `since`.
 */
export function recentRequests(
  rows: readonly UsageRow[],
  options: { limit: number; since: Date; clientIps: readonly string[]; seed: string },
): LoggedRequestSeed[] {
  const rng = createRng(`requests:${options.seed}`);
  const requests: LoggedRequestSeed[] = [];
  for (let index = rows.length - 1; index >= 0 && requests.length < options.limit; index--) {
    const row = rows[index]!;
    if (row.minute < options.since) break;
    const averageLatency = row.totalLatencyMs / row.count;
    for (let i = 0; i < row.count && requests.length < options.limit; i++) {
      requests.push({
        at: new Date(row.minute.getTime() + rng.int(0, MINUTE_MS - 1)),
        method: row.method,
        route: row.route,
        status: row.status,
        latencyMs: Math.max(1, Math.round(averageLatency * rng.between(0.7, 1.3))),
        requestId: uuid(rng),
        clientIp: rng.pick(options.clientIps),
      });
    }
  }
  return requests;
}
