import { db } from "@/lib/db";

/** The team's members for the Members page: owners, then admins, then members (the role enum's order), each by joining date. */
export async function listTeamMembers(teamId: string) {
  return db.membership.findMany({
    where: { teamId },
    select: { id: true, role: true, joinedAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ role: "asc" }, { joinedAt: "asc" }, { id: "asc" }],
  });
}

export type ListedMember = Awaited<ReturnType<typeof listTeamMembers>>[number];
