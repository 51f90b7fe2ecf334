import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { getCurrentContext } from "@/lib/teams/current-team";

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
  return (
    <div className="grid gap-6">
      <PageHeader
        title="Members"
        description="Owners and admins manage API keys. Members can see the keys but not create, rotate or revoke them."
      />
      <div className="rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Email</TableHead>
              <TableHead>Role</TableHead>
              <TableHead className="text-right">Joined</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.map((member) => (
              <TableRow key={member.id}>
                <TableCell className="font-medium">
                  {member.user.name}
                  {member.user.id === user.id ? <span className="ml-2 text-xs text-muted-foreground">(you)</span> : null}
                </TableCell>
                <TableCell className="text-muted-foreground">{member.user.email}</TableCell>
                <TableCell>
                  <Badge variant={member.role === "member" ? "outline" : "secondary"} className="capitalize">
                    {member.role}
                  </Badge>
                </TableCell>
                <TableCell className="text-right text-muted-foreground">{formatDate(member.joinedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
