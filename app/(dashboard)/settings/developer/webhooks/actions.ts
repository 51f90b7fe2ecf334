"use server";

import { redirect, RedirectType } from "next/navigation";
import { teamAction } from "@/lib/forms/team-action";
import type { DeleteEndpointResult } from "@/lib/webhooks/form";
import {
  createEndpointFromForm,
  deleteEndpointFromForm,
  loadDeliveriesFromForm,
  rotateSecretFromForm,
  sendTestEventFromForm,
  setEndpointStatusFromForm,
  updateEndpointFromForm,
} from "./webhook-form-handlers";

const WEBHOOKS_PATH = "/settings/developer/webhooks";

/** The list and every endpoint page under it. */
const EVERY_WEBHOOK_PAGE = { revalidate: { path: WEBHOOKS_PATH, type: "layout" } } as const;

// A secret in a successful result goes to the dialog that asked for it and nowhere else:
// never logged, never rendered by the page.
export const createWebhookEndpointAction = teamAction(createEndpointFromForm, EVERY_WEBHOOK_PAGE);
export const updateWebhookEndpointAction = teamAction(updateEndpointFromForm, EVERY_WEBHOOK_PAGE);
export const setWebhookEndpointStatusAction = teamAction(setEndpointStatusFromForm, EVERY_WEBHOOK_PAGE);
export const rotateWebhookSecretAction = teamAction(rotateSecretFromForm, EVERY_WEBHOOK_PAGE);
export const sendWebhookTestEventAction = teamAction(sendTestEventFromForm, EVERY_WEBHOOK_PAGE);
export const deleteWebhookEndpointAction = teamAction(deleteEndpointFromForm, EVERY_WEBHOOK_PAGE);
export const loadWebhookDeliveriesAction = teamAction(loadDeliveriesFromForm);

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
