import { DomainError } from "@/lib/errors/domain-error";
import { Keyset } from "@/lib/http/pagination";
import type { Page } from "@/lib/http/wire-schemas";
import { db } from "@/lib/db";
import { assertMemberInTeam } from "@/lib/teams/assert-member-in-team";
import { assertChannelInTeam, markChannelChanged } from "./get-channel-or-throw";
import type { PageQuery } from "@/lib/http/wire-schemas";
import type { ChannelMemberResource } from "./schemas";
import { CHANNEL_MEMBER_SELECT, serializeChannelMember } from "./serialize-channel";

/** Most recently added first. */
export const CHANNEL_MEMBERS_KEYSET = Keyset.byDate("chm", "addedAt", "memberId", "desc");

export async function listChannelMembers(
  teamId: string,
  channelId: string,
  query: PageQuery,
): Promise<Page<ChannelMemberResource>> {
  await assertChannelInTeam(db, teamId, channelId);
  const rows = await db.channelMember.findMany({
    where: {
      channelId,
      channel: { teamId },
      AND: [CHANNEL_MEMBERS_KEYSET.after(CHANNEL_MEMBERS_KEYSET.decode(query.cursor))],
    },
    select: CHANNEL_MEMBER_SELECT,
    orderBy: CHANNEL_MEMBERS_KEYSET.orderBy(),
    take: CHANNEL_MEMBERS_KEYSET.take(query.limit),
  });
  return CHANNEL_MEMBERS_KEYSET.page(rows, query.limit, serializeChannelMember);
}

/** Adds a team member to a channel (announced as channel.updated); 409 when they already are in it. */
export async function addChannelMember(
  teamId: string,
  channelId: string,
  memberId: string,
): Promise<ChannelMemberResource> {
  return db.$transaction(async (tx) => {
    await assertChannelInTeam(tx, teamId, channelId);
    await assertMemberInTeam(tx, teamId, memberId, "member_id");
    const { count } = await tx.channelMember.createMany({ data: [{ channelId, memberId }], skipDuplicates: true });
    if (count === 0) {
      throw new DomainError("conflict", `Member ${memberId} is already in channel ${channelId}.`, {
        fieldErrors: [{ field: "member_id", message: "Already a member of this channel." }],
      });
    }
    await markChannelChanged(tx, teamId, channelId);
    const row = await tx.channelMember.findUniqueOrThrow({
      where: { channelId_memberId: { channelId, memberId } },
      select: CHANNEL_MEMBER_SELECT,
    });
    return serializeChannelMember(row);
  });
}

/** Removes a member from a channel (announced as channel.updated). */
export async function removeChannelMember(teamId: string, channelId: string, memberId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertChannelInTeam(tx, teamId, channelId);
    const { count } = await tx.channelMember.deleteMany({ where: { channelId, memberId, channel: { teamId } } });
    if (count === 0) throw new DomainError("not_found", `Member ${memberId} is not in channel ${channelId}.`);
    await markChannelChanged(tx, teamId, channelId);
  });
}
