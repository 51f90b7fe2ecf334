import { db } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { PermissionError } from "@/lib/permissions/assert-permission";
import { recordTeamEvent } from "@/lib/teams/audit/record-team-event";
import { leaveTeam } from "./leave-team";
import { findTeamMember, lockTeamMembers, personDetails, refuseIf } from "./lock-team-members";
import { removalRefusal } from "./member-rules";

/**
 * Takes someone out of the team, audited with who they were. Admins cannot remove owners
 * and the last owner never goes; removing yourself is leaving. The API keys they created
 * belong to the team and keep working.
 */
export async function removeMember(actor: Actor, teamId: string, membershipId: string): Promise<void> {
  const own = await db.membership.findFirst({
    where: { id: membershipId, teamId, userId: actor.userId },
    select: { id: true },
  });
  if (own) {
    await leaveTeam(actor, teamId);
    return;
  }
  await db.$transaction(async (tx) => {
    const { actor: acting, owners } = await lockTeamMembers(tx, teamId, actor.userId);
    if (!acting) throw new PermissionError("members.manage");
    const member = await findTeamMember(tx, teamId, membershipId);
    refuseIf(removalRefusal(acting.role, member.role, owners));
    await tx.membership.delete({ where: { id: member.id }, select: { id: true } });
    await recordTeamEvent(tx, {
      teamId,
      action: "member_removed",
      actor,
      subjectUserId: member.userId,
      details: { ...personDetails(member), role: member.role },
    });
  });
}
