import { describe, expect, it } from "vitest";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { createUserWithPersonalTeam, EmailTakenError } from "@/lib/users/create-user";
import { findOrCreateOAuthUser } from "@/lib/users/find-or-create-oauth-user";
import { runWithSignedInUser } from "@/lib/auth/sign-in-context";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { db, setUpTestDatabase } from "../helpers/database";

setUpTestDatabase();

describe("sign-up", () => {
  it("creates the person, a personal team on the Free plan, and makes them its owner", async () => {
    const user = await createUserWithPersonalTeam({
      name: "Ada Lovelace",
      email: "ada@example.com",
      password: "analytical-engine",
    });
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
    await findOrCreateOAuthUser({
      provider: "github",
      providerAccountId: "42",
      email: "grace@example.com",
      name: "Grace Hopper",
    });
    expect(await verifyCredentials("grace@example.com", "")).toBeNull();
  });
});

describe("GitHub sign-in", () => {
  /** What GitHub's OAuth callback hands next-auth's signIn callback, and the user it goes on with. */
  async function githubCallback(identity: { id: string; email: string; name: string }) {
    const { authOptions } = await import("@/lib/auth/options");
    const user = { ...identity };
    const answer = await authOptions.callbacks!.signIn!({
      user,
      account: { provider: "github", type: "oauth", providerAccountId: identity.id },
    });
    return { answer, userId: user.id };
  }

  it("returns the same user for the same identity, new people getting their own team", async () => {
    const first = await findOrCreateOAuthUser({
      provider: "github",
      providerAccountId: "7",
      email: "Linus@Example.com",
      name: "Linus",
    });
    const again = await findOrCreateOAuthUser({
      provider: "github",
      providerAccountId: "7",
      email: "linus@example.com",
      name: "Linus",
    });
    expect(again).toEqual(first);
    const signedIn = await githubCallback({ id: "8", email: "margaret@example.com", name: "Margaret Hamilton" });
    expect(signedIn.answer).toBe(true);
    const margaret = await db.user.findUniqueOrThrow({
      where: { email: "margaret@example.com" },
      include: { accounts: true, memberships: true },
    });
    expect(signedIn.userId).toBe(margaret.id);
    expect(margaret.accounts).toMatchObject([{ provider: "github", providerAccountId: "8" }]);
    expect(margaret.memberships).toMatchObject([{ role: "owner" }]);
  });

  it("does not link to, or sign in as, an account that already holds the email, and says why on the sign-in page", async () => {
    const ada = await db.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    const counts = () => Promise.all([db.user.count(), db.team.count(), db.oAuthAccount.count()]);
    const before = await counts();

    expect(
      await findOrCreateOAuthUser({
        provider: "github",
        providerAccountId: "99",
        email: "ADA@example.com",
        name: "Ada",
      }),
    ).toEqual({ refused: "email-in-use" });
    const signedIn = await githubCallback({ id: "99", email: " ADA@example.com", name: "Ada" });
    expect(signedIn).toEqual({ answer: "/sign-in?error=OAuthAccountNotLinked", userId: "99" });
    expect(signInErrorMessage("OAuthAccountNotLinked")).toMatch(
      /^An account with this email already exists\. Sign in with your password/,
    );

    // Another GitHub identity with an OAuth-only account's email is refused the same way.
    expect((await githubCallback({ id: "70", email: "linus@example.com", name: "Not Linus" })).answer).toBe(
      "/sign-in?error=OAuthAccountNotLinked",
    );

    expect(await counts()).toEqual(before);
    expect(await db.oAuthAccount.count({ where: { userId: ada.id } })).toBe(0);
  });

  it("links a new GitHub identity only to the signed-in person's account, once its email is confirmed", async () => {
    const ada = await db.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    const asAda = (identity: { id: string; email: string; name: string }) =>
      runWithSignedInUser(ada.id, () => githubCallback(identity));

    expect((await asAda({ id: "501", email: "ada@github.example", name: "Ada" })).answer).toBe(
      "/settings/account?github=email-unverified",
    );
    expect(await db.oAuthAccount.count({ where: { userId: ada.id } })).toBe(0);

    await db.user.update({ where: { id: ada.id }, data: { emailVerifiedAt: new Date() } });
    expect(await asAda({ id: "501", email: "ada@github.example", name: "Ada" })).toEqual({
      answer: true,
      userId: ada.id,
    });
    expect(await db.oAuthAccount.findMany({ where: { userId: ada.id } })).toMatchObject([
      { provider: "github", providerAccountId: "501" },
    ]);
    // Signed out, the linked identity signs in as Ada.
    expect((await githubCallback({ id: "501", email: "other@example.com", name: "Ada" })).userId).toBe(ada.id);

    // An identity that already signs in to another account is not moved to this one.
    expect((await asAda({ id: "8", email: "margaret@example.com", name: "Margaret Hamilton" })).answer).toBe(
      "/settings/account?github=linked-elsewhere",
    );
    expect(await db.oAuthAccount.count({ where: { providerAccountId: "8", userId: ada.id } })).toBe(0);
  });
});
