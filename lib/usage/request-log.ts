import { Prisma } from "@/lib/generated/prisma/client";
import { qualifiedTable } from "@/lib/db";
import { REQUEST_LOG } from "./tiers";

/** What the log keeps of one answered request, beside its key and time. */
export interface LoggedRequestFields {
  method: string;
  /** Route template without /api/v1, e.g. /meetings/{id}. */
  route: string;
  status: number;
  latencyMs: number;
  requestId: string;
  clientIp: string;
}

export interface LoggedRequestInput extends LoggedRequestFields {
  keyId: string;
  /** Epoch milliseconds. */
  at: number;
}

type Executor = Pick<Prisma.TransactionClient, "$executeRaw">;

/**
 * Appends requests to their keys' logs in one statement. Each key's log is a ring: the
 * key's cursor row says how many requests it ever logged, a request takes slot
 * (that count % slots) and overwrites what the slot held, so a key never holds more than
 * `slots` rows and nothing needs counting. The cursor's upsert locks the key's row, so
 * instances flushing the same key take consecutive, distinct slots.
 */
export async function writeRequestLog(
  client: Executor,
  requests: readonly LoggedRequestInput[],
  slots: number = REQUEST_LOG.slots,
): Promise<void> {
  if (requests.length === 0) return;
  const log = qualifiedTable(REQUEST_LOG.table);
  const cursors = qualifiedTable("request_log_cursors");
  await client.$executeRaw`
    WITH input AS (
      SELECT u.*,
        row_number() OVER (PARTITION BY u.key_id ORDER BY u.at, u.request_id) AS n,
        count(*) OVER (PARTITION BY u.key_id) AS batch
      FROM unnest(
        ${requests.map((r) => r.keyId)}::text[], ${requests.map((r) => new Date(r.at).toISOString())}::timestamptz[],
        ${requests.map((r) => r.method)}::text[], ${requests.map((r) => r.route)}::text[],
        ${requests.map((r) => r.status)}::int2[], ${requests.map((r) => Math.round(r.latencyMs))}::int[],
        ${requests.map((r) => r.requestId)}::text[], ${requests.map((r) => r.clientIp)}::text[]
      ) AS u(key_id, at, method, route, status, latency_ms, request_id, client_ip)
      -- A key deleted since (with its team) must not make the whole batch fail forever.
      WHERE EXISTS (SELECT 1 FROM ${qualifiedTable("api_keys")} k WHERE k.id = u.key_id)
    ), advanced AS (
      -- In key order, so two instances flushing the same keys lock their cursors in the same order.
      INSERT INTO ${cursors} (key_id, logged)
      SELECT key_id, max(batch) FROM input GROUP BY key_id ORDER BY key_id
      ON CONFLICT (key_id) DO UPDATE SET logged = ${cursors}.logged + EXCLUDED.logged
      RETURNING key_id, logged
    )
    INSERT INTO ${log} (key_id, slot, at, method, route, status, latency_ms, request_id, client_ip)
    SELECT i.key_id, ((a.logged - i.batch + i.n - 1) % ${slots})::int,
      i.at, i.method, i.route, i.status, i.latency_ms, i.request_id, i.client_ip
    FROM input i JOIN advanced a USING (key_id)
    -- A batch longer than the ring keeps its newest requests (one row may not be written twice).
    WHERE i.n > i.batch - ${slots}
    ON CONFLICT (key_id, slot) DO UPDATE SET
      at = EXCLUDED.at, method = EXCLUDED.method, route = EXCLUDED.route, status = EXCLUDED.status,
      latency_ms = EXCLUDED.latency_ms, request_id = EXCLUDED.request_id, client_ip = EXCLUDED.client_ip`;
}
