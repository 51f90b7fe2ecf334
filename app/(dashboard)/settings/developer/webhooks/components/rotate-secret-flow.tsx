"use client";

import { RefreshCw } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import { FormError } from "@/components/ui/form-error";
import { DialogFormFooter } from "@/components/settings/dialog-form-footer";
import { useOpenHostedDialog } from "@/components/settings/dialog-host";
import { ManagerOnlyButton } from "@/components/settings/manager-only-button";
import { useServerAction } from "@/components/settings/use-server-action";
import { formatDateTime } from "@/lib/format";
import { WEBHOOKS_MANAGER_ONLY_REASON } from "@/lib/webhooks/form";
import { rotateWebhookSecretAction } from "../actions";
import { RevealedSecretPanel } from "./revealed-secret-panel";

const UNEXPECTED_ERROR = "Something went wrong on our side and the secret was not rotated. Try again in a moment.";

type RotatedEndpoint = { id: string; url: string };

/** Opens "Rotate secret" in the page's dialog host; members get it disabled, with the reason. */
export function RotateSecretButton({ endpoint, canManage }: { endpoint: RotatedEndpoint; canManage: boolean }) {
  const openDialog = useOpenHostedDialog();
  if (!canManage) {
    return (
      <ManagerOnlyButton reason={WEBHOOKS_MANAGER_ONLY_REASON} variant="outline">
        <RefreshCw aria-hidden="true" />
        Rotate secret
      </ManagerOnlyButton>
    );
  }
  return (
    <Button
      variant="outline"
      aria-haspopup="dialog"
      onClick={(event) =>
        openDialog({
          content: <RotateSecretFlow endpoint={endpoint} />,
          className: "sm:max-w-2xl",
          opener: event.currentTarget,
        })
      }
    >
      <RefreshCw aria-hidden="true" />
      Rotate secret
    </Button>
  );
}

/** Replaces the signing secret; the old one keeps signing for 24 hours. The new one is shown once. */
function RotateSecretFlow({ endpoint }: { endpoint: RotatedEndpoint }) {
  const [rotated, setRotated] = useState<{ secret: string; previousSecretExpiresAt: string } | null>(null);
  const { formError, pending, run } = useServerAction(UNEXPECTED_ERROR);

  function rotate(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(() => rotateWebhookSecretAction({ endpointId: endpoint.id }), {
      onSuccess: (result) => {
        setRotated({ secret: result.secret, previousSecretExpiresAt: result.previousSecretExpiresAt });
        toast.success("Secret rotated");
      },
    });
  }

  if (rotated) {
    return (
      <RevealedSecretPanel
        secret={rotated.secret}
        title="Secret rotated"
        description="Deliveries are now signed with this secret. Put it in your receiver's configuration."
      >
        <p className="rounded-md border px-3 py-2 text-sm">
          The old secret keeps signing until {formatDateTime(new Date(rotated.previousSecretExpiresAt))}: until then
          every delivery carries two signatures, one per secret, so your receiver keeps verifying while you deploy the
          new one.
        </p>
      </RevealedSecretPanel>
    );
  }
  return (
    <form onSubmit={rotate} className="grid gap-5">
      <DialogHeader>
        <DialogTitle>Rotate the signing secret?</DialogTitle>
        <DialogDescription>
          Mavio creates a new secret for <span className="font-medium break-all text-foreground">{endpoint.url}</span>{" "}
          and shows it once.
        </DialogDescription>
      </DialogHeader>
      <ol className="grid gap-2 rounded-lg border bg-muted/40 p-4 text-sm">
        {[
          "For the next 24 hours, deliveries carry two signatures in webhook-signature: one with the new secret and one with the old.",
          "Update your receiver to the new secret and check that it verifies deliveries.",
          "After 24 hours only the new secret signs. Rotating again before then stops the oldest secret at once.",
        ].map((step, index) => (
          <li key={step} className="flex gap-3">
            <span
              className="flex size-5 shrink-0 items-center justify-center rounded-full bg-background text-xs font-medium ring-1 ring-border"
              aria-hidden="true"
            >
              {index + 1}
            </span>
            <span>{step}</span>
          </li>
        ))}
      </ol>
      <FormError message={formError} />
      <DialogFormFooter pending={pending} submitLabel="Rotate secret" pendingLabel="Rotating…" />
    </form>
  );
}
