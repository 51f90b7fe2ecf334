import type { Prisma } from "@/lib/generated/prisma/client";
import type { TeamAuditAction } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/permissions/actor";

export interface TeamEvent {
  teamId: string;
  action: TeamAuditAction;
  /** Who acted and from where; null for an operator or the system. */
  actor: Actor | null;
  /** The person the change was about, when they have an account. */
  subjectUserId?: string | null;
  /** The invited address, for invitation events. */
  email?: string | null;
  /** What changed, with names as they are now: the log must read the same after they change. */
  details?: Prisma.InputJsonObject;
}

/** Writes one team audit event, in the transaction of the change it records. */
export async function recordTeamEvent(tx: Prisma.TransactionClient, event: TeamEvent): Promise<void> {
  await tx.teamAuditEvent.create({
    data: {
      teamId: event.teamId,
      action: event.action,
      actorId: event.actor?.userId ?? null,
      ip: event.actor?.ip ?? null,
      userAgent: event.actor?.userAgent ?? null,
      subjectUserId: event.subjectUserId ?? null,
      email: event.email ?? null,
      details: event.details,
    },
  });
}
