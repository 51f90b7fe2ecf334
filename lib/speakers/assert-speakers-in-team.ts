import { DomainError } from "@/lib/errors/domain-error";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Body fields naming speaker profiles must name this team's profiles (else 422 on each such field). */
export async function assertSpeakersInTeam(
  tx: Prisma.TransactionClient,
  teamId: string,
  references: { field: string; id: string }[],
): Promise<void> {
  if (!references.length) return;
  const ids = [...new Set(references.map((reference) => reference.id))];
  const found = await tx.speakerProfile.findMany({ where: { id: { in: ids }, teamId }, select: { id: true } });
  const known = new Set(found.map((profile) => profile.id));
  const errors = references
    .filter((reference) => !known.has(reference.id))
    .map(({ field }) => ({ field, message: "Not a speaker profile of this team." }));
  if (errors.length)
    throw new DomainError("validation_failed", "The request names speaker profiles this team does not have.", {
      fieldErrors: errors,
    });
}
