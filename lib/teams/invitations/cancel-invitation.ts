import { db } from "@/lib/db";
import { assertPermission } from "@/lib/permissions/assert-permission";
import type { Actor } from "@/lib/permissions/actor";
import { recordTeamEvent } from "@/lib/teams/audit/record-team-event";
import { findManageableInvitation } from "./find-manageable-invitation";
import { InvitationNotFoundError, INVITATION_NO_LONGER_PENDING } from "./invitation-errors";

/** Withdraws a pending invitation: its link stops working at once. */
export async function cancelInvitation(actor: Actor, teamId: string, invitationId: string) {
  const role = await assertPermission(actor, teamId, "members.manage");
  return db.$transaction(async (tx) => {
    const invitation = await findManageableInvitation(tx, role, teamId, invitationId);
    // Accepted a moment ago, the row is gone: nothing left to cancel.
    const { count } = await tx.invitation.deleteMany({ where: { id: invitation.id } });
    if (count === 0) throw new InvitationNotFoundError(INVITATION_NO_LONGER_PENDING);
    await recordTeamEvent(tx, {
      teamId,
      action: "invitation_canceled",
      actor,
      email: invitation.email,
      details: { email: invitation.email, role: invitation.role },
    });
    return { id: invitation.id, email: invitation.email };
  });
}
