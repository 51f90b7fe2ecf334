import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { teamSlug } from "@/lib/teams/slug";

export class EmailTakenError extends Error {
  constructor() {
    super("An account with this email already exists");
  }
}

function personalTeamName(name: string): string {
  return `${name.split(/\s+/)[0]}'s team`;
}

/** A new person gets their own team on the Free plan, as its owner; all of it, or nothing. */
export async function createUserWithPersonalTeam(input: {
  name: string;
  email: string;
  password?: string;
  oauthAccount?: { provider: string; providerAccountId: string };
}) {
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
      const teamName = personalTeamName(input.name);
      await tx.team.create({
        data: {
          name: teamName,
          slug: teamSlug(teamName),
          plan: "free",
          memberships: { create: { userId: user.id, role: "owner" } },
        },
      });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new EmailTakenError();
    throw error;
  }
}
