// The settings forms' view of the webhook schemas: what the dialogs hold, how they are
// parsed (the same schemas as POST/PATCH /webhook-endpoints, so the person sees the same
// messages in the browser and from the server action), and what each action answers.
// Client-safe.
import { z } from "zod";
import type { Page } from "@/lib/http/wire-schemas";
import { WEBHOOK_EVENTS, type SubscribableEventType } from "./events";
import {
  createWebhookEndpointBody,
  webhookDeliveryStatus,
  webhookEndpointId,
  webhookEndpointStatus,
  webhookUrl,
  type WebhookDeliveryResource,
  type WebhookEndpointResource,
} from "./schemas";
import { issueMessages, type FieldErrors, type FormFailure } from "@/lib/forms/results";
import { refusalOf } from "@/lib/permissions/permissions";

/** Why members see webhook management disabled: the same words the server answers with. */
export const WEBHOOKS_MANAGER_ONLY_REASON = refusalOf("webhooks.write");

/** The event types grouped by resource, in WEBHOOK_EVENTS order: the form's checkbox groups. */
export const WEBHOOK_EVENT_GROUPS = [...new Set(WEBHOOK_EVENTS.map((event) => event.resource))].map((resource) => ({
  resource,
  events: WEBHOOK_EVENTS.filter((event) => event.resource === resource),
}));

export const ALL_EVENT_TYPES: SubscribableEventType[] = WEBHOOK_EVENTS.map((event) => event.type);

// ---------------------------------------------------------------- the endpoint form

/** URL, description and events: the create body, also the full edit of an endpoint. */
export const endpointFormSchema = createWebhookEndpointBody;

export interface EndpointFormValues {
  url: string;
  description: string;
  enabled_events: SubscribableEventType[];
}

export type EndpointField = keyof EndpointFormValues;

const ENDPOINT_FIELDS: readonly EndpointField[] = ["url", "description", "enabled_events"];

/** Where a schema's or the domain's field goes in the endpoint form. */
export function endpointFieldOf(field: PropertyKey | undefined): EndpointField | null {
  return ENDPOINT_FIELDS.includes(field as EndpointField) ? (field as EndpointField) : null;
}

export type EndpointFormData = z.output<typeof endpointFormSchema>;

export type EndpointFormResult =
  | { success: true; data: EndpointFormData }
  | { success: false; fieldErrors: FieldErrors<EndpointField>; formError?: string };

export function parseEndpointForm(values: unknown): EndpointFormResult {
  const parsed = endpointFormSchema.safeParse(values);
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, ...issueMessages(parsed.error, endpointFieldOf) };
}

/** The URL field alone, checked as the person leaves it (the DNS-based SSRF check is the server's). */
export function urlProblem(url: string): string | undefined {
  const parsed = webhookUrl.safeParse(url);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

/** Plain http is allowed (local testing, internal tools) but the payloads travel unencrypted. */
export function usesPlainHttp(url: string): boolean {
  return /^\s*http:\/\//i.test(url);
}

// ---------------------------------------------------------------- the other actions

export const endpointRefSchema = z.object({ endpointId: webhookEndpointId });

export const updateEndpointFormSchema = z.object({ endpointId: webhookEndpointId, values: z.unknown() });

export const endpointStatusFormSchema = z.object({ endpointId: webhookEndpointId, status: webhookEndpointStatus });

export const deliveriesPageFormSchema = z.object({
  endpointId: webhookEndpointId,
  cursor: z.string().max(500).optional(),
  status: webhookDeliveryStatus.optional(),
});

/** How many deliveries a page of the detail view shows. */
export const DELIVERIES_PAGE_SIZE = 10;

// ---------------------------------------------------------------- results

/** The secret in a successful result is only ever held by the open dialog. */
export type CreateEndpointResult =
  { ok: true; endpoint: WebhookEndpointResource; secret: string } | FormFailure<EndpointField>;
export type UpdateEndpointResult = { ok: true; endpoint: WebhookEndpointResource } | FormFailure<EndpointField>;
export type SetEndpointStatusResult = { ok: true; endpoint: WebhookEndpointResource } | FormFailure;
export type RotateSecretResult = { ok: true; secret: string; previousSecretExpiresAt: string } | FormFailure;
export type SendTestEventResult = { ok: true; eventId: string; deliveryId: string } | FormFailure;
export type DeleteEndpointResult = { ok: true } | FormFailure;
export type LoadDeliveriesResult = { ok: true; page: Page<WebhookDeliveryResource> } | FormFailure;
