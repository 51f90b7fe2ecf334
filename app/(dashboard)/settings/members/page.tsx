import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { getCurrentContext } from "@/lib/auth/current-team";
import { listTeamEvents } from "@/lib/teams/audit/list-team-events";
import { listTeamMembers } from "@/lib/teams/members/list-team-members";
import { InviteMemberButton } from "./components/invite-member-button";
import { MembersTable } from "./components/members-table";
import { PendingInvitations } from "./components/pending-invitations";
import { TeamAuditLog } from "./components/team-audit-log";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ searchParams }: PageProps<"/settings/members">) {
  const [{ team, user, membership }, params] = await Promise.all([getCurrentContext(), searchParams]);
  const cursor = typeof params.audit_cursor === "string" ? params.audit_cursor : undefined;
  const [members, auditLog] = await Promise.all([listTeamMembers(team.id), listTeamEvents(team.id, { cursor })]);
  // grid-cols-1 is minmax(0, 1fr): the tables shrink with the page instead of widening it on phones.
  return (
    <div className="grid grid-cols-1 gap-8">
      <div className="grid grid-cols-1 gap-6">
        <PageHeader
          title="Members"
          description="Owners and admins manage API keys, invite people, change roles and remove members; only owners can change or remove an owner. A team always has at least one owner. Members can see the keys but not create, rotate or revoke them."
          actions={<InviteMemberButton viewerRole={membership.role} />}
        />
        <PendingInvitations teamId={team.id} viewerRole={membership.role} />
        <MembersTable members={members} viewer={{ userId: user.id, role: membership.role }} teamName={team.name} />
      </div>
      <TeamAuditLog log={auditLog} cursor={cursor} now={new Date()} />
    </div>
  );
}
