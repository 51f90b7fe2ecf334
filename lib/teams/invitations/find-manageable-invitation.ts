import { DomainError } from "@/lib/errors/domain-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { assignableRoles } from "@/lib/teams/members/member-rules";
import {
  InvitationNotFoundError,
  INVITATION_NO_LONGER_PENDING,
  MANAGE_OWNER_INVITATION_REFUSAL,
} from "./invitation-errors";

/** A pending invitation of the team that someone with `role` may resend or cancel (admins never an owner's). */
export async function findManageableInvitation(
  tx: Prisma.TransactionClient,
  role: Role,
  teamId: string,
  invitationId: string,
) {
  const invitation = await tx.invitation.findFirst({
    where: { id: invitationId, teamId },
    select: {
      id: true,
      email: true,
      role: true,
      sentAt: true,
      team: { select: { name: true } },
      invitedBy: { select: { name: true, email: true } },
    },
  });
  if (!invitation) throw new InvitationNotFoundError(INVITATION_NO_LONGER_PENDING);
  if (!assignableRoles(role).includes(invitation.role))
    throw new DomainError("forbidden", MANAGE_OWNER_INVITATION_REFUSAL);
  return invitation;
}
