import { db } from "@/lib/db";
import { assertCanManageKeys, auditEvent, type KeyActor } from "./actor";
import { KeyNotFoundError } from "./errors";
import { announceKeyChange } from "./announce-key-change";

/** Immediate and irreversible. Revoking a revoked key changes nothing. */
export async function revokeApiKey(actor: KeyActor, teamId: string, keyId: string, now = new Date()) {
  await assertCanManageKeys(actor, teamId);
  const { hash, ...revoked } = await db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({
      where: { id: keyId, teamId },
      select: { id: true, revokedAt: true, hash: true },
    });
    if (!key) throw new KeyNotFoundError();
    if (key.revokedAt) return key;
    await tx.apiKeyAuditEvent.create({ data: auditEvent(actor, { teamId, keyId, action: "revoked" }) });
    return tx.apiKey.update({
      where: { id: keyId },
      data: { revokedAt: now },
      select: { id: true, revokedAt: true, hash: true },
    });
  });
  await announceKeyChange({ id: keyId, hash });
  return revoked;
}
