import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { getCurrentContext } from "@/lib/auth/current-team";

export const metadata: Metadata = { title: "Members" };

const ROLE_ORDER = { owner: 0, admin: 1, member: 2 } as const;

export default async function MembersPage() {
  const { team, user } = await getCurrentContext();
  const members = await db.membership.findMany({
    where: { teamId: team.id },
    select: { id: true, role: true, joinedAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
  });
  members.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  // grid-cols-1 is minmax(0, 1fr): the table shrinks with the page instead of widening it on phones.
  // Narrow screens keep name and role as columns and fold email and join date under the name.
  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader
        title="Members"
        description="Owners and admins manage API keys. Members can see the keys but not create, rotate or revoke them."
      />
      <div className="rounded-lg border">
        <Table aria-label="Members" className="[&_td]:py-3">
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead className="pl-4">Name</TableHead>
              <TableHead className="hidden md:table-cell">Email</TableHead>
              <TableHead>Role</TableHead>
              <TableHead className="hidden pr-4 text-right sm:table-cell">Joined</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.map((member) => (
              <TableRow key={member.id}>
                <TableCell className="pl-4 whitespace-normal">
                  <div className="grid gap-0.5">
                    <span className="font-medium">
                      {member.user.name}
                      {member.user.id === user.id ? (
                        <span className="ml-2 text-xs font-normal text-muted-foreground">(you)</span>
                      ) : null}
                    </span>
                    <span className="text-xs break-all text-muted-foreground md:hidden">{member.user.email}</span>
                    <span className="text-xs text-muted-foreground sm:hidden">
                      Joined {formatDate(member.joinedAt)}
                    </span>
                  </div>
                </TableCell>
                <TableCell className="hidden text-muted-foreground md:table-cell">{member.user.email}</TableCell>
                <TableCell>
                  <Badge variant={member.role === "member" ? "outline" : "secondary"} className="capitalize">
                    {member.role}
                  </Badge>
                </TableCell>
                <TableCell className="hidden pr-4 text-right text-muted-foreground sm:table-cell">
                  {formatDate(member.joinedAt)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
