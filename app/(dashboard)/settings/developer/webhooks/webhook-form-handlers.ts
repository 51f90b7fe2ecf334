import { INVALID_REQUEST, type FailureOptions } from "@/lib/forms/failure";
import { formHandler, type FormHandler, type FormParser } from "@/lib/forms/form-handler";
import { scopesOfRole } from "@/lib/permissions/permissions";
import { createEndpoint, deleteEndpoint, listDeliveries, rotateSecret, updateEndpoint } from "@/lib/webhooks/endpoints";
import {
  DELIVERIES_PAGE_SIZE,
  deliveriesPageFormSchema,
  endpointFieldOf,
  endpointRefSchema,
  endpointStatusFormSchema,
  parseEndpointForm,
  updateEndpointFormSchema,
  type CreateEndpointResult,
  type DeleteEndpointResult,
  type EndpointField,
  type EndpointFormData,
  type LoadDeliveriesResult,
  type RotateSecretResult,
  type SendTestEventResult,
  type SetEndpointStatusResult,
  type UpdateEndpointResult,
} from "@/lib/webhooks/form";
import { sendTestEventWithinLimits } from "@/lib/webhooks/test-event-limit";

// The webhook settings' form handlers. lib/webhooks is team-scoped but knows nothing of
// roles, so each handler names the permission it needs; subscribing to events also needs
// the scopes of the person's role.

const ENDPOINT_GONE = "This endpoint no longer exists in this team. It may have been deleted; reload the page.";

const ENDPOINT_FAILURES: FailureOptions<never> = { messages: { not_found: ENDPOINT_GONE } };

/** The endpoint form's failures: field errors next to their fields, an event the role may not read next to the events. */
const ENDPOINT_FORM_FAILURES: FailureOptions<EndpointField> = {
  ...ENDPOINT_FAILURES,
  fieldOf: endpointFieldOf,
  fieldForCode: { insufficient_scope: "enabled_events" },
};

export const createEndpointFromForm: FormHandler<CreateEndpointResult> = formHandler(
  { permission: "webhooks.write", parse: parseEndpointForm, failures: ENDPOINT_FORM_FAILURES },
  async (values, { teamId, role }) => {
    const { secret, ...endpoint } = await createEndpoint(teamId, values, { actorScopes: scopesOfRole(role) });
    return { ok: true, endpoint, secret };
  },
);

/** Which endpoint, then its values parsed as the endpoint form. */
const parseEndpointUpdate: FormParser<{ endpointId: string; values: EndpointFormData }, EndpointField> = (input) => {
  const request = updateEndpointFormSchema.safeParse(input);
  if (!request.success) return { success: false, formError: INVALID_REQUEST };
  const form = parseEndpointForm(request.data.values);
  return form.success ? { success: true, data: { endpointId: request.data.endpointId, values: form.data } } : form;
};

export const updateEndpointFromForm: FormHandler<UpdateEndpointResult> = formHandler(
  { permission: "webhooks.write", parse: parseEndpointUpdate, failures: ENDPOINT_FORM_FAILURES },
  async ({ endpointId, values }, { teamId, role }) => {
    const endpoint = await updateEndpoint(teamId, endpointId, values, { actorScopes: scopesOfRole(role) });
    return { ok: true, endpoint };
  },
);

export const setEndpointStatusFromForm: FormHandler<SetEndpointStatusResult> = formHandler(
  { permission: "webhooks.write", parse: endpointStatusFormSchema, failures: ENDPOINT_FAILURES },
  async ({ endpointId, status }, { teamId, role }) => {
    const endpoint = await updateEndpoint(teamId, endpointId, { status }, { actorScopes: scopesOfRole(role) });
    return { ok: true, endpoint };
  },
);

export const rotateSecretFromForm: FormHandler<RotateSecretResult> = formHandler(
  { permission: "webhooks.write", parse: endpointRefSchema, failures: ENDPOINT_FAILURES },
  async ({ endpointId }, { teamId }) => {
    const rotated = await rotateSecret(teamId, endpointId);
    return { ok: true, secret: rotated.secret, previousSecretExpiresAt: rotated.previous_secret_expires_at };
  },
);

export const sendTestEventFromForm: FormHandler<SendTestEventResult> = formHandler(
  { permission: "webhooks.write", parse: endpointRefSchema, failures: ENDPOINT_FAILURES },
  async ({ endpointId }, { teamId }) => {
    const { event_id, delivery_id } = await sendTestEventWithinLimits(teamId, endpointId);
    return { ok: true, eventId: event_id, deliveryId: delivery_id };
  },
);

export const deleteEndpointFromForm: FormHandler<DeleteEndpointResult> = formHandler(
  { permission: "webhooks.write", parse: endpointRefSchema, failures: ENDPOINT_FAILURES },
  async ({ endpointId }, { teamId }) => {
    await deleteEndpoint(teamId, endpointId);
    return { ok: true };
  },
);

/** The next page of an endpoint's deliveries ("Load more"); members may read them too. */
export const loadDeliveriesFromForm: FormHandler<LoadDeliveriesResult> = formHandler(
  { permission: "webhooks.read", parse: deliveriesPageFormSchema, failures: ENDPOINT_FAILURES },
  async ({ endpointId, cursor, status }, { teamId }) => {
    const page = await listDeliveries(teamId, endpointId, { limit: DELIVERIES_PAGE_SIZE, cursor, status });
    return { ok: true, page };
  },
);
