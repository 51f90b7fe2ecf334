import type { Prisma } from "@/lib/generated/prisma/client";
import type { KeyAuditAction } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/permissions/actor";

/** The audit log's record of who changed a key, and from where. */
export function auditEvent(
  actor: Actor,
  event: { teamId: string; keyId: string; action: KeyAuditAction; details?: Prisma.InputJsonValue },
): Prisma.ApiKeyAuditEventUncheckedCreateInput {
  return { ...event, actorId: actor.userId, ip: actor.ip, userAgent: actor.userAgent?.slice(0, 512) ?? null };
}
