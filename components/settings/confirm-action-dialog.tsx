"use client";

import { unstable_rethrow } from "next/navigation";
import { useState, useTransition } from "react";
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
import { FormError } from "@/components/ui/form-error";

type ActionResult = { ok: true } | { ok: false; formError?: string };

/**
 * Next carries out a server action's `redirect()` by rejecting the call while the router
 * navigates, so such a rejection means the action succeeded. `unstable_rethrow` is the
 * public way to recognise Next's own control-flow errors.
 */
function isRedirect(error: unknown): boolean {
  try {
    unstable_rethrow(error);
    return false;
  } catch {
    return true;
  }
}

/**
 * Asks before a destructive server action and runs it. The server's refusal shows in the
 * dialog; the dialog closes only once the server has confirmed.
 */
export function ConfirmActionDialog({
  open,
  onOpenChange,
  onCloseAutoFocus,
  title,
  description,
  confirmLabel,
  pendingLabel,
  unexpectedError,
  action,
  onConfirmed,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCloseAutoFocus?: (event: Event) => void;
  title: React.ReactNode;
  description: React.ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  /** Shown when the action throws instead of answering. */
  unexpectedError: string;
  action: () => Promise<ActionResult>;
  /** After the server confirmed and the dialog closed, e.g. a toast. */
  onConfirmed: () => void;
}) {
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();

  function changeOpen(next: boolean) {
    if (pending) return;
    onOpenChange(next);
    if (!next) setFormError(undefined);
  }

  function confirm() {
    setFormError(undefined);
    startTransition(async () => {
      try {
        const result = await action();
        if (!result.ok) return setFormError(result.formError);
      } catch (error) {
        if (!isRedirect(error)) return setFormError(unexpectedError);
      }
      onOpenChange(false);
      onConfirmed();
    });
  }

  return (
    <AlertDialog open={open} onOpenChange={changeOpen}>
      <AlertDialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        <FormError message={formError} />
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          {/* A plain button, not AlertDialogAction: the dialog stays open until the server confirms. */}
          <Button variant="destructive" onClick={confirm} disabled={pending}>
            {pending ? pendingLabel : confirmLabel}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
