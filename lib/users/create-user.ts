import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { createTeam, personalTeamName } from "@/lib/teams/create-team";

export class EmailTakenError extends Error {
  constructor() {
    super("An account with this email already exists");
  }
}

interface NewUser {
  name: string;
  email: string;
  password?: string;
  oauthAccount?: { provider: string; providerAccountId: string };
}

/** Where a new person starts, written in the transaction that creates them. */
type StartIn = (tx: Prisma.TransactionClient, user: { id: string; name: string; email: string }) => Promise<unknown>;

const personalTeam: StartIn = (tx, user) => createTeam(user.id, personalTeamName(user.name), tx);

/** A new person gets their own team on the Free plan, as its owner; all of it, or nothing. */
export function createUserWithPersonalTeam(input: NewUser) {
  return createUser(input, personalTeam);
}

/** A new person who starts where `startIn` puts them (the team that invited them) instead; all of it, or nothing. */
export async function createUser(input: NewUser, startIn: StartIn) {
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          passwordHash,
          accounts: input.oauthAccount && { create: input.oauthAccount },
        },
        select: { id: true, name: true, email: true },
      });
      await startIn(tx, user);
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new EmailTakenError();
    throw error;
  }
}
