import { db } from "@/lib/db";
import { planAllowsIpAllowlist } from "@/lib/plans/plans";
import { assertCanManageKeys, auditEvent, type KeyActor } from "./actor";
import { KeyRuleError } from "./errors";
import { generateApiKey } from "./format";
import { createKeySchema, type CreateKeyInput } from "./validations";

export const CREATED_KEY_SELECT = {
  id: true,
  name: true,
  last4: true,
  scopes: true,
  expiresAt: true,
  ipAllowlist: true,
  createdAt: true,
} as const;

/**
 * Creates a key and returns its secret, the only time it exists outside the caller's
 * hands: only the hash and last four characters are stored.
 */
export async function createApiKey(actor: KeyActor, teamId: string, input: CreateKeyInput, now = new Date()) {
  const data = createKeySchema.parse(input);
  await assertCanManageKeys(actor, teamId);
  if (data.expiresAt && data.expiresAt <= now)
    throw new KeyRuleError("expiresAt", "Choose an expiration date in the future.");
  if (data.ipAllowlist.length) {
    const team = await db.team.findUniqueOrThrow({ where: { id: teamId }, select: { plan: true } });
    if (!planAllowsIpAllowlist(team.plan))
      throw new KeyRuleError("ipAllowlist", "IP allowlists are available on the Enterprise plan.");
  }

  const { key, hash, last4 } = generateApiKey();
  const record = await db.$transaction(async (tx) => {
    const created = await tx.apiKey.create({
      data: {
        teamId,
        name: data.name,
        hash,
        last4,
        scopes: data.scopes,
        expiresAt: data.expiresAt,
        ipAllowlist: data.ipAllowlist,
        createdById: actor.userId,
      },
      select: CREATED_KEY_SELECT,
    });
    await tx.apiKeyAuditEvent.create({
      data: auditEvent(actor, { teamId, keyId: created.id, action: "created", details: { scopes: data.scopes } }),
    });
    return created;
  });
  return { key, record };
}
