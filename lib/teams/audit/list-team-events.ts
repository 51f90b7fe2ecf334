import { db } from "@/lib/db";
import { newestFirst } from "@/lib/http/pagination";

export const TEAM_EVENTS_PAGE_SIZE = 20;

const eventOrder = newestFirst("team_audit");

/** The position in a cursor; a stale or hand-edited one starts over at the newest. */
function positionOf(cursor: string | undefined) {
  try {
    return eventOrder.decode(cursor);
  } catch {
    return undefined;
  }
}

/**
 * A page of the team's membership and settings changes, newest first: who did what to
 * whom, when and from where.
 */
export async function listTeamEvents(
  teamId: string,
  { cursor }: { cursor?: string } = {},
  limit = TEAM_EVENTS_PAGE_SIZE,
) {
  const rows = await db.teamAuditEvent.findMany({
    where: { teamId, ...eventOrder.after(positionOf(cursor)) },
    select: {
      id: true,
      action: true,
      email: true,
      ip: true,
      userAgent: true,
      details: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
      subject: { select: { name: true, email: true } },
    },
    orderBy: eventOrder.orderBy(),
    take: eventOrder.take(limit),
  });
  const page = eventOrder.page(rows, limit, (row) => row);
  return { events: page.data, nextCursor: page.next_cursor };
}

export type TeamEventRow = Awaited<ReturnType<typeof listTeamEvents>>["events"][number];
