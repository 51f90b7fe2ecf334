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
import { deleteWebhookEndpointAction } from "../actions";

const UNEXPECTED_ERROR = "Something went wrong on our side and the endpoint was not deleted. Try again in a moment.";

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
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function changeOpen(next: boolean) {
    if (pending) return;
    onOpenChange(next);
    if (!next) setFormError(undefined);
  }

  function remove() {
    setFormError(undefined);
    startTransition(async () => {
      try {
        const result = await deleteWebhookEndpointAction({ endpointId: endpoint.id });
        if (!result.ok) return setFormError(result.formError);
        onOpenChange(false);
        toast.success("Endpoint deleted", { description: `${endpoint.url} receives no more events.` });
        onDeleted?.();
      } catch {
        setFormError(UNEXPECTED_ERROR);
      }
    });
  }

  return (
    <AlertDialog open={open} onOpenChange={changeOpen}>
      <AlertDialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete this endpoint?</AlertDialogTitle>
          <AlertDialogDescription>
            Mavio stops sending events to <span className="font-medium break-all text-foreground">{endpoint.url}</span> and
            deletes its delivery history. This action cannot be undone.
          </AlertDialogDescription>
        </AlertDialogHeader>
        {formError ? (
          <Alert variant="destructive">
            <AlertDescription>{formError}</AlertDescription>
          </Alert>
        ) : null}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <Button variant="destructive" onClick={remove} disabled={pending}>
            {pending ? "Deleting…" : "Delete endpoint"}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
