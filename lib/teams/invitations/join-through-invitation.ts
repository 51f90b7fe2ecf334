import { DomainError } from "@/lib/errors/domain-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/permissions/actor";
import { hashLinkToken } from "@/lib/security/link-token";
import { recordTeamEvent } from "@/lib/teams/audit/record-team-event";
import { lockTeamMembers } from "@/lib/teams/members/lock-team-members";
import { INVITATION_VIEW_SELECT, invitationView } from "./find-invitation-by-token";
import { USED_BY_MEMBER } from "./invitation-end-reasons";
import { InvitationExpiredError, InvitationNotFoundError } from "./invitation-errors";

export interface Joined {
  teamId: string;
  /** The person was in the team already: the invitation is used up and nothing else changed. */
  alreadyMember: boolean;
}

/**
 * Uses an invitation link for the person, in the caller's transaction: they join its team
 * with its role, the invitation is gone, and their email counts as verified (the link
 * reached that inbox). Refused when expired, used, or sent to another address. Someone in
 * the team already just uses the invitation up, and the team audit log says so.
 */
export async function joinThroughInvitation(
  tx: Prisma.TransactionClient,
  token: string,
  person: { actor: Actor; name: string; email: string },
  now = new Date(),
): Promise<Joined> {
  const tokenHash = hashLinkToken(token);
  const row = await tx.invitation.findUnique({ where: { tokenHash }, select: INVITATION_VIEW_SELECT });
  if (!row) throw new InvitationNotFoundError();
  const invitation = invitationView(row);
  if (invitation.expiresAt <= now) throw new InvitationExpiredError(invitation);
  const email = person.email.trim().toLowerCase();
  if (invitation.email !== email) {
    throw new DomainError(
      "forbidden",
      `This invitation was sent to ${invitation.email}, and you are signed in as ${email}. Sign in as ${invitation.email} to accept it, or ask for an invitation to ${email}.`,
    );
  }
  const { userId } = person.actor;
  const teamId = invitation.team.id;
  const { actor: membership } = await lockTeamMembers(tx, teamId, userId);
  // The single-use guarantee: of two accepts at once, only one deletes the row (and a resend
  // in between has replaced the token, so the old link is gone too).
  const { count } = await tx.invitation.deleteMany({ where: { id: invitation.id, tokenHash } });
  if (count === 0) throw new InvitationNotFoundError();
  await tx.user.updateMany({ where: { id: userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
  const event = { teamId, actor: person.actor, subjectUserId: userId, email };
  if (membership) {
    // Nobody joins: to the log the invitation ended like a canceled one, by the person it was for.
    await recordTeamEvent(tx, {
      ...event,
      action: "invitation_canceled",
      details: { name: person.name, email, role: invitation.role, reason: USED_BY_MEMBER },
    });
    return { teamId, alreadyMember: true };
  }
  await tx.membership.create({ data: { teamId, userId, role: invitation.role } });
  await recordTeamEvent(tx, {
    ...event,
    action: "member_joined",
    details: { name: person.name, email, role: invitation.role, invitedBy: invitation.inviter?.name ?? null },
  });
  return { teamId, alreadyMember: false };
}
