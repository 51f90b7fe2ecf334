"use client";

import { ConfirmActionDialog } from "@/components/settings/confirm-action-dialog";
import type { MenuDialogProps } from "@/components/settings/menu-dialog-props";
import { toast } from "@/components/ui/toaster";
import { leaveTeamAction } from "../actions";

export function LeaveTeamDialog({
  teamName,
  open,
  onOpenChange,
  onCloseAutoFocus,
}: MenuDialogProps & { teamName: string }) {
  return (
    <ConfirmActionDialog
      open={open}
      onOpenChange={onOpenChange}
      onCloseAutoFocus={onCloseAutoFocus}
      title={<>Leave {teamName}?</>}
      description={
        <>
          You lose access to the team&apos;s meetings, settings and API keys at once. The keys you created stay with the
          team and keep working.
          <span className="mt-2 block font-medium text-foreground">
            To come back, an owner or admin has to invite you again.
          </span>
        </>
      }
      confirmLabel="Leave team"
      pendingLabel="Leaving…"
      unexpectedError="Something went wrong on our side and you are still in the team. Try again in a moment."
      action={() => leaveTeamAction({})}
      onConfirmed={() => toast.success(`You left ${teamName}`)}
    />
  );
}
