import { db } from "@/lib/db";

export const AUDIT_LOG_LIMIT = 50;

/** The newest changes to a team's keys: who did what to which key, when and from where. */
export async function listAuditEvents(teamId: string, limit = AUDIT_LOG_LIMIT) {
  return db.apiKeyAuditEvent.findMany({
    where: { teamId },
    select: {
      id: true,
      action: true,
      ip: true,
      userAgent: true,
      details: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
      key: { select: { id: true, name: true, last4: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
}

export type AuditEvent = Awaited<ReturnType<typeof listAuditEvents>>[number];
