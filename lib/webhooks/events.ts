// The webhook event types (API.md "Webhooks") as data, and the outbox write. Types, the
// endpoint schemas, the settings UI's checkboxes and the OpenAPI text all derive from
// WEBHOOK_EVENTS. Client-safe: no server imports (the Prisma import is types only).
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";

export const WEBHOOK_EVENTS = [
  { type: "meeting.created", resource: "Meetings", description: "A meeting was created." },
  { type: "meeting.updated", resource: "Meetings", description: "A meeting's details or status changed." },
  { type: "meeting.deleted", resource: "Meetings", description: "A meeting was deleted." },
  { type: "transcript.updated", resource: "Transcripts", description: "A transcript segment was edited or a speaker was mapped." },
  { type: "note.created", resource: "Notes", description: "A note was added to a meeting." },
  { type: "note.updated", resource: "Notes", description: "A note was edited." },
  { type: "action_item.created", resource: "Action items", description: "An action item was created." },
  { type: "action_item.updated", resource: "Action items", description: "An action item changed." },
  { type: "action_item.completed", resource: "Action items", description: "An action item was marked done." },
  { type: "channel.updated", resource: "Channels", description: "A channel, its members or its meetings changed." },
] as const;

/**
 * Sent by "Send test event" (POST /webhook-endpoints/{id}/test) to that one endpoint only.
 * Not subscribable: it is never in enabled_events and never fanned out.
 */
export const TEST_EVENT_TYPE = "webhook.test";

export type SubscribableEventType = (typeof WEBHOOK_EVENTS)[number]["type"];
export type WebhookEventType = SubscribableEventType | typeof TEST_EVENT_TYPE;

export const SUBSCRIBABLE_EVENT_TYPES = WEBHOOK_EVENTS.map((event) => event.type) as [SubscribableEventType, ...SubscribableEventType[]];

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
    throw new Error("emitWebhookEvent must be given the transaction client of the change it announces, not the database client.");
  }
  const type = subscribableEventType.parse(event.type);
  const occurredAt = event.occurredAt ?? new Date();
  const payload = buildPayload(newEventId(), type, event.object, occurredAt);
  await storeEvent(tx, event.teamId, payload);
  return payload;
}

/** The outbox row of a built payload; `fannedOutAt` set means the caller created its deliveries itself. */
export async function storeEvent(tx: Prisma.TransactionClient, teamId: string, payload: WebhookPayload, fannedOutAt: Date | null = null): Promise<void> {
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
