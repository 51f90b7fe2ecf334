import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { assertPermission } from "@/lib/permissions/assert-permission";
import type { Actor } from "@/lib/permissions/actor";
import { auditEvent } from "./actor";
import { CREATED_KEY_SELECT } from "./create-key";
import { KeyNotFoundError, KeyRuleError } from "./errors";
import { generateApiKey } from "./format";
import { announceKeyChange } from "./announce-key-change";
import { keyStatus } from "./status";
import { ROTATION_GRACE, rotationGraceSchema, type RotationGrace } from "./validations";

/**
 * The help page's rotation without downtime, in one step: a new key with the same name,
 * scopes, allowlist and lifetime, while the old one keeps working for the chosen grace
 * period (or stops now).
 */
export async function rotateApiKey(
  actor: Actor,
  teamId: string,
  keyId: string,
  grace: RotationGrace,
  now = new Date(),
) {
  const graceMs = ROTATION_GRACE[rotationGraceSchema.parse(grace)];
  await assertPermission(actor, teamId, "keys.write");

  const { key, hash, last4 } = generateApiKey();
  const result = await db
    .$transaction(async (tx) => {
      const old = await tx.apiKey.findFirst({
        where: { id: keyId, teamId },
        select: {
          id: true,
          hash: true,
          name: true,
          scopes: true,
          ipAllowlist: true,
          expiresAt: true,
          revokedAt: true,
          createdAt: true,
          rotatedTo: { select: { id: true } },
        },
      });
      if (!old) throw new KeyNotFoundError();
      const status = keyStatus(old, now);
      if (status === "revoked" || status === "expired")
        throw new KeyRuleError("key", `This key is ${status}; create a new key instead.`);
      if (old.rotatedTo) throw new KeyRuleError("key", "This key was already rotated; rotate its replacement instead.");

      const lifetime = old.expiresAt ? old.expiresAt.getTime() - old.createdAt.getTime() : null;
      const created = await tx.apiKey.create({
        data: {
          teamId,
          name: old.name,
          hash,
          last4,
          scopes: old.scopes,
          ipAllowlist: old.ipAllowlist,
          expiresAt: lifetime === null ? null : new Date(now.getTime() + lifetime),
          createdById: actor.userId,
          rotatedFromId: old.id,
        },
        select: CREATED_KEY_SELECT,
      });
      const graceEnd = new Date(now.getTime() + graceMs);
      const oldExpiresAt = old.expiresAt && old.expiresAt < graceEnd ? old.expiresAt : graceEnd;
      await tx.apiKey.update({ where: { id: old.id }, data: { expiresAt: oldExpiresAt } });
      await tx.apiKeyAuditEvent.createMany({
        data: [
          auditEvent(actor, {
            teamId,
            keyId: old.id,
            action: "rotated",
            details: { replaced_by: created.id, expires_at: oldExpiresAt.toISOString() },
          }),
          auditEvent(actor, {
            teamId,
            keyId: created.id,
            action: "created",
            details: { rotated_from: old.id, scopes: old.scopes },
          }),
        ],
      });
      return { record: created, oldKeyExpiresAt: oldExpiresAt, oldKeyHash: old.hash };
    })
    .catch((error) => {
      // A concurrent rotation of the same key won the unique rotated_from_id.
      if (isUniqueViolation(error)) {
        throw new KeyRuleError("key", "This key was already rotated; rotate its replacement instead.");
      }
      throw error;
    });
  const { oldKeyHash, ...rotated } = result;
  await announceKeyChange({ id: keyId, hash: oldKeyHash });
  return { key, ...rotated };
}
