// Wire shapes of webhook endpoints and deliveries (API.md "Resources" and "Webhooks"): the
// bodies the management API validates, the resources it returns, and the settings UI's
// forms. Client-safe: the DNS-based SSRF check runs in the domain functions, not here.
import { z } from "zod";
import { idSchema, paginationQuery, timestamp } from "@/lib/http/wire-schemas";
import { subscribableEventType, webhookEventType } from "./events";

export const webhookEndpointId = idSchema("whk", "A webhook endpoint id (`whk_...`).");
export const webhookEventId = idSchema(
  "evt",
  "A webhook event id (`evt_...`); also the `webhook-id` header of its deliveries.",
);
export const webhookDeliveryId = idSchema("dlv", "A webhook delivery id (`dlv_...`).");

export const WEBHOOK_ENDPOINT_STATUSES = ["enabled", "disabled"] as const;
export const WEBHOOK_DELIVERY_STATUSES = ["pending", "succeeded", "failed"] as const;

export const webhookEndpointStatus = z.enum(WEBHOOK_ENDPOINT_STATUSES).meta({
  description: "`disabled` endpoints receive nothing; Mavio disables an endpoint that answers 410 or fails for 5 days.",
});
export const webhookDeliveryStatus = z
  .enum(WEBHOOK_DELIVERY_STATUSES)
  .meta({ description: "`pending` until it succeeds or runs out of retries." });

function parseUrlOrNull(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

export const webhookUrl = z
  .string()
  .trim()
  .max(2048, { error: "Use a URL of at most 2048 characters." })
  .pipe(z.url({ protocol: /^https?$/, error: "Enter a full http(s) URL, e.g. https://example.com/webhooks." }))
  // Runs even when the URL check above failed (zod keeps checking after a non-fatal issue): unparseable input is that check's to report.
  .refine(
    (value) => {
      const url = parseUrlOrNull(value);
      return !url || (!url.username && !url.password);
    },
    {
      error: "Remove the user name and password from the URL; use the signing secret to authenticate deliveries.",
    },
  )
  .meta({
    description: "Where deliveries are POSTed. Must resolve to a public address.",
    example: "https://example.com/webhooks/mavio",
  });

const description = z
  .string()
  .trim()
  .max(500, { error: "Use at most 500 characters." })
  .meta({ example: "Sync action items to our tracker" });

export const enabledEvents = z
  .array(subscribableEventType)
  .min(1, { error: "Choose at least one event." })
  .transform((types) => [...new Set(types)])
  .meta({ description: "The event types delivered to this endpoint." });

export const createWebhookEndpointBody = z
  .strictObject({
    url: webhookUrl,
    description: description.default(""),
    enabled_events: enabledEvents,
  })
  .meta({ id: "CreateWebhookEndpoint" });

export type CreateWebhookEndpointInput = z.input<typeof createWebhookEndpointBody>;

export const updateWebhookEndpointBody = z
  .strictObject({
    url: webhookUrl.optional(),
    description: description.optional(),
    enabled_events: enabledEvents.optional(),
    status: webhookEndpointStatus
      .optional()
      .meta({ description: "`enabled` re-enables an endpoint Mavio disabled; its backlog is not replayed." }),
  })
  .meta({ id: "UpdateWebhookEndpoint", description: "Only the fields sent change." });

export type UpdateWebhookEndpointInput = z.input<typeof updateWebhookEndpointBody>;

export const listWebhookEndpointsQuery = z.strictObject({ ...paginationQuery });
export type ListWebhookEndpointsQuery = z.output<typeof listWebhookEndpointsQuery>;

export const listWebhookDeliveriesQuery = z.strictObject({
  ...paginationQuery,
  status: webhookDeliveryStatus.optional().meta({ description: "Only deliveries in this state." }),
});
export type ListWebhookDeliveriesQuery = z.output<typeof listWebhookDeliveriesQuery>;

// ---------------------------------------------------------------- resources

export const WEBHOOK_ENDPOINT_EXAMPLE = {
  id: "whk_8c1d2e3f4a5b6c7d8e9f0a1b",
  url: "https://example.com/webhooks/mavio",
  description: "Sync action items to our tracker",
  enabled_events: ["action_item.created", "action_item.completed"],
  status: "enabled",
  disabled_reason: null,
  failing_since: null,
  created_at: "2026-11-20T09:30:00.000Z",
  updated_at: "2026-11-20T09:30:00.000Z",
} as const;

export const webhookEndpointSchema = z
  .strictObject({
    id: webhookEndpointId,
    url: z.string(),
    description: z.string(),
    enabled_events: z.array(subscribableEventType),
    status: webhookEndpointStatus,
    disabled_reason: z.string().nullable().meta({ description: "Why the endpoint is disabled, when it is." }),
    failing_since: timestamp
      .nullable()
      .meta({ description: "Start of the current run of failed deliveries; null after a success." }),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .meta({ id: "WebhookEndpoint", examples: [WEBHOOK_ENDPOINT_EXAMPLE] });

export type WebhookEndpointResource = z.infer<typeof webhookEndpointSchema>;

export const webhookSecret = z
  .string()
  .nullable()
  .meta({
    description:
      "The signing secret (`whsec_...`). Shown only in this response: store it now. Mavio does not keep it for replays: a retry with the same " +
      "`Idempotency-Key` answers `null` here (with `Idempotent-Replayed: true` and `Idempotent-Omitted: secret`); " +
      "to get a usable secret then, rotate it with `POST /webhook-endpoints/{id}/rotate-secret`.",
    example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  });

export const webhookEndpointWithSecretSchema = webhookEndpointSchema.extend({ secret: webhookSecret }).meta({
  id: "WebhookEndpointWithSecret",
  examples: [{ ...WEBHOOK_ENDPOINT_EXAMPLE, secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }],
});

/** What creating an endpoint returns (the wire schema also covers replays, whose secret is null). */
export type WebhookEndpointWithSecret = WebhookEndpointResource & { secret: string };

export const rotatedSecretSchema = webhookEndpointWithSecretSchema
  .extend({
    previous_secret_expires_at: timestamp.meta({
      description: "Until then deliveries carry a signature with the previous secret too.",
    }),
  })
  .meta({ id: "RotatedWebhookSecret" });

export type RotatedSecret = WebhookEndpointWithSecret & { previous_secret_expires_at: string };

export const webhookAttemptSchema = z
  .strictObject({
    attempted_at: timestamp,
    status_code: z
      .number()
      .int()
      .nullable()
      .meta({ description: "The receiver's HTTP status; null when it did not answer." }),
    duration_ms: z.number().int().min(0),
    error: z
      .string()
      .nullable()
      .meta({ description: "Why the attempt failed without a status (timeout, refused address, ...)." }),
    response_body: z.string().nullable().meta({ description: "The first kilobyte of the receiver's answer." }),
  })
  .meta({ id: "WebhookAttempt" });

export const webhookDeliverySchema = z
  .strictObject({
    id: webhookDeliveryId,
    endpoint_id: webhookEndpointId,
    event_id: webhookEventId,
    event_type: webhookEventType,
    status: webhookDeliveryStatus,
    attempt_count: z.number().int().min(0),
    next_attempt_at: timestamp.nullable().meta({ description: "When the next attempt is due, while pending." }),
    created_at: timestamp,
    updated_at: timestamp,
    attempts: z.array(webhookAttemptSchema).meta({ description: "Every attempt, oldest first." }),
  })
  .meta({ id: "WebhookDelivery" });

export type WebhookDeliveryResource = z.infer<typeof webhookDeliverySchema>;

export const testEventResultSchema = z.strictObject({ event_id: webhookEventId, delivery_id: webhookDeliveryId }).meta({
  id: "WebhookTestEvent",
  description: "The queued `webhook.test` event; follow it under the endpoint's deliveries.",
});

export type TestEventResult = z.infer<typeof testEventResultSchema>;
