// `npm run bench:usage`: the usage page's data load as history grows, and the recorder's
// ingest rate. One key gets 30 days of history at 1,000 requests a minute over 8 routes with
// a mix of statuses, then its history is extended to 365 days; at each point every range's
// query (24 h, 7 d, 30 d) is timed 10 times after a warm-up. History goes through the
// project's own ingest (lib/usage/ingest.ts, the recorder's flush) and retention
// (lib/usage/retention.ts): what the minute tier keeps minute by minute, older hours as one
// count an hour, which the ingest adds to the same hour and day rows that 60 minutes would,
// and whose minute rows pruning removes as it would theirs. The growth ratio compares the
// 365-day key with a second key given the same 30 days, timed call by call side by side
// (the first key's own 30-day figures, minutes earlier, are printed too).
// Prints, last: `usage: p50 24h=Xms 7d=Yms 30d=Zms at 365d history; growth 30d->365d history x<ratio>`.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { db, disconnectDatabase, qualifiedTable } from "@/lib/db";
import { parseDatabaseUrl } from "@/lib/db/connection";
import { applyMigrations } from "@/lib/db/migrate";
import { writeUsageCounts, type UsageCount } from "@/lib/usage/ingest";
import { getKeyUsage, USAGE_RANGES, type UsageRange } from "@/lib/usage/queries";
import { loadKeyUsagePage } from "@/lib/usage/key-usage-page";
import { FLUSH_AT_LOG_ENTRIES, UsageRecorder } from "@/lib/usage/recorder";
import { writeRequestLog, type LoggedRequestInput } from "@/lib/usage/request-log";
import type { RequestLogFilters } from "@/lib/usage/request-log-query";
import { pruneUsage } from "@/lib/usage/retention";
import { REQUEST_LOG, USAGE_TIERS } from "@/lib/usage/tiers";
import { formatNumber } from "@/lib/format";
import { createBenchKeys } from "./lib/bench/fixtures";
import { provideDatabase } from "./lib/database";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const REQUESTS_PER_MINUTE = 1_000;
const ROUTES = [
  ["GET", "/meetings", 30],
  ["GET", "/meetings/{id}", 20],
  ["GET", "/meetings/{id}/transcript", 15],
  ["GET", "/meetings/{id}/notes", 10],
  ["GET", "/meetings/{id}/action-items", 10],
  ["POST", "/meetings", 5],
  ["GET", "/channels", 5],
  ["GET", "/me", 5],
] as const;
// Shares of a route's requests, per mille.
const STATUSES = [
  [200, 930],
  [404, 25],
  [400, 10],
  [401, 5],
  [403, 5],
  [429, 15],
  [500, 10],
] as const;
const TARGETS = { p50Ms: 100, pageMs: 300, growth: 1.25, ingestPerSecond: 10_000 };
const RUNS = 10;
const PAIRED_RUNS = 30;
const WRITE_BATCH = 5_000;
const MINUTE_TIER_MS = USAGE_TIERS.find((tier) => tier.time === "minute")!.retentionMs;

/** What one key answered in `minutes` minutes starting at `at`, one count per route and status. */
interface BenchKey {
  id: string;
  teamId: string;
}

function countsFor(key: BenchKey, at: number, minutes: number): UsageCount[] {
  const counts: UsageCount[] = [];
  for (const [method, route, routeShare] of ROUTES)
    for (const [status, statusShare] of STATUSES) {
      const count = Math.round((REQUESTS_PER_MINUTE * minutes * routeShare * statusShare) / 100_000);
      if (count)
        counts.push({
          keyId: key.id,
          teamId: key.teamId,
          minute: at,
          method,
          route,
          status,
          count,
          latencyMs: count * 45,
        });
    }
  return counts;
}

/** The key's history from `fromDaysAgo` up to `toDaysAgo` (0: up to the current minute). */
async function writeHistory(key: BenchKey, fromDaysAgo: number, toDaysAgo: number, now: number) {
  const currentMinute = Math.floor(now / MINUTE) * MINUTE;
  const end = currentMinute - toDaysAgo * 24 * HOUR;
  const minuteTierStart = currentMinute - MINUTE_TIER_MS;
  let pending: UsageCount[] = [];
  const push = async (counts: UsageCount[]) => {
    pending.push(...counts);
    if (pending.length >= WRITE_BATCH) {
      await writeUsageCounts(db, pending);
      pending = [];
    }
  };
  const hoursEnd = Math.min(end, minuteTierStart);
  for (let hour = Math.floor((now - fromDaysAgo * 24 * HOUR) / HOUR) * HOUR; hour < hoursEnd; hour += HOUR)
    await push(countsFor(key, hour, 60));
  for (let minute = Math.max(minuteTierStart, hoursEnd); minute < end; minute += MINUTE)
    await push(countsFor(key, minute, 1));
  await writeUsageCounts(db, pending);
  await pruneUsage(now);
  // What autovacuum would have done over the months the history stands for.
  for (const table of ["usage_minutes", "usage_hours", "usage_key_hours", "usage_days", "usage_endpoints"])
    await db.$executeRaw`VACUUM ANALYZE ${qualifiedTable(table)}`;
}

/** The median of RUNS timed calls, after one untimed warm-up. */
async function p50Of(call: () => Promise<unknown>): Promise<number> {
  await call();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return (times[RUNS / 2 - 1]! + times[RUNS / 2]!) / 2;
}

async function timeRanges(keyId: string, now: Date): Promise<Record<UsageRange, number>> {
  const p50 = {} as Record<UsageRange, number>;
  for (const range of Object.keys(USAGE_RANGES) as UsageRange[])
    p50[range] = await p50Of(() => getKeyUsage(keyId, range, now));
  return p50;
}

const median = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
};

/**
 * Both keys' queries, alternating call by call (PAIRED_RUNS each, after a warm-up): on two
 * shared cores a minute apart differs by more than the growth being measured, a call apart
 * does not.
 */
async function timeSideBySide(old: string, young: string, now: Date) {
  const p50 = { old: {} as Record<UsageRange, number>, young: {} as Record<UsageRange, number> };
  for (const range of Object.keys(USAGE_RANGES) as UsageRange[]) {
    const times = { old: [] as number[], young: [] as number[] };
    const timed = async (which: "old" | "young") => {
      const started = performance.now();
      await getKeyUsage(which === "old" ? old : young, range, now);
      times[which].push(performance.now() - started);
    };
    await getKeyUsage(old, range, now);
    await getKeyUsage(young, range, now);
    for (let run = 0; run < PAIRED_RUNS; run++) {
      for (const which of run % 2 ? (["young", "old"] as const) : (["old", "young"] as const)) await timed(which);
    }
    p50.old[range] = median(times.old);
    p50.young[range] = median(times.young);
  }
  return p50;
}

/** A full request log for the key: the ring's REQUEST_LOG.slots newest requests, statuses as in its history. */
async function fillRequestLog(key: BenchKey, now: number) {
  const requests: LoggedRequestInput[] = [];
  for (let i = 0; i < REQUEST_LOG.slots; i++) {
    const [method, route] = ROUTES[i % ROUTES.length]!;
    const roll = (i * 7919) % 1000;
    let status = 200;
    for (let sum = 0, s = 0; s < STATUSES.length; s++) {
      sum += STATUSES[s]![1];
      if (roll < sum) {
        status = STATUSES[s]![0];
        break;
      }
    }
    requests.push({
      keyId: key.id,
      at: now - (REQUEST_LOG.slots - i) * 50,
      method,
      route,
      status,
      latencyMs: 40,
      requestId: randomUUID(),
      clientIp: "203.0.113.7",
    });
  }
  for (let i = 0; i < requests.length; i += WRITE_BATCH) await writeRequestLog(db, requests.slice(i, i + WRITE_BATCH));
  return requests;
}

/** What the usage page awaits (key, usage, a page of the log, the endpoint list), in a zone with DST. */
async function timePage(key: BenchKey, now: Date, logged: LoggedRequestInput[]) {
  const load =
    (range: UsageRange, logFilters: RequestLogFilters = {}) =>
    () =>
      loadKeyUsagePage(key.teamId, key.id, { range, logFilters, timeZone: "Europe/Berlin", now });
  const ranges = {} as Record<UsageRange, number>;
  for (const range of Object.keys(USAGE_RANGES) as UsageRange[]) ranges[range] = await p50Of(load(range));
  return {
    ranges,
    // The rarest status (a scan of the most log rows for one page) and one request looked up by id.
    rareStatus: await p50Of(load("24h", { status: "5xx" })),
    requestId: await p50Of(load("24h", { request: logged[Math.floor(logged.length / 3)]!.requestId })),
  };
}

/**
 * Requests recorded and flushed per second (counts into every tier, each request into its
 * key's log): 200 keys, their routes and statuses, flushed every FLUSH_AT_LOG_ENTRIES
 * requests as the recorder does under load.
 */
async function ingestRate(keys: BenchKey[]): Promise<number> {
  const recorder = new UsageRecorder();
  const total = 200_000;
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const key = keys[i % keys.length]!;
    const [method, route] = ROUTES[Math.floor(i / keys.length) % ROUTES.length]!;
    const status = i % 20 === 0 ? STATUSES[Math.floor(i / 20) % STATUSES.length]![0] : 200;
    const request = { keyId: key.id, teamId: key.teamId, method, route, status, latencyMs: 30, at: Date.now() };
    recorder.record({ ...request, requestId: randomUUID(), forwardedFor: "203.0.113.7" });
    if ((i + 1) % FLUSH_AT_LOG_ENTRIES === 0) await recorder.flush();
  }
  await recorder.flush();
  if (recorder.dropped || recorder.droppedLogEntries) throw new Error("the ingest bench dropped requests");
  return total / ((performance.now() - started) / 1000);
}

const format = (p50: Record<UsageRange, number>) =>
  (Object.keys(p50) as UsageRange[]).map((range) => `${range}=${p50[range].toFixed(1)}ms`).join(" ");

async function main() {
  const database = await provideDatabase({ isolated: "bench_usage" });
  try {
    await applyMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    await createBenchKeys(database.url, 200);
    const keys = await db.apiKey.findMany({ select: { id: true, teamId: true }, orderBy: { name: "asc" } });
    const [key, youngKey] = [keys[0]!, keys[1]!];
    const now = Date.now();

    const monthStarted = performance.now();
    await writeHistory(key, 30, 0, now);
    console.log(`30 days of history written in ${((performance.now() - monthStarted) / 1000).toFixed(1)} s`);
    const atMonth = await timeRanges(key.id, new Date(now));
    console.log(`  p50 at 30d history: ${format(atMonth)}`);

    const yearStarted = performance.now();
    await writeHistory(key, 365, 30, now);
    console.log(`extended to 365 days in ${((performance.now() - yearStarted) / 1000).toFixed(1)} s`);
    const atYearAlone = await timeRanges(key.id, new Date(now));
    console.log(
      `  p50 at 365d history: ${format(atYearAlone)} (growth for 30d x${(atYearAlone["30d"] / atMonth["30d"]).toFixed(2)}, minutes apart)`,
    );
    // A second key with the first one's original 30 days, timed call by call beside the 365-day one.
    await writeHistory(youngKey, 30, 0, now);
    const sideBySide = await timeSideBySide(key.id, youngKey.id, new Date(now));
    const atYear = sideBySide.old;
    console.log(`  side by side: p50 at 365d history ${format(atYear)}; at 30d history ${format(sideBySide.young)}`);
    const rows = await db.$queryRaw<{ table: string; rows: number }[]>`
      SELECT relname::text AS table, n_live_tup::int AS rows FROM pg_stat_user_tables
      WHERE relname LIKE 'usage_%' AND schemaname = ${parseDatabaseUrl(database.url).schema} ORDER BY relname`;
    console.log(`  rows: ${rows.map((row) => `${row.table} ${row.rows}`).join(", ")}`);

    const logged = await fillRequestLog(key, now);
    const page = await timePage(key, new Date(now), logged);
    console.log(
      `page data (usage, ${formatNumber(REQUEST_LOG.slots)}-request log, endpoints; Europe/Berlin): p50 ${format(page.ranges)}; log filtered by 5xx ${page.rareStatus.toFixed(1)}ms, by request id ${page.requestId.toFixed(1)}ms`,
    );

    const ingest = await ingestRate(keys);
    const growth = atYear["30d"] / sideBySide.young["30d"];
    const met = (ok: boolean) => (ok ? "met" : "NOT met");
    const slowest = Math.max(...Object.values(atYear));
    const slowestPage = Math.max(...Object.values(page.ranges), page.rareStatus, page.requestId);
    console.log(
      `targets: every p50 < ${TARGETS.p50Ms} ms ${met(slowest < TARGETS.p50Ms)}; page data < ${TARGETS.pageMs} ms ${met(slowestPage < TARGETS.pageMs)}; growth <= ${TARGETS.growth} ${met(growth <= TARGETS.growth)}; ingest >= ${TARGETS.ingestPerSecond}/s ${met(ingest >= TARGETS.ingestPerSecond)}`,
    );
    console.log(`ingest: ${Math.round(ingest)} requests/s`);
    console.log(
      `usage: p50 24h=${atYear["24h"].toFixed(1)}ms 7d=${atYear["7d"].toFixed(1)}ms 30d=${atYear["30d"].toFixed(1)}ms at 365d history; growth 30d->365d history x${growth.toFixed(2)}`,
    );
  } finally {
    await disconnectDatabase();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
