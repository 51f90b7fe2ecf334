import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-error";
import type { Actor } from "@/lib/permissions/actor";
import { recordTeamEvent } from "@/lib/teams/audit/record-team-event";
import { lockTeamMembers, personDetails, refuseIf } from "./lock-team-members";
import { leaveRefusal } from "./member-rules";

/**
 * The acting person leaves the team; anyone may, except its last owner, who hands
 * ownership on first. The keys they created stay with the team. Answers how many teams
 * they are still in, to know where they go next.
 */
export async function leaveTeam(actor: Actor, teamId: string) {
  return db.$transaction(async (tx) => {
    const { actor: leaving, owners } = await lockTeamMembers(tx, teamId, actor.userId);
    if (!leaving) throw new DomainError("not_found", "You are no longer a member of this team.");
    refuseIf(leaveRefusal(leaving.role, owners));
    await tx.membership.delete({ where: { id: leaving.id }, select: { id: true } });
    await recordTeamEvent(tx, {
      teamId,
      action: "member_left",
      actor,
      subjectUserId: leaving.userId,
      details: { ...personDetails(leaving), role: leaving.role },
    });
    return { remainingTeams: await tx.membership.count({ where: { userId: actor.userId } }) };
  });
}
