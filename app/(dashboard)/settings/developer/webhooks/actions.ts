"use server";

import { revalidatePath } from "next/cache";
import { redirect, RedirectType } from "next/navigation";
import type {
  CreateEndpointResult,
  DeleteEndpointResult,
  LoadDeliveriesResult,
  RotateSecretResult,
  SendTestEventResult,
  SetEndpointStatusResult,
  UpdateEndpointResult,
} from "@/lib/webhooks/form";
import { getCurrentContext } from "@/lib/auth/current-team";
import {
  createEndpointFromForm,
  deleteEndpointFromForm,
  loadDeliveriesFromForm,
  rotateSecretFromForm,
  sendTestEventFromForm,
  setEndpointStatusFromForm,
  updateEndpointFromForm,
  type WebhookActor,
} from "./webhook-form-handlers";

const WEBHOOKS_PATH = "/settings/developer/webhooks";

/** The signed-in person acting on their current team (never a team named by the form). */
async function actingContext(): Promise<{ actor: WebhookActor; teamId: string }> {
  const { user, team } = await getCurrentContext();
  return { actor: { userId: user.id }, teamId: team.id };
}

/** The list and every endpoint page under it. */
function revalidateWebhooks() {
  revalidatePath(WEBHOOKS_PATH, "layout");
}

// A secret in a successful result goes to the dialog that asked for it and nowhere else:
// never logged, never rendered by the page.
export async function createWebhookEndpointAction(values: unknown): Promise<CreateEndpointResult> {
  const { actor, teamId } = await actingContext();
  const result = await createEndpointFromForm(actor, teamId, values);
  if (result.ok) revalidateWebhooks();
  return result;
}

export async function updateWebhookEndpointAction(input: unknown): Promise<UpdateEndpointResult> {
  const { actor, teamId } = await actingContext();
  const result = await updateEndpointFromForm(actor, teamId, input);
  if (result.ok) revalidateWebhooks();
  return result;
}

export async function setWebhookEndpointStatusAction(input: unknown): Promise<SetEndpointStatusResult> {
  const { actor, teamId } = await actingContext();
  const result = await setEndpointStatusFromForm(actor, teamId, input);
  if (result.ok) revalidateWebhooks();
  return result;
}

export async function rotateWebhookSecretAction(input: unknown): Promise<RotateSecretResult> {
  const { actor, teamId } = await actingContext();
  const result = await rotateSecretFromForm(actor, teamId, input);
  if (result.ok) revalidateWebhooks();
  return result;
}

export async function sendWebhookTestEventAction(input: unknown): Promise<SendTestEventResult> {
  const { actor, teamId } = await actingContext();
  const result = await sendTestEventFromForm(actor, teamId, input);
  if (result.ok) revalidateWebhooks();
  return result;
}

export async function deleteWebhookEndpointAction(input: unknown): Promise<DeleteEndpointResult> {
  const { actor, teamId } = await actingContext();
  const result = await deleteEndpointFromForm(actor, teamId, input);
  if (result.ok) revalidateWebhooks();
  return result;
}

/**
 * Deleting from the endpoint's own page: the answer is the list, rendered in the same response.
 * Returning a result instead would make Next re-render the page of the endpoint just deleted
 * (a 404) before the browser could navigate away.
 */
export async function deleteWebhookEndpointThenListAction(input: unknown): Promise<DeleteEndpointResult> {
  const result = await deleteWebhookEndpointAction(input);
  if (result.ok) redirect(WEBHOOKS_PATH, RedirectType.replace);
  return result;
}

export async function loadWebhookDeliveriesAction(input: unknown): Promise<LoadDeliveriesResult> {
  const { actor, teamId } = await actingContext();
  return loadDeliveriesFromForm(actor, teamId, input);
}
