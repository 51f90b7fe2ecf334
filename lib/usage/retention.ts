import { db, qualifiedTable } from "@/lib/db";
import { onShutdown } from "@/lib/lifecycle";
import { warnThrottled } from "@/lib/log";
import { processWide } from "@/lib/process-wide";
import { Prisma } from "@/lib/generated/prisma/client";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** How long each usage tier keeps its rows (the README states the same). */
export const USAGE_RETENTION_MS = {
  usage_minutes: 48 * HOUR_MS,
  usage_hours: 90 * DAY_MS,
  usage_key_hours: 90 * DAY_MS,
  usage_days: 730 * DAY_MS,
} as const;
const TIME_COLUMN = {
  usage_minutes: "minute",
  usage_hours: "hour",
  usage_key_hours: "hour",
  usage_days: "day",
} as const;
type Tier = keyof typeof USAGE_RETENTION_MS;

/** Rows per DELETE: short statements, so pruning a long backlog never holds locks for long. */
export const PRUNE_BATCH_ROWS = 10_000;
export const PRUNE_INTERVAL_MS = 10 * 60_000;

async function pruneTier(tier: Tier, now: number): Promise<number> {
  const table = qualifiedTable(tier);
  const column = Prisma.raw(`"${TIME_COLUMN[tier]}"`);
  const cutoff = new Date(now - USAGE_RETENTION_MS[tier]);
  let deleted = 0;
  for (;;) {
    // SKIP LOCKED: instances pruning at the same time take different rows instead of waiting on each other.
    const batch = await db.$executeRaw`
      DELETE FROM ${table} WHERE ctid = ANY(ARRAY(
        SELECT ctid FROM ${table} WHERE ${column} < ${cutoff} LIMIT ${PRUNE_BATCH_ROWS} FOR UPDATE SKIP LOCKED))`;
    deleted += batch;
    if (batch < PRUNE_BATCH_ROWS) return deleted;
  }
}

/** Deletes what each tier keeps no longer. Idempotent, and safe to run on several instances at once. */
export async function pruneUsage(now = Date.now()): Promise<Record<Tier, number>> {
  const deleted = {} as Record<Tier, number>;
  for (const tier of Object.keys(USAGE_RETENTION_MS) as Tier[]) deleted[tier] = await pruneTier(tier, now);
  return deleted;
}

/** Prunes now and every PRUNE_INTERVAL_MS in this process (the server and `npm run worker`), once per process. */
export function startUsageRetention(): void {
  processWide("usageRetention", () => {
    const run = () =>
      pruneUsage().catch((error) =>
        warnThrottled("usage-retention", "Could not prune usage; will try again", { error: (error as Error).message }),
      );
    let running = run();
    const timer = setInterval(() => {
      running = running.then(run);
    }, PRUNE_INTERVAL_MS);
    timer.unref();
    onShutdown(async () => {
      clearInterval(timer);
      await running;
    });
    return timer;
  });
}
