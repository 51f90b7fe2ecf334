"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { focusDialogOpener, useOpenHostedDialog } from "@/components/settings/dialog-host";
import { ManagerOnlyButton } from "@/components/settings/manager-only-button";
import { WEBHOOKS_MANAGER_ONLY_REASON } from "@/lib/webhooks/form";
import type { WebhookEndpointResource } from "@/lib/webhooks/schemas";
import { createWebhookEndpointAction } from "../actions";
import { EMPTY_ENDPOINT_FORM, EndpointForm } from "./endpoint-form";
import { RevealedSecretPanel } from "./revealed-secret-panel";

/** The page's buttons share this name, so focus finds the header's after the empty state's is gone. */
const ADD_ENDPOINT_OPENER = "add-endpoint";

/** Opens "Add endpoint" in the page's dialog host; members get it disabled, with the reason. */
export function AddEndpointButton({ canManage }: { canManage: boolean }) {
  const openDialog = useOpenHostedDialog();
  if (!canManage) {
    return (
      <ManagerOnlyButton reason={WEBHOOKS_MANAGER_ONLY_REASON}>
        <Plus aria-hidden="true" />
        Add endpoint
      </ManagerOnlyButton>
    );
  }
  return (
    <Button
      data-dialog-opener={ADD_ENDPOINT_OPENER}
      aria-haspopup="dialog"
      onClick={(event) =>
        openDialog({ content: <AddEndpointFlow />, className: "sm:max-w-2xl", opener: event.currentTarget })
      }
    >
      <Plus aria-hidden="true" />
      Add endpoint
    </Button>
  );
}

/** The form, then the signing secret shown once in the same dialog. */
function AddEndpointFlow() {
  const [created, setCreated] = useState<{ endpoint: WebhookEndpointResource; secret: string } | null>(null);
  if (created) {
    return (
      <RevealedSecretPanel
        secret={created.secret}
        title="Endpoint added"
        description={
          <>
            Mavio signs every delivery to{" "}
            <span className="font-medium break-all text-foreground">{created.endpoint.url}</span> with this secret, so
            your receiver can check that a request really comes from Mavio.
          </>
        }
      />
    );
  }
  return (
    <EndpointForm
      idPrefix="add-endpoint"
      title="Add endpoint"
      description="Choose where Mavio sends events and which ones. You get a signing secret right after adding the endpoint, shown once."
      initial={EMPTY_ENDPOINT_FORM}
      submitLabel="Add endpoint"
      pendingLabel="Adding…"
      submit={createWebhookEndpointAction}
      onSaved={(result) => {
        setCreated({ endpoint: result.endpoint, secret: result.secret });
        toast.success("Endpoint added");
      }}
    />
  );
}

/** Where focus goes when the element that had it is gone (e.g. the row of a deleted endpoint). */
export const focusAddEndpointButton = () => focusDialogOpener(ADD_ENDPOINT_OPENER);
