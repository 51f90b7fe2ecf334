// Wire shapes of channels, their members and their meetings (API.md "Channel").
import { z } from "zod";
import { channelId, meetingId, memberId, paginationQuery, timestamp } from "@/lib/http/wire-schemas";

export const CHANNEL_VISIBILITIES = ["public", "private"] as const;
const visibility = z
  .enum(CHANNEL_VISIBILITIES)
  .meta({ description: "Private channels are visible to their members only." });

export const CHANNEL_EXAMPLE = {
  id: "chn_7d6c5b4a39281706f5e4d3c2",
  name: "Customer calls",
  description: "Calls with customers and prospects.",
  visibility: "public",
  member_count: 4,
  meeting_count: 12,
  created_at: "2026-09-01T08:00:00.000Z",
  updated_at: "2026-11-24T15:47:00.000Z",
} as const;

export const channelSchema = z
  .strictObject({
    id: channelId,
    name: z.string(),
    description: z.string(),
    visibility,
    member_count: z.number().int().min(0),
    meeting_count: z.number().int().min(0),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .meta({ id: "Channel", examples: [CHANNEL_EXAMPLE] });

export type ChannelResource = z.infer<typeof channelSchema>;

export const channelMemberSchema = z
  .strictObject({ member_id: memberId, name: z.string(), email: z.string(), added_at: timestamp })
  .meta({
    id: "ChannelMember",
    examples: [
      {
        member_id: "mem_5b0e9d4c3a2f1e8d7c6b5a49",
        name: "Olivia Chen",
        email: "olivia@acme.test",
        added_at: "2026-09-01T08:00:00.000Z",
      },
    ],
  });

export type ChannelMemberResource = z.infer<typeof channelMemberSchema>;

export const channelMeetingSchema = z
  .strictObject({ channel_id: channelId, meeting_id: meetingId, added_at: timestamp })
  .meta({
    id: "ChannelMeeting",
    examples: [
      {
        channel_id: "chn_7d6c5b4a39281706f5e4d3c2",
        meeting_id: "mtg_3f9c2a7e51b04d8a9e6c1f27",
        added_at: "2026-11-24T15:47:00.000Z",
      },
    ],
  });

export type ChannelMeetingResource = z.infer<typeof channelMeetingSchema>;

const name = z
  .string()
  .trim()
  .min(1, { error: "A name is required." })
  .max(80)
  .meta({ description: "Unique in the team.", example: "Customer calls" });
const description = z.string().trim().max(2_000).meta({ example: "Calls with customers and prospects." });

export const createChannelBody = z
  .strictObject({ name, description: description.default(""), visibility: visibility.default("public") })
  .meta({ id: "CreateChannel" });

export type CreateChannelInput = z.output<typeof createChannelBody>;

export const updateChannelBody = z
  .strictObject({ name: name.optional(), description: description.optional(), visibility: visibility.optional() })
  .meta({ id: "UpdateChannel", description: "Only the fields sent change." });

export type UpdateChannelInput = z.output<typeof updateChannelBody>;

export const addChannelMemberBody = z.strictObject({ member_id: memberId }).meta({ id: "AddChannelMember" });

export const listChannelsQuery = z.strictObject({ ...paginationQuery, visibility: visibility.optional() });
export type ListChannelsQuery = z.output<typeof listChannelsQuery>;
