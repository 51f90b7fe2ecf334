import type { Prisma } from "@/lib/generated/prisma/client";
import { isoOrNull } from "@/lib/http/serialize";
import type { SubscribableEventType, WebhookEventType } from "./events";
import type { WebhookDeliveryResource, WebhookEndpointResource } from "./schemas";

/** The columns a WebhookEndpoint object shows; the secrets are not among them. */
export const ENDPOINT_SELECT = {
  id: true,
  url: true,
  description: true,
  enabledEvents: true,
  status: true,
  disabledReason: true,
  failingSince: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.WebhookEndpointSelect;

export type EndpointRow = Prisma.WebhookEndpointGetPayload<{ select: typeof ENDPOINT_SELECT }>;

export function serializeEndpoint(row: EndpointRow): WebhookEndpointResource {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    enabled_events: row.enabledEvents as SubscribableEventType[],
    status: row.status,
    disabled_reason: row.disabledReason,
    failing_since: isoOrNull(row.failingSince),
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

export const DELIVERY_SELECT = {
  id: true,
  endpointId: true,
  eventId: true,
  status: true,
  attemptCount: true,
  nextAttemptAt: true,
  createdAt: true,
  updatedAt: true,
  event: { select: { type: true } },
  attempts: {
    select: { attemptedAt: true, statusCode: true, durationMs: true, error: true, responseBody: true },
    orderBy: [{ attemptedAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.WebhookDeliverySelect;

export type DeliveryRow = Prisma.WebhookDeliveryGetPayload<{ select: typeof DELIVERY_SELECT }>;

export function serializeDelivery(row: DeliveryRow): WebhookDeliveryResource {
  return {
    id: row.id,
    endpoint_id: row.endpointId,
    event_id: row.eventId,
    event_type: row.event.type as WebhookEventType,
    status: row.status,
    attempt_count: row.attemptCount,
    next_attempt_at: row.status === "pending" ? isoOrNull(row.nextAttemptAt) : null,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
    attempts: row.attempts.map((attempt) => ({
      attempted_at: attempt.attemptedAt.toISOString(),
      status_code: attempt.statusCode,
      duration_ms: attempt.durationMs,
      error: attempt.error,
      response_body: attempt.responseBody,
    })),
  };
}
