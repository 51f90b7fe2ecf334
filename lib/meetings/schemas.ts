// Wire shapes of meetings and recordings (API.md "Resources"): the response objects, the
// create/update bodies and the list filters. They validate requests, type the serializers
// and the domain functions, and render the OpenAPI document.
import { z } from "zod";
import {
  durationMs,
  email,
  inputTimestamp,
  meetingId,
  memberId,
  memberRef,
  paginationQuery,
  recordingId,
  speakerId,
  channelId,
  timestamp,
} from "@/lib/http/wire-schemas";
import { meetingSpanError } from "./meeting-span";

export const MEETING_STATUSES = ["scheduled", "recording", "processing", "ready", "failed"] as const;
export const MEETING_PLATFORMS = ["zoom", "google_meet", "teams", "upload"] as const;

export const meetingStatus = z.enum(MEETING_STATUSES).meta({ description: "Where the meeting is in its life." });
export const meetingPlatform = z
  .enum(MEETING_PLATFORMS)
  .meta({ description: "Where the meeting took place; `upload` for uploaded files." });
export const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: "Use a BCP 47 language tag such as en, de or pt-BR." })
  .meta({ description: "BCP 47 language tag of the spoken language.", example: "en" });

export const participantSchema = z
  .strictObject({
    name: z.string(),
    email: z.string().nullable(),
    speaker_id: speakerId.nullable().meta({ description: "The speaker profile this participant is, if known." }),
  })
  .meta({ id: "Participant" });

export const MEETING_EXAMPLE = {
  id: "mtg_3f9c2a7e51b04d8a9e6c1f27",
  title: "Weekly Product Sync",
  status: "ready",
  platform: "zoom",
  scheduled_start_at: "2026-11-24T15:00:00.000Z",
  started_at: "2026-11-24T15:01:12.000Z",
  ended_at: "2026-11-24T15:46:24.000Z",
  duration_ms: 2_712_000,
  language: "en",
  owner: { member_id: "mem_5b0e9d4c3a2f1e8d7c6b5a49", name: "Olivia Chen", email: "olivia@acme.test" },
  participants: [
    { name: "Olivia Chen", email: "olivia@acme.test", speaker_id: "spk_0a1b2c3d4e5f60718293a4b5" },
    { name: "Sam Guest", email: null, speaker_id: null },
  ],
  channel_ids: ["chn_7d6c5b4a39281706f5e4d3c2"],
  has_recording: true,
  has_transcript: true,
  created_at: "2026-11-20T09:30:00.000Z",
  updated_at: "2026-11-24T15:52:03.000Z",
} as const;

export const meetingSchema = z
  .strictObject({
    id: meetingId,
    title: z.string(),
    status: meetingStatus,
    platform: meetingPlatform,
    scheduled_start_at: timestamp.nullable(),
    started_at: timestamp.nullable(),
    ended_at: timestamp.nullable(),
    duration_ms: durationMs.nullable(),
    language: languageTag,
    owner: memberRef.nullable(),
    participants: z.array(participantSchema),
    channel_ids: z.array(channelId),
    has_recording: z.boolean(),
    has_transcript: z.boolean(),
    created_at: timestamp,
    updated_at: timestamp,
  })
  .meta({ id: "Meeting", examples: [MEETING_EXAMPLE] });

export type MeetingResource = z.infer<typeof meetingSchema>;

const participantInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: email.nullable().optional(),
  speaker_id: speakerId.nullable().optional().meta({ description: "A speaker profile of this team." }),
});

const title = z
  .string()
  .trim()
  .min(1, { error: "A title is required." })
  .max(300)
  .meta({ example: "Weekly Product Sync" });

const meetingFields = {
  title,
  status: meetingStatus,
  platform: meetingPlatform,
  language: languageTag,
  scheduled_start_at: inputTimestamp.nullable(),
  started_at: inputTimestamp.nullable(),
  ended_at: inputTimestamp.nullable(),
  owner_member_id: memberId.nullable().meta({ description: "The member who owns the meeting (`mem_...`)." }),
  participants: z.array(participantInput).max(500).meta({ description: "Replaces the whole list." }),
};

function checkSpan(body: { started_at?: Date | null; ended_at?: Date | null }, ctx: z.RefinementCtx) {
  const message = meetingSpanError(body.started_at, body.ended_at);
  if (message) ctx.addIssue({ code: "custom", message, path: ["ended_at"] });
}

export const createMeetingBody = z
  .strictObject({
    title: meetingFields.title,
    platform: meetingFields.platform,
    status: meetingFields.status.default("scheduled"),
    language: meetingFields.language.optional().meta({ description: "Defaults to the team's default language." }),
    scheduled_start_at: meetingFields.scheduled_start_at.optional(),
    started_at: meetingFields.started_at.optional(),
    ended_at: meetingFields.ended_at.optional(),
    owner_member_id: meetingFields.owner_member_id.optional(),
    participants: meetingFields.participants.default([]),
  })
  .superRefine(checkSpan)
  .meta({ id: "CreateMeeting" });

export type CreateMeetingInput = z.output<typeof createMeetingBody>;

export const updateMeetingBody = z
  .strictObject({
    title: meetingFields.title.optional(),
    status: meetingFields.status.optional(),
    platform: meetingFields.platform.optional(),
    language: meetingFields.language.optional(),
    scheduled_start_at: meetingFields.scheduled_start_at.optional(),
    started_at: meetingFields.started_at.optional(),
    ended_at: meetingFields.ended_at.optional(),
    owner_member_id: meetingFields.owner_member_id.optional(),
    participants: meetingFields.participants.optional(),
  })
  .superRefine(checkSpan)
  .meta({ id: "UpdateMeeting", description: "Only the fields sent change; `null` clears a nullable field." });

export type UpdateMeetingInput = z.output<typeof updateMeetingBody>;

export const listMeetingsQuery = z.strictObject({
  ...paginationQuery,
  status: meetingStatus.optional(),
  platform: meetingPlatform.optional(),
  channel_id: channelId.optional().meta({ description: "Only meetings in this channel." }),
  participant_email: email
    .optional()
    .meta({ description: "Only meetings this address took part in (case-insensitive)." }),
  started_after: inputTimestamp.optional().meta({ description: "Only meetings that started at or after this time." }),
  started_before: inputTimestamp.optional().meta({ description: "Only meetings that started before this time." }),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: "Text to look for in titles (case-insensitive)." }),
});

export type ListMeetingsQuery = z.output<typeof listMeetingsQuery>;

// ---------------------------------------------------------------- recordings

export const RECORDING_EXAMPLE = {
  id: "rec_9e8d7c6b5a4f3e2d1c0b9a87",
  meeting_id: "mtg_3f9c2a7e51b04d8a9e6c1f27",
  mime_type: "audio/wav",
  duration_ms: 2_712_000,
  size_bytes: 86_784_044,
  created_at: "2026-11-24T15:47:30.000Z",
} as const;

export const recordingSchema = z
  .strictObject({
    id: recordingId,
    meeting_id: meetingId,
    mime_type: z.string().meta({ example: "audio/wav" }),
    duration_ms: durationMs,
    size_bytes: z.number().int().min(0),
    created_at: timestamp,
  })
  .meta({ id: "Recording", examples: [RECORDING_EXAMPLE] });

export type RecordingResource = z.infer<typeof recordingSchema>;
