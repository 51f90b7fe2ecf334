import { db } from "@/lib/db";
import { keyInvalidations } from "@/lib/keys/invalidation";
import type { Actor } from "@/lib/permissions/actor";
import { assertPermission } from "@/lib/permissions/assert-permission";
import { recordTeamEvent } from "./audit/record-team-event";
import { teamNameSchema } from "./team-settings-schemas";

/**
 * A new name for the team, audited with the old one. The slug stays as it is, so links
 * keep working. Announced like a plan change: GET /me answers with the new name on every
 * instance at once. The same name again changes nothing.
 */
export async function renameTeam(actor: Actor, teamId: string, name: string) {
  const to = teamNameSchema.parse(name);
  await assertPermission(actor, teamId, "team.manage");
  const renamed = await db.$transaction(async (tx) => {
    const team = await tx.team.findUniqueOrThrow({ where: { id: teamId }, select: { name: true } });
    if (team.name === to) return false;
    await tx.team.update({ where: { id: teamId }, data: { name: to }, select: { id: true } });
    await recordTeamEvent(tx, { teamId, action: "team_renamed", actor, details: { from: team.name, to } });
    return true;
  });
  if (renamed) await keyInvalidations().invalidateTeam(teamId);
  return { name: to };
}
