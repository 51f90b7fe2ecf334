import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-error";
import { assertPermission } from "@/lib/permissions/assert-permission";
import type { Actor } from "@/lib/permissions/actor";
import { recordTeamEvent } from "@/lib/teams/audit/record-team-event";
import { admitInvitationEmail } from "./admit-invitation-email";
import { findManageableInvitation } from "./find-manageable-invitation";
import { newInvitationLink } from "./invitation-link";
import { sendInvitationEmail } from "./send-invitation-email";

/** At most one email per invitation per minute, delivered or not: nobody can flood an inbox by clicking. */
const RESEND_INTERVAL_MS = 60_000;

function tooSoon(waitMs: number) {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new DomainError(
    "rate_limited",
    `This invitation was sent less than a minute ago. You can resend it in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`,
    { retryAfterSeconds: seconds },
  );
}

/**
 * A new link for a pending (or expired) invitation, working for another 7 days; the old
 * link stops working at once. Emailed in the name of the original inviter when they are
 * still known, else the person resending. Counts against the resender's hourly invitations.
 */
export async function resendInvitation(actor: Actor, teamId: string, invitationId: string, now = new Date()) {
  const role = await assertPermission(actor, teamId, "members.manage");
  const { token, tokenHash, expiresAt } = newInvitationLink(now);
  const invitation = await db.$transaction(async (tx) => {
    const found = await findManageableInvitation(tx, role, teamId, invitationId);
    const waitMs = found.sentAt.getTime() + RESEND_INTERVAL_MS - now.getTime();
    if (waitMs > 0) throw tooSoon(waitMs);
    // After the per-invitation check: a click too soon sends nothing and uses none of the allowance.
    await admitInvitationEmail(actor.userId);
    // Conditional on the sending time read above, so of two clicks at once only one sends.
    const { count } = await tx.invitation.updateMany({
      where: { id: found.id, sentAt: found.sentAt },
      data: { tokenHash, expiresAt, sentAt: now },
    });
    if (count === 0) throw tooSoon(RESEND_INTERVAL_MS);
    await recordTeamEvent(tx, {
      teamId,
      action: "invitation_resent",
      actor,
      email: found.email,
      details: { email: found.email, role: found.role },
    });
    const resender = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { name: true, email: true },
    });
    return { ...found, inviter: found.invitedBy ?? resender };
  });
  const emailSent = await sendInvitationEmail({
    to: invitation.email,
    token,
    role: invitation.role,
    expiresAt,
    teamName: invitation.team.name,
    inviter: invitation.inviter,
  });
  return { invitation: { id: invitation.id, email: invitation.email, expiresAt }, emailSent };
}
