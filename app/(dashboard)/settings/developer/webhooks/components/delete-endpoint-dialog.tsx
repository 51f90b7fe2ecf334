"use client";

import { ConfirmActionDialog } from "@/components/settings/confirm-action-dialog";
import { toast } from "@/components/ui/toaster";
import { deleteWebhookEndpointAction } from "../actions";

export function DeleteEndpointDialog({
  endpoint,
  open,
  onOpenChange,
  onDeleted,
  onCloseAutoFocus,
}: {
  endpoint: { id: string; url: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** After the server confirmed, e.g. leave the endpoint's page. */
  onDeleted?: () => void;
  onCloseAutoFocus?: (event: Event) => void;
}) {
  return (
    <ConfirmActionDialog
      open={open}
      onOpenChange={onOpenChange}
      onCloseAutoFocus={onCloseAutoFocus}
      title="Delete this endpoint?"
      description={
        <>
          Mavio stops sending events to <span className="font-medium break-all text-foreground">{endpoint.url}</span> and
          deletes its delivery history. This action cannot be undone.
        </>
      }
      confirmLabel="Delete endpoint"
      pendingLabel="Deleting…"
      unexpectedError="Something went wrong on our side and the endpoint was not deleted. Try again in a moment."
      action={() => deleteWebhookEndpointAction({ endpointId: endpoint.id })}
      onConfirmed={() => {
        toast.success("Endpoint deleted", { description: `${endpoint.url} receives no more events.` });
        onDeleted?.();
      }}
    />
  );
}
