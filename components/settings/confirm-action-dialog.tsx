"use client";

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
import type { FormFailure } from "@/lib/forms/results";
import { useServerAction } from "./use-server-action";

type ActionResult = { ok: true } | FormFailure;

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
  const { formError, clearFormError, pending, run } = useServerAction(unexpectedError);

  function changeOpen(next: boolean) {
    if (pending) return;
    onOpenChange(next);
    if (!next) clearFormError();
  }

  function confirmed() {
    onOpenChange(false);
    onConfirmed();
  }

  function confirm() {
    run(action, { onSuccess: confirmed, onRedirect: confirmed });
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
