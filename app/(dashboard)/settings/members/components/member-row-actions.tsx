"use client";

import { Crown, LogOut, MoreHorizontal, UserCog, UserMinus, type LucideIcon } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { MemberRowSummary } from "@/lib/teams/members/member-row";
import { ChangeRoleDialog } from "./change-role-dialog";
import { LeaveTeamDialog } from "./leave-team-dialog";
import { RemoveMemberDialog } from "./remove-member-dialog";
import { TransferOwnershipDialog } from "./transfer-ownership-dialog";

type MemberDialog = "role" | "transfer" | "remove" | "leave";

/** One entry of the menu, disabled when the viewer's role may not use it (the reason is under the entries). */
function MemberMenuItem({
  icon: Icon,
  label,
  refusal,
  destructive = false,
  onSelect,
}: {
  icon: LucideIcon;
  label: string;
  refusal: string | null;
  destructive?: boolean;
  onSelect: () => void;
}) {
  return (
    <DropdownMenuItem variant={destructive ? "destructive" : "default"} disabled={refusal !== null} onSelect={onSelect}>
      <Icon aria-hidden="true" />
      {label}
    </DropdownMenuItem>
  );
}

/**
 * The three-dot menu of one member: Change role, Transfer ownership and Remove from team,
 * or on your own row Change role and Leave team.
 */
export function MemberRowActions({ member, teamName }: { member: MemberRowSummary; teamName: string }) {
  const [dialog, setDialog] = useState<MemberDialog | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const { refusals } = member;
  const shown = member.isYou
    ? [refusals.changeRole, refusals.leave]
    : [refusals.changeRole, refusals.transferOwnership, refusals.remove];
  const reasons = [...new Set(shown.filter((reason) => reason !== null))];
  const dialogProps = (name: MemberDialog) => ({
    open: dialog === name,
    onOpenChange: (open: boolean) => setDialog(open ? name : null),
    onCloseAutoFocus: (event: Event) => {
      event.preventDefault();
      trigger.current?.focus();
    },
  });

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button
            ref={trigger}
            variant="ghost"
            size="icon"
            className="size-8"
            aria-label={member.isYou ? "Actions for you" : `Actions for ${member.name}`}
          >
            <MoreHorizontal aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-64">
          <MemberMenuItem
            icon={UserCog}
            label="Change role"
            refusal={refusals.changeRole}
            onSelect={() => setDialog("role")}
          />
          {member.isYou ? (
            <>
              <DropdownMenuSeparator />
              <MemberMenuItem
                icon={LogOut}
                label="Leave team"
                destructive
                refusal={refusals.leave}
                onSelect={() => setDialog("leave")}
              />
            </>
          ) : (
            <>
              <MemberMenuItem
                icon={Crown}
                label="Transfer ownership"
                refusal={refusals.transferOwnership}
                onSelect={() => setDialog("transfer")}
              />
              <DropdownMenuSeparator />
              <MemberMenuItem
                icon={UserMinus}
                label="Remove from team"
                destructive
                refusal={refusals.remove}
                onSelect={() => setDialog("remove")}
              />
            </>
          )}
          {reasons.length ? (
            <DropdownMenuLabel className="grid max-w-64 gap-1 text-xs font-normal text-muted-foreground">
              {reasons.map((reason) => (
                <span key={reason}>{reason}</span>
              ))}
            </DropdownMenuLabel>
          ) : null}
        </DropdownMenuContent>
      </DropdownMenu>
      {refusals.changeRole === null ? <ChangeRoleDialog member={member} {...dialogProps("role")} /> : null}
      {member.isYou && refusals.leave === null ? (
        <LeaveTeamDialog teamName={teamName} {...dialogProps("leave")} />
      ) : null}
      {!member.isYou && refusals.transferOwnership === null ? (
        <TransferOwnershipDialog member={member} teamName={teamName} {...dialogProps("transfer")} />
      ) : null}
      {!member.isYou && refusals.remove === null ? (
        <RemoveMemberDialog member={member} teamName={teamName} {...dialogProps("remove")} />
      ) : null}
    </>
  );
}
