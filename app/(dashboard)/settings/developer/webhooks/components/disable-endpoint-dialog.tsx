"use client";

import { useState, useTransition } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { setWebhookEndpointStatusAction } from "../actions";

const UNEXPECTED_ERROR = "Something went wrong on our side and the endpoint was not disabled. Try again in a moment.";

export function DisableEndpointDialog({
  endpoint,
  open,
  onOpenChange,
  onCloseAutoFocus,
}: {
  endpoint: { id: string; url: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus?: (event: Event) => void;
}) {
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function changeOpen(next: boolean) {
    if (pending) return;
    onOpenChange(next);
    if (!next) setFormError(undefined);
  }

  function disable() {
    setFormError(undefined);
    startTransition(async () => {
      try {
        const result = await setWebhookEndpointStatusAction({ endpointId: endpoint.id, status: "disabled" });
        if (!result.ok) return setFormError(result.formError);
        onOpenChange(false);
        toast.success("Endpoint disabled", { description: "Mavio sends it nothing until you enable it again." });
      } catch {
        setFormError(UNEXPECTED_ERROR);
      }
    });
  }

  return (
    <AlertDialog open={open} onOpenChange={changeOpen}>
      <AlertDialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <AlertDialogHeader>
          <AlertDialogTitle>Disable this endpoint?</AlertDialogTitle>
          <AlertDialogDescription>
            Mavio stops sending events to <span className="font-medium break-all text-foreground">{endpoint.url}</span>.
            Deliveries waiting for a retry are cancelled, and events that happen while it is disabled are not sent later.
            You can enable it again at any time.
          </AlertDialogDescription>
        </AlertDialogHeader>
        {formError ? (
          <Alert variant="destructive">
            <AlertDescription>{formError}</AlertDescription>
          </Alert>
        ) : null}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          {/* A plain button: the dialog stays open until the server confirms. */}
          <Button variant="destructive" onClick={disable} disabled={pending}>
            {pending ? "Disabling…" : "Disable endpoint"}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
