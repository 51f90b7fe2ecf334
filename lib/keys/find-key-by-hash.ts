import { db } from "@/lib/db";
import type { AuthKeyRecord } from "./key-cache";
import type { Scope } from "./scopes";

export async function findKeyByHash(hash: string): Promise<AuthKeyRecord | null> {
  const key = await db.apiKey.findUnique({
    where: { hash },
    select: {
      id: true,
      name: true,
      scopes: true,
      expiresAt: true,
      revokedAt: true,
      createdAt: true,
      ipAllowlist: true,
      team: { select: { id: true, name: true, plan: true, customRateLimit: true } },
    },
  });
  return key ? { ...key, scopes: key.scopes as Scope[] } : null;
}
