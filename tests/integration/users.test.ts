import { describe, expect, it } from "vitest";
import { createUserWithPersonalTeam, EmailTakenError } from "@/lib/users/create-user";
import { findOrCreateOAuthUser } from "@/lib/users/find-or-create-oauth-user";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { db, setUpTestDatabase } from "../helpers/database";

setUpTestDatabase();

describe("sign-up", () => {
  it("creates the person, a personal team on the Free plan, and makes them its owner", async () => {
    const user = await createUserWithPersonalTeam({ name: "Ada Lovelace", email: "ada@example.com", password: "analytical-engine" });
    const memberships = await db.membership.findMany({ where: { userId: user.id }, include: { team: true } });
    expect(memberships).toHaveLength(1);
    expect(memberships[0]).toMatchObject({ role: "owner", team: { name: "Ada's team", plan: "free" } });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(stored.passwordHash).not.toContain("analytical-engine");
  });

  it("refuses a second account for the same email and writes nothing", async () => {
    const [users, teams] = await Promise.all([db.user.count(), db.team.count()]);
    await expect(
      createUserWithPersonalTeam({ name: "Ada Again", email: "ada@example.com", password: "another-password" }),
    ).rejects.toBeInstanceOf(EmailTakenError);
    expect(await db.user.count()).toBe(users);
    expect(await db.team.count()).toBe(teams);
  });
});

describe("sign-in", () => {
  it("accepts the right password and nothing else", async () => {
    expect(await verifyCredentials("ada@example.com", "analytical-engine")).toMatchObject({ email: "ada@example.com" });
    expect(await verifyCredentials("ada@example.com", "analytical-engine!")).toBeNull();
    expect(await verifyCredentials("nobody@example.com", "analytical-engine")).toBeNull();
  });

  it("does not let an OAuth-only account sign in with a password", async () => {
    await findOrCreateOAuthUser({ provider: "github", providerAccountId: "42", email: "grace@example.com", name: "Grace Hopper" });
    expect(await verifyCredentials("grace@example.com", "")).toBeNull();
  });
});

describe("GitHub sign-in", () => {
  it("returns the same user for the same identity and links an existing email", async () => {
    const first = await findOrCreateOAuthUser({ provider: "github", providerAccountId: "7", email: "Linus@Example.com", name: "Linus" });
    const again = await findOrCreateOAuthUser({ provider: "github", providerAccountId: "7", email: "linus@example.com", name: "Linus" });
    expect(again).toBe(first);
    const ada = await db.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    expect(await findOrCreateOAuthUser({ provider: "github", providerAccountId: "99", email: "ADA@example.com", name: "Ada" })).toBe(ada.id);
  });
});
