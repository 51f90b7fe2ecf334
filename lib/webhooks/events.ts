// The webhook event types (API.md "Webhooks") as data, and the outbox write. Types, the
// endpoint schemas, the settings UI's checkboxes and the OpenAPI text all derive from
// WEBHOOK_EVENTS. Client-safe: no server imports (the Prisma import is types only).
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/keys/scopes";

/**
 * What each event announces and carries. Every event is written by the domain function
 * that makes the change, inside its transaction (see emitWebhookEvent), with
 * `data.object` the resource as the API returns it after the change:
 *
 * - meeting.created / meeting.updated: the Meeting (POST /meetings, PATCH /meetings/{id}).
 * - meeting.deleted: the Meeting as it was just before the deletion. Its transcript, notes,
 *   action items and channel links go with it without events of their own.
 * - transcript.updated: what the endpoint returned plus `meeting_id` (a segment or a speaker
 *   mapping alone does not name its meeting). A segment edit carries the TranscriptSegment
 *   (it has an `id`); a speaker mapping carries the TranscriptSpeaker (`speaker_label`,
 *   `speaker_id`, `name`, `segment_count`, no `id`).
 * - note.created / note.updated: the Note. Deleting a note announces nothing (no note.deleted).
 * - action_item.created / action_item.updated: the ActionItem, on every create and update.
 *   action_item.completed: the same ActionItem, additionally, when a change makes the item
 *   done (created as done, or moved to done from open or cancelled; not when it already was).
 *   So a completion through PATCH emits both action_item.updated and action_item.completed:
 *   an endpoint subscribed to updates alone still sees every state of the item, and one that
 *   wants completions only subscribes to action_item.completed. Deleting an item announces nothing.
 * - channel.updated: the Channel after a PATCH, a member added or removed, or a meeting put in
 *   (when not already there) or taken out. Creating or deleting a channel announces nothing
 *   (API.md has no channel.created / channel.deleted).
 * - api_key.exposed: an ApiKeyExposure (lib/secret-scanning/schemas.ts), once per key and
 *   place when secret scanning reports one of the team's keys in public, whether or not the
 *   report revoked it. Its read scope is team:read, as keys belong to the team.
 *
 * A request that fails (any 4xx, or an error that rolls its transaction back) announces nothing.
 *
 * `readScope` is the scope that reads what the event carries: an endpoint receives the event
 * only if whoever subscribed it holds that scope (see ./event-access).
 */
export const WEBHOOK_EVENTS = [
  { type: "meeting.created", resource: "Meetings", readScope: "meetings:read", description: "A meeting was created." },
  {
    type: "meeting.updated",
    resource: "Meetings",
    readScope: "meetings:read",
    description: "A meeting's details or status changed.",
  },
  {
    type: "meeting.deleted",
    resource: "Meetings",
    readScope: "meetings:read",
    description: "A meeting was deleted (the payload is the meeting as it was).",
  },
  {
    type: "transcript.updated",
    resource: "Transcripts",
    readScope: "transcripts:read",
    description: "A transcript segment was edited or a speaker label was mapped.",
  },
  { type: "note.created", resource: "Notes", readScope: "notes:read", description: "A note was added to a meeting." },
  { type: "note.updated", resource: "Notes", readScope: "notes:read", description: "A note was edited." },
  {
    type: "action_item.created",
    resource: "Action items",
    readScope: "action-items:read",
    description: "An action item was created.",
  },
  {
    type: "action_item.updated",
    resource: "Action items",
    readScope: "action-items:read",
    description: "An action item changed, completions included.",
  },
  {
    type: "action_item.completed",
    resource: "Action items",
    readScope: "action-items:read",
    description: "An action item was marked done (also sent as action_item.updated).",
  },
  {
    type: "channel.updated",
    resource: "Channels",
    readScope: "channels:read",
    description: "A channel, its members or its meetings changed.",
  },
  {
    type: "api_key.exposed",
    resource: "API keys",
    readScope: "team:read",
    description:
      "Secret scanning found one of the team's API keys in public (revoked unless the team chose Alert only).",
  },
] as const satisfies readonly { type: string; resource: string; readScope: Scope; description: string }[];

/**
 * Sent by "Send test event" (POST /webhook-endpoints/{id}/test) to that one endpoint only.
 * Not subscribable: it is never in enabled_events and never fanned out.
 */
export const TEST_EVENT_TYPE = "webhook.test";

export type SubscribableEventType = (typeof WEBHOOK_EVENTS)[number]["type"];
export type WebhookEventType = SubscribableEventType | typeof TEST_EVENT_TYPE;

export const SUBSCRIBABLE_EVENT_TYPES = WEBHOOK_EVENTS.map((event) => event.type) as [
  SubscribableEventType,
  ...SubscribableEventType[],
];

/** An event type an endpoint can subscribe to. */
export const subscribableEventType = z.enum(SUBSCRIBABLE_EVENT_TYPES).meta({ description: "A webhook event type." });

/** Any type a delivery can carry, the test event included. */
export const webhookEventType = z.enum([...SUBSCRIBABLE_EVENT_TYPES, TEST_EVENT_TYPE]);

/** The body every delivery POSTs: `{ id, type, timestamp, data: { object } }`. */
export interface WebhookPayload {
  id: string;
  type: WebhookEventType;
  timestamp: string;
  data: { object: Record<string, unknown> };
}

/** `evt_` + 24 hex digits, the shape of the database's mavio_id('evt'), made here so the payload can carry it. */
export function newEventId(): string {
  return `evt_${globalThis.crypto.randomUUID().replaceAll("-", "").slice(0, 24)}`;
}

export function buildPayload(id: string, type: WebhookEventType, object: object, occurredAt: Date): WebhookPayload {
  // Through JSON once, so Dates become ISO strings and what is stored is what is sent.
  const data = JSON.parse(JSON.stringify({ object })) as WebhookPayload["data"];
  return { id, type, timestamp: occurredAt.toISOString(), data };
}

export interface EmitWebhookEvent {
  teamId: string;
  type: SubscribableEventType;
  /** The resource as the API returns it (snake_case wire shape). */
  object: object;
  occurredAt?: Date;
}

/**
 * Writes an event to the outbox inside the caller's transaction, so it exists if and only
 * if the change it announces commits. The worker fans it out to the team's endpoints and
 * delivers it later, outside the request.
 */
export async function emitWebhookEvent(tx: Prisma.TransactionClient, event: EmitWebhookEvent): Promise<WebhookPayload> {
  if (typeof (tx as { $transaction?: unknown }).$transaction === "function") {
    throw new Error(
      "emitWebhookEvent must be given the transaction client of the change it announces, not the database client.",
    );
  }
  const type = subscribableEventType.parse(event.type);
  const occurredAt = event.occurredAt ?? new Date();
  const payload = buildPayload(newEventId(), type, event.object, occurredAt);
  await storeEvent(tx, event.teamId, payload);
  return payload;
}

/** The outbox row of a built payload; `fannedOutAt` set means the caller created its deliveries itself. */
export async function storeEvent(
  tx: Prisma.TransactionClient,
  teamId: string,
  payload: WebhookPayload,
  fannedOutAt: Date | null = null,
): Promise<void> {
  await tx.webhookEvent.create({
    data: {
      id: payload.id,
      teamId,
      type: payload.type,
      payload: payload as unknown as Prisma.InputJsonObject,
      createdAt: new Date(payload.timestamp),
      fannedOutAt,
    },
    select: { id: true },
  });
}
