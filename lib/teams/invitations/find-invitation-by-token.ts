import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashLinkToken } from "@/lib/security/link-token";

export interface InvitationView {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  team: { id: string; name: string };
  inviter: { name: string; email: string } | null;
}

export type InvitationLookup =
  | { status: "pending"; invitation: InvitationView; emailHasAccount: boolean }
  | { status: "expired"; invitation: InvitationView }
  | { status: "not_found" };

export const INVITATION_VIEW_SELECT = {
  id: true,
  email: true,
  role: true,
  expiresAt: true,
  team: { select: { id: true, name: true } },
  invitedBy: { select: { name: true, email: true } },
} satisfies Prisma.InvitationSelect;

export function invitationView(row: Prisma.InvitationGetPayload<{ select: typeof INVITATION_VIEW_SELECT }>) {
  const { invitedBy, ...invitation } = row;
  return { ...invitation, inviter: invitedBy } satisfies InvitationView;
}

/**
 * What an invitation link is worth, without using it: the page that offers to accept it.
 * Accepted, canceled and replaced links are all not found (their hash is gone). Whether the
 * address has an account is told only to whoever holds the link, that is, reads the inbox.
 */
export async function findInvitationByToken(token: string, now = new Date()): Promise<InvitationLookup> {
  const row = await db.invitation.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: INVITATION_VIEW_SELECT,
  });
  if (!row) return { status: "not_found" };
  const invitation = invitationView(row);
  if (invitation.expiresAt <= now) return { status: "expired", invitation };
  const account = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return { status: "pending", invitation, emailHasAccount: Boolean(account) };
}
