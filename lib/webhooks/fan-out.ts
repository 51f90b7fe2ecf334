// Outbox -> deliveries: one pending delivery per (endpoint, event) for the team's enabled
// endpoints subscribed to the event's type whose granted scopes read it, then the event is
// marked fanned out. One statement, safe to run from several workers (SKIP LOCKED) and to
// repeat (the unique (endpoint_id, event_id) pair absorbs a second insert).
import { db, qualifiedTable } from "@/lib/db";
import { WEBHOOK_EVENTS } from "./events";

export const FAN_OUT_BATCH = 200;

const EVENT_TYPES = WEBHOOK_EVENTS.map((event) => event.type);
const EVENT_READ_SCOPES = WEBHOOK_EVENTS.map((event) => event.readScope);

/**
 * Fans out up to `limit` events, oldest first; returns how many were fanned out. The grant is
 * checked here, not only when subscribing: an endpoint subscribed before scopes were checked,
 * or whose grant lacks an event's scope, does not receive that event (a type with no read
 * scope in the catalog reaches nobody).
 */
export async function fanOutEvents(now: Date, limit = FAN_OUT_BATCH): Promise<number> {
  const events = qualifiedTable("webhook_events");
  const endpoints = qualifiedTable("webhook_endpoints");
  const deliveries = qualifiedTable("webhook_deliveries");
  return db.$executeRaw`
    WITH batch AS (
      SELECT id, team_id, type, created_at FROM ${events}
      WHERE fanned_out_at IS NULL
      ORDER BY created_at, id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ), created AS (
      INSERT INTO ${deliveries} (endpoint_id, event_id, status, attempt_count, next_attempt_at, created_at, updated_at)
      SELECT endpoint.id, batch.id, 'pending', 0, ${now}, ${now}, ${now}
      FROM batch
      JOIN unnest(${EVENT_TYPES}::text[], ${EVENT_READ_SCOPES}::text[]) AS access(type, read_scope) ON access.type = batch.type
      JOIN ${endpoints} endpoint ON endpoint.team_id = batch.team_id
      WHERE endpoint.status = 'enabled'
        AND batch.type = ANY (endpoint.enabled_events)
        AND access.read_scope = ANY (endpoint.granted_scopes)
        AND endpoint.created_at <= batch.created_at
      ON CONFLICT (endpoint_id, event_id) DO NOTHING
    )
    UPDATE ${events} SET fanned_out_at = ${now} FROM batch WHERE ${events}.id = batch.id`;
}
