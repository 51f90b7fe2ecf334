import { DomainError } from "@/lib/errors/domain-error";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A body field naming a member must name one of this team's members (else 422 on that field). */
export async function assertMemberInTeam(
  tx: Prisma.TransactionClient,
  teamId: string,
  memberId: string,
  field: string,
): Promise<void> {
  const member = await tx.membership.findFirst({ where: { id: memberId, teamId }, select: { id: true } });
  if (!member) {
    throw new DomainError("validation_failed", `No member ${memberId} in this team.`, {
      fieldErrors: [{ field, message: "Not a member of this team." }],
    });
  }
}
