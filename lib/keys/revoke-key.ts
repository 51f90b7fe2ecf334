import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertPermission } from "@/lib/permissions/assert-permission";
import type { Actor } from "@/lib/permissions/actor";
import { auditEvent } from "./actor";
import { KeyNotFoundError } from "./errors";
import { announceKeyChange } from "./announce-key-change";

/** Immediate and irreversible. Revoking a revoked key changes nothing. */
export async function revokeApiKey(actor: Actor, teamId: string, keyId: string, now = new Date()) {
  await assertPermission(actor, teamId, "keys.write");
  const { hash, ...revoked } = await db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({ where: { id: keyId, teamId }, select: { id: true, hash: true } });
    if (!key) throw new KeyNotFoundError();
    if (await markKeyRevoked(tx, keyId, now)) {
      await tx.apiKeyAuditEvent.create({ data: auditEvent(actor, { teamId, keyId, action: "revoked" }) });
    }
    return tx.apiKey.findUniqueOrThrow({ where: { id: keyId }, select: { id: true, revokedAt: true, hash: true } });
  });
  await announceKeyChange({ id: keyId, hash });
  return revoked;
}

/**
 * Revokes the key unless it already is, as one conditional write: of two revocations at
 * once, exactly one gets true (and writes the audit event). Callers announce the change
 * (announceKeyChange) once their transaction commits.
 */
export async function markKeyRevoked(
  tx: Prisma.TransactionClient,
  keyId: string,
  now: Date,
  reason: string | null = null,
): Promise<boolean> {
  const { count } = await tx.apiKey.updateMany({
    where: { id: keyId, revokedAt: null },
    data: { revokedAt: now, revokedReason: reason },
  });
  return count === 1;
}
