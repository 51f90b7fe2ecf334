import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-error";
import type { Actor } from "@/lib/permissions/actor";
import { recordTeamEvent } from "@/lib/teams/audit/record-team-event";
import { findTeamMember, lockTeamMembers, personDetails, refuseIf } from "./lock-team-members";
import { ONLY_OWNERS_TRANSFER, transferRefusal } from "./member-rules";

/**
 * An owner hands ownership to another member: they become an owner and the acting owner
 * an admin, as one change with one audit event.
 */
export async function transferOwnership(actor: Actor, teamId: string, membershipId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { actor: owner } = await lockTeamMembers(tx, teamId, actor.userId);
    if (!owner) throw new DomainError("forbidden", ONLY_OWNERS_TRANSFER);
    const member = await findTeamMember(tx, teamId, membershipId);
    refuseIf(transferRefusal(owner.role, member.role));
    await tx.membership.update({ where: { id: member.id }, data: { role: "owner" }, select: { id: true } });
    await tx.membership.update({ where: { id: owner.id }, data: { role: "admin" }, select: { id: true } });
    await recordTeamEvent(tx, {
      teamId,
      action: "ownership_transferred",
      actor,
      subjectUserId: member.userId,
      details: { ...personDetails(member), from: member.role },
    });
  });
}
