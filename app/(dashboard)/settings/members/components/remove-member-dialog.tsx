"use client";

import { ConfirmActionDialog } from "@/components/settings/confirm-action-dialog";
import type { MenuDialogProps } from "@/components/settings/menu-dialog-props";
import { toast } from "@/components/ui/toaster";
import type { MemberRowSummary } from "@/lib/teams/members/member-row";
import { removeMemberAction } from "../actions";

export function RemoveMemberDialog({
  member,
  teamName,
  open,
  onOpenChange,
  onCloseAutoFocus,
}: MenuDialogProps & { member: MemberRowSummary; teamName: string }) {
  return (
    <ConfirmActionDialog
      open={open}
      onOpenChange={onOpenChange}
      onCloseAutoFocus={onCloseAutoFocus}
      title={
        <>
          Remove {member.name} from {teamName}?
        </>
      }
      description={
        <>
          {member.name} ({member.email}) loses access to the team at once. The API keys they created belong to the team
          and keep working; the API keys list will show them as created by a former member, so you can review them.
          <span className="mt-2 block font-medium text-foreground">
            This cannot be undone: to bring {member.name} back, invite them again.
          </span>
        </>
      }
      confirmLabel="Remove from team"
      pendingLabel="Removing…"
      unexpectedError="Something went wrong on our side and nobody was removed. Try again in a moment."
      action={() => removeMemberAction({ membershipId: member.id })}
      onConfirmed={() => toast.success(`${member.name} removed`, { description: `They are no longer in ${teamName}.` })}
    />
  );
}
