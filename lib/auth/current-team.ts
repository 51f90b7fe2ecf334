import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { requireUserId } from "@/lib/auth/session";

const CURRENT_TEAM_COOKIE = "mavio_team";

/** Makes `teamId` the team the person works in, from the next request on; the caller checked they are in it. */
export async function setCurrentTeamCookie(teamId: string): Promise<void> {
  (await cookies()).set(CURRENT_TEAM_COOKIE, teamId, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && process.env.NEXTAUTH_URL?.startsWith("https://"),
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
}

/**
 * The signed-in person, the team they are working in (chosen with the team switcher,
 * remembered in a cookie, always re-checked against their memberships) and their role.
 */
export const getCurrentContext = cache(async () => {
  const userId = await requireUserId();
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      emailVerifiedAt: true,
      passwordHash: true,
      memberships: {
        select: {
          id: true,
          role: true,
          team: { select: { id: true, name: true, slug: true, plan: true, customRateLimit: true } },
        },
        orderBy: { joinedAt: "asc" },
      },
    },
  });
  // A valid session for a deleted user or one with no team (they left their last one). Not
  // /sign-in: it sends signed-in people back here, round and round.
  if (!user || user.memberships.length === 0) redirect("/no-team");

  const chosenTeamId = (await cookies()).get(CURRENT_TEAM_COOKIE)?.value;
  const membership = user.memberships.find((m) => m.team.id === chosenTeamId) ?? user.memberships[0];
  return {
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      emailVerified: user.emailVerifiedAt !== null,
      hasPassword: user.passwordHash !== null,
    },
    team: membership.team,
    membership: { id: membership.id, role: membership.role },
    teams: user.memberships.map((m) => ({ ...m.team, role: m.role })),
  };
});

export type CurrentContext = Awaited<ReturnType<typeof getCurrentContext>>;
