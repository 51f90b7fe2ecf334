import { Prisma } from "@/lib/generated/prisma/client";
import { qualifiedTable } from "@/lib/db";
import { USAGE_TIERS, type UsageTier } from "./tiers";

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

/** Adds the input's counts to one tier's rows, truncated to its time resolution. */
function addToTier(tier: UsageTier): Prisma.Sql {
  const table = qualifiedTable(tier.table);
  const time = Prisma.raw(tier.time);
  const bucket = Prisma.raw(tier.time === "minute" ? "minute" : `date_trunc('${tier.time}', minute, 'UTC')`);
  const dimensions = Prisma.raw(tier.byRoute ? "method, route, status" : "status");
  return Prisma.sql`
    INSERT INTO ${table} (key_id, team_id, ${time}, ${dimensions}, count, total_latency_ms)
    SELECT key_id, team_id, ${bucket}, ${dimensions}, sum(count), sum(total_latency_ms)
    FROM input GROUP BY key_id, team_id, 3, ${dimensions}
    ON CONFLICT (key_id, ${time}, ${dimensions}) DO UPDATE SET
      count = ${table}.count + EXCLUDED.count,
      total_latency_ms = ${table}.total_latency_ms + EXCLUDED.total_latency_ms`;
}

/**
 * Adds counts to every tier at once, in one statement (each tier in a CTE of its own), and
 * keeps the key's endpoint list current, so each view reads the tier it needs and none is
 * ever behind. Counts must be unique per (key, minute, method, route, status), as the
 * recorder keeps them.
 */
export async function writeUsageCounts(client: Executor, counts: UsageCount[]): Promise<void> {
  if (counts.length === 0) return;
  const endpoints = qualifiedTable("usage_endpoints");
  const tiers = Prisma.join(
    USAGE_TIERS.map((tier) => Prisma.sql`${Prisma.raw(tier.table)} AS (${addToTier(tier)})`),
    ", ",
  );
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
    ), ${tiers}
    INSERT INTO ${endpoints} (key_id, method, route, first_seen_at, last_seen_at)
    SELECT key_id, method, route, min(minute), max(minute) FROM input GROUP BY 1, 2, 3
    ON CONFLICT (key_id, method, route) DO UPDATE SET
      first_seen_at = least(${endpoints}.first_seen_at, EXCLUDED.first_seen_at),
      last_seen_at = greatest(${endpoints}.last_seen_at, EXCLUDED.last_seen_at)`;
}
