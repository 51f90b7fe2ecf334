import type { Prisma } from "@/lib/generated/prisma/client";
import type { KeyAuditAction } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { KeyPermissionError } from "./errors";

/** Who is changing a key, and from where: recorded in the audit log. */
export interface KeyActor {
  userId: string;
  ip: string | null;
  userAgent: string | null;
}

/** Owners and admins of the key's team may manage its keys; everyone else gets an error. */
export async function assertCanManageKeys(actor: KeyActor, teamId: string): Promise<void> {
  const membership = await db.membership.findUnique({
    where: { teamId_userId: { teamId, userId: actor.userId } },
    select: { role: true },
  });
  if (!membership || membership.role === "member") throw new KeyPermissionError();
}

export function auditEvent(
  actor: KeyActor,
  event: { teamId: string; keyId: string; action: KeyAuditAction; details?: Prisma.InputJsonValue },
): Prisma.ApiKeyAuditEventUncheckedCreateInput {
  return { ...event, actorId: actor.userId, ip: actor.ip, userAgent: actor.userAgent?.slice(0, 512) ?? null };
}
