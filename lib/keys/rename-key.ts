import { db } from "@/lib/db";
import { assertCanManageKeys, auditEvent, type KeyActor } from "./actor";
import { KeyNotFoundError } from "./errors";
import { announceKeyChange } from "./announce-key-change";
import { keyNameSchema } from "./validations";

/**
 * A new label for a key, audited with the old and new names. Only the name: scopes stay
 * as they were made (a key with other scopes is a new key). Announced like any key change,
 * so GET /me answers with the new name on every instance at once.
 */
export async function renameApiKey(actor: KeyActor, teamId: string, keyId: string, name: string) {
  const newName = keyNameSchema.parse(name);
  await assertCanManageKeys(actor, teamId);
  const renamed = await db.$transaction(async (tx) => {
    const key = await tx.apiKey.findFirst({
      where: { id: keyId, teamId },
      select: { id: true, name: true, hash: true },
    });
    if (!key) throw new KeyNotFoundError();
    if (key.name === newName) return null;
    await tx.apiKeyAuditEvent.create({
      data: auditEvent(actor, { teamId, keyId, action: "renamed", details: { from: key.name, to: newName } }),
    });
    return tx.apiKey.update({ where: { id: keyId }, data: { name: newName }, select: { id: true, hash: true } });
  });
  if (renamed) await announceKeyChange(renamed);
  return { id: keyId, name: newName };
}
