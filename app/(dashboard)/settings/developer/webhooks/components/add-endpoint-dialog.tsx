"use client";

import { Plus } from "lucide-react";
import { createContext, use, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import type { WebhookEndpointResource } from "@/lib/webhooks/schemas";
import { createWebhookEndpointAction } from "../actions";
import { EMPTY_ENDPOINT_FORM, EndpointForm } from "./endpoint-form";
import { ManagerOnlyButton } from "@/components/settings/manager-only-button";
import { WEBHOOKS_MANAGER_ONLY_REASON } from "@/lib/webhooks/form";
import { RevealedSecretPanel } from "./revealed-secret-panel";

const OpenAddEndpoint = createContext<(() => void) | null>(null);
const TRIGGER_ATTRIBUTE = "data-add-endpoint";

/**
 * Holds the "Add endpoint" dialog for the whole page, so it survives the page re-rendering
 * around it: adding the first endpoint swaps the empty state (where its button was) for
 * the table, and the shown-once secret must stay on screen through that.
 */
export function AddEndpointDialogProvider({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<{ endpoint: WebhookEndpointResource; secret: string } | null>(null);

  function changeOpen(next: boolean) {
    setOpen(next);
    // Closing is the end of the secret's life on this page.
    if (!next) setCreated(null);
  }

  return (
    <OpenAddEndpoint value={() => changeOpen(true)}>
      {children}
      <Dialog open={open} onOpenChange={changeOpen}>
        <DialogContent
          className="sm:max-w-2xl"
          // With the secret on screen, a stray click outside must not throw it away.
          onInteractOutside={(event) => created && event.preventDefault()}
          // Back to the "Add endpoint" button, wherever the page shows it now.
          onCloseAutoFocus={(event) => {
            const trigger = document.querySelector<HTMLElement>(`[${TRIGGER_ATTRIBUTE}]`);
            if (!trigger) return;
            event.preventDefault();
            trigger.focus();
          }}
        >
          {created ? (
            <RevealedSecretPanel
              secret={created.secret}
              title="Endpoint added"
              description={
                <>
                  Mavio signs every delivery to <span className="font-medium break-all text-foreground">{created.endpoint.url}</span>{" "}
                  with this secret, so your receiver can check that a request really comes from Mavio.
                </>
              }
              onDone={() => changeOpen(false)}
            />
          ) : (
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
                toast.success("Endpoint added", { description: "Copy the signing secret now: it is shown only once." });
              }}
            />
          )}
        </DialogContent>
      </Dialog>
    </OpenAddEndpoint>
  );
}

/** Opens the page's "Add endpoint" dialog; members get it disabled, with the reason. */
export function AddEndpointButton({ canManage }: { canManage: boolean }) {
  const openDialog = use(OpenAddEndpoint);
  if (!canManage || !openDialog) {
    return (
      <ManagerOnlyButton reason={WEBHOOKS_MANAGER_ONLY_REASON}>
        <Plus aria-hidden="true" />
        Add endpoint
      </ManagerOnlyButton>
    );
  }
  return (
    <Button {...{ [TRIGGER_ATTRIBUTE]: "" }} aria-haspopup="dialog" onClick={openDialog}>
      <Plus aria-hidden="true" />
      Add endpoint
    </Button>
  );
}

/** Where focus goes when the element that had it is gone (e.g. the row of a deleted endpoint). */
export function focusAddEndpointButton(): boolean {
  const trigger = document.querySelector<HTMLElement>(`[${TRIGGER_ATTRIBUTE}]`);
  trigger?.focus();
  return Boolean(trigger);
}
