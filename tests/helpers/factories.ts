import { randomBytes } from "node:crypto";
import type { Plan, Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/permissions/actor";
import { createApiKey } from "@/lib/keys/create-key";
import type { CreateKeyInput } from "@/lib/keys/validations";
import { db } from "./database";

const suffix = () => randomBytes(4).toString("hex");

export async function createTeam(plan: Plan = "free", customRateLimit: number | null = null) {
  const name = `Team ${suffix()}`;
  return db.team.create({ data: { name, slug: name.toLowerCase().replace(" ", "-"), plan, customRateLimit } });
}

export async function createMember(teamId: string, role: Role = "admin"): Promise<Actor> {
  const user = await db.user.create({
    data: { email: `${role}-${suffix()}@example.com`, name: `${role} ${suffix()}` },
  });
  await db.membership.create({ data: { teamId, userId: user.id, role } });
  return { userId: user.id, ip: "198.51.100.7", userAgent: "vitest" };
}

/** A team with an admin and a key: the common starting point of guard tests. */
export async function teamWithKey(options: { plan?: Plan; key?: Partial<CreateKeyInput> } = {}) {
  const team = await createTeam(options.plan ?? "free");
  const admin = await createMember(team.id, "admin");
  const created = await createApiKey(admin, team.id, {
    name: "Test key",
    scopes: ["meetings:read"],
    expiresAt: null,
    ...options.key,
  });
  return { team, admin, key: created.key, record: created.record };
}

/** A named person in the team, as the Members page and the team audit log show them, with their membership's id. */
export async function createTeamPerson(teamId: string, role: Role, name: string) {
  const user = await db.user.create({
    data: { email: `${name.toLowerCase().replace(/\W+/g, ".")}-${suffix()}@example.com`, name },
    select: { id: true, name: true, email: true },
  });
  const { id: membershipId } = await db.membership.create({
    data: { teamId, userId: user.id, role },
    select: { id: true },
  });
  const actor: Actor = {
    userId: user.id,
    ip: "203.0.113.9",
    userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Chrome/126.0",
  };
  return { actor, membershipId, user };
}
