import { qualifiedTable } from "@/lib/db";
import { DomainError } from "@/lib/errors/domain-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Refusal } from "./member-rules";

const MEMBER_SELECT = {
  id: true,
  role: true,
  userId: true,
  user: { select: { name: true, email: true } },
} satisfies Prisma.MembershipSelect;

export type TeamMember = Prisma.MembershipGetPayload<{ select: typeof MEMBER_SELECT }>;

/**
 * Locks the team's row until the transaction ends, then reads the acting person's
 * membership (null outside the team) and how many owners the team has. Every change to a
 * team's memberships takes this lock first, so two at once run one after the other and
 * the second sees the first's result: two owners demoting each other cannot leave the
 * team without one.
 */
export async function lockTeamMembers(tx: Prisma.TransactionClient, teamId: string, userId: string) {
  await tx.$executeRaw`SELECT 1 FROM ${qualifiedTable("teams")} WHERE id = ${teamId} FOR UPDATE`;
  const actor = await tx.membership.findUnique({
    where: { teamId_userId: { teamId, userId } },
    select: MEMBER_SELECT,
  });
  const owners = await tx.membership.count({ where: { teamId, role: "owner" } });
  return { actor, owners };
}

/** One of the team's members, or not_found: a stale page may name someone who has since left. */
export async function findTeamMember(
  tx: Prisma.TransactionClient,
  teamId: string,
  membershipId: string,
): Promise<TeamMember> {
  const member = await tx.membership.findFirst({ where: { id: membershipId, teamId }, select: MEMBER_SELECT });
  if (!member) {
    throw new DomainError(
      "not_found",
      "That person is no longer a member of this team. Reload the page to see who is.",
    );
  }
  return member;
}

/** Throws the rule's refusal, if it made one. */
export function refuseIf(refusal: Refusal | null): void {
  if (refusal) throw new DomainError(refusal.code, refusal.message);
}

/** What the audit log keeps of a person: their name and address as they were at the time. */
export const personDetails = (member: TeamMember) => ({ name: member.user.name, email: member.user.email });
