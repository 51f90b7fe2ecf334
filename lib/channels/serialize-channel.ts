import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChannelMemberResource, ChannelResource } from "./schemas";

export const CHANNEL_SELECT = {
  id: true,
  name: true,
  description: true,
  visibility: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { members: true, meetings: true } },
} satisfies Prisma.ChannelSelect;

export type ChannelRow = Prisma.ChannelGetPayload<{ select: typeof CHANNEL_SELECT }>;

export function serializeChannel(row: ChannelRow): ChannelResource {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    visibility: row.visibility,
    member_count: row._count.members,
    meeting_count: row._count.meetings,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

export const CHANNEL_MEMBER_SELECT = {
  memberId: true,
  addedAt: true,
  member: { select: { user: { select: { name: true, email: true } } } },
} satisfies Prisma.ChannelMemberSelect;

export type ChannelMemberRow = Prisma.ChannelMemberGetPayload<{ select: typeof CHANNEL_MEMBER_SELECT }>;

export function serializeChannelMember(row: ChannelMemberRow): ChannelMemberResource {
  return {
    member_id: row.memberId,
    name: row.member.user.name,
    email: row.member.user.email,
    added_at: row.addedAt.toISOString(),
  };
}
