import { describe, expect, it } from "vitest";
import { createTeamFromForm } from "@/lib/teams/create-team";
import { leaveTeam } from "@/lib/teams/members/leave-team";
import { TEAM_NAME_MAX } from "@/lib/teams/team-settings-schemas";
import { db, setUpTestDatabase } from "../helpers/database";
import { createTeam, createTeamPerson } from "../helpers/factories";

// "Create team" on /no-team, for someone who left (or was removed from) their last team.
// The page's action only adds the signed-in person and the current-team cookie around it.

setUpTestDatabase();

/** Someone who was in one team and left it: in no team now. */
async function personWithNoTeam() {
  const team = await createTeam("pro");
  await createTeamPerson(team.id, "owner", "Olivia Chen");
  const { actor, user } = await createTeamPerson(team.id, "member", "Grace Hopper");
  await leaveTeam(actor, team.id);
  return user;
}

describe("creating a team from /no-team", () => {
  it("makes a Free team with the person as its owner", async () => {
    const person = await personWithNoTeam();
    const result = await createTeamFromForm(person.id, { name: "  Compilers Inc  " });
    expect(result).toEqual({ ok: true, teamId: expect.any(String) });

    const memberships = await db.membership.findMany({
      where: { userId: person.id },
      select: { role: true, team: { select: { id: true, name: true, slug: true, plan: true } } },
    });
    expect(memberships).toEqual([
      {
        role: "owner",
        team: {
          id: (result as { teamId: string }).teamId,
          name: "Compilers Inc",
          slug: expect.any(String),
          plan: "free",
        },
      },
    ]);
    expect(memberships[0]!.team.slug).toMatch(/^compilers-inc-[0-9a-f]{6}$/);
  });

  it("refuses a name the team name rule refuses, next to the name, creating nothing", async () => {
    const person = await personWithNoTeam();
    const teams = await db.team.count();

    expect(await createTeamFromForm(person.id, { name: "   " })).toEqual({
      ok: false,
      fieldErrors: { name: "Give the team a name" },
    });
    expect(await createTeamFromForm(person.id, { name: "x".repeat(TEAM_NAME_MAX + 1) })).toEqual({
      ok: false,
      fieldErrors: { name: `Use at most ${TEAM_NAME_MAX} characters` },
    });
    expect(await db.team.count()).toBe(teams);
    expect(await db.membership.count({ where: { userId: person.id } })).toBe(0);
  });
});
