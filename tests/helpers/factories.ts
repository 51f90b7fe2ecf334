import { randomBytes } from "node:crypto";
import type { Plan, Role } from "@/lib/generated/prisma/enums";
import type { KeyActor } from "@/lib/keys/actor";
import { createApiKey } from "@/lib/keys/create-key";
import type { CreateKeyInput } from "@/lib/keys/validations";
import { db } from "./database";

const suffix = () => randomBytes(4).toString("hex");

export async function createTeam(plan: Plan = "free", customRateLimit: number | null = null) {
  const name = `Team ${suffix()}`;
  return db.team.create({ data: { name, slug: name.toLowerCase().replace(" ", "-"), plan, customRateLimit } });
}

export async function createMember(teamId: string, role: Role = "admin"): Promise<KeyActor> {
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
