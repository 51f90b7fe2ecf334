// Claiming due deliveries. The claim moves next_attempt_at to the end of a lease in the
// same statement that locks the rows (FOR UPDATE SKIP LOCKED), so concurrent workers never
// take the same delivery, and a worker that dies holding claims loses them when the lease
// ends: they are due again and another worker resends them. The lease end doubles as the
// claim's fencing token: only the holder of the current lease may record the outcome.
import { db, qualifiedTable } from "@/lib/db";

export interface ClaimedDelivery {
  id: string;
  endpointId: string;
  eventId: string;
  /** Attempts recorded before this one. */
  attemptCount: number;
  /** next_attempt_at as set by this claim; recording the outcome requires it unchanged. */
  leaseUntil: Date;
}

export async function claimDueDeliveries(now: Date, options: { limit: number; leaseMs: number }): Promise<ClaimedDelivery[]> {
  if (options.limit <= 0) return [];
  const deliveries = qualifiedTable("webhook_deliveries");
  const endpoints = qualifiedTable("webhook_endpoints");
  const leaseUntil = new Date(now.getTime() + options.leaseMs);
  return db.$queryRaw<ClaimedDelivery[]>`
    WITH due AS (
      SELECT delivery.id FROM ${deliveries} delivery
      JOIN ${endpoints} endpoint ON endpoint.id = delivery.endpoint_id
      WHERE delivery.status = 'pending' AND delivery.next_attempt_at <= ${now} AND endpoint.status = 'enabled'
      ORDER BY delivery.next_attempt_at
      LIMIT ${options.limit}
      FOR UPDATE OF delivery SKIP LOCKED
    )
    UPDATE ${deliveries} claimed SET next_attempt_at = ${leaseUntil}, updated_at = ${now}
    FROM due WHERE claimed.id = due.id
    RETURNING claimed.id, claimed.endpoint_id AS "endpointId", claimed.event_id AS "eventId",
      claimed.attempt_count AS "attemptCount", claimed.next_attempt_at AS "leaseUntil"`;
}
