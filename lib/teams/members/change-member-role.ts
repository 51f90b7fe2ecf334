import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/permissions/actor";
import { PermissionError } from "@/lib/permissions/assert-permission";
import { recordTeamEvent } from "@/lib/teams/audit/record-team-event";
import { findTeamMember, lockTeamMembers, personDetails, refuseIf } from "./lock-team-members";
import { roleChangeRefusal } from "./member-rules";
import { roleSchema } from "./member-forms";

/**
 * Gives a member another role, audited with the roles before and after. Admins cannot make
 * owners or change an owner's role, and the last owner cannot be demoted. The same role
 * again changes nothing and records nothing.
 */
export async function changeMemberRole(actor: Actor, teamId: string, membershipId: string, role: Role): Promise<void> {
  const to = roleSchema.parse(role);
  await db.$transaction(async (tx) => {
    const { actor: acting, owners } = await lockTeamMembers(tx, teamId, actor.userId);
    if (!acting) throw new PermissionError("members.manage");
    const member = await findTeamMember(tx, teamId, membershipId);
    refuseIf(roleChangeRefusal(acting.role, member.role, to, owners));
    if (member.role !== to) {
      await tx.membership.update({ where: { id: member.id }, data: { role: to }, select: { id: true } });
      await recordTeamEvent(tx, {
        teamId,
        action: "role_changed",
        actor,
        subjectUserId: member.userId,
        details: { ...personDetails(member), from: member.role, to },
      });
    }
  });
}
