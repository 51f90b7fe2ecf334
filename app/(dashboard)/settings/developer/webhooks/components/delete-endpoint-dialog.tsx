"use client";

import { ConfirmActionDialog } from "@/components/settings/confirm-action-dialog";
import type { MenuDialogProps } from "@/components/settings/menu-dialog-props";
import { toast } from "@/components/ui/toaster";
import { deleteWebhookEndpointAction, deleteWebhookEndpointThenListAction } from "../actions";

export function DeleteEndpointDialog({
  endpoint,
  open,
  onOpenChange,
  thenOpenList = false,
  onCloseAutoFocus,
}: MenuDialogProps & {
  endpoint: { id: string; url: string };
  /** On the endpoint's own page: the server answers with the list of endpoints. */
  thenOpenList?: boolean;
}) {
  const deleteAction = thenOpenList ? deleteWebhookEndpointThenListAction : deleteWebhookEndpointAction;
  return (
    <ConfirmActionDialog
      open={open}
      onOpenChange={onOpenChange}
      onCloseAutoFocus={onCloseAutoFocus}
      title="Delete this endpoint?"
      description={
        <>
          Mavio stops sending events to <span className="font-medium break-all text-foreground">{endpoint.url}</span>{" "}
          and deletes its delivery history. This action cannot be undone.
        </>
      }
      confirmLabel="Delete endpoint"
      pendingLabel="Deleting…"
      unexpectedError="Something went wrong on our side and the endpoint was not deleted. Try again in a moment."
      action={() => deleteAction({ endpointId: endpoint.id })}
      onConfirmed={() => toast.success("Endpoint deleted", { description: `${endpoint.url} receives no more events.` })}
    />
  );
}
