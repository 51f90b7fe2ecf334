import { db } from "@/lib/db";
import type { Plan } from "@/lib/generated/prisma/enums";
import { keyInvalidations } from "@/lib/keys/invalidation";

/** An operator's plan change; every instance applies it on the team's next request. */
export async function changeTeamPlan(teamIdOrSlug: string, plan: Plan, customRateLimit: number | null = null) {
  if (customRateLimit !== null && plan !== "enterprise")
    throw new Error("A custom limit applies to the Enterprise plan only.");
  if (customRateLimit !== null && (!Number.isInteger(customRateLimit) || customRateLimit < 1)) {
    throw new Error("The custom limit must be a positive whole number of requests per minute.");
  }
  const team = await db.team.findFirst({
    where: { OR: [{ id: teamIdOrSlug }, { slug: teamIdOrSlug }] },
    select: { id: true },
  });
  if (!team) throw new Error(`No team with id or slug "${teamIdOrSlug}".`);
  const updated = await db.team.update({
    where: { id: team.id },
    data: { plan, customRateLimit },
    select: { id: true, name: true, slug: true, plan: true, customRateLimit: true },
  });
  await keyInvalidations().invalidateTeam(team.id);
  return updated;
}
