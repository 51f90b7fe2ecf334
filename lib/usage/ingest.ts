import type { Prisma } from "@/lib/generated/prisma/client";
import { qualifiedTable } from "@/lib/db";

/** Requests of one key to one route with one status, counted within one minute. */
export interface UsageCount {
  keyId: string;
  teamId: string;
  /** Start of the minute, epoch milliseconds. */
  minute: number;
  method: string;
  route: string;
  status: number;
  count: number;
  latencyMs: number;
}

type Executor = Pick<Prisma.TransactionClient, "$executeRaw">;

/**
 * Adds counts to every tier at once, in one statement: the minute, hour and day rows, the
 * key's hourly totals and its endpoint list, so each view reads the tier it needs and none
 * is ever behind. Counts
 * must be unique per (key, minute, method, route, status), as the recorder keeps them.
 */
export async function writeUsageCounts(client: Executor, counts: UsageCount[]): Promise<void> {
  if (counts.length === 0) return;
  const minutes = qualifiedTable("usage_minutes");
  const hours = qualifiedTable("usage_hours");
  const days = qualifiedTable("usage_days");
  const keyHours = qualifiedTable("usage_key_hours");
  const endpoints = qualifiedTable("usage_endpoints");
  await client.$executeRaw`
    WITH input AS (
      SELECT u.* FROM unnest(
        ${counts.map((c) => c.keyId)}::text[], ${counts.map((c) => c.teamId)}::text[],
        ${counts.map((c) => new Date(c.minute).toISOString())}::timestamptz[], ${counts.map((c) => c.method)}::text[],
        ${counts.map((c) => c.route)}::text[], ${counts.map((c) => c.status)}::int2[],
        ${counts.map((c) => c.count)}::int[], ${counts.map((c) => Math.round(c.latencyMs))}::bigint[]
      ) AS u(key_id, team_id, minute, method, route, status, count, total_latency_ms)
      -- A key deleted since (with its team) must not make the whole batch fail forever.
      WHERE EXISTS (SELECT 1 FROM ${qualifiedTable("api_keys")} k WHERE k.id = u.key_id)
    ), by_minute AS (
      INSERT INTO ${minutes} (key_id, team_id, minute, method, route, status, count, total_latency_ms)
      SELECT * FROM input
      ON CONFLICT (key_id, minute, method, route, status) DO UPDATE SET
        count = ${minutes}.count + EXCLUDED.count,
        total_latency_ms = ${minutes}.total_latency_ms + EXCLUDED.total_latency_ms
    ), by_hour AS (
      INSERT INTO ${hours} (key_id, team_id, hour, method, route, status, count, total_latency_ms)
      SELECT key_id, team_id, date_trunc('hour', minute, 'UTC'), method, route, status, sum(count), sum(total_latency_ms)
      FROM input GROUP BY 1, 2, 3, 4, 5, 6
      ON CONFLICT (key_id, hour, method, route, status) DO UPDATE SET
        count = ${hours}.count + EXCLUDED.count,
        total_latency_ms = ${hours}.total_latency_ms + EXCLUDED.total_latency_ms
    ), by_day AS (
      INSERT INTO ${days} (key_id, team_id, day, method, route, status, count, total_latency_ms)
      SELECT key_id, team_id, date_trunc('day', minute, 'UTC'), method, route, status, sum(count), sum(total_latency_ms)
      FROM input GROUP BY 1, 2, 3, 4, 5, 6
      ON CONFLICT (key_id, day, method, route, status) DO UPDATE SET
        count = ${days}.count + EXCLUDED.count,
        total_latency_ms = ${days}.total_latency_ms + EXCLUDED.total_latency_ms
    ), by_key_hour AS (
      INSERT INTO ${keyHours} (key_id, team_id, hour, status, count, total_latency_ms)
      SELECT key_id, team_id, date_trunc('hour', minute, 'UTC'), status, sum(count), sum(total_latency_ms)
      FROM input GROUP BY 1, 2, 3, 4
      ON CONFLICT (key_id, hour, status) DO UPDATE SET
        count = ${keyHours}.count + EXCLUDED.count,
        total_latency_ms = ${keyHours}.total_latency_ms + EXCLUDED.total_latency_ms
    )
    INSERT INTO ${endpoints} (key_id, method, route, first_seen_at, last_seen_at)
    SELECT key_id, method, route, min(minute), max(minute) FROM input GROUP BY 1, 2, 3
    ON CONFLICT (key_id, method, route) DO UPDATE SET
      first_seen_at = least(${endpoints}.first_seen_at, EXCLUDED.first_seen_at),
      last_seen_at = greatest(${endpoints}.last_seen_at, EXCLUDED.last_seen_at)`;
}
