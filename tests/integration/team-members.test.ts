import { afterAll, describe, expect, it } from "vitest";
import * as me from "@/app/api/v1/me/route";
import { describeTeamEvent } from "@/app/(dashboard)/settings/members/components/describe-team-event";
import { changeRoleFromForm } from "@/app/(dashboard)/settings/members/member-form-handlers";
import { renameTeamFromForm } from "@/app/(dashboard)/settings/general/team-form-handlers";
import { createApiKey } from "@/lib/keys/create-key";
import { keyListQuerySchema, listTeamKeys } from "@/lib/keys/list-keys";
import { PermissionError } from "@/lib/permissions/assert-permission";
import { listTeamEvents, type TeamEventRow } from "@/lib/teams/audit/list-team-events";
import { changeMemberRole } from "@/lib/teams/members/change-member-role";
import { leaveTeam } from "@/lib/teams/members/leave-team";
import {
  ADMIN_TOUCHES_OWNER,
  ALREADY_OWNER,
  LAST_OWNER,
  LAST_OWNER_LEAVING,
  ONLY_OWNERS_MAKE_OWNERS,
  ONLY_OWNERS_TRANSFER,
} from "@/lib/teams/members/member-rules";
import { removeMember } from "@/lib/teams/members/remove-member";
import { transferOwnership } from "@/lib/teams/members/transfer-ownership";
import { renameTeam } from "@/lib/teams/rename-team";
import { usageRecorder } from "@/lib/usage/recorder";
import { callRoute } from "../helpers/api";
import { db, setUpTestDatabase } from "../helpers/database";
import { createTeam, createTeamPerson } from "../helpers/factories";
import { setUpAppRedis } from "../helpers/redis";

setUpTestDatabase();
setUpAppRedis();
// The GET /me calls' usage, written before the test schema goes.
afterAll(() => usageRecorder().flush());

const MEMBERS_REFUSAL = "Only owners and admins can invite people, change roles or remove members.";

const roleOf = async (membershipId: string) =>
  (await db.membership.findUnique({ where: { id: membershipId }, select: { role: true } }))?.role ?? null;
const ownersOf = (teamId: string) => db.membership.count({ where: { teamId, role: "owner" } });
const eventsOf = (teamId: string) =>
  db.teamAuditEvent.findMany({ where: { teamId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

/** A team with an owner, an admin and a member, named like the demo team. */
async function acme() {
  const team = await createTeam("pro");
  const olivia = await createTeamPerson(team.id, "owner", "Olivia Chen");
  const ana = await createTeamPerson(team.id, "admin", "Ana Ruiz");
  const sam = await createTeamPerson(team.id, "member", "Sam Lee");
  return { team, olivia, ana, sam };
}

describe("a team always has an owner", () => {
  it("refuses to demote the last owner, and changes nothing", async () => {
    const { team, olivia } = await acme();
    await expect(changeMemberRole(olivia.actor, team.id, olivia.membershipId, "admin")).rejects.toThrow(LAST_OWNER);
    expect(await roleOf(olivia.membershipId)).toBe("owner");
    expect(await eventsOf(team.id)).toEqual([]);
  });

  it("refuses to let the last owner leave, pointing to transfer ownership", async () => {
    const { team, olivia } = await acme();
    await expect(leaveTeam(olivia.actor, team.id)).rejects.toMatchObject({
      code: "conflict",
      message: LAST_OWNER_LEAVING,
    });
    expect(LAST_OWNER_LEAVING).toMatch(/transfer ownership/i);
    expect(await roleOf(olivia.membershipId)).toBe("owner");
  });

  it("never removes the last owner: an admin may not, and removing yourself is leaving", async () => {
    const { team, olivia, ana } = await acme();
    await expect(removeMember(ana.actor, team.id, olivia.membershipId)).rejects.toThrow(ADMIN_TOUCHES_OWNER);
    await expect(removeMember(olivia.actor, team.id, olivia.membershipId)).rejects.toThrow(LAST_OWNER_LEAVING);
    expect(await roleOf(olivia.membershipId)).toBe("owner");
    expect(await eventsOf(team.id)).toEqual([]);
  });

  it("lets one of two owners step down, but not the second", async () => {
    const { team, olivia } = await acme();
    const noah = await createTeamPerson(team.id, "owner", "Noah Kim");
    await changeMemberRole(olivia.actor, team.id, olivia.membershipId, "admin");
    await expect(changeMemberRole(noah.actor, team.id, noah.membershipId, "member")).rejects.toThrow(LAST_OWNER);
    expect(await ownersOf(team.id)).toBe(1);
  });

  it("keeps an owner when two owners demote each other at the same moment", async () => {
    for (let round = 0; round < 8; round++) {
      const { team, olivia } = await acme();
      const noah = await createTeamPerson(team.id, "owner", "Noah Kim");
      const outcomes = await Promise.allSettled([
        changeMemberRole(olivia.actor, team.id, noah.membershipId, "admin"),
        changeMemberRole(noah.actor, team.id, olivia.membershipId, "admin"),
      ]);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
      // The second ran once the first had committed: as an admin now, on an owner.
      expect(outcomes.find((outcome) => outcome.status === "rejected")).toMatchObject({
        reason: { message: ADMIN_TOUCHES_OWNER },
      });
      expect(await ownersOf(team.id)).toBe(1);
      expect(await db.teamAuditEvent.count({ where: { teamId: team.id } })).toBe(1);
    }
  });

  it("keeps an owner when the last two owners both leave at the same moment", async () => {
    const { team, olivia } = await acme();
    const noah = await createTeamPerson(team.id, "owner", "Noah Kim");
    const outcomes = await Promise.allSettled([leaveTeam(olivia.actor, team.id), leaveTeam(noah.actor, team.id)]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await ownersOf(team.id)).toBe(1);
  });
});

describe("what admins may do", () => {
  it("changes members and admins between member and admin", async () => {
    const { team, ana, sam } = await acme();
    await changeMemberRole(ana.actor, team.id, sam.membershipId, "admin");
    expect(await roleOf(sam.membershipId)).toBe("admin");
    await changeMemberRole(ana.actor, team.id, sam.membershipId, "member");
    expect(await roleOf(sam.membershipId)).toBe("member");
  });

  it("cannot change an owner's role, remove an owner, make anyone an owner or transfer ownership", async () => {
    const { team, olivia, ana, sam } = await acme();
    await expect(changeMemberRole(ana.actor, team.id, olivia.membershipId, "member")).rejects.toThrow(
      ADMIN_TOUCHES_OWNER,
    );
    await expect(removeMember(ana.actor, team.id, olivia.membershipId)).rejects.toThrow(ADMIN_TOUCHES_OWNER);
    await expect(changeMemberRole(ana.actor, team.id, sam.membershipId, "owner")).rejects.toThrow(
      ONLY_OWNERS_MAKE_OWNERS,
    );
    await expect(changeMemberRole(ana.actor, team.id, ana.membershipId, "owner")).rejects.toThrow(
      ONLY_OWNERS_MAKE_OWNERS,
    );
    await expect(transferOwnership(ana.actor, team.id, sam.membershipId)).rejects.toThrow(ONLY_OWNERS_TRANSFER);
    expect([await roleOf(olivia.membershipId), await roleOf(sam.membershipId)]).toEqual(["owner", "member"]);
    expect(await eventsOf(team.id)).toEqual([]);
  });

  it("answers the form with the refusal's words, not an exception", async () => {
    const { team, olivia, ana } = await acme();
    expect(await changeRoleFromForm(ana.actor, team.id, { membershipId: olivia.membershipId, role: "admin" })).toEqual({
      ok: false,
      formError: ADMIN_TOUCHES_OWNER,
    });
    expect(await changeRoleFromForm(ana.actor, team.id, { membershipId: olivia.membershipId, role: "boss" })).toEqual({
      ok: false,
      fieldErrors: { role: "Choose a role" },
    });
  });
});

describe("what members and outsiders may do", () => {
  it("refuses a member every change but leaving", async () => {
    const { team, ana, sam } = await acme();
    const lee = await createTeamPerson(team.id, "member", "Lee Park");
    await expect(changeMemberRole(sam.actor, team.id, lee.membershipId, "admin")).rejects.toThrow(MEMBERS_REFUSAL);
    await expect(changeMemberRole(sam.actor, team.id, sam.membershipId, "admin")).rejects.toThrow(MEMBERS_REFUSAL);
    await expect(removeMember(sam.actor, team.id, ana.membershipId)).rejects.toThrow(MEMBERS_REFUSAL);
    await expect(transferOwnership(sam.actor, team.id, lee.membershipId)).rejects.toThrow(ONLY_OWNERS_TRANSFER);
    await expect(renameTeam(sam.actor, team.id, "Sam's team")).rejects.toBeInstanceOf(PermissionError);
    expect(await eventsOf(team.id)).toEqual([]);
    expect(await leaveTeam(sam.actor, team.id)).toEqual({ remainingTeams: 0 });
    expect(await roleOf(sam.membershipId)).toBeNull();
  });

  it("refuses people outside the team, and names a member who has gone as gone", async () => {
    const { team, olivia, sam } = await acme();
    const other = await acme();
    await expect(changeMemberRole(other.olivia.actor, team.id, sam.membershipId, "admin")).rejects.toThrow(
      MEMBERS_REFUSAL,
    );
    await expect(removeMember(olivia.actor, team.id, other.sam.membershipId)).rejects.toMatchObject({
      code: "not_found",
    });
    await removeMember(olivia.actor, team.id, sam.membershipId);
    await expect(changeMemberRole(olivia.actor, team.id, sam.membershipId, "admin")).rejects.toThrow(
      /no longer a member of this team/,
    );
  });
});

describe("owners", () => {
  it("make owners, who may then change or remove the other owners", async () => {
    const { team, olivia, ana } = await acme();
    await changeMemberRole(olivia.actor, team.id, ana.membershipId, "owner");
    await changeMemberRole(ana.actor, team.id, olivia.membershipId, "admin");
    expect([await roleOf(olivia.membershipId), await roleOf(ana.membershipId)]).toEqual(["admin", "owner"]);
  });

  it("transfer ownership: the other person becomes an owner and they an admin, in one audited change", async () => {
    const { team, olivia, sam } = await acme();
    await transferOwnership(olivia.actor, team.id, sam.membershipId);
    expect([await roleOf(olivia.membershipId), await roleOf(sam.membershipId)]).toEqual(["admin", "owner"]);
    expect(await eventsOf(team.id)).toEqual([
      expect.objectContaining({
        action: "ownership_transferred",
        actorId: olivia.user.id,
        subjectUserId: sam.user.id,
        details: { name: "Sam Lee", email: sam.user.email, from: "member" },
      }),
    ]);
    await expect(transferOwnership(olivia.actor, team.id, sam.membershipId)).rejects.toThrow(ONLY_OWNERS_TRANSFER);
    await expect(transferOwnership(sam.actor, team.id, sam.membershipId)).rejects.toThrow(ALREADY_OWNER);
  });
});

describe("removing a member", () => {
  it("leaves the keys they made working and listed, created by a former member", async () => {
    const { team, olivia, ana } = await acme();
    const theirs = await createApiKey(ana.actor, team.id, { name: "CRM Sync", scopes: ["team:read"], expiresAt: null });
    const ours = await createApiKey(olivia.actor, team.id, {
      name: "Analytics",
      scopes: ["team:read"],
      expiresAt: null,
    });
    await removeMember(olivia.actor, team.id, ana.membershipId);

    expect(await db.membership.count({ where: { teamId: team.id, userId: ana.user.id } })).toBe(0);
    expect((await callRoute(me.GET, "/me", { key: theirs.key })).status).toBe(200);
    const { keys } = await listTeamKeys(team.id, keyListQuerySchema.parse({}));
    const byId = new Map(keys.map((key) => [key.id, key]));
    expect(byId.get(theirs.record.id)).toMatchObject({
      status: "active",
      createdByName: "Ana Ruiz",
      createdByFormerMember: true,
    });
    expect(byId.get(ours.record.id)).toMatchObject({ createdByName: "Olivia Chen", createdByFormerMember: false });
  });
});

describe("renaming the team", () => {
  it("trims the name, keeps the slug, audits old and new, and answers GET /me with the new name", async () => {
    const { team, ana } = await acme();
    const key = await createApiKey(ana.actor, team.id, { name: "CRM Sync", scopes: ["team:read"], expiresAt: null });
    expect(await (await callRoute(me.GET, "/me", { key: key.key })).json()).toMatchObject({
      team: { name: team.name },
    });

    expect(await renameTeam(ana.actor, team.id, "  Acme Research  ")).toEqual({ name: "Acme Research" });
    expect(await db.team.findUniqueOrThrow({ where: { id: team.id } })).toMatchObject({
      name: "Acme Research",
      slug: team.slug,
    });
    expect(await eventsOf(team.id)).toEqual([
      expect.objectContaining({ action: "team_renamed", details: { from: team.name, to: "Acme Research" } }),
    ]);
    expect(await (await callRoute(me.GET, "/me", { key: key.key })).json()).toMatchObject({
      team: { name: "Acme Research" },
    });
    await renameTeam(ana.actor, team.id, "Acme Research");
    expect(await db.teamAuditEvent.count({ where: { teamId: team.id } })).toBe(1);
  });

  it("puts the form's mistakes next to the name", async () => {
    const { team, olivia } = await acme();
    expect(await renameTeamFromForm(olivia.actor, team.id, { name: "   " })).toEqual({
      ok: false,
      fieldErrors: { name: "Give the team a name" },
    });
    expect(await renameTeamFromForm(olivia.actor, team.id, { name: "x".repeat(65) })).toEqual({
      ok: false,
      fieldErrors: { name: "Use at most 64 characters" },
    });
    expect(await renameTeamFromForm(olivia.actor, team.id, { name: "x".repeat(64) })).toEqual({
      ok: true,
      name: "x".repeat(64),
    });
  });
});

describe("the team audit log", () => {
  it("records each change once, with who acted and from where, and reads newest first in words", async () => {
    const { team, olivia, ana, sam } = await acme();
    const lee = await createTeamPerson(team.id, "member", "Lee Park");
    await changeMemberRole(olivia.actor, team.id, sam.membershipId, "admin");
    await changeMemberRole(olivia.actor, team.id, sam.membershipId, "admin");
    await removeMember(ana.actor, team.id, lee.membershipId);
    await leaveTeam(sam.actor, team.id);
    await transferOwnership(olivia.actor, team.id, ana.membershipId);
    await renameTeam(ana.actor, team.id, "Acme Research");

    const stored = await eventsOf(team.id);
    expect(stored.map((event) => event.action)).toEqual([
      "role_changed",
      "member_removed",
      "member_left",
      "ownership_transferred",
      "team_renamed",
    ]);
    for (const event of stored) {
      expect(event).toMatchObject({ ip: "203.0.113.9", userAgent: expect.stringContaining("Chrome") });
    }
    expect(stored[0]).toMatchObject({
      actorId: olivia.user.id,
      subjectUserId: sam.user.id,
      details: { name: "Sam Lee", email: sam.user.email, from: "member", to: "admin" },
    });
    expect(stored[1]).toMatchObject({ details: { name: "Lee Park", email: lee.user.email, role: "member" } });

    const { events } = await listTeamEvents(team.id);
    expect(events.map((event) => describeTeamEvent(event).sentence)).toEqual([
      `Ana Ruiz renamed the team from “${team.name}” to “Acme Research”`,
      "Olivia Chen transferred ownership to Ana Ruiz and became an admin",
      "Sam Lee left the team",
      "Ana Ruiz removed Lee Park from the team",
      "Olivia Chen changed Sam Lee's role from member to admin",
    ]);
    expect(describeTeamEvent(events[3]!).subjectEmail).toBe(lee.user.email);
  });

  it("pages through older events, and starts over on a cursor it did not make", async () => {
    const { team, olivia, sam } = await acme();
    for (const role of ["admin", "member", "admin"] as const) {
      await changeMemberRole(olivia.actor, team.id, sam.membershipId, role);
    }
    const first = await listTeamEvents(team.id, {}, 2);
    const second = await listTeamEvents(team.id, { cursor: first.nextCursor! }, 2);
    expect([...first.events, ...second.events].map((event) => event.details)).toEqual([
      expect.objectContaining({ to: "admin" }),
      expect.objectContaining({ to: "member" }),
      expect.objectContaining({ to: "admin" }),
    ]);
    expect(second.nextCursor).toBeNull();
    expect((await listTeamEvents(team.id, { cursor: "not-a-cursor" }, 2)).events).toEqual(first.events);
  });

  it("describes invitations and operators' changes in words too", () => {
    const event = (action: TeamEventRow["action"], changes: Partial<TeamEventRow> = {}): TeamEventRow => ({
      id: "tae_1",
      action,
      email: "lee@acme.test",
      ip: null,
      userAgent: null,
      details: { email: "lee@acme.test", role: "admin" },
      createdAt: new Date(),
      actor: { name: "Olivia Chen", email: "olivia@acme.test" },
      subject: null,
      ...changes,
    });
    expect(describeTeamEvent(event("member_invited"))).toEqual({
      sentence: "Olivia Chen invited lee@acme.test as an admin",
      subjectEmail: null,
    });
    expect(describeTeamEvent(event("invitation_canceled")).sentence).toBe(
      "Olivia Chen canceled the invitation to lee@acme.test",
    );
    expect(
      describeTeamEvent(
        event("member_joined", { details: { name: "Lee Park", email: "lee@acme.test", role: "member" } }),
      ),
    ).toEqual({ sentence: "Lee Park joined the team as a member", subjectEmail: "lee@acme.test" });
    expect(
      describeTeamEvent(event("team_renamed", { actor: null, details: { from: "Acme", to: "Acme Inc" } })).sentence,
    ).toBe("A Mavio operator renamed the team from “Acme” to “Acme Inc”");
  });
});
