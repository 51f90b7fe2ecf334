"use client";

import { ConfirmActionDialog } from "@/components/settings/confirm-action-dialog";
import type { MenuDialogProps } from "@/components/settings/menu-dialog-props";
import { toast } from "@/components/ui/toaster";
import type { MemberRowSummary } from "@/lib/teams/members/member-row";
import { transferOwnershipAction } from "../actions";

export function TransferOwnershipDialog({
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
      title={<>Transfer ownership to {member.name}?</>}
      description={
        <>
          {member.name} becomes an owner of {teamName}, and you become an admin. As an admin you can still manage keys,
          webhooks and members, but not owners.
          <span className="mt-2 block font-medium text-foreground">Only an owner can make you an owner again.</span>
        </>
      }
      confirmLabel="Transfer ownership"
      pendingLabel="Transferring…"
      unexpectedError="Something went wrong on our side and ownership did not change. Try again in a moment."
      action={() => transferOwnershipAction({ membershipId: member.id })}
      onConfirmed={() =>
        toast.success("Ownership transferred", { description: `${member.name} is now an owner; you are an admin.` })
      }
    />
  );
}
