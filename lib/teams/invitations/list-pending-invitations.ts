import { db } from "@/lib/db";

/** The team's invitations nobody has accepted or canceled, expired ones included (they can be resent), newest first. */
export async function listPendingInvitations(teamId: string) {
  return db.invitation.findMany({
    where: { teamId },
    select: {
      id: true,
      email: true,
      role: true,
      sentAt: true,
      expiresAt: true,
      invitedBy: { select: { name: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

export type PendingInvitation = Awaited<ReturnType<typeof listPendingInvitations>>[number];
