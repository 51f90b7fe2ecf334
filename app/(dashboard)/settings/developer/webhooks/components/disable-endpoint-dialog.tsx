"use client";

import { ConfirmActionDialog } from "@/components/settings/confirm-action-dialog";
import type { MenuDialogProps } from "@/components/settings/menu-dialog-props";
import { toast } from "@/components/ui/toaster";
import { setWebhookEndpointStatusAction } from "../actions";

export function DisableEndpointDialog({
  endpoint,
  open,
  onOpenChange,
  onCloseAutoFocus,
}: MenuDialogProps & {
  endpoint: { id: string; url: string };
}) {
  return (
    <ConfirmActionDialog
      open={open}
      onOpenChange={onOpenChange}
      onCloseAutoFocus={onCloseAutoFocus}
      title="Disable this endpoint?"
      description={
        <>
          Mavio stops sending events to <span className="font-medium break-all text-foreground">{endpoint.url}</span>.
          Deliveries waiting for a retry are cancelled, and events that happen while it is disabled are not sent later.
          You can enable it again at any time.
        </>
      }
      confirmLabel="Disable endpoint"
      pendingLabel="Disabling…"
      unexpectedError="Something went wrong on our side and the endpoint was not disabled. Try again in a moment."
      action={() => setWebhookEndpointStatusAction({ endpointId: endpoint.id, status: "disabled" })}
      onConfirmed={() =>
        toast.success("Endpoint disabled", { description: "Mavio sends it nothing until you enable it again." })
      }
    />
  );
}
