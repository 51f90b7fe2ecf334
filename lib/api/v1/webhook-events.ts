// What each webhook event delivers, as schemas: the resource in `data.object` per event
// type (lib/webhooks/events.ts says when each is emitted) and the envelope around it. The
// OpenAPI document renders them under `webhooks`, and the emission tests check payloads
// against that rendering.
import { z } from "zod";
import { ACTION_ITEM_EXAMPLE, actionItemSchema } from "@/lib/action-items/schemas";
import { CHANNEL_EXAMPLE, channelSchema } from "@/lib/channels/schemas";
import { MEETING_EXAMPLE, meetingSchema } from "@/lib/meetings/schemas";
import { NOTE_EXAMPLE, noteSchema } from "@/lib/notes/schemas";
import { API_KEY_EXPOSURE_EXAMPLE, apiKeyExposureSchema } from "@/lib/secret-scanning/schemas";
import { SEGMENT_CHANGE_EXAMPLE, segmentChangeSchema, speakerChangeSchema } from "@/lib/transcripts/schemas";
import { TEST_EVENT_TYPE, WEBHOOK_EVENTS, type WebhookEventType } from "@/lib/webhooks/events";
import { webhookEndpointId, webhookEventId } from "@/lib/webhooks/schemas";
import { timestamp } from "@/lib/http/wire-schemas";

const TEST_OBJECT_EXAMPLE = {
  object: "webhook_test",
  endpoint_id: "whk_8c1d2e3f4a5b6c7d8e9f0a1b",
  message: "This is a test event from Mavio.",
} as const;

const testEventObject = z
  .strictObject({
    object: z.literal("webhook_test"),
    endpoint_id: webhookEndpointId,
    message: z.string().meta({ example: "This is a test event from Mavio." }),
  })
  .meta({ id: "WebhookTestObject" });

const meeting = { schema: meetingSchema, example: MEETING_EXAMPLE };
const note = { schema: noteSchema, example: NOTE_EXAMPLE };
const actionItem = {
  schema: actionItemSchema,
  example: { ...ACTION_ITEM_EXAMPLE, status: "open", completed_at: null },
};

/** The schema of `data.object` for each event type, with an example for the docs. */
export const WEBHOOK_EVENT_OBJECTS = {
  "meeting.created": meeting,
  "meeting.updated": meeting,
  "meeting.deleted": meeting,
  "transcript.updated": {
    schema: z.union([segmentChangeSchema, speakerChangeSchema]),
    example: SEGMENT_CHANGE_EXAMPLE,
  },
  "note.created": note,
  "note.updated": note,
  "action_item.created": actionItem,
  "action_item.updated": actionItem,
  "action_item.completed": { schema: actionItemSchema, example: ACTION_ITEM_EXAMPLE },
  "channel.updated": { schema: channelSchema, example: CHANNEL_EXAMPLE },
  "api_key.exposed": { schema: apiKeyExposureSchema, example: API_KEY_EXPOSURE_EXAMPLE },
  [TEST_EVENT_TYPE]: { schema: testEventObject, example: TEST_OBJECT_EXAMPLE },
} satisfies Record<WebhookEventType, { schema: z.ZodType; example: object }>;

/** `meeting.created` -> `MeetingCreatedEvent`. */
function componentName(type: WebhookEventType): string {
  return `${type
    .split(/[._]/)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join("")}Event`;
}

function buildPayloadSchema(type: WebhookEventType) {
  const { schema, example } = WEBHOOK_EVENT_OBJECTS[type];
  return z
    .strictObject({
      id: webhookEventId,
      type: z.literal(type),
      timestamp: timestamp.meta({ description: "When the change happened (ISO-8601, UTC)." }),
      data: z.strictObject({ object: schema }),
    })
    .meta({
      id: componentName(type),
      examples: [
        { id: "evt_5e4d3c2b1a0f9e8d7c6b5a49", type, timestamp: "2026-11-26T12:00:00.000Z", data: { object: example } },
      ],
    });
}

const payloadSchemas = new Map<WebhookEventType, ReturnType<typeof buildPayloadSchema>>();

/** The body POSTed for one event type: `{ id, type, timestamp, data: { object } }` (one schema per type: its id names an OpenAPI component). */
export function webhookPayloadSchema(type: WebhookEventType) {
  let schema = payloadSchemas.get(type);
  if (!schema) payloadSchemas.set(type, (schema = buildPayloadSchema(type)));
  return schema;
}

/** Every event type a delivery can carry, with the words for the docs. */
export const DOCUMENTED_EVENTS: { type: WebhookEventType; description: string }[] = [
  ...WEBHOOK_EVENTS.map(({ type, description }) => ({ type, description })),
  {
    type: TEST_EVENT_TYPE,
    description: "Sent to one endpoint by POST /webhook-endpoints/{id}/test; not subscribable.",
  },
];

/** The Standard Webhooks headers every delivery carries. */
export const webhookHeaders = z.object({
  "webhook-id": webhookEventId.meta({
    description: "The event id: the same on every attempt, so receivers can deduplicate.",
  }),
  "webhook-timestamp": z.string().meta({
    description: "When this attempt was signed, Unix seconds. Refuse deliveries more than 5 minutes old.",
    example: "1795694460",
  }),
  "webhook-signature": z.string().meta({
    description:
      'Space-separated `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`, keyed with the bytes base64-encoded in the secret after `whsec_`. ' +
      "During a rotation there is one signature per active secret; accept the delivery if any matches.",
    example: "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=",
  }),
});
