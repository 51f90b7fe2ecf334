import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { failureFrom } from "@/lib/forms/failure";
import { teamSlug } from "./slug";
import { teamNameFieldOf, teamNameFormSchema, type CreateTeamResult } from "./team-settings-schemas";

/** "Ada's team": what a person's own team is called until they rename it. */
export function personalTeamName(personName: string): string {
  return `${personName.split(/\s+/)[0]}'s team`;
}

/**
 * A new team on the Free plan with the person as its owner, in the caller's transaction or
 * on its own. The name is the caller's to check: a personal team's comes from the person's
 * name, which may be longer than a team name typed into a form may be.
 */
export async function createTeam(ownerId: string, name: string, client: Prisma.TransactionClient = db) {
  return client.team.create({
    data: {
      name,
      slug: teamSlug(name),
      plan: "free",
      memberships: { create: { userId: ownerId, role: "owner" } },
    },
    select: { id: true, name: true },
  });
}

/** "Create team" on /no-team: the typed name, checked by the form's own schema, then the team. */
export async function createTeamFromForm(
  ownerId: string,
  input: unknown,
): Promise<{ ok: true; teamId: string } | CreateTeamResult> {
  const parsed = teamNameFormSchema.safeParse(input);
  if (!parsed.success) return failureFrom(parsed.error, { fieldOf: teamNameFieldOf });
  const team = await createTeam(ownerId, parsed.data.name);
  return { ok: true, teamId: team.id };
}
