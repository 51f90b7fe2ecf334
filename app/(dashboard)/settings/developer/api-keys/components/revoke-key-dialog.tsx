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
import { revokeApiKeyAction } from "../actions";
import type { KeyRowSummary } from "./key-row-actions";

const UNEXPECTED_ERROR = "Something went wrong on our side and the key was not revoked. Try again in a moment.";

export function RevokeKeyDialog({
  apiKey,
  open,
  onOpenChange,
  onCloseAutoFocus,
}: {
  apiKey: KeyRowSummary;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus: (event: Event) => void;
}) {
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function changeOpen(next: boolean) {
    if (pending) return;
    onOpenChange(next);
    if (!next) setFormError(undefined);
  }

  function revoke() {
    setFormError(undefined);
    startTransition(async () => {
      try {
        const result = await revokeApiKeyAction({ keyId: apiKey.id });
        if (!result.ok) return setFormError(result.formError);
        onOpenChange(false);
        toast.success(`“${apiKey.name}” revoked`, { description: `${apiKey.maskedKey} no longer works.` });
      } catch {
        setFormError(UNEXPECTED_ERROR);
      }
    });
  }

  return (
    <AlertDialog open={open} onOpenChange={changeOpen}>
      <AlertDialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <AlertDialogHeader>
          <AlertDialogTitle>Revoke “{apiKey.name}”?</AlertDialogTitle>
          <AlertDialogDescription>
            Anything using <code className="font-mono text-xs">{apiKey.maskedKey}</code> stops working on its very next
            request. This action cannot be undone.
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
          <Button variant="destructive" onClick={revoke} disabled={pending}>
            {pending ? "Revoking…" : "Revoke"}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
