// The v1 route registry: every endpoint of API.md with its scope, schemas and words. Route
// files (app/api/v1/**/route.ts) take their operation from here, lib/api/openapi.ts renders
// the document from it, and tests/integration/v1-endpoints.test.ts generates each
// endpoint's scope/404/422/400 checks from it. Adding an endpoint starts here.
import { z } from "zod";
import { ANY_KEY } from "@/lib/keys/scopes";
import {
  actionItemSchema,
  createActionItemBody,
  listActionItemsQuery,
  updateActionItemBody,
} from "@/lib/action-items/schemas";
import {
  addChannelMemberBody,
  channelMeetingSchema,
  channelMemberSchema,
  channelSchema,
  createChannelBody,
  listChannelsQuery,
  updateChannelBody,
} from "@/lib/channels/schemas";
import {
  createMeetingBody,
  listMeetingsQuery,
  meetingSchema,
  recordingSchema,
  updateMeetingBody,
} from "@/lib/meetings/schemas";
import { createNoteBody, listNotesQuery, noteSchema, updateNoteBody } from "@/lib/notes/schemas";
import { createSpeakerBody, listSpeakersQuery, speakerSchema, updateSpeakerBody } from "@/lib/speakers/schemas";
import { listMembersQuery, teamMemberSchema, teamSchema } from "@/lib/teams/schemas";
import {
  listSegmentsQuery,
  mapSpeakerBody,
  segmentSchema,
  transcriptQuery,
  transcriptSchema,
  transcriptSpeakerSchema,
  updateSegmentBody,
} from "@/lib/transcripts/schemas";
import {
  createWebhookEndpointBody,
  listWebhookDeliveriesQuery,
  listWebhookEndpointsQuery,
  rotatedSecretSchema,
  testEventResultSchema,
  updateWebhookEndpointBody,
  webhookDeliverySchema,
  webhookEndpointId,
  webhookEndpointSchema,
  webhookEndpointWithSecretSchema,
} from "@/lib/webhooks/schemas";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { TEST_EVENTS_PER_ENDPOINT_PER_MINUTE, TEST_EVENTS_PER_TEAM_PER_MINUTE } from "@/lib/webhooks/test-event-limit";
import { meSchema } from "./me";
import { defineOperation, empty, json, media, type Operation } from "./operation";
import { NO_KEY } from "@/lib/keys/scopes";
import {
  actionItemId,
  channelId,
  meetingId,
  memberId,
  noteId,
  pageOf,
  pageQuery,
  segmentId,
  speakerId,
} from "@/lib/http/wire-schemas";

/** The subscription rule (lib/webhooks/event-access.ts), in the words of the docs. */
const SUBSCRIBING_NEEDS_READ_SCOPES =
  "The calling key must also hold the read scope of the data each event in `enabled_events` carries (" +
  [...new Set(WEBHOOK_EVENTS.map((event) => `\`${event.readScope}\` for \`${event.type.split(".")[0]}.*\``))].join(
    ", ",
  ) +
  "); without it the answer is `403 insufficient_scope` with `denied_events` naming each refused event and the scope it needs. " +
  "The endpoint keeps the read scopes its subscriber held and is only ever sent events they read.";

const speakerLabel = z
  .string()
  .min(1)
  .max(100)
  .meta({ description: "A speaker label of the transcript, URL-encoded (`Speaker%201`).", example: "Speaker 1" });

export const OPERATIONS = {
  // ---------------------------------------------------------------- meetings
  listMeetings: defineOperation({
    operationId: "listMeetings",
    method: "GET",
    path: "/meetings",
    scope: "meetings:read",
    tag: "Meetings",
    summary: "List meetings",
    description: "The team's meetings, newest first, optionally filtered.",
    query: listMeetingsQuery,
    result: json(pageOf(meetingSchema), "A page of meetings."),
  }),
  createMeeting: defineOperation({
    operationId: "createMeeting",
    method: "POST",
    path: "/meetings",
    scope: "meetings:write",
    tag: "Meetings",
    summary: "Create a meeting",
    body: createMeetingBody,
    requestExample: {
      title: "Pilot kickoff with Northwind",
      platform: "zoom",
      scheduled_start_at: "2026-12-02T16:00:00Z",
      participants: [{ name: "Dana Park", email: "dana@northwind.test" }],
    },
    result: json(meetingSchema, "The meeting created.", 201),
  }),
  getMeeting: defineOperation({
    operationId: "getMeeting",
    method: "GET",
    path: "/meetings/{id}",
    scope: "meetings:read",
    tag: "Meetings",
    summary: "Retrieve a meeting",
    params: { id: meetingId },
    result: json(meetingSchema, "The meeting."),
  }),
  updateMeeting: defineOperation({
    operationId: "updateMeeting",
    method: "PATCH",
    path: "/meetings/{id}",
    scope: "meetings:write",
    tag: "Meetings",
    summary: "Update a meeting",
    params: { id: meetingId },
    body: updateMeetingBody,
    requestExample: { title: "Pilot kickoff with Northwind (rescheduled)", scheduled_start_at: "2026-12-03T16:00:00Z" },
    result: json(meetingSchema, "The meeting as updated."),
  }),
  deleteMeeting: defineOperation({
    operationId: "deleteMeeting",
    method: "DELETE",
    path: "/meetings/{id}",
    scope: "meetings:write",
    tag: "Meetings",
    summary: "Delete a meeting",
    description:
      "Deletes the meeting with its recording (and file), transcript, notes and action items. Cannot be undone.",
    params: { id: meetingId },
    result: empty("Deleted."),
  }),

  // ---------------------------------------------------------------- recordings
  getRecording: defineOperation({
    operationId: "getRecording",
    method: "GET",
    path: "/meetings/{id}/recording",
    scope: "recordings:read",
    tag: "Recordings",
    summary: "Retrieve a meeting's recording",
    params: { id: meetingId },
    result: json(recordingSchema, "The recording's metadata. 404 when the meeting has no recording."),
  }),
  getRecordingAudio: defineOperation({
    operationId: "getRecordingAudio",
    method: "GET",
    path: "/meetings/{id}/recording/audio",
    scope: "recordings:read",
    tag: "Recordings",
    summary: "Download a recording's audio",
    description:
      "Streams the audio file with its `Content-Type` and `Content-Length`. Send `Range: bytes=start-end` (one range) to get part of it as 206, " +
      "so players can seek; a range past the end is 416. Several ranges in one request are answered with the whole file (200).",
    params: { id: meetingId },
    result: media("The audio file.", { "audio/*": z.string().meta({ format: "binary" }) }, { ranges: true }),
  }),

  // ---------------------------------------------------------------- transcripts
  getTranscript: defineOperation({
    operationId: "getTranscript",
    method: "GET",
    path: "/meetings/{id}/transcript",
    scope: "transcripts:read",
    tag: "Transcripts",
    summary: "Retrieve a transcript",
    description:
      "The whole transcript: JSON with segments (default), plain text, WebVTT or SRT, chosen with `format`. 404 when the meeting has no transcript yet.",
    params: { id: meetingId },
    query: transcriptQuery,
    result: media("The transcript in the requested format.", {
      "application/json": transcriptSchema,
      "text/plain": z.string().meta({ example: "Olivia Chen: Let's start with the Q4 launch checklist.\n" }),
      "text/vtt": z.string().meta({
        example:
          "WEBVTT\n\n1\n00:00:01.840 --> 00:00:06.120\n<v Olivia Chen>Let's start with the Q4 launch checklist.\n",
      }),
      "application/x-subrip": z.string().meta({
        example: "1\n00:00:01,840 --> 00:00:06,120\nOlivia Chen: Let's start with the Q4 launch checklist.\n",
      }),
    }),
  }),
  listTranscriptSegments: defineOperation({
    operationId: "listTranscriptSegments",
    method: "GET",
    path: "/meetings/{id}/transcript/segments",
    scope: "transcripts:read",
    tag: "Transcripts",
    summary: "List transcript segments",
    description:
      "Segments in transcript order (by `index`, ascending), optionally those of one speaker or overlapping a time window.",
    params: { id: meetingId },
    query: listSegmentsQuery,
    result: json(pageOf(segmentSchema), "A page of segments."),
  }),
  updateTranscriptSegment: defineOperation({
    operationId: "updateTranscriptSegment",
    method: "PATCH",
    path: "/meetings/{id}/transcript/segments/{segment_id}",
    scope: "transcripts:write",
    tag: "Transcripts",
    summary: "Correct a segment's text",
    description: "Changes `text`; `raw_text` keeps what was originally transcribed.",
    params: { id: meetingId, segment_id: segmentId },
    body: updateSegmentBody,
    requestExample: { text: "Let's start with the Q4 launch checklist." },
    result: json(segmentSchema, "The segment as updated."),
  }),
  mapTranscriptSpeaker: defineOperation({
    operationId: "mapTranscriptSpeaker",
    method: "PATCH",
    path: "/meetings/{id}/transcript/speakers/{speaker_label}",
    scope: "transcripts:write",
    tag: "Transcripts",
    summary: "Map a speaker label to a speaker profile",
    description: "Every segment with the label gets the profile as `speaker_id` (or none, with `null`).",
    params: { id: meetingId, speaker_label: speakerLabel },
    body: mapSpeakerBody,
    requestExample: { speaker_id: "spk_0a1b2c3d4e5f60718293a4b5" },
    result: json(transcriptSpeakerSchema, "The label and what it maps to now."),
  }),

  // ---------------------------------------------------------------- notes
  listMeetingNotes: defineOperation({
    operationId: "listMeetingNotes",
    method: "GET",
    path: "/meetings/{id}/notes",
    scope: "notes:read",
    tag: "Notes",
    summary: "List a meeting's notes",
    params: { id: meetingId },
    query: listNotesQuery,
    result: json(pageOf(noteSchema), "A page of notes, newest first."),
  }),
  createNote: defineOperation({
    operationId: "createNote",
    method: "POST",
    path: "/meetings/{id}/notes",
    scope: "notes:write",
    tag: "Notes",
    summary: "Add a note to a meeting",
    description: "Notes written through the API have `source: user` and name the calling key as author.",
    params: { id: meetingId },
    body: createNoteBody,
    requestExample: {
      kind: "custom",
      title: "Follow-ups for the CRM team",
      content_markdown: "- Send the pricing sheet\n- Book the pilot kickoff",
    },
    result: json(noteSchema, "The note created.", 201),
  }),
  getNote: defineOperation({
    operationId: "getNote",
    method: "GET",
    path: "/notes/{id}",
    scope: "notes:read",
    tag: "Notes",
    summary: "Retrieve a note",
    params: { id: noteId },
    result: json(noteSchema, "The note."),
  }),
  updateNote: defineOperation({
    operationId: "updateNote",
    method: "PATCH",
    path: "/notes/{id}",
    scope: "notes:write",
    tag: "Notes",
    summary: "Update a note",
    params: { id: noteId },
    body: updateNoteBody,
    requestExample: { content_markdown: "- Send the pricing sheet (done)\n- Book the pilot kickoff" },
    result: json(noteSchema, "The note as updated."),
  }),
  deleteNote: defineOperation({
    operationId: "deleteNote",
    method: "DELETE",
    path: "/notes/{id}",
    scope: "notes:write",
    tag: "Notes",
    summary: "Delete a note",
    params: { id: noteId },
    result: empty("Deleted."),
  }),

  // ---------------------------------------------------------------- action items
  listActionItems: defineOperation({
    operationId: "listActionItems",
    method: "GET",
    path: "/action-items",
    scope: "action-items:read",
    tag: "Action items",
    summary: "List action items",
    description: "The team's action items, newest first, optionally filtered.",
    query: listActionItemsQuery,
    result: json(pageOf(actionItemSchema), "A page of action items."),
  }),
  getActionItem: defineOperation({
    operationId: "getActionItem",
    method: "GET",
    path: "/action-items/{id}",
    scope: "action-items:read",
    tag: "Action items",
    summary: "Retrieve an action item",
    params: { id: actionItemId },
    result: json(actionItemSchema, "The action item."),
  }),
  createActionItem: defineOperation({
    operationId: "createActionItem",
    method: "POST",
    path: "/meetings/{id}/action-items",
    scope: "action-items:write",
    tag: "Action items",
    summary: "Add an action item to a meeting",
    params: { id: meetingId },
    body: createActionItemBody,
    requestExample: { text: "Send the revised pricing sheet to Northwind", due_date: "2026-12-04" },
    result: json(actionItemSchema, "The action item created.", 201),
  }),
  updateActionItem: defineOperation({
    operationId: "updateActionItem",
    method: "PATCH",
    path: "/action-items/{id}",
    scope: "action-items:write",
    tag: "Action items",
    summary: "Update or complete an action item",
    description:
      "`status: done` completes the item and sets `completed_at`; `open` reopens it and clears `completed_at`.",
    params: { id: actionItemId },
    body: updateActionItemBody,
    requestExample: { status: "done" },
    result: json(actionItemSchema, "The action item as updated."),
  }),
  deleteActionItem: defineOperation({
    operationId: "deleteActionItem",
    method: "DELETE",
    path: "/action-items/{id}",
    scope: "action-items:write",
    tag: "Action items",
    summary: "Delete an action item",
    params: { id: actionItemId },
    result: empty("Deleted."),
  }),

  // ---------------------------------------------------------------- channels
  listChannels: defineOperation({
    operationId: "listChannels",
    method: "GET",
    path: "/channels",
    scope: "channels:read",
    tag: "Channels",
    summary: "List channels",
    query: listChannelsQuery,
    result: json(pageOf(channelSchema), "A page of channels, newest first."),
  }),
  createChannel: defineOperation({
    operationId: "createChannel",
    method: "POST",
    path: "/channels",
    scope: "channels:write",
    tag: "Channels",
    summary: "Create a channel",
    body: createChannelBody,
    requestExample: {
      name: "Customer calls",
      description: "Calls with customers and prospects.",
      visibility: "public",
    },
    conflict: "A channel with this name already exists.",
    result: json(channelSchema, "The channel created.", 201),
  }),
  getChannel: defineOperation({
    operationId: "getChannel",
    method: "GET",
    path: "/channels/{id}",
    scope: "channels:read",
    tag: "Channels",
    summary: "Retrieve a channel",
    params: { id: channelId },
    result: json(channelSchema, "The channel."),
  }),
  updateChannel: defineOperation({
    operationId: "updateChannel",
    method: "PATCH",
    path: "/channels/{id}",
    scope: "channels:write",
    tag: "Channels",
    summary: "Update a channel",
    params: { id: channelId },
    body: updateChannelBody,
    requestExample: { description: "Customer and prospect calls, incl. renewals." },
    conflict: "Another channel already has this name.",
    result: json(channelSchema, "The channel as updated."),
  }),
  deleteChannel: defineOperation({
    operationId: "deleteChannel",
    method: "DELETE",
    path: "/channels/{id}",
    scope: "channels:write",
    tag: "Channels",
    summary: "Delete a channel",
    description: "The channel's meetings are not deleted.",
    params: { id: channelId },
    result: empty("Deleted."),
  }),
  listChannelMembers: defineOperation({
    operationId: "listChannelMembers",
    method: "GET",
    path: "/channels/{id}/members",
    scope: "channels:read",
    tag: "Channels",
    summary: "List a channel's members",
    params: { id: channelId },
    query: pageQuery,
    result: json(pageOf(channelMemberSchema), "A page of members, most recently added first."),
  }),
  addChannelMember: defineOperation({
    operationId: "addChannelMember",
    method: "POST",
    path: "/channels/{id}/members",
    scope: "channels:write",
    tag: "Channels",
    summary: "Add a member to a channel",
    params: { id: channelId },
    body: addChannelMemberBody,
    requestExample: { member_id: "mem_5b0e9d4c3a2f1e8d7c6b5a49" },
    conflict: "The member is already in the channel.",
    result: json(channelMemberSchema, "The member added.", 201),
  }),
  removeChannelMember: defineOperation({
    operationId: "removeChannelMember",
    method: "DELETE",
    path: "/channels/{id}/members/{member_id}",
    scope: "channels:write",
    tag: "Channels",
    summary: "Remove a member from a channel",
    params: { id: channelId, member_id: memberId },
    result: empty("Removed."),
  }),
  listChannelMeetings: defineOperation({
    operationId: "listChannelMeetings",
    method: "GET",
    path: "/channels/{id}/meetings",
    scope: "channels:read",
    tag: "Channels",
    summary: "List a channel's meetings",
    params: { id: channelId },
    query: pageQuery,
    result: json(pageOf(meetingSchema), "A page of meetings, newest first."),
  }),
  putChannelMeeting: defineOperation({
    operationId: "putChannelMeeting",
    method: "PUT",
    path: "/channels/{id}/meetings/{meeting_id}",
    scope: "channels:write",
    tag: "Channels",
    summary: "Add a meeting to a channel",
    description: "Idempotent: adding a meeting that is already in the channel changes nothing and answers the same.",
    params: { id: channelId, meeting_id: meetingId },
    result: json(channelMeetingSchema, "The meeting is in the channel."),
  }),
  removeChannelMeeting: defineOperation({
    operationId: "removeChannelMeeting",
    method: "DELETE",
    path: "/channels/{id}/meetings/{meeting_id}",
    scope: "channels:write",
    tag: "Channels",
    summary: "Remove a meeting from a channel",
    params: { id: channelId, meeting_id: meetingId },
    result: empty("Removed."),
  }),

  // ---------------------------------------------------------------- speakers
  listSpeakers: defineOperation({
    operationId: "listSpeakers",
    method: "GET",
    path: "/speakers",
    scope: "speakers:read",
    tag: "Speakers",
    summary: "List speaker profiles",
    query: listSpeakersQuery,
    result: json(pageOf(speakerSchema), "A page of speaker profiles, newest first."),
  }),
  createSpeaker: defineOperation({
    operationId: "createSpeaker",
    method: "POST",
    path: "/speakers",
    scope: "speakers:write",
    tag: "Speakers",
    summary: "Create a speaker profile",
    body: createSpeakerBody,
    requestExample: { name: "Dana Park", email: "dana@northwind.test" },
    result: json(speakerSchema, "The speaker profile created.", 201),
  }),
  getSpeaker: defineOperation({
    operationId: "getSpeaker",
    method: "GET",
    path: "/speakers/{id}",
    scope: "speakers:read",
    tag: "Speakers",
    summary: "Retrieve a speaker profile",
    params: { id: speakerId },
    result: json(speakerSchema, "The speaker profile."),
  }),
  updateSpeaker: defineOperation({
    operationId: "updateSpeaker",
    method: "PATCH",
    path: "/speakers/{id}",
    scope: "speakers:write",
    tag: "Speakers",
    summary: "Update a speaker profile",
    params: { id: speakerId },
    body: updateSpeakerBody,
    requestExample: { name: "Dana Park-Lee" },
    result: json(speakerSchema, "The speaker profile as updated."),
  }),
  deleteSpeaker: defineOperation({
    operationId: "deleteSpeaker",
    method: "DELETE",
    path: "/speakers/{id}",
    scope: "speakers:write",
    tag: "Speakers",
    summary: "Delete a speaker profile",
    description: "Transcript segments and participants mapped to the profile become unmapped.",
    params: { id: speakerId },
    result: empty("Deleted."),
  }),

  // ---------------------------------------------------------------- team
  getTeam: defineOperation({
    operationId: "getTeam",
    method: "GET",
    path: "/team",
    scope: "team:read",
    tag: "Team",
    summary: "Retrieve the team",
    result: json(teamSchema, "The key's team."),
  }),
  listTeamMembers: defineOperation({
    operationId: "listTeamMembers",
    method: "GET",
    path: "/team/members",
    scope: "team:read",
    tag: "Team",
    summary: "List team members",
    query: listMembersQuery,
    result: json(pageOf(teamMemberSchema), "A page of members, most recently joined first."),
  }),
  getTeamMember: defineOperation({
    operationId: "getTeamMember",
    method: "GET",
    path: "/team/members/{id}",
    scope: "team:read",
    tag: "Team",
    summary: "Retrieve a team member",
    params: { id: memberId },
    result: json(teamMemberSchema, "The member."),
  }),

  // ---------------------------------------------------------------- webhooks
  listWebhookEndpoints: defineOperation({
    operationId: "listWebhookEndpoints",
    method: "GET",
    path: "/webhook-endpoints",
    scope: "webhooks:manage",
    tag: "Webhooks",
    summary: "List webhook endpoints",
    description: "The team's webhook endpoints, newest first. Signing secrets are not included.",
    query: listWebhookEndpointsQuery,
    result: json(pageOf(webhookEndpointSchema), "A page of webhook endpoints."),
  }),
  createWebhookEndpoint: defineOperation({
    operationId: "createWebhookEndpoint",
    method: "POST",
    path: "/webhook-endpoints",
    scope: "webhooks:manage",
    tag: "Webhooks",
    summary: "Create a webhook endpoint",
    description:
      "Subscribes a URL to the events listed in `enabled_events`. The URL must be http(s) and resolve to public addresses only. " +
      `${SUBSCRIBING_NEEDS_READ_SCOPES} ` +
      "The response carries the endpoint's signing secret (`whsec_...`); it is not shown again (rotate it to get a new one).",
    body: createWebhookEndpointBody,
    requestExample: {
      url: "https://example.com/webhooks/mavio",
      description: "Sync action items to our tracker",
      enabled_events: ["action_item.created", "action_item.completed"],
    },
    result: json(webhookEndpointWithSecretSchema, "The endpoint created, with its signing secret.", 201),
    shownOnce: ["secret"],
  }),
  getWebhookEndpoint: defineOperation({
    operationId: "getWebhookEndpoint",
    method: "GET",
    path: "/webhook-endpoints/{id}",
    scope: "webhooks:manage",
    tag: "Webhooks",
    summary: "Retrieve a webhook endpoint",
    params: { id: webhookEndpointId },
    result: json(webhookEndpointSchema, "The webhook endpoint (without its secret)."),
  }),
  updateWebhookEndpoint: defineOperation({
    operationId: "updateWebhookEndpoint",
    method: "PATCH",
    path: "/webhook-endpoints/{id}",
    scope: "webhooks:manage",
    tag: "Webhooks",
    summary: "Update a webhook endpoint",
    description:
      "Changes the fields sent. `status: disabled` stops deliveries and gives up the pending ones; `status: enabled` re-enables an endpoint " +
      "(events that happened while it was disabled are not replayed). " +
      `Changing \`url\` or \`enabled_events\` subscribes the endpoint anew. ${SUBSCRIBING_NEEDS_READ_SCOPES}`,
    params: { id: webhookEndpointId },
    body: updateWebhookEndpointBody,
    requestExample: { enabled_events: ["action_item.created", "action_item.updated", "action_item.completed"] },
    result: json(webhookEndpointSchema, "The webhook endpoint as updated."),
  }),
  deleteWebhookEndpoint: defineOperation({
    operationId: "deleteWebhookEndpoint",
    method: "DELETE",
    path: "/webhook-endpoints/{id}",
    scope: "webhooks:manage",
    tag: "Webhooks",
    summary: "Delete a webhook endpoint",
    description: "Deletes the endpoint with its delivery history. Pending deliveries are not sent.",
    params: { id: webhookEndpointId },
    result: empty("Deleted."),
  }),
  rotateWebhookEndpointSecret: defineOperation({
    operationId: "rotateWebhookEndpointSecret",
    method: "POST",
    path: "/webhook-endpoints/{id}/rotate-secret",
    scope: "webhooks:manage",
    tag: "Webhooks",
    summary: "Rotate a webhook endpoint's signing secret",
    description:
      "Replaces the signing secret and returns the new one, shown only in this response. For 24 hours deliveries carry a second signature " +
      "made with the previous secret (until `previous_secret_expires_at`), so receivers can switch without missing a delivery.",
    params: { id: webhookEndpointId },
    result: json(rotatedSecretSchema, "The endpoint with its new signing secret."),
    shownOnce: ["secret"],
  }),
  sendWebhookTestEvent: defineOperation({
    operationId: "sendWebhookTestEvent",
    method: "POST",
    path: "/webhook-endpoints/{id}/test",
    scope: "webhooks:manage",
    tag: "Webhooks",
    summary: "Send a test event to a webhook endpoint",
    description:
      "Queues a `webhook.test` event for this endpoint only. It is delivered like any event (signed, retried) and listed under the endpoint's deliveries. " +
      `At most ${TEST_EVENTS_PER_ENDPOINT_PER_MINUTE} test events per minute to one endpoint and ${TEST_EVENTS_PER_TEAM_PER_MINUTE} per team; more answer 429 \`rate_limited\` with Retry-After.`,
    params: { id: webhookEndpointId },
    conflict: "The endpoint is disabled.",
    result: json(testEventResultSchema, "The test event is queued for delivery.", 202),
  }),
  listWebhookDeliveries: defineOperation({
    operationId: "listWebhookDeliveries",
    method: "GET",
    path: "/webhook-endpoints/{id}/deliveries",
    scope: "webhooks:manage",
    tag: "Webhooks",
    summary: "List a webhook endpoint's deliveries",
    description:
      "Deliveries to the endpoint, newest first, each with every attempt (status code, duration, error, start of the answer).",
    params: { id: webhookEndpointId },
    query: listWebhookDeliveriesQuery,
    result: json(pageOf(webhookDeliverySchema), "A page of deliveries."),
  }),

  // ---------------------------------------------------------------- keys and reference
  getMe: defineOperation({
    operationId: "getMe",
    method: "GET",
    path: "/me",
    scope: ANY_KEY,
    tag: "Keys",
    summary: "Describe the calling API key",
    description: "The key's name, scopes, expiry and team. Any valid key may call it.",
    result: json(meSchema, "The calling key."),
  }),
  getOpenApiDocument: defineOperation({
    operationId: "getOpenApiDocument",
    method: "GET",
    path: "/openapi.json",
    scope: NO_KEY,
    tag: "Reference",
    summary: "This OpenAPI document",
    description: "OpenAPI 3.1, generated from the same schemas that validate requests. No key needed.",
    result: media("The OpenAPI document.", { "application/json": z.looseObject({ openapi: z.literal("3.1.0") }) }),
  }),
} satisfies Record<string, Operation>;

export type OperationId = keyof typeof OPERATIONS;

/** Every operation, in registry order (the order of the docs). */
export const OPERATION_LIST: Operation[] = Object.values(OPERATIONS);
