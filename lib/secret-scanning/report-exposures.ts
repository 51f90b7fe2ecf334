// What a secret scanning report does to the keys it names. Each token is checked offline
// first (prefix, length, checksum: most matches of a loose pattern end there), the rest
// are looked up by hash in one query. A key of ours found somewhere new is recorded once
// per place, announced (audit log, the API Keys page's banner, `api_key.exposed`) and,
// unless its team chose Alert only, revoked at once on every instance.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExposedKeyResponse } from "@/lib/generated/prisma/enums";
import { announceKeyChange } from "@/lib/keys/announce-key-change";
import { markKeyRevoked } from "@/lib/keys/revoke-key";
import { checkApiKeyFormat, hashApiKey, maskApiKey } from "@/lib/keys/format";
import { keyStatus } from "@/lib/keys/status";
import { emitWebhookEvent } from "@/lib/webhooks/events";
import { foundInPublic } from "./found-in-public";
import { TOKEN_TYPE, type ApiKeyExposureObject, type GitHubMatch, type TokenFeedback } from "./schemas";

export type Reporter = ApiKeyExposureObject["reporter"];

/** Where the report came from, for the audit log (the scanner's address and user agent). */
export interface ReportOrigin {
  reporter: Reporter;
  ip: string | null;
  userAgent: string | null;
}

interface ReportedKey {
  id: string;
  teamId: string;
  hash: string;
  name: string;
  last4: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  team: { exposedKeyResponse: ExposedKeyResponse };
}

/** Handles one report; answers one feedback entry per distinct token, in the order first reported. */
export async function reportExposedTokens(
  matches: readonly GitHubMatch[],
  origin: ReportOrigin,
  now = new Date(),
): Promise<TokenFeedback[]> {
  const hashOf = new Map<string, string>();
  for (const { token } of matches) if (!hashOf.has(token)) hashOf.set(token, hashApiKey(token));
  const wellFormed = [...hashOf].filter(([token]) => checkApiKeyFormat(token) === null).map(([, hash]) => hash);
  const keys: ReportedKey[] = wellFormed.length
    ? await db.apiKey.findMany({
        where: { hash: { in: wellFormed } },
        select: {
          id: true,
          teamId: true,
          hash: true,
          name: true,
          last4: true,
          expiresAt: true,
          revokedAt: true,
          team: { select: { exposedKeyResponse: true } },
        },
      })
    : [];
  const keyByHash = new Map(keys.map((key) => [key.hash, key]));

  const places = new Map<string, { key: ReportedKey; match: GitHubMatch }>();
  for (const match of matches) {
    const key = keyByHash.get(hashOf.get(match.token)!);
    if (key) places.set(`${key.id} ${match.url}`, { key, match });
  }
  // One place at a time: a report names a handful of our keys at most, and each exposure
  // commits on its own, so a failure later in the list cannot undo a revocation before it.
  for (const { key, match } of places.values()) await recordExposure(key, match, origin, now);

  return [...hashOf].map(([, hash]) => ({
    token_hash: hash,
    token_type: TOKEN_TYPE,
    label: keyByHash.has(hash) ? "true_positive" : "false_positive",
  }));
}

async function recordExposure(key: ReportedKey, match: GitHubMatch, origin: ReportOrigin, now: Date): Promise<void> {
  const revokes = key.team.exposedKeyResponse === "revoke" && usable(key, now);
  const revoked = await db.$transaction(async (tx) => {
    const [exposure] = await tx.apiKeyExposure.createManyAndReturn({
      data: [
        {
          teamId: key.teamId,
          keyId: key.id,
          url: match.url,
          source: match.source,
          reporter: origin.reporter,
          revoked: false,
          reportedAt: now,
        },
      ],
      skipDuplicates: true,
      select: { id: true },
    });
    // Already recorded: the same report delivered again changes nothing.
    if (!exposure) return false;
    const reason = foundInPublic(match.url);
    const revokedNow = revokes && (await markKeyRevoked(tx, key.id, now, reason));
    if (revokedNow) await tx.apiKeyExposure.update({ where: { id: exposure.id }, data: { revoked: true } });
    await tx.apiKeyAuditEvent.create({
      data: {
        teamId: key.teamId,
        keyId: key.id,
        action: revokedNow ? "revoked" : "exposed",
        actorId: null,
        ip: origin.ip,
        userAgent: origin.userAgent?.slice(0, 512) ?? null,
        details: auditDetails(
          match,
          origin.reporter,
          revokedNow ? { reason } : { response: leftAsItWas(key, revokes, now) },
        ),
        createdAt: now,
      },
    });
    const status = keyStatus({ expiresAt: key.expiresAt, revokedAt: revokedNow ? now : key.revokedAt }, now);
    const object: ApiKeyExposureObject = {
      object: "api_key_exposure",
      id: exposure.id,
      api_key: { id: key.id, name: key.name, masked_key: maskApiKey(key.last4), status },
      url: match.url,
      source: match.source,
      reporter: origin.reporter,
      revoked: revokedNow,
      reported_at: now.toISOString(),
    };
    await emitWebhookEvent(tx, { teamId: key.teamId, type: "api_key.exposed", object, occurredAt: now });
    return revokedNow;
  });
  if (revoked) await announceKeyChange(key);
}

function usable(key: ReportedKey, now: Date): boolean {
  const status = keyStatus(key, now);
  return status === "active" || status === "expiring_soon";
}

/** Why a reported key was not revoked: the team's Alert only, or it no longer worked (revoked, expired). */
function leftAsItWas(key: ReportedKey, revokes: boolean, now: Date): "alert" | "inactive" {
  return !revokes && usable(key, now) ? "alert" : "inactive";
}

function auditDetails(match: GitHubMatch, reporter: Reporter, extra: Record<string, string>): Prisma.InputJsonObject {
  return { url: match.url, source: match.source, reporter, ...extra };
}
