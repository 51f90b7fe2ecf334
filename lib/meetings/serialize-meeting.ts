import type { Prisma } from "@/lib/generated/prisma/client";
import { isoOrNull, memberRefOf } from "@/lib/http/serialize";
import type { MeetingResource } from "./schemas";

/** Exactly the columns a Meeting object needs. */
export const MEETING_SELECT = {
  id: true,
  title: true,
  status: true,
  platform: true,
  scheduledStartAt: true,
  startedAt: true,
  endedAt: true,
  durationMs: true,
  language: true,
  createdAt: true,
  updatedAt: true,
  owner: { select: { id: true, user: { select: { name: true, email: true } } } },
  participants: {
    select: { name: true, email: true, speakerProfileId: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
  channels: { select: { channelId: true }, orderBy: [{ addedAt: "asc" }, { channelId: "asc" }] },
  recording: { select: { id: true } },
  _count: { select: { segments: true } },
} satisfies Prisma.MeetingSelect;

export type MeetingRow = Prisma.MeetingGetPayload<{ select: typeof MEETING_SELECT }>;

export function serializeMeeting(row: MeetingRow): MeetingResource {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    platform: row.platform,
    scheduled_start_at: isoOrNull(row.scheduledStartAt),
    started_at: isoOrNull(row.startedAt),
    ended_at: isoOrNull(row.endedAt),
    duration_ms: row.durationMs,
    language: row.language,
    owner: row.owner ? memberRefOf(row.owner) : null,
    participants: row.participants.map((participant) => ({
      name: participant.name,
      email: participant.email,
      speaker_id: participant.speakerProfileId,
    })),
    channel_ids: row.channels.map((link) => link.channelId),
    has_recording: row.recording !== null,
    has_transcript: row._count.segments > 0,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
