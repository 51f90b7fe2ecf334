import { DomainError } from "@/lib/errors/domain-error";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingResource } from "./schemas";
import { MEETING_SELECT, serializeMeeting } from "./serialize-meeting";

export function meetingNotFound(id: string): DomainError {
  return new DomainError("not_found", `No meeting ${id} in this team.`);
}

/** The Meeting object; pass a transaction client to read (and announce) it inside a change. */
export async function getMeetingOrThrow(
  teamId: string,
  id: string,
  client: Prisma.TransactionClient = db,
): Promise<MeetingResource> {
  const row = await client.meeting.findFirst({ where: { id, teamId }, select: MEETING_SELECT });
  if (!row) throw meetingNotFound(id);
  return serializeMeeting(row);
}

/** For sub-resources (/meetings/{id}/...): the meeting must be this team's, else 404. */
export async function assertMeetingInTeam(client: Prisma.TransactionClient, teamId: string, id: string): Promise<void> {
  const row = await client.meeting.findFirst({ where: { id, teamId }, select: { id: true } });
  if (!row) throw meetingNotFound(id);
}
