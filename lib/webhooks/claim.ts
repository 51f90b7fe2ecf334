// Claiming due deliveries. The claim moves next_attempt_at to the end of a lease in the
// same statement that locks the rows (FOR UPDATE SKIP LOCKED), so concurrent workers never
// take the same delivery, and a worker that dies holding claims loses them when the lease
// ends: they are due again and another worker resends them. The lease end doubles as the
// claim's fencing token: only the holder of the current lease may record the outcome.
//
// Claims are fair across teams: no endpoint has more than MAX_IN_FLIGHT_PER_ENDPOINT and no
// team more than MAX_IN_FLIGHT_PER_TEAM deliveries in flight (leased_until still ahead),
// counted over every worker, and the free slots go round-robin: each team's oldest due
// delivery first, then each team's second, and so on. A team whose receivers hang can
// hold only its own share of the slots, never the other teams' deliveries.
import { db, qualifiedTable } from "@/lib/db";

/** Attempts in flight at once to one endpoint, over all workers. */
export const MAX_IN_FLIGHT_PER_ENDPOINT = 2;
/** Attempts in flight at once to one team's endpoints, over all workers (half of a default worker's 8 slots). */
export const MAX_IN_FLIGHT_PER_TEAM = 4;

export interface ClaimedDelivery {
  id: string;
  endpointId: string;
  eventId: string;
  /** Attempts recorded before this one. */
  attemptCount: number;
  /** next_attempt_at as set by this claim; recording the outcome requires it unchanged. */
  leaseUntil: Date;
}

export async function claimDueDeliveries(
  now: Date,
  options: { limit: number; leaseMs: number },
): Promise<ClaimedDelivery[]> {
  if (options.limit <= 0) return [];
  const deliveries = qualifiedTable("webhook_deliveries");
  const endpoints = qualifiedTable("webhook_endpoints");
  const leaseUntil = new Date(now.getTime() + options.leaseMs);
  // The bounds count leases other workers took: two claims reading the same counts at once
  // could each fill a team's share. Claims are short, so they take turns (one lock per
  // schema: parallel test files, each in its own schema, do not wait for each other).
  const claimLock = `${deliveries.sql} claims`;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${claimLock}))`;
    return tx.$queryRaw<ClaimedDelivery[]>`
      WITH in_flight AS (
        SELECT delivery.endpoint_id, endpoint.team_id FROM ${deliveries} delivery
        JOIN ${endpoints} endpoint ON endpoint.id = delivery.endpoint_id
        WHERE delivery.leased_until > ${now} AND delivery.status = 'pending'
      ), endpoint_load AS (
        SELECT endpoint_id, count(*)::int AS leased FROM in_flight GROUP BY endpoint_id
      ), team_load AS (
        SELECT team_id, count(*)::int AS leased FROM in_flight GROUP BY team_id
      ), endpoint_candidates AS (
        SELECT endpoint.team_id, due.id, due.next_attempt_at, due.endpoint_turn
        FROM ${endpoints} endpoint
        LEFT JOIN endpoint_load ON endpoint_load.endpoint_id = endpoint.id
        CROSS JOIN LATERAL (
          SELECT delivery.id, delivery.next_attempt_at,
            row_number() OVER (ORDER BY delivery.next_attempt_at, delivery.id) AS endpoint_turn
          FROM ${deliveries} delivery
          WHERE delivery.endpoint_id = endpoint.id AND delivery.status = 'pending' AND delivery.next_attempt_at <= ${now}
          ORDER BY delivery.next_attempt_at, delivery.id
          LIMIT greatest(${MAX_IN_FLIGHT_PER_ENDPOINT} - coalesce(endpoint_load.leased, 0), 0)
        ) due
        WHERE endpoint.status = 'enabled'
      ), team_candidates AS (
        SELECT candidate.id, candidate.next_attempt_at, team_load.leased,
          row_number() OVER (PARTITION BY candidate.team_id ORDER BY candidate.endpoint_turn, candidate.next_attempt_at, candidate.id) AS team_turn
        FROM endpoint_candidates candidate
        LEFT JOIN team_load ON team_load.team_id = candidate.team_id
      ), chosen AS (
        SELECT candidate.id FROM team_candidates candidate
        WHERE candidate.team_turn <= ${MAX_IN_FLIGHT_PER_TEAM} - coalesce(candidate.leased, 0)
        ORDER BY candidate.team_turn, candidate.next_attempt_at, candidate.id
        LIMIT ${options.limit}
      ), due AS (
        SELECT delivery.id FROM ${deliveries} delivery
        WHERE delivery.id IN (SELECT id FROM chosen) AND delivery.status = 'pending' AND delivery.next_attempt_at <= ${now}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE ${deliveries} claimed SET next_attempt_at = ${leaseUntil}, leased_until = ${leaseUntil}, updated_at = ${now}
      FROM due WHERE claimed.id = due.id
      RETURNING claimed.id, claimed.endpoint_id AS "endpointId", claimed.event_id AS "eventId",
        claimed.attempt_count AS "attemptCount", claimed.next_attempt_at AS "leaseUntil"`;
  });
}
