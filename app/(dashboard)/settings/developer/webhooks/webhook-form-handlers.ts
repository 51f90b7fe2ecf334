import { z } from "zod";
import { ApiError } from "@/lib/http/errors";
import { db } from "@/lib/db";
import type { Scope } from "@/lib/keys/scopes";
import { canManageKeys, scopesOfRole } from "@/lib/auth/current-team";
import { createEndpoint, deleteEndpoint, listDeliveries, rotateSecret, updateEndpoint } from "@/lib/webhooks/endpoints";
import {
  DELIVERIES_PAGE_SIZE,
  WEBHOOKS_MANAGER_ONLY_REASON,
  deliveriesPageFormSchema,
  endpointRefSchema,
  endpointStatusFormSchema,
  fieldErrorsOf,
  isEndpointField,
  parseEndpointForm,
  updateEndpointFormSchema,
  type CreateEndpointResult,
  type DeleteEndpointResult,
  type EndpointField,
  type LoadDeliveriesResult,
  type RotateSecretResult,
  type SendTestEventResult,
  type SetEndpointStatusResult,
  type UpdateEndpointResult,
} from "@/lib/webhooks/form";
import { sendTestEventWithinLimits } from "@/lib/webhooks/test-event-limit";
import type { FieldErrors, FormFailure } from "@/lib/forms/results";

// What the webhook settings' server actions do once they know who is asking: check the
// person may manage the team's webhooks (the domain functions are team-scoped but know
// nothing of roles), parse the form with the shared schemas, call lib/webhooks, and turn
// people's mistakes into messages instead of errors. Kept apart from actions.ts so they can
// be tested without a request, and so they are not themselves callable from the browser.

/** The signed-in person; the team comes from their current context, never from the form. */
export interface WebhookActor {
  userId: string;
}

export class WebhookPermissionError extends Error {
  constructor() {
    super(WEBHOOKS_MANAGER_ONLY_REASON);
  }
}

const INVALID_REQUEST = "This request could not be understood. Reload the page and try again.";
const ENDPOINT_GONE = "This endpoint no longer exists in this team. It may have been deleted; reload the page.";

/**
 * Owners and admins of the team may change its webhooks (the API keys rule); members and
 * outsiders may not. Returns the scopes the role holds: the events it may subscribe to.
 */
async function assertCanManageWebhooks(actor: WebhookActor, teamId: string): Promise<readonly Scope[]> {
  const membership = await db.membership.findUnique({
    where: { teamId_userId: { teamId, userId: actor.userId } },
    select: { role: true },
  });
  if (!membership || !canManageKeys(membership.role)) throw new WebhookPermissionError();
  return scopesOfRole(membership.role);
}

/** Members may look: the list, an endpoint and its deliveries. Outsiders may not. */
async function assertTeamMember(actor: WebhookActor, teamId: string): Promise<void> {
  const membership = await db.membership.findUnique({
    where: { teamId_userId: { teamId, userId: actor.userId } },
    select: { id: true },
  });
  if (!membership) throw new WebhookPermissionError();
}

function apiFieldErrors(error: ApiError): FieldErrors<EndpointField> | null {
  const errors = error.extras.errors;
  if (!Array.isArray(errors)) return null;
  const fieldErrors: FieldErrors<EndpointField> = {};
  for (const entry of errors as { field?: unknown; message?: unknown }[]) {
    if (isEndpointField(entry.field) && typeof entry.message === "string") fieldErrors[entry.field] ??= entry.message;
  }
  return Object.keys(fieldErrors).length ? fieldErrors : null;
}

function failureFrom<Field extends string = never>(error: unknown, withFields = false): FormFailure<Field> {
  if (error instanceof WebhookPermissionError) return { ok: false, formError: error.message };
  if (error instanceof ApiError) {
    if (error.code === "not_found") return { ok: false, formError: ENDPOINT_GONE };
    // An event the role may not read: its message belongs next to the events.
    if (withFields && error.code === "insufficient_scope")
      return { ok: false, fieldErrors: { enabled_events: error.detail } as FieldErrors<Field> };
    const fieldErrors = withFields && error.code === "validation_failed" ? apiFieldErrors(error) : null;
    if (fieldErrors) return { ok: false, fieldErrors: fieldErrors as FieldErrors<Field> };
    // conflict (a test event to a disabled endpoint), rate_limited (too many test events), invalid_request (a stale
    // cursor): the detail is written for people.
    return { ok: false, formError: error.detail };
  }
  if (error instanceof z.ZodError) {
    const { fieldErrors, formError } = fieldErrorsOf(error);
    if (withFields && Object.keys(fieldErrors).length)
      return { ok: false, fieldErrors: fieldErrors as FieldErrors<Field>, formError };
    return { ok: false, formError: formError ?? error.issues[0]?.message ?? INVALID_REQUEST };
  }
  throw error;
}

export async function createEndpointFromForm(
  actor: WebhookActor,
  teamId: string,
  values: unknown,
): Promise<CreateEndpointResult> {
  try {
    const actorScopes = await assertCanManageWebhooks(actor, teamId);
    const form = parseEndpointForm(values);
    if (!form.success) return { ok: false, fieldErrors: form.fieldErrors, formError: form.formError };
    const { secret, ...endpoint } = await createEndpoint(teamId, form.data, { actorScopes });
    return { ok: true, endpoint, secret };
  } catch (error) {
    return failureFrom<EndpointField>(error, true);
  }
}

export async function updateEndpointFromForm(
  actor: WebhookActor,
  teamId: string,
  input: unknown,
): Promise<UpdateEndpointResult> {
  try {
    const actorScopes = await assertCanManageWebhooks(actor, teamId);
    const request = updateEndpointFormSchema.safeParse(input);
    if (!request.success) return { ok: false, formError: INVALID_REQUEST };
    const form = parseEndpointForm(request.data.values);
    if (!form.success) return { ok: false, fieldErrors: form.fieldErrors, formError: form.formError };
    const endpoint = await updateEndpoint(teamId, request.data.endpointId, form.data, { actorScopes });
    return { ok: true, endpoint };
  } catch (error) {
    return failureFrom<EndpointField>(error, true);
  }
}

export async function setEndpointStatusFromForm(
  actor: WebhookActor,
  teamId: string,
  input: unknown,
): Promise<SetEndpointStatusResult> {
  try {
    await assertCanManageWebhooks(actor, teamId);
    const request = endpointStatusFormSchema.safeParse(input);
    if (!request.success) return { ok: false, formError: INVALID_REQUEST };
    const endpoint = await updateEndpoint(teamId, request.data.endpointId, { status: request.data.status });
    return { ok: true, endpoint };
  } catch (error) {
    return failureFrom(error);
  }
}

export async function rotateSecretFromForm(
  actor: WebhookActor,
  teamId: string,
  input: unknown,
): Promise<RotateSecretResult> {
  try {
    await assertCanManageWebhooks(actor, teamId);
    const request = endpointRefSchema.safeParse(input);
    if (!request.success) return { ok: false, formError: INVALID_REQUEST };
    const rotated = await rotateSecret(teamId, request.data.endpointId);
    return { ok: true, secret: rotated.secret, previousSecretExpiresAt: rotated.previous_secret_expires_at };
  } catch (error) {
    return failureFrom(error);
  }
}

export async function sendTestEventFromForm(
  actor: WebhookActor,
  teamId: string,
  input: unknown,
): Promise<SendTestEventResult> {
  try {
    await assertCanManageWebhooks(actor, teamId);
    const request = endpointRefSchema.safeParse(input);
    if (!request.success) return { ok: false, formError: INVALID_REQUEST };
    const { event_id, delivery_id } = await sendTestEventWithinLimits(teamId, request.data.endpointId);
    return { ok: true, eventId: event_id, deliveryId: delivery_id };
  } catch (error) {
    return failureFrom(error);
  }
}

export async function deleteEndpointFromForm(
  actor: WebhookActor,
  teamId: string,
  input: unknown,
): Promise<DeleteEndpointResult> {
  try {
    await assertCanManageWebhooks(actor, teamId);
    const request = endpointRefSchema.safeParse(input);
    if (!request.success) return { ok: false, formError: INVALID_REQUEST };
    await deleteEndpoint(teamId, request.data.endpointId);
    return { ok: true };
  } catch (error) {
    return failureFrom(error);
  }
}

/** The next page of an endpoint's deliveries ("Load more"); members may read them too. */
export async function loadDeliveriesFromForm(
  actor: WebhookActor,
  teamId: string,
  input: unknown,
): Promise<LoadDeliveriesResult> {
  try {
    await assertTeamMember(actor, teamId);
    const request = deliveriesPageFormSchema.safeParse(input);
    if (!request.success) return { ok: false, formError: INVALID_REQUEST };
    const { endpointId, cursor, status } = request.data;
    const page = await listDeliveries(teamId, endpointId, { limit: DELIVERIES_PAGE_SIZE, cursor, status });
    return { ok: true, page };
  } catch (error) {
    return failureFrom(error);
  }
}
