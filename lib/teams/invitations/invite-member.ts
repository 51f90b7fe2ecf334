import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatRelative } from "@/lib/format";
import { assertPermission } from "@/lib/permissions/assert-permission";
import type { Actor } from "@/lib/permissions/actor";
import { recordTeamEvent } from "@/lib/teams/audit/record-team-event";
import { assignableRoles, ONLY_OWNERS_MAKE_OWNERS } from "@/lib/teams/members/member-rules";
import { admitInvitationEmail } from "./admit-invitation-email";
import { InvitationRuleError } from "./invitation-errors";
import { newInvitationLink } from "./invitation-link";
import { inviteMemberSchema, type InviteMemberInput } from "./schemas";
import { sendInvitationEmail } from "./send-invitation-email";

function alreadyInvited(email: string, sentAt?: Date) {
  const when = sentAt ? ` ${formatRelative(sentAt)}` : "";
  return new InvitationRuleError(
    "conflict",
    "email",
    `${email} was invited${when} and has not joined yet. To send a new link, use Resend under Pending invitations.`,
  );
}

async function assertNotInTeam(tx: Prisma.TransactionClient, teamId: string, email: string) {
  const member = await tx.membership.findFirst({ where: { teamId, user: { email } }, select: { id: true } });
  if (member) throw new InvitationRuleError("validation_failed", "email", `${email} is already a member of this team.`);
  const invited = await tx.invitation.findUnique({
    where: { teamId_email: { teamId, email } },
    select: { sentAt: true },
  });
  if (invited) throw alreadyInvited(email, invited.sentAt);
}

/**
 * Invites someone by email to join the team with a role: owners and admins may, admins
 * never as an owner. An address already invited is refused, pointing at Resend, rather
 * than silently sent a second link with perhaps another role. The invitation is saved
 * before its email goes out and stays when the mail server refuses (`emailSent` false).
 * Each person sends at most INVITATION_EMAILS_PER_HOUR invitations and resends.
 */
export async function inviteMember(actor: Actor, teamId: string, input: InviteMemberInput, now = new Date()) {
  const { email, role } = inviteMemberSchema.parse(input);
  const inviterRole = await assertPermission(actor, teamId, "members.manage");
  if (!assignableRoles(inviterRole).includes(role)) {
    throw new InvitationRuleError("forbidden", "role", ONLY_OWNERS_MAKE_OWNERS);
  }
  const { token, tokenHash, expiresAt } = newInvitationLink(now);
  const saved = await db
    .$transaction(async (tx) => {
      await assertNotInTeam(tx, teamId, email);
      // Counted once nothing else refuses: an attempt that sends nothing uses none of the allowance.
      await admitInvitationEmail(actor.userId);
      const invitation = await tx.invitation.create({
        data: { teamId, email, role, tokenHash, invitedById: actor.userId, expiresAt, sentAt: now },
        select: {
          id: true,
          team: { select: { name: true } },
          invitedBy: { select: { name: true, email: true } },
        },
      });
      await recordTeamEvent(tx, { teamId, action: "member_invited", actor, email, details: { email, role } });
      return invitation;
    })
    .catch((error: unknown) => {
      // Someone invited the same address a moment ago.
      throw isUniqueViolation(error) ? alreadyInvited(email) : error;
    });
  const emailSent = await sendInvitationEmail({
    to: email,
    token,
    role,
    expiresAt,
    teamName: saved.team.name,
    inviter: saved.invitedBy!,
  });
  return { invitation: { id: saved.id, email, role, expiresAt }, emailSent };
}
