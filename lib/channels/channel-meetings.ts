import { DomainError } from "@/lib/errors/domain-error";
import type { Page } from "@/lib/http/wire-schemas";
import { db } from "@/lib/db";
import { assertMeetingInTeam } from "@/lib/meetings/get-meeting-or-throw";
import { listMeetings } from "@/lib/meetings/list-meetings";
import type { MeetingResource } from "@/lib/meetings/schemas";
import { assertChannelInTeam, markChannelChanged } from "./get-channel-or-throw";
import type { PageQuery } from "@/lib/http/wire-schemas";
import type { ChannelMeetingResource } from "./schemas";

/** The channel's meetings, in the order and shape of GET /meetings. */
export async function listChannelMeetings(
  teamId: string,
  channelId: string,
  query: PageQuery,
): Promise<Page<MeetingResource>> {
  await assertChannelInTeam(db, teamId, channelId);
  return listMeetings(teamId, { ...query, channel_id: channelId });
}

/**
 * Puts a meeting in a channel, announced as channel.updated. Idempotent: putting it again
 * changes nothing, announces nothing and answers the same.
 */
export async function putChannelMeeting(
  teamId: string,
  channelId: string,
  meetingId: string,
): Promise<ChannelMeetingResource> {
  return db.$transaction(async (tx) => {
    await assertChannelInTeam(tx, teamId, channelId);
    await assertMeetingInTeam(tx, teamId, meetingId);
    const { count } = await tx.channelMeeting.createMany({ data: [{ channelId, meetingId }], skipDuplicates: true });
    if (count > 0) await markChannelChanged(tx, teamId, channelId);
    const link = await tx.channelMeeting.findUniqueOrThrow({
      where: { channelId_meetingId: { channelId, meetingId } },
      select: { addedAt: true },
    });
    return { channel_id: channelId, meeting_id: meetingId, added_at: link.addedAt.toISOString() };
  });
}

/** Takes a meeting out of a channel (announced as channel.updated). */
export async function removeChannelMeeting(teamId: string, channelId: string, meetingId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertChannelInTeam(tx, teamId, channelId);
    const { count } = await tx.channelMeeting.deleteMany({ where: { channelId, meetingId, channel: { teamId } } });
    if (count === 0) throw new DomainError("not_found", `Meeting ${meetingId} is not in channel ${channelId}.`);
    await markChannelChanged(tx, teamId, channelId);
  });
}
