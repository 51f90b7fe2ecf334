import { db } from "@/lib/db";
import { createUserWithPersonalTeam, EmailTakenError } from "./create-user";

export type OAuthSignIn = { userId: string } | { refused: "email-in-use" };

/**
 * Signs in an OAuth identity: the linked user, else a new user with a personal team.
 * An account that already holds the email is never linked: without verified emails on
 * both sides, whoever registered the address first (by password, or with another
 * identity) could be taking over someone else's sign-in.
 */
export async function findOrCreateOAuthUser(identity: {
  provider: string;
  providerAccountId: string;
  email: string;
  name: string;
}): Promise<OAuthSignIn> {
  const linked = await db.oAuthAccount.findUnique({
    where: {
      provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId },
    },
    select: { userId: true },
  });
  if (linked) return { userId: linked.userId };

  const email = identity.email.trim().toLowerCase();
  const oauthAccount = { provider: identity.provider, providerAccountId: identity.providerAccountId };
  try {
    return { userId: (await createUserWithPersonalTeam({ name: identity.name, email, oauthAccount })).id };
  } catch (error) {
    if (error instanceof EmailTakenError) return { refused: "email-in-use" };
    throw error;
  }
}
