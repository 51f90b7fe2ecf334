import Redis from "ioredis";
import pg from "pg";
import { parseDatabaseUrl } from "@/lib/db/connection";

/** Commands Redis has processed so far (INFO stats), scripts' inner calls included; null without REDIS_URL. */
export async function redisCommandsProcessed(redisUrl: string | undefined): Promise<number | null> {
  if (!redisUrl) return null;
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 0 });
  try {
    const info = await redis.info("stats");
    return Number(/total_commands_processed:(\d+)/.exec(info)?.[1]);
  } finally {
    redis.disconnect();
  }
}

/** Committed transactions in the database so far; null on the embedded database (no statistics collector). */
export async function committedTransactions(databaseUrl: string): Promise<number | null> {
  const client = new pg.Client(parseDatabaseUrl(databaseUrl, 1).pool);
  try {
    await client.connect();
    const { rows } = await client.query(
      "SELECT xact_commit::bigint AS n FROM pg_stat_database WHERE datname = current_database()",
    );
    return Number(rows[0]?.n ?? 0);
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}
