"use client";

import { Pencil } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import type { WebhookEndpointResource } from "@/lib/webhooks/schemas";
import { updateWebhookEndpointAction } from "../actions";
import { EndpointForm } from "./endpoint-form";
import { ManagerOnlyButton } from "@/components/settings/manager-only-button";
import { WEBHOOKS_MANAGER_ONLY_REASON } from "@/lib/webhooks/form";

export function EditEndpointDialog({ endpoint, canManage }: { endpoint: WebhookEndpointResource; canManage: boolean }) {
  const [open, setOpen] = useState(false);

  if (!canManage) {
    return (
      <ManagerOnlyButton reason={WEBHOOKS_MANAGER_ONLY_REASON} variant="outline">
        <Pencil aria-hidden="true" />
        Edit
      </ManagerOnlyButton>
    );
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <Pencil aria-hidden="true" />
          Edit
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-2xl">
        <EndpointForm
          idPrefix="edit-endpoint"
          title="Edit endpoint"
          description="Changes apply to events from now on. The signing secret stays the same."
          initial={{ url: endpoint.url, description: endpoint.description, enabled_events: endpoint.enabled_events }}
          submitLabel="Save changes"
          pendingLabel="Saving…"
          submit={(values) => updateWebhookEndpointAction({ endpointId: endpoint.id, values })}
          onSaved={() => {
            setOpen(false);
            toast.success("Endpoint updated");
          }}
        />
      </DialogContent>
    </Dialog>
  );
}
