import { newestFirst } from "@/lib/http/pagination";
import type { Page } from "@/lib/http/wire-schemas";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListMeetingsQuery, MeetingResource } from "./schemas";
import { MEETING_SELECT, serializeMeeting } from "./serialize-meeting";

export const MEETINGS_KEYSET = newestFirst("mtg");

/** Prisma's `contains` passes % and _ through to LIKE: search for them literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

type Filters = Partial<Omit<ListMeetingsQuery, "limit" | "cursor">>;

/** The team's meetings, newest first, filtered as GET /meetings and GET /channels/{id}/meetings allow. */
export async function listMeetings(
  teamId: string,
  query: Filters & Pick<ListMeetingsQuery, "limit" | "cursor">,
): Promise<Page<MeetingResource>> {
  const position = MEETINGS_KEYSET.decode(query.cursor);
  const where: Prisma.MeetingWhereInput = {
    teamId,
    status: query.status,
    platform: query.platform,
    title: query.q ? { contains: escapeLike(query.q), mode: "insensitive" } : undefined,
    startedAt:
      query.started_after || query.started_before ? { gte: query.started_after, lt: query.started_before } : undefined,
    channels: query.channel_id ? { some: { channelId: query.channel_id } } : undefined,
    participants: query.participant_email
      ? { some: { email: { equals: query.participant_email, mode: "insensitive" } } }
      : undefined,
    AND: [MEETINGS_KEYSET.after(position)],
  };
  const rows = await db.meeting.findMany({
    where,
    select: MEETING_SELECT,
    orderBy: MEETINGS_KEYSET.orderBy(),
    take: MEETINGS_KEYSET.take(query.limit),
  });
  return MEETINGS_KEYSET.page(rows, query.limit, serializeMeeting);
}
