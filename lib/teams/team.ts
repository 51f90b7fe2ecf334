import { DomainError } from "@/lib/errors/domain-error";
import { Keyset } from "@/lib/http/pagination";
import type { Page } from "@/lib/http/wire-schemas";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requestsPerMinute } from "@/lib/plans/plans";
import type { ListMembersQuery, TeamMemberResource, TeamResource } from "./schemas";

export async function getTeam(teamId: string): Promise<TeamResource> {
  const team = await db.team.findUniqueOrThrow({
    where: { id: teamId },
    select: {
      id: true,
      name: true,
      plan: true,
      customRateLimit: true,
      defaultLanguage: true,
      autoRecord: true,
      retentionDays: true,
    },
  });
  return {
    id: team.id,
    name: team.name,
    plan: team.plan,
    rate_limit_per_minute: requestsPerMinute(team),
    settings: {
      default_language: team.defaultLanguage,
      auto_record: team.autoRecord,
      retention_days: team.retentionDays,
    },
  };
}

/** Most recently joined first. */
export const MEMBERS_KEYSET = Keyset.byDate("mem", "joinedAt", "id", "desc");

const MEMBER_SELECT = {
  id: true,
  role: true,
  joinedAt: true,
  user: { select: { name: true, email: true } },
} satisfies Prisma.MembershipSelect;

function serializeMember(row: Prisma.MembershipGetPayload<{ select: typeof MEMBER_SELECT }>): TeamMemberResource {
  return {
    id: row.id,
    name: row.user.name,
    email: row.user.email,
    role: row.role,
    joined_at: row.joinedAt.toISOString(),
  };
}

export async function listMembers(teamId: string, query: ListMembersQuery): Promise<Page<TeamMemberResource>> {
  const rows = await db.membership.findMany({
    where: { teamId, AND: [MEMBERS_KEYSET.after(MEMBERS_KEYSET.decode(query.cursor))] },
    select: MEMBER_SELECT,
    orderBy: MEMBERS_KEYSET.orderBy(),
    take: MEMBERS_KEYSET.take(query.limit),
  });
  return MEMBERS_KEYSET.page(rows, query.limit, serializeMember);
}

export async function getMemberOrThrow(teamId: string, id: string): Promise<TeamMemberResource> {
  const row = await db.membership.findFirst({ where: { id, teamId }, select: MEMBER_SELECT });
  if (!row) throw new DomainError("not_found", `No member ${id} in this team.`);
  return serializeMember(row);
}
