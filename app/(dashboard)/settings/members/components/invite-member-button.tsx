"use client";

import { UserPlus } from "lucide-react";
import { useState } from "react";
import { ManagerOnlyButton } from "@/components/settings/manager-only-button";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import type { Role } from "@/lib/generated/prisma/enums";
import { hasPermission, refusalOf } from "@/lib/permissions/permissions";
import { InviteMemberForm } from "./invite-member-form";

/** "Invite people" for owners and admins; members see it disabled, with the reason. */
export function InviteMemberButton({ viewerRole }: { viewerRole: Role }) {
  const [open, setOpen] = useState(false);
  const label = (
    <>
      <UserPlus aria-hidden="true" />
      Invite people
    </>
  );
  if (!hasPermission(viewerRole, "members.manage")) {
    return <ManagerOnlyButton reason={refusalOf("members.manage")}>{label}</ManagerOnlyButton>;
  }
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>{label}</Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-lg">
        {/* Mounted per opening, so each invitation starts from an empty form. */}
        {open ? <InviteMemberForm viewerRole={viewerRole} onInvited={() => setOpen(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}
