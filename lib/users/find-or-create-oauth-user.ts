import { db } from "@/lib/db";
import { createUserWithPersonalTeam } from "./create-user";

/**
 * Signs in an OAuth identity: the linked user, else the user with the same verified
 * email (linking the identity), else a new user with a personal team.
 */
export async function findOrCreateOAuthUser(identity: {
  provider: string;
  providerAccountId: string;
  email: string;
  name: string;
}): Promise<string> {
  const linked = await db.oAuthAccount.findUnique({
    where: { provider_providerAccountId: { provider: identity.provider, providerAccountId: identity.providerAccountId } },
    select: { userId: true },
  });
  if (linked) return linked.userId;

  const email = identity.email.toLowerCase();
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  const userId = existing?.id ?? (await createUserWithPersonalTeam({ name: identity.name, email })).id;
  await db.oAuthAccount.create({
    data: { userId, provider: identity.provider, providerAccountId: identity.providerAccountId },
  });
  return userId;
}
