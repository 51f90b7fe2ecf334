import { db } from "@/lib/db";
import { keyStatus } from "./status";

const STATUS_ORDER = { expiring_soon: 0, active: 0, expired: 1, revoked: 1 } as const;

/** A team's keys for the settings list: usable keys first, newest first within each group. */
export async function listTeamKeys(teamId: string, now: Date = new Date()) {
  const keys = await db.apiKey.findMany({
    where: { teamId },
    select: {
      id: true,
      name: true,
      last4: true,
      scopes: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      ipAllowlist: true,
      createdBy: { select: { name: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return keys
    .map((key) => ({ ...key, status: keyStatus(key, now) }))
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
}

export type TeamKey = Awaited<ReturnType<typeof listTeamKeys>>[number];
