import { db, qualifiedTable } from "@/lib/db";
import { onShutdown } from "@/lib/lifecycle";
import { warnThrottled } from "@/lib/log";
import { processWide } from "@/lib/process-wide";
import { Prisma } from "@/lib/generated/prisma/client";
import { RETAINED_TABLES, type RetainedTable } from "./tiers";

/** Rows per DELETE: short statements, so pruning a long backlog never holds locks for long. */
export const PRUNE_BATCH_ROWS = 10_000;
export const PRUNE_INTERVAL_MS = 10 * 60_000;

async function pruneTable(tier: (typeof RETAINED_TABLES)[number], now: number): Promise<number> {
  const table = qualifiedTable(tier.table);
  const column = Prisma.raw(`"${tier.time}"`);
  const cutoff = new Date(now - tier.retentionMs);
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

/** Deletes what each tier and the request log keep no longer. Idempotent, and safe to run on several instances at once. */
export async function pruneUsage(now = Date.now()): Promise<Record<RetainedTable, number>> {
  const deleted = {} as Record<RetainedTable, number>;
  for (const tier of RETAINED_TABLES) deleted[tier.table] = await pruneTable(tier, now);
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
