// What the API Keys page shows of reported exposures, and what owners and admins do about
// them: dismiss a key's alert, and choose whether a report revokes the key.
import { db } from "@/lib/db";
import type { ExposedKeyResponse } from "@/lib/generated/prisma/enums";
import { auditEvent } from "@/lib/keys/actor";
import { DomainError } from "@/lib/errors/domain-error";
import { assertPermission } from "@/lib/permissions/assert-permission";
import type { Actor } from "@/lib/permissions/actor";

/** Alerts shown at once in the banner; the rest are counted. */
export const BANNER_EXPOSURES = 5;

/** The team's keys with exposures nobody has dismissed yet, the most recently reported first. */
export async function listUnacknowledgedExposures(teamId: string) {
  const where = { teamId, acknowledgedAt: null };
  const [exposures, total] = await Promise.all([
    db.apiKeyExposure.findMany({
      where,
      select: {
        id: true,
        url: true,
        revoked: true,
        reportedAt: true,
        key: { select: { id: true, name: true, last4: true, revokedAt: true, expiresAt: true } },
      },
      orderBy: [{ reportedAt: "desc" }, { id: "desc" }],
      take: BANNER_EXPOSURES,
    }),
    db.apiKeyExposure.count({ where }),
  ]);
  return { exposures, total };
}
export type UnacknowledgedExposure = Awaited<ReturnType<typeof listUnacknowledgedExposures>>["exposures"][number];

/** Dismisses one alert from the banner, with an audit event. Dismissing it again changes nothing. */
export async function acknowledgeExposure(actor: Actor, teamId: string, exposureId: string, now = new Date()) {
  await assertPermission(actor, teamId, "keys.write");
  await db.$transaction(async (tx) => {
    const exposure = await tx.apiKeyExposure.findFirst({
      where: { id: exposureId, teamId },
      select: { keyId: true, url: true },
    });
    if (!exposure) throw new ExposureNotFoundError();
    const { count } = await tx.apiKeyExposure.updateMany({
      where: { id: exposureId, acknowledgedAt: null },
      data: { acknowledgedAt: now },
    });
    if (count === 1) {
      await tx.apiKeyAuditEvent.create({
        data: auditEvent(actor, {
          teamId,
          keyId: exposure.keyId,
          action: "exposure_acknowledged",
          details: { url: exposure.url },
        }),
      });
    }
  });
}

export class ExposureNotFoundError extends DomainError {
  constructor() {
    super("not_found", "That alert no longer exists. Reload the page.");
  }
}

export async function getExposedKeyResponse(teamId: string): Promise<ExposedKeyResponse> {
  const team = await db.team.findUniqueOrThrow({ where: { id: teamId }, select: { exposedKeyResponse: true } });
  return team.exposedKeyResponse;
}

/** Whether a key found in public is revoked at once (the default) or only reported. */
export async function setExposedKeyResponse(actor: Actor, teamId: string, response: ExposedKeyResponse) {
  await assertPermission(actor, teamId, "keys.write");
  await db.team.update({ where: { id: teamId }, data: { exposedKeyResponse: response }, select: { id: true } });
}
