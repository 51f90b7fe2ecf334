import { db, qualifiedTable } from "@/lib/db";
import { onShutdown } from "@/lib/lifecycle";
import { log, warnThrottled } from "@/lib/log";
import { processWide } from "@/lib/process-wide";

export interface GuardedRequest {
  keyId: string;
  teamId: string;
  method: string;
  /** Route template without /api/v1, e.g. /meetings/{id}. */
  route: string;
  status: number;
  latencyMs: number;
  at: number;
}

interface Rollup {
  keyId: string;
  teamId: string;
  minute: number;
  method: string;
  route: string;
  statusClass: number;
  count: number;
  latencyMs: number;
}

const MINUTE = 60_000;

const rowId = (keyId: string, minute: number, method: string, route: string, statusClass: number) =>
  `${keyId} ${minute} ${method} ${route} ${statusClass}`;
export const FLUSH_INTERVAL_MS = 1_000;
/** Distinct (key, minute, route, status class) rows before an early flush. */
export const FLUSH_AT_ROWS = 2_000;
/** Hard bound on buffered rows while the database is unreachable; beyond it rows are dropped and counted. */
export const MAX_BUFFERED_ROWS = 50_000;

/**
 * Per-minute usage rollups, written in batches off the request path: a request adds to
 * an in-memory counter; a flush every second (or at FLUSH_AT_ROWS, and at shutdown)
 * upserts all counters in one statement and moves last_used_at forward at most once
 * a minute per key.
 */
export class UsageRecorder {
  private rows = new Map<string, Rollup>();
  private lastSuccess = new Map<string, number>();
  private readonly lastUsedWrittenMinute = new Map<string, number>();
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  dropped = 0;

  record(request: GuardedRequest): void {
    const minute = Math.floor(request.at / MINUTE) * MINUTE;
    const statusClass = Math.floor(request.status / 100);
    const id = rowId(request.keyId, minute, request.method, request.route, statusClass);
    const row = this.rows.get(id);
    if (row) {
      row.count += 1;
      row.latencyMs += request.latencyMs;
    } else if (this.rows.size >= MAX_BUFFERED_ROWS) {
      this.dropped += 1;
      warnThrottled("usage-dropped", "Usage buffer full; dropping rollups until the database accepts writes", {
        dropped: this.dropped,
      });
      return;
    } else {
      this.rows.set(id, {
        keyId: request.keyId,
        teamId: request.teamId,
        minute,
        method: request.method,
        route: request.route,
        statusClass,
        count: 1,
        latencyMs: request.latencyMs,
      });
    }
    if (statusClass === 2 && request.at > (this.lastSuccess.get(request.keyId) ?? 0))
      this.lastSuccess.set(request.keyId, request.at);
    if (this.rows.size >= FLUSH_AT_ROWS) void this.flush();
  }

  /** Writes everything buffered so far; concurrent calls share one write and then run again. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.rows.size === 0 && this.lastSuccess.size === 0) return;
    const rows = [...this.rows.values()];
    const lastSuccess = this.lastSuccess;
    this.rows = new Map();
    this.lastSuccess = new Map();
    this.flushing = this.write(rows, lastSuccess)
      .catch((error) => {
        this.restore(rows, lastSuccess);
        warnThrottled("usage-flush", "Could not write usage rollups; will retry", {
          error: (error as Error).message,
          rows: rows.length,
        });
      })
      .finally(() => {
        this.flushing = null;
      });
    await this.flushing;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS);
    this.timer.unref();
    onShutdown(async () => {
      if (this.timer) clearInterval(this.timer);
      await this.flush();
      if (this.rows.size) log.error("Usage rollups lost at shutdown", { rows: this.rows.size });
    });
  }

  get bufferedRows(): number {
    return this.rows.size;
  }

  private restore(rows: Rollup[], lastSuccess: Map<string, number>) {
    for (const row of rows) {
      const id = rowId(row.keyId, row.minute, row.method, row.route, row.statusClass);
      const current = this.rows.get(id);
      if (current) {
        current.count += row.count;
        current.latencyMs += row.latencyMs;
      } else if (this.rows.size < MAX_BUFFERED_ROWS) this.rows.set(id, row);
      else this.dropped += row.count;
    }
    for (const [keyId, at] of lastSuccess) if (at > (this.lastSuccess.get(keyId) ?? 0)) this.lastSuccess.set(keyId, at);
  }

  private async write(rows: Rollup[], lastSuccess: Map<string, number>) {
    if (rows.length) {
      await db.$executeRaw`
        INSERT INTO ${qualifiedTable("usage_rollups")} (key_id, team_id, minute, method, route, status_class, count, total_latency_ms)
        SELECT u.* FROM unnest(
          ${rows.map((r) => r.keyId)}::text[], ${rows.map((r) => r.teamId)}::text[],
          ${rows.map((r) => new Date(r.minute).toISOString())}::timestamptz[], ${rows.map((r) => r.method)}::text[],
          ${rows.map((r) => r.route)}::text[], ${rows.map((r) => r.statusClass)}::int2[],
          ${rows.map((r) => r.count)}::int[], ${rows.map((r) => Math.round(r.latencyMs))}::bigint[]
        ) AS u(key_id, team_id, minute, method, route, status_class, count, total_latency_ms)
        -- A key deleted since (with its team) must not make the whole batch fail forever.
        WHERE EXISTS (SELECT 1 FROM ${qualifiedTable("api_keys")} k WHERE k.id = u.key_id)
        ON CONFLICT (key_id, minute, method, route, status_class) DO UPDATE SET
          count = ${qualifiedTable("usage_rollups")}.count + EXCLUDED.count,
          total_latency_ms = ${qualifiedTable("usage_rollups")}.total_latency_ms + EXCLUDED.total_latency_ms`;
    }
    const due = [...lastSuccess].filter(
      ([keyId, at]) => Math.floor(at / MINUTE) > (this.lastUsedWrittenMinute.get(keyId) ?? -1),
    );
    if (due.length) {
      await db.$executeRaw`
        UPDATE ${qualifiedTable("api_keys")} AS k SET last_used_at = v.at
        FROM unnest(${due.map(([keyId]) => keyId)}::text[], ${due.map(([, at]) => new Date(at).toISOString())}::timestamptz[]) AS v(id, at)
        WHERE k.id = v.id AND (k.last_used_at IS NULL OR k.last_used_at < v.at)`;
      for (const [keyId, at] of due) this.lastUsedWrittenMinute.set(keyId, Math.floor(at / MINUTE));
      if (this.lastUsedWrittenMinute.size > 10_000) this.lastUsedWrittenMinute.clear();
    }
  }
}

export function usageRecorder(): UsageRecorder {
  return processWide("usageRecorder", () => {
    const recorder = new UsageRecorder();
    recorder.start();
    return recorder;
  });
}
