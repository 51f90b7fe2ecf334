import { describe, expect, it } from "vitest";
import { completedAtFor } from "@/lib/action-items/update-action-item";
import { ACTION_ITEM_EXAMPLE, actionItemSchema } from "@/lib/action-items/schemas";
import { serializeActionItem } from "@/lib/action-items/serialize-action-item";
import { acceptOnly } from "@/lib/api/v1/input";
import { CHANNEL_EXAMPLE, channelSchema } from "@/lib/channels/schemas";
import { serializeChannel } from "@/lib/channels/serialize-channel";
import {
  createMeetingBody,
  MEETING_EXAMPLE,
  meetingSchema,
  RECORDING_EXAMPLE,
  recordingSchema,
} from "@/lib/meetings/schemas";
import { serializeMeeting } from "@/lib/meetings/serialize-meeting";
import { NOTE_EXAMPLE, noteSchema } from "@/lib/notes/schemas";
import { serializeNote } from "@/lib/notes/serialize-note";
import { SPEAKER_EXAMPLE, speakerSchema } from "@/lib/speakers/schemas";
import { SEGMENT_EXAMPLE, segmentSchema } from "@/lib/transcripts/schemas";
import { serializeSegment } from "@/lib/transcripts/serialize-segment";

const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const at = (iso: string) => new Date(iso);

describe("documented examples", () => {
  it.each([
    ["Meeting", meetingSchema, MEETING_EXAMPLE],
    ["Recording", recordingSchema, RECORDING_EXAMPLE],
    ["TranscriptSegment", segmentSchema, SEGMENT_EXAMPLE],
    ["Note", noteSchema, NOTE_EXAMPLE],
    ["ActionItem", actionItemSchema, ACTION_ITEM_EXAMPLE],
    ["Channel", channelSchema, CHANNEL_EXAMPLE],
    ["SpeakerProfile", speakerSchema, SPEAKER_EXAMPLE],
  ] as const)("%s's example matches its schema", (_name, schema, example) => {
    expect(schema.safeParse(example).error).toBeUndefined();
  });
});

describe("serializers", () => {
  it("write a meeting in API.md's shape: snake_case, UTC ISO-8601, milliseconds", () => {
    const meeting = serializeMeeting({
      id: "mtg_1",
      title: "Sync",
      status: "ready",
      platform: "zoom",
      scheduledStartAt: null,
      startedAt: at("2026-11-24T16:01:12+01:00"),
      endedAt: at("2026-11-24T15:46:24Z"),
      durationMs: 2_712_000,
      language: "en",
      createdAt: at("2026-11-20T09:30:00Z"),
      updatedAt: at("2026-11-24T15:52:03.5Z"),
      owner: { id: "mem_1", user: { name: "Olivia", email: "olivia@acme.test" } },
      participants: [{ name: "Guest", email: null, speakerProfileId: null }],
      channels: [{ channelId: "chn_1" }],
      recording: null,
      _count: { segments: 3 },
    });
    expect(meetingSchema.safeParse(meeting).error).toBeUndefined();
    expect(meeting).toMatchObject({
      started_at: "2026-11-24T15:01:12.000Z",
      updated_at: "2026-11-24T15:52:03.500Z",
      scheduled_start_at: null,
      duration_ms: 2_712_000,
      owner: { member_id: "mem_1", name: "Olivia", email: "olivia@acme.test" },
      participants: [{ name: "Guest", email: null, speaker_id: null }],
      channel_ids: ["chn_1"],
      has_recording: false,
      has_transcript: true,
    });
    expect(meeting.created_at).toMatch(ISO_UTC);
  });

  it("write due dates as calendar dates and no assignee as null", () => {
    const item = serializeActionItem({
      id: "act_1",
      meetingId: "mtg_1",
      text: "Do it",
      status: "open",
      completedAt: null,
      dueDate: at("2026-12-04T00:00:00Z"),
      segmentId: null,
      createdAt: at("2026-11-24T15:52:03Z"),
      updatedAt: at("2026-11-24T15:52:03Z"),
      assignee: null,
    });
    expect(actionItemSchema.safeParse(item).error).toBeUndefined();
    expect(item).toMatchObject({ due_date: "2026-12-04", completed_at: null, assignee: null });
  });

  it("name a note's author: a member, an API key, or nobody (AI)", () => {
    const base = {
      id: "note_1",
      meetingId: "mtg_1",
      kind: "custom" as const,
      title: "T",
      contentMarkdown: "x",
      source: "user" as const,
      createdAt: at("2026-11-24T15:52:03Z"),
      updatedAt: at("2026-11-24T15:52:03Z"),
      createdByMember: null,
      createdByKey: null,
    };
    expect(serializeNote({ ...base, createdByMember: { id: "mem_1", user: { name: "Olivia" } } }).created_by).toEqual({
      type: "member",
      id: "mem_1",
      name: "Olivia",
    });
    expect(serializeNote({ ...base, createdByKey: { id: "key_1", name: "CRM Sync" } }).created_by).toEqual({
      type: "api_key",
      id: "key_1",
      name: "CRM Sync",
    });
    const ai = serializeNote({ ...base, source: "ai", kind: "summary" });
    expect(ai.created_by).toBeNull();
    expect(noteSchema.safeParse(ai).error).toBeUndefined();
  });

  it("keep a segment's raw text beside its edited text", () => {
    const segment = serializeSegment({
      id: "seg_1",
      index: 0,
      speakerLabel: "Speaker 1",
      speakerProfileId: null,
      startMs: 10,
      endMs: 20,
      text: "launch",
      rawText: "lunch",
      confidence: 0.8,
    });
    expect(segment).toMatchObject({ text: "launch", raw_text: "lunch", start_ms: 10, end_ms: 20, speaker_id: null });
  });

  it("count a channel's members and meetings", () => {
    const channel = serializeChannel({
      id: "chn_1",
      name: "C",
      description: "",
      visibility: "private",
      createdAt: at("2026-11-24T15:52:03Z"),
      updatedAt: at("2026-11-24T15:52:03Z"),
      _count: { members: 2, meetings: 5 },
    });
    expect(channel).toMatchObject({ member_count: 2, meeting_count: 5, visibility: "private" });
  });
});

describe("completed_at follows the status", () => {
  const now = at("2026-11-26T12:00:00Z");
  const earlier = at("2026-11-20T12:00:00Z");
  it.each([
    ["open -> done sets it", { status: "open", completedAt: null }, "done", now],
    ["done -> done keeps it", { status: "done", completedAt: earlier }, "done", earlier],
    ["done, other fields changed, keeps it", { status: "done", completedAt: earlier }, undefined, earlier],
    ["done -> open clears it", { status: "done", completedAt: earlier }, "open", null],
    ["done -> cancelled clears it", { status: "done", completedAt: earlier }, "cancelled", null],
    ["open stays without it", { status: "open", completedAt: null }, undefined, null],
  ] as const)("%s", (_name, current, next, expected) => {
    expect(completedAtFor(current, next, now)).toEqual(expected);
  });
});

describe("request schemas", () => {
  const body = acceptOnly(createMeetingBody, "field");

  it("name each unknown field and each missing one", () => {
    const result = body.safeParse({ titel: "Sync", platform: "zoom", extra: 1 });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual(
      expect.arrayContaining([
        ["title", "Required."],
        ["titel", "Unknown field."],
        ["extra", "Unknown field."],
      ]),
    );
  });

  it("refuse unknown fields in nested objects too, and times without a zone", () => {
    const result = body.safeParse({
      title: "Sync",
      platform: "zoom",
      started_at: "2026-11-26T12:00:00",
      participants: [{ name: "A", role: "host" }],
    });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(
      expect.arrayContaining(["started_at", "participants.0.role"]),
    );
  });

  it("refuse a meeting that ends before it starts", () => {
    const result = body.safeParse({
      title: "Sync",
      platform: "zoom",
      started_at: "2026-11-26T12:00:00Z",
      ended_at: "2026-11-26T11:00:00Z",
    });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["ended_at"]);
  });

  it("fill defaults", () => {
    expect(body.parse({ title: " Sync ", platform: "upload" })).toEqual({
      title: "Sync",
      platform: "upload",
      status: "scheduled",
      participants: [],
    });
  });
});
