import { db, qualifiedTable } from "@/lib/db";
import { writeUsageCounts, type UsageCount } from "./ingest";
import { writeRequestLog, type LoggedRequestInput } from "./request-log";
import { env } from "@/lib/env";
import { clientIpOf } from "@/lib/http/client-ip";
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
  requestId: string;
  /** The X-Forwarded-For header as received: the client IP is read from it at flush, off the request path. */
  forwardedFor: string | null;
}

const MINUTE = 60_000;

const rowId = (keyId: string, minute: number, method: string, route: string, status: number) =>
  `${keyId} ${minute} ${method} ${route} ${status}`;
export const FLUSH_INTERVAL_MS = 1_000;
/** Distinct (key, minute, route, status) rows, or logged requests, before an early flush. */
export const FLUSH_AT_ROWS = 2_000;
export const FLUSH_AT_LOG_ENTRIES = 5_000;
/** Hard bound on buffered rows while the database is unreachable; beyond it rows are dropped and counted. */
export const MAX_BUFFERED_ROWS = 50_000;
/**
 * Requests kept for the request log between flushes. Beyond it (a burst past what a second's
 * flush writes, or the database unreachable) the log skips requests; the counts stay exact.
 */
export const MAX_BUFFERED_LOG_ENTRIES = 20_000;

/**
 * Usage counts and the request log, written in batches off the request path: a request adds
 * to an in-memory counter per (key, minute, route, status) and to the log's buffer; a flush
 * every second (or at FLUSH_AT_ROWS or FLUSH_AT_LOG_ENTRIES, and at shutdown) adds all
 * counters to every tier in one statement (./ingest.ts), appends the buffered requests to
 * their keys' logs in another (./request-log.ts), and moves last_used_at forward at most
 * once a minute per key.
 */
export class UsageRecorder {
  private rows = new Map<string, UsageCount>();
  private logged: GuardedRequest[] = [];
  private lastSuccess = new Map<string, number>();
  private readonly lastUsedWrittenMinute = new Map<string, number>();
  private flushing: Promise<void> | null = null;
  private earlyFlush: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  dropped = 0;
  droppedLogEntries = 0;

  record(request: GuardedRequest): void {
    if (this.logged.length < MAX_BUFFERED_LOG_ENTRIES) this.logged.push(request);
    else this.droppedLogEntries += 1;
    const minute = Math.floor(request.at / MINUTE) * MINUTE;
    const id = rowId(request.keyId, minute, request.method, request.route, request.status);
    const row = this.rows.get(id);
    if (row) {
      row.count += 1;
      row.latencyMs += request.latencyMs;
    } else if (this.rows.size >= MAX_BUFFERED_ROWS) {
      this.dropped += 1;
      warnThrottled("usage-dropped", "Usage buffer full; dropping usage counts until the database accepts writes", {
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
        status: request.status,
        count: 1,
        latencyMs: request.latencyMs,
      });
    }
    if (request.status >= 200 && request.status < 300 && request.at > (this.lastSuccess.get(request.keyId) ?? 0))
      this.lastSuccess.set(request.keyId, request.at);
    if (this.rows.size >= FLUSH_AT_ROWS || this.logged.length >= FLUSH_AT_LOG_ENTRIES) this.flushEarly();
  }

  /** Writes everything buffered so far; concurrent calls share one write and then run again. */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.rows.size === 0 && this.lastSuccess.size === 0 && this.logged.length === 0) return;
    const rows = [...this.rows.values()];
    const lastSuccess = this.lastSuccess;
    const logged = this.logged;
    this.rows = new Map();
    this.lastSuccess = new Map();
    this.logged = [];
    const countsWritten = this.write(rows, lastSuccess).catch((error) => {
      this.restore(rows, lastSuccess);
      warnThrottled("usage-flush", "Could not write usage counts; will retry", {
        error: (error as Error).message,
        rows: rows.length,
      });
    });
    const logWritten = this.writeLog(logged).catch((error) => {
      this.restoreLog(logged);
      warnThrottled("request-log-flush", "Could not write the request log; will retry", {
        error: (error as Error).message,
        requests: logged.length,
      });
    });
    this.flushing = Promise.all([countsWritten, logWritten])
      .then(() => undefined)
      .finally(() => {
        this.flushing = null;
      });
    await this.flushing;
  }

  /** One early flush at a time: every request past the threshold would otherwise queue one of its own. */
  private flushEarly() {
    this.earlyFlush ??= this.flush().finally(() => {
      this.earlyFlush = null;
    });
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS);
    this.timer.unref();
    onShutdown(async () => {
      if (this.timer) clearInterval(this.timer);
      await this.flush();
      if (this.rows.size) log.error("Usage counts lost at shutdown", { rows: this.rows.size });
      if (this.logged.length) log.warn("Request log entries lost at shutdown", { requests: this.logged.length });
    });
  }

  get bufferedRows(): number {
    return this.rows.size;
  }

  private restore(rows: UsageCount[], lastSuccess: Map<string, number>) {
    for (const row of rows) {
      const id = rowId(row.keyId, row.minute, row.method, row.route, row.status);
      const current = this.rows.get(id);
      if (current) {
        current.count += row.count;
        current.latencyMs += row.latencyMs;
      } else if (this.rows.size < MAX_BUFFERED_ROWS) this.rows.set(id, row);
      else this.dropped += row.count;
    }
    for (const [keyId, at] of lastSuccess) if (at > (this.lastSuccess.get(keyId) ?? 0)) this.lastSuccess.set(keyId, at);
  }

  /** The newest first: what a retry keeps when the buffer cannot take everything back. */
  private restoreLog(logged: GuardedRequest[]) {
    const room = MAX_BUFFERED_LOG_ENTRIES - this.logged.length;
    const kept = room > 0 ? logged.slice(-room) : [];
    this.droppedLogEntries += logged.length - kept.length;
    this.logged = [...kept, ...this.logged];
  }

  private async writeLog(logged: GuardedRequest[]) {
    const hops = env().TRUSTED_PROXY_HOPS;
    await writeRequestLog(
      db,
      logged.map((request): LoggedRequestInput => ({
        keyId: request.keyId,
        at: request.at,
        method: request.method,
        route: request.route,
        status: request.status,
        latencyMs: request.latencyMs,
        requestId: request.requestId,
        clientIp: clientIpOf(request.forwardedFor, hops),
      })),
    );
  }

  private async write(rows: UsageCount[], lastSuccess: Map<string, number>) {
    await writeUsageCounts(db, rows);
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
