import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import type { Role } from "@/lib/generated/prisma/enums";
import type { ListedMember } from "@/lib/teams/members/list-team-members";
import { memberRowSummary } from "@/lib/teams/members/member-row";
import { ROLE_LABEL } from "@/lib/teams/members/roles";
import { MemberRowActions } from "./member-row-actions";

/**
 * The team's members, each with the actions `viewer` may take on them. Narrow screens keep
 * name, role and actions as columns and fold email and join date under the name.
 */
export function MembersTable({
  members,
  viewer,
  teamName,
}: {
  members: ListedMember[];
  viewer: { userId: string; role: Role };
  teamName: string;
}) {
  const owners = members.filter((member) => member.role === "owner").length;
  return (
    <div className="rounded-lg border">
      <Table aria-label="Members" className="[&_td]:py-3">
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead className="pl-4">Name</TableHead>
            <TableHead className="hidden md:table-cell">Email</TableHead>
            <TableHead>Role</TableHead>
            <TableHead className="hidden text-right sm:table-cell">Joined</TableHead>
            <TableHead className="w-12 pr-4">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.map((member) => {
            const row = memberRowSummary(member, viewer, owners);
            return (
              <TableRow key={member.id} data-member-id={member.id}>
                <TableCell className="pl-4 whitespace-normal">
                  <div className="grid gap-0.5">
                    <span className="font-medium">
                      {member.user.name}
                      {row.isYou ? <span className="ml-2 text-xs font-normal text-muted-foreground">(you)</span> : null}
                    </span>
                    <span className="text-xs break-all text-muted-foreground md:hidden">{member.user.email}</span>
                    <span className="text-xs text-muted-foreground sm:hidden">
                      Joined {formatDate(member.joinedAt)}
                    </span>
                  </div>
                </TableCell>
                <TableCell className="hidden text-muted-foreground md:table-cell">{member.user.email}</TableCell>
                <TableCell>
                  <Badge variant={member.role === "member" ? "outline" : "secondary"}>{ROLE_LABEL[member.role]}</Badge>
                </TableCell>
                <TableCell className="hidden text-right text-muted-foreground sm:table-cell">
                  {formatDate(member.joinedAt)}
                </TableCell>
                <TableCell className="pr-4 text-right">
                  <MemberRowActions member={row} teamName={teamName} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
