// Managing a team's webhook endpoints: the domain functions behind /api/v1/webhook-endpoints
// and the settings UI. Every lookup is team-scoped (another team's endpoint is a 404), input
// is validated with the schemas in ./schemas, and URLs pass the SSRF check on create and
// update, and subscribing to an event needs its read scope (./event-access). Secrets leave
// this module only in the create and rotate results.
import { newestFirst } from "@/lib/http/pagination";
import type { Page } from "@/lib/http/wire-schemas";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-error";
import { env } from "@/lib/env";
import type { Scope } from "@/lib/keys/scopes";
import { TEST_EVENT_TYPE, buildPayload, newEventId, storeEvent, type SubscribableEventType } from "./events";
import { disableEndpoint } from "./disable-endpoint";
import { assertMaySubscribe, deniedEvents, grantedReadScopes, type DeniedEvent } from "./event-access";
import {
  createWebhookEndpointBody,
  listWebhookDeliveriesQuery,
  listWebhookEndpointsQuery,
  updateWebhookEndpointBody,
  type CreateWebhookEndpointInput,
  type RotatedSecret,
  type TestEventResult,
  type UpdateWebhookEndpointInput,
  type WebhookDeliveryResource,
  type WebhookEndpointResource,
  type WebhookEndpointWithSecret,
} from "./schemas";
import { generateWebhookSecret } from "./secrets";
import { DELIVERY_SELECT, ENDPOINT_SELECT, serializeDelivery, serializeEndpoint } from "./serialize";
import { UnsafeWebhookUrlError, assertDeliverableUrl, type Resolver } from "./ssrf";

/** How long the replaced secret keeps signing after a rotation. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;
export const MANUALLY_DISABLED_REASON = "Disabled by a member of your team.";

export const ENDPOINTS_KEYSET = newestFirst("whk");
export const DELIVERIES_KEYSET = newestFirst("dlv");

export interface EndpointOptions {
  now?: Date;
  /** Defaults to WEBHOOKS_ALLOW_PRIVATE_URLS. */
  allowPrivate?: boolean;
  resolve?: Resolver;
  /**
   * The scopes of whoever makes the change: the calling API key's, or those of the person's
   * role in the settings UI. Required, so that no caller subscribes beyond them by forgetting.
   */
  actorScopes: readonly Scope[];
}

export function endpointNotFound(id: string): DomainError {
  return new DomainError("not_found", `No webhook endpoint ${id} in this team.`);
}

async function assertSafeUrl(url: string, options: EndpointOptions): Promise<void> {
  try {
    await assertDeliverableUrl(url, {
      allowPrivate: options.allowPrivate ?? env().WEBHOOKS_ALLOW_PRIVATE_URLS,
      resolve: options.resolve,
    });
  } catch (error) {
    if (!(error instanceof UnsafeWebhookUrlError)) throw error;
    throw new DomainError("validation_failed", error.message, {
      fieldErrors: [{ field: "url", message: error.message }],
    });
  }
}

async function endpointIdOrThrow(teamId: string, id: string): Promise<string> {
  const row = await db.webhookEndpoint.findFirst({ where: { id, teamId }, select: { id: true } });
  if (!row) throw endpointNotFound(id);
  return row.id;
}

/** Creates an endpoint with a new signing secret, returned this once. */
export async function createEndpoint(
  teamId: string,
  input: CreateWebhookEndpointInput,
  options: EndpointOptions,
): Promise<WebhookEndpointWithSecret> {
  const data = createWebhookEndpointBody.parse(input);
  const { actorScopes } = options;
  assertMaySubscribe(data.enabled_events, actorScopes);
  await assertSafeUrl(data.url, options);
  const secret = generateWebhookSecret();
  const now = options.now ?? new Date();
  const row = await db.webhookEndpoint.create({
    data: {
      teamId,
      url: data.url,
      description: data.description,
      enabledEvents: data.enabled_events,
      grantedScopes: grantedReadScopes(actorScopes),
      secret,
      createdAt: now,
    },
    select: ENDPOINT_SELECT,
  });
  return { ...serializeEndpoint(row), secret };
}

/** The team's endpoints, newest first. */
export async function listEndpoints(
  teamId: string,
  query: Partial<{ limit: number; cursor: string }> = {},
): Promise<Page<WebhookEndpointResource>> {
  const { limit, cursor } = listWebhookEndpointsQuery.parse(query);
  const rows = await db.webhookEndpoint.findMany({
    where: { teamId, AND: [ENDPOINTS_KEYSET.after(ENDPOINTS_KEYSET.decode(cursor))] },
    select: ENDPOINT_SELECT,
    orderBy: ENDPOINTS_KEYSET.orderBy(),
    take: ENDPOINTS_KEYSET.take(limit),
  });
  return ENDPOINTS_KEYSET.page(rows, limit, serializeEndpoint);
}

export async function getEndpoint(teamId: string, id: string): Promise<WebhookEndpointResource> {
  const row = await db.webhookEndpoint.findFirst({ where: { id, teamId }, select: ENDPOINT_SELECT });
  if (!row) throw endpointNotFound(id);
  return serializeEndpoint(row);
}

/**
 * Changes the fields sent. Disabling gives up the pending deliveries; enabling clears the
 * reason and the failure streak, and the endpoint receives events from then on.
 *
 * A new URL or new events re-subscribe the endpoint, so the actor must read every event it
 * then subscribes to (a new URL alone would otherwise redirect data the actor may not read),
 * and its grant becomes the actor's read scopes.
 */
export async function updateEndpoint(
  teamId: string,
  id: string,
  input: UpdateWebhookEndpointInput,
  options: EndpointOptions,
): Promise<WebhookEndpointResource> {
  const data = updateWebhookEndpointBody.parse(input);
  if (data.url !== undefined) await assertSafeUrl(data.url, options);
  const row = await db.$transaction(async (tx) => {
    const current = await tx.webhookEndpoint.findFirst({
      where: { id, teamId },
      select: { status: true, enabledEvents: true },
    });
    if (!current) throw endpointNotFound(id);
    const resubscribing = data.url !== undefined || data.enabled_events !== undefined;
    if (resubscribing)
      assertMaySubscribe(
        data.enabled_events ?? (current.enabledEvents as SubscribableEventType[]),
        options.actorScopes,
      );
    if (data.status === "disabled" && current.status === "enabled")
      await disableEndpoint(tx, id, MANUALLY_DISABLED_REASON);
    const enabling = data.status === "enabled" && current.status === "disabled";
    return tx.webhookEndpoint.update({
      where: { id },
      data: {
        url: data.url,
        description: data.description,
        enabledEvents: data.enabled_events,
        grantedScopes: resubscribing ? grantedReadScopes(options.actorScopes) : undefined,
        ...(enabling ? { status: "enabled", disabledReason: null, failingSince: null } : {}),
      },
      select: ENDPOINT_SELECT,
    });
  });
  return serializeEndpoint(row);
}

/**
 * The events the endpoint subscribes to but its grant does not read, which fan-out withholds
 * (an endpoint from before grants, whose team had a key that could not read them).
 */
export async function withheldEvents(teamId: string, id: string): Promise<DeniedEvent[]> {
  const row = await db.webhookEndpoint.findFirst({
    where: { id, teamId },
    select: { enabledEvents: true, grantedScopes: true },
  });
  if (!row) throw endpointNotFound(id);
  return deniedEvents(row.enabledEvents as SubscribableEventType[], row.grantedScopes);
}

/** Deletes the endpoint with its deliveries and their attempts. */
export async function deleteEndpoint(teamId: string, id: string): Promise<void> {
  const { count } = await db.webhookEndpoint.deleteMany({ where: { id, teamId } });
  if (count === 0) throw endpointNotFound(id);
}

/**
 * Replaces the signing secret. The replaced one keeps signing (a second signature in
 * webhook-signature) for ROTATION_OVERLAP_MS, so receivers can switch without missing
 * a delivery. Rotating again within the overlap drops the oldest secret.
 */
export async function rotateSecret(
  teamId: string,
  id: string,
  options: Pick<EndpointOptions, "now"> = {},
): Promise<RotatedSecret> {
  const now = options.now ?? new Date();
  const secret = generateWebhookSecret();
  const previousSecretExpiresAt = new Date(now.getTime() + ROTATION_OVERLAP_MS);
  const row = await db.$transaction(async (tx) => {
    const current = await tx.webhookEndpoint.findFirst({ where: { id, teamId }, select: { secret: true } });
    if (!current) throw endpointNotFound(id);
    return tx.webhookEndpoint.update({
      where: { id },
      data: { secret, previousSecret: current.secret, previousSecretExpiresAt },
      select: ENDPOINT_SELECT,
    });
  });
  return { ...serializeEndpoint(row), secret, previous_secret_expires_at: previousSecretExpiresAt.toISOString() };
}

/**
 * Queues a `webhook.test` event for this endpoint only (it is never fanned out to others).
 * The worker delivers it like any event, signed, retried and listed under deliveries.
 */
export async function sendTestEvent(
  teamId: string,
  id: string,
  options: Pick<EndpointOptions, "now"> = {},
): Promise<TestEventResult> {
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findFirst({ where: { id, teamId }, select: { id: true, status: true } });
    if (!endpoint) throw endpointNotFound(id);
    if (endpoint.status !== "enabled")
      throw new DomainError("conflict", "This endpoint is disabled. Enable it to send a test event.");
    const payload = buildPayload(
      newEventId(),
      TEST_EVENT_TYPE,
      { object: "webhook_test", endpoint_id: id, message: "This is a test event from Mavio." },
      now,
    );
    await storeEvent(tx, teamId, payload, now);
    const delivery = await tx.webhookDelivery.create({
      data: { endpointId: id, eventId: payload.id, nextAttemptAt: now, createdAt: now },
      select: { id: true },
    });
    return { event_id: payload.id, delivery_id: delivery.id };
  });
}

/** The endpoint's deliveries, newest first, each with every attempt. */
export async function listDeliveries(
  teamId: string,
  endpointId: string,
  query: Partial<{ limit: number; cursor: string; status: WebhookDeliveryResource["status"] }> = {},
): Promise<Page<WebhookDeliveryResource>> {
  const { limit, cursor, status } = listWebhookDeliveriesQuery.parse(query);
  const position = DELIVERIES_KEYSET.decode(cursor);
  await endpointIdOrThrow(teamId, endpointId);
  const rows = await db.webhookDelivery.findMany({
    where: { endpointId, status, AND: [DELIVERIES_KEYSET.after(position)] },
    select: DELIVERY_SELECT,
    orderBy: DELIVERIES_KEYSET.orderBy(),
    take: DELIVERIES_KEYSET.take(limit),
  });
  return DELIVERIES_KEYSET.page(rows, limit, serializeDelivery);
}
